package org.pathsum.solver.internal;

import java.util.Arrays;
import java.util.PriorityQueue;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;
import org.pathsum.solver.internal.compiled.CarrierEscape;
import org.pathsum.solver.internal.compiled.CarrierGuard;

/**
 * Path sums of any semiring with a selective ⊕ (boolean, bottleneck, Viterbi, lexicographic
 * combinations, a user's own) inside one component, with the predecessor edge of every vertex: the
 * generic twin of the primitive {@link org.pathsum.solver.internal.cyclic.SelectiveComponentSolver}, which
 * serves the min-plus and max-plus arithmetics; the same two algorithms, and a test holds the two
 * to the same bits.
 *
 * <p>A selective ⊕ orders the carrier ({@code a} is better than {@code b} when {@code a ⊕ b = a ≠
 * b}), and distributivity makes ⊗ monotone in that order. If no edge weight improves on the empty
 * path ({@code 1̄ ⊕ w = 1̄} for every edge: extending a path never makes it better), Dijkstra's
 * algorithm settles the vertices best first, O(m log n). Otherwise FIFO Bellman–Ford with subtree
 * disassembly runs, and a cycle that closes in the tree of best paths is refused at once ({@link
 * Diverged} with the cycle) if it improves ({@code 1̄ ⊕ c ≠ 1̄} for its weight {@code c}), or
 * skipped if it only seemed to by the semiring's rounding.
 *
 * <p>Every comparison is exact: a value improves only if ⊕ picks the new value and it differs from
 * the old one ({@code ==} on {@code double}s, {@code equals} otherwise), never "up to a
 * tolerance", so a probability of 1e-10 is told from 2e-10. Each candidate value is checked
 * ({@link CarrierGuard}): one out of range throws {@link CarrierEscape} with the local vertex, and
 * one that came out 0̄ from a nonzero value does at the end if its vertex is left unreached.
 */
final class GenericSelectiveSolver<W> implements ComponentSolver<W> {

  @Override
  public void solve(WeightedCsr<W> c, Semiring<W> sr, Object[] x, int[] pred) {
    sr.require("the selective component solver", SemiringProperty.SELECTIVE_PLUS);
    int[] p = pred != null ? pred : new int[c.size];
    Arrays.fill(p, 0, c.size, -1);
    Run<W> run = new Run<>(c, sr, x, p);
    if (improvingEdge(c, sr) < 0) {
      run.dijkstra();
    } else {
      run.bellmanFord();
    }
    run.requireReached();
  }

  /** The position of an edge whose weight improves on the empty path, or −1 if none does. */
  static <W> int improvingEdge(WeightedCsr<W> c, Semiring<W> sr) {
    W one = sr.one();
    for (int i = 0; i < c.edgeCount(); i++) {
      if (!same(sr, sr.plus(one, c.weight(i)), one)) {
        return i;
      }
    }
    return -1;
  }

  /** Exact equality of two weights: {@code ==} on doubles (so −0.0 is 0.0), equals otherwise. */
  static <W> boolean same(Semiring<W> sr, W a, W b) {
    if (sr instanceof DoubleSemiring) {
      return ((Double) a).doubleValue() == ((Double) b).doubleValue();
    }
    return a.equals(b);
  }

  /** Whether {@code candidate} is strictly better than {@code old} in the order of ⊕. */
  static <W> boolean improves(Semiring<W> sr, W candidate, W old) {
    return !same(sr, candidate, old) && same(sr, sr.plus(old, candidate), candidate);
  }

  @Override
  public String toString() {
    return "selective Dijkstra/Bellman-Ford";
  }

  /** The state of one solve. */
  private static final class Run<W> {
    final WeightedCsr<W> c;
    final Semiring<W> sr;
    final Object[] d;
    final int[] pred;
    final int n;
    /** Per vertex, a candidate of a nonzero value that came out 0̄; null until there is one. */
    Object[] lost;

    Run(WeightedCsr<W> c, Semiring<W> sr, Object[] d, int[] pred) {
      this.c = c;
      this.sr = sr;
      this.d = d;
      this.pred = pred;
      this.n = c.size;
    }

    @SuppressWarnings("unchecked")
    W d(int v) {
      return (W) d[v];
    }

    /** {@code d[u] ⊗ w(i)}, checked: a value that left the carrier throws at {@code v}. */
    W candidate(int u, int i, int v) {
      W du = d(u);
      W cand;
      try {
        cand = sr.times(du, c.weight(i));
      } catch (ArithmeticException ex) {
        throw new CarrierEscape(v, false, ex.getMessage());
      }
      if (CarrierGuard.lostTerm(sr, du, cand)) {
        // Refused only if v stays unreached (see requireReached): beside a better path it is moot.
        if (lost == null) {
          lost = new Object[n];
        }
        lost[v] = cand;
      }
      if (!CarrierGuard.isRegularValue(sr, cand)) {
        throw new CarrierEscape(v, false, "the arithmetic gave " + cand);
      }
      return cand;
    }

    /** A vertex left at 0̄ though a candidate that came out 0̄ reached it is an escape. */
    void requireReached() {
      if (lost == null) {
        return;
      }
      for (int v = 0; v < n; v++) {
        if (lost[v] != null && sr.isZero(d(v))) {
          throw new CarrierEscape(
              v, ((Double) lost[v]) == 0.0, "a product of nonzero values gave " + lost[v]);
        }
      }
    }

    void dijkstra() {
      long[] version = new long[n];
      boolean[] settled = new boolean[n];
      PriorityQueue<Entry> heap = new PriorityQueue<>(this::compare);
      long[] counter = {0};
      for (int v = 0; v < n; v++) {
        if (!sr.isZero(d(v))) {
          heap.add(new Entry(v, d(v), version[v] = ++counter[0]));
        }
      }
      while (!heap.isEmpty()) {
        Entry top = heap.poll();
        int u = top.vertex;
        if (top.seq != version[u] || settled[u]) {
          continue;
        }
        settled[u] = true;
        for (int i = c.offsets[u]; i < c.offsets[u + 1]; i++) {
          int v = c.ends[i];
          if (settled[v]) {
            continue;
          }
          W cand = candidate(u, i, v);
          if (improves(sr, cand, d(v))) {
            d[v] = cand;
            pred[v] = i;
            heap.add(new Entry(v, cand, version[v] = ++counter[0]));
          }
        }
      }
    }

    /** Best first; ties (equal values) by insertion. */
    @SuppressWarnings("unchecked")
    private int compare(Entry a, Entry b) {
      W x = (W) a.key;
      W y = (W) b.key;
      if (!same(sr, x, y)) {
        return same(sr, sr.plus(x, y), x) ? -1 : 1;
      }
      return Long.compare(a.seq, b.seq);
    }

    /**
     * FIFO Bellman–Ford with subtree disassembly, as in the primitive twin: the tree of best paths
     * is threaded in preorder through {@code next}/{@code prev} with a sentinel root {@code n}; a
     * vertex that improves takes its subtree out of the tree (their pending scans are skipped), and
     * if the improving edge starts inside that subtree, the tree path and the edge close a cycle.
     */
    void bellmanFord() {
      int[] parent = new int[n];
      int[] depth = new int[n + 1];
      int[] next = new int[n + 1];
      int[] prev = new int[n + 1];
      boolean[] active = new boolean[n];
      boolean[] queued = new boolean[n];
      int[] queue = new int[Math.max(n, 1)];
      int head = 0;
      int count = 0;
      int last = n;
      next[n] = n;
      prev[n] = n;
      for (int i = 0; i < n; i++) {
        if (!sr.isZero(d(i))) {
          parent[i] = n;
          depth[i] = 1;
          active[i] = true;
          next[last] = i;
          prev[i] = last;
          next[i] = n;
          prev[n] = i;
          last = i;
          queued[i] = true;
          queue[(head + count++) % queue.length] = i;
        }
      }
      while (count > 0) {
        int u = queue[head];
        head = (head + 1) % queue.length;
        count--;
        queued[u] = false;
        if (!active[u]) {
          continue;
        }
        for (int k = c.offsets[u]; k < c.offsets[u + 1]; k++) {
          int v = c.ends[k];
          W nd = candidate(u, k, v);
          if (improves(sr, nd, d(v))) {
            if (active[v]) {
              // Take v's subtree out; a cycle if u lies in it.
              int dv = depth[v];
              boolean cycle = u == v;
              int y = next[v];
              while (y != n && depth[y] > dv) {
                active[y] = false;
                cycle |= y == u;
                y = next[y];
              }
              if (cycle) {
                refuseIfImproving(v, u, k, parent);
                for (int z = next[v]; z != y; z = next[z]) {
                  active[z] = true; // only rounding: undo
                }
                continue;
              }
              int before = prev[v];
              next[before] = y;
              prev[y] = before;
              active[v] = false;
            }
            d[v] = nd;
          } else if (active[v] || !same(sr, nd, d(v))) {
            continue;
          }
          // v improved, or v was taken out and u offers its value again: attach v under u.
          pred[v] = k;
          parent[v] = u;
          depth[v] = depth[u] + 1;
          active[v] = true;
          int after = next[u];
          next[u] = v;
          prev[v] = u;
          next[v] = after;
          prev[after] = v;
          if (!queued[v]) {
            queued[v] = true;
            queue[(head + count++) % queue.length] = v;
          }
        }
      }
    }

    /** Throws {@link Diverged} with the cycle v ⇝ u → v if its weight improves on 1̄. */
    void refuseIfImproving(int v, int u, int k, int[] parent) {
      int len = 1;
      for (int y = u; y != v; y = parent[y]) {
        len++;
      }
      int[] edges = new int[len];
      edges[len - 1] = k;
      int i = len - 1;
      for (int y = u; y != v; y = parent[y]) {
        edges[--i] = pred[y];
      }
      W weight = sr.one();
      for (int e : edges) {
        weight = sr.times(weight, c.weight(e));
      }
      W one = sr.one();
      if (!same(sr, sr.plus(one, weight), one)) {
        throw new Diverged(v, edges, "a cycle of weight " + weight + " improves forever");
      }
    }
  }

  /** A heap entry: a vertex with the value it had when queued. */
  private static final class Entry {
    final int vertex;
    final Object key;
    final long seq;

    Entry(int vertex, Object key, long seq) {
      this.vertex = vertex;
      this.key = key;
      this.seq = seq;
    }
  }
}
