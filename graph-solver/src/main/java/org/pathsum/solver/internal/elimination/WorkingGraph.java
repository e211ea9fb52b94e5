package org.pathsum.solver.internal.elimination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.internal.ComponentSolver;
import org.pathsum.solver.internal.WeightedCsr;
import org.pathsum.solver.internal.compiled.CompiledDag;

/**
 * The one vertex-elimination engine, shared by cross-country elimination on a DAG ({@link
 * VertexElimination}) and star elimination inside a strongly connected component ({@link
 * StarElimination}): per vertex, insertion-ordered maps neighbour → weight of its in- and out-edges
 * (parallel edges merged by ⊕), and a self-loop weight. Eliminating {@code v} replaces every {@code
 * u → v → w} by {@code a ⊗ v* ⊗ b} ⊕-ed onto {@code u → w} (onto u's loop if {@code u = w}), where
 * {@code v*} is the star of v's loop; a DAG has no loops, so there {@code v* = 1̄} and is not
 * multiplied. Also counts the ⊗, ⊕ and fill-in. Single use, not thread-safe.
 */
final class WorkingGraph<W> {

  private final Semiring<W> semiring;
  private final int n;
  private final boolean[] terminal;
  private final boolean[] relevant;
  private final Map<Integer, W>[] in;
  private final Map<Integer, W>[] out;
  private final List<Integer> eliminated = new ArrayList<>();
  // Star elimination only (null on a DAG): loop weights (null = no loop), and per eliminated
  // vertex its star and its in-edges at elimination time, for back substitution.
  private final Object[] loop;
  private final Object[] star;
  private final Map<Integer, W>[] column;
  /**
   * Star elimination behind an exact admission, idempotent ⊕: a star that fails is a cycle that
   * seems to improve only by rounding (the admission proved that none does), so it is 1̄.
   */
  private boolean starOfRoundingIsOne;

  private long multiplications;
  private long additions;
  private long fillIn;

  /**
   * Loads the part of {@code dag} on source→target paths. O(n + m).
   *
   * @param terminal whether each vertex is a source or a target
   */
  @SuppressWarnings("unchecked")
  WorkingGraph(
      CompiledDag dag,
      Semiring<W> semiring,
      List<W> weights,
      boolean[] isSource,
      boolean[] isTarget,
      boolean[] terminal) {
    this.semiring = semiring;
    this.n = dag.vertexCount();
    this.terminal = terminal;
    this.loop = null;
    this.star = null;
    this.column = null;
    // Indices are topological: one pass each way finds what sources reach and what reaches targets.
    boolean[] fromSource = isSource.clone();
    for (int v = 0; v < n; v++) {
      for (int i = 0; i < dag.inDegree(v) && !fromSource[v]; i++) {
        fromSource[v] = fromSource[dag.edgeSource(dag.inEdge(v, i))];
      }
    }
    boolean[] toTarget = isTarget.clone();
    for (int v = n - 1; v >= 0; v--) {
      for (int i = 0; i < dag.outDegree(v) && !toTarget[v]; i++) {
        toTarget[v] = toTarget[dag.edgeTarget(dag.outEdge(v, i))];
      }
    }
    relevant = new boolean[n];
    in = new Map[n];
    out = new Map[n];
    for (int v = 0; v < n; v++) {
      relevant[v] = fromSource[v] && toTarget[v];
      if (relevant[v]) {
        in[v] = new LinkedHashMap<>();
        out[v] = new LinkedHashMap<>();
      }
    }
    for (int e = 0; e < dag.edgeCount(); e++) {
      int u = dag.edgeSource(e);
      int w = dag.edgeTarget(e);
      if (relevant[u] && relevant[w]) {
        W weight = weights.get(e);
        if (!semiring.isMember(weight)) {
          throw new IllegalArgumentException(
              "edge "
                  + e
                  + " ("
                  + u
                  + " -> "
                  + w
                  + ") has weight "
                  + weight
                  + ", not a member of "
                  + semiring.name()
                  + "; fix the weight");
        }
        addOnto(u, w, weight);
      }
    }
  }

  /**
   * Loads one strongly connected component for star elimination: its m vertices, their edges and
   * loops, and a pseudo-source {@code m} (terminal, never eliminated) with an edge {@code m → k}
   * of weight {@code b[k]} for each nonzero entering value. O(m + edges).
   */
  @SuppressWarnings("unchecked")
  WorkingGraph(WeightedCsr<W> component, Semiring<W> semiring, Object[] b, boolean admitted) {
    this.semiring = semiring;
    this.starOfRoundingIsOne =
        admitted && semiring.has(org.pathsum.semiring.SemiringProperty.IDEMPOTENT_PLUS);
    int m = component.size();
    this.n = m + 1;
    this.terminal = new boolean[n];
    terminal[m] = true;
    this.relevant = new boolean[n];
    java.util.Arrays.fill(relevant, true);
    this.in = new Map[n];
    this.out = new Map[n];
    for (int v = 0; v < n; v++) {
      in[v] = new LinkedHashMap<>();
      out[v] = new LinkedHashMap<>();
    }
    this.loop = new Object[n];
    this.star = new Object[n];
    this.column = new Map[n];
    for (int u = 0; u < m; u++) {
      for (int i = component.start(u); i < component.end(u); i++) {
        int w = component.endAt(i);
        if (w == u) {
          W old = (W) loop[u];
          loop[u] = old == null ? component.weight(i) : semiring.plus(old, component.weight(i));
        } else {
          addOnto(u, w, component.weight(i));
        }
      }
      if (!semiring.isZero((W) b[u])) {
        addOnto(m, u, (W) b[u]);
      }
    }
  }

  /** Whether {@code v} is an intermediate vertex still to be eliminated. */
  boolean pending(int v) {
    return relevant[v] && !terminal[v] && in[v] != null;
  }

  /** ⊕ {@code weight} onto edge u → w, creating it if absent. */
  private void addOnto(int u, int w, W weight) {
    W old = out[u].get(w);
    W sum;
    if (old == null) {
      sum = weight;
    } else {
      sum = semiring.plus(old, weight);
      additions++;
    }
    out[u].put(w, sum);
    in[w].put(u, sum);
  }

  /**
   * Eliminates {@code v}: every u → v → w becomes {@code a ⊗ b} ⊕-ed onto u → w. O(indeg·outdeg).
   */
  @SuppressWarnings("unchecked")
  void eliminate(int v) {
    Map<Integer, W> ins = in[v];
    Map<Integer, W> outs = out[v];
    W s = null;
    if (loop != null && loop[v] != null) {
      try {
        s = semiring.star((W) loop[v]);
      } catch (ArithmeticException e) {
        if (starOfRoundingIsOne) {
          s = semiring.one();
        } else {
          throw new ComponentSolver.Diverged(
            v,
            null,
            "the sum over the paths around a cycle does not converge (" + e.getMessage() + ")");
        }
      }
    }
    if (column != null) {
      star[v] = s;
      column[v] = ins;
    }
    for (Integer u : ins.keySet()) {
      out[u].remove(v);
    }
    for (Integer w : outs.keySet()) {
      in[w].remove(v);
    }
    for (Map.Entry<Integer, W> ie : ins.entrySet()) {
      int u = ie.getKey();
      W a = ie.getValue();
      if (s != null) {
        a = semiring.times(a, s);
        multiplications++;
      }
      for (Map.Entry<Integer, W> oe : outs.entrySet()) {
        int w = oe.getKey();
        // Path order u → v → w: the in-edge's weight on the left.
        W product = semiring.times(a, oe.getValue());
        multiplications++;
        if (u == w) {
          W old = (W) loop[u];
          loop[u] = old == null ? product : semiring.plus(old, product);
          continue;
        }
        if (!out[u].containsKey(w)) {
          fillIn++;
        }
        addOnto(u, w, product);
      }
    }
    in[v] = null;
    out[v] = null;
    eliminated.add(v);
  }

  /** Eliminates all pending vertices in increasing (or decreasing) index order. O(Σ costs). */
  void eliminateTopological(boolean forward) {
    for (int k = 0; k < n; k++) {
      int v = forward ? k : n - 1 - k;
      if (pending(v)) {
        eliminate(v);
      }
    }
  }

  private long markowitz(int v) {
    return (long) in[v].size() * out[v].size();
  }

  /**
   * Eliminates all pending vertices greedily by smallest Markowitz degree, ties by index, with a
   * lazily updated priority queue: O(Σ costs · log n).
   */
  void eliminateMarkowitz() {
    PriorityQueue<long[]> queue =
        new PriorityQueue<>(
            (p, q) -> p[0] != q[0] ? Long.compare(p[0], q[0]) : Long.compare(p[1], q[1]));
    for (int v = 0; v < n; v++) {
      if (pending(v)) {
        queue.add(new long[] {markowitz(v), v});
      }
    }
    while (!queue.isEmpty()) {
      long[] top = queue.poll();
      int v = (int) top[1];
      if (!pending(v) || markowitz(v) != top[0]) {
        continue; // stale entry: v is gone or its degree changed since it was queued
      }
      List<Integer> neighbours = new ArrayList<>(in[v].keySet());
      neighbours.addAll(out[v].keySet());
      eliminate(v);
      for (int u : neighbours) {
        if (pending(u)) {
          queue.add(new long[] {markowitz(u), u});
        }
      }
    }
  }

  /**
   * After star elimination of every component vertex: back substitution, {@code x_k = (⊕ over k's
   * in-edges at its elimination of x_u ⊗ a) ⊗ k*} in reverse elimination order, with {@code x = 1̄}
   * at the pseudo-source. Writes the solution of vertex k into {@code x[k]}.
   */
  @SuppressWarnings("unchecked")
  void backSubstitute(Object[] x) {
    int m = n - 1;
    Object[] value = new Object[n];
    value[m] = semiring.one();
    for (int step = eliminated.size() - 1; step >= 0; step--) {
      int k = eliminated.get(step);
      W acc = semiring.zero();
      for (Map.Entry<Integer, W> e : column[k].entrySet()) {
        acc = semiring.plus(acc, semiring.times((W) value[e.getKey()], e.getValue()));
      }
      value[k] = star[k] == null ? acc : semiring.times(acc, (W) star[k]);
    }
    System.arraycopy(value, 0, x, 0, m);
  }

  /** The vertices eliminated so far, in order. */
  List<Integer> eliminated() {
    return eliminated;
  }

  /**
   * After elimination only sources and targets remain: the sums from {@code source} to each vertex
   * by one sweep over them in index (topological) order, paths through other sources or targets
   * included. {@code null} marks "no path"; the source's own entry is not set. O(r + edges left).
   *
   * @param remaining the remaining relevant vertices, in increasing index
   */
  Map<Integer, W> sweepFrom(int source, List<Integer> remaining) {
    Map<Integer, W> acc = new LinkedHashMap<>();
    if (!relevant[source]) {
      return acc;
    }
    for (int r : remaining) {
      if (r <= source) {
        continue;
      }
      W sum = null;
      for (Map.Entry<Integer, W> e : in[r].entrySet()) {
        int u = e.getKey();
        W term;
        if (u == source) {
          term = e.getValue(); // 1̄ ⊗ w, not performed
        } else if (acc.containsKey(u)) {
          term = semiring.times(acc.get(u), e.getValue());
          multiplications++;
        } else {
          continue;
        }
        if (sum == null) {
          sum = term;
        } else {
          sum = semiring.plus(sum, term);
          additions++;
        }
      }
      if (sum != null) {
        acc.put(r, sum);
      }
    }
    return acc;
  }

  /** Whether {@code v} lies on some source→target path. */
  boolean relevant(int v) {
    return relevant[v];
  }

  /** The counts: ⊗, ⊕, fill-in. */
  long[] counts() {
    return new long[] {multiplications, additions, fillIn};
  }
}
