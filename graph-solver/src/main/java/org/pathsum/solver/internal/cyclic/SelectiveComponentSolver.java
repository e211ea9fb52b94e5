package org.pathsum.solver.internal.cyclic;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Shortest (tropical, min-plus) and longest (max-plus) path sums on a graph with cycles, over
 * arrays: Dijkstra where no edge improves a path, otherwise Bellman–Ford with Tarjan's subtree
 * disassembly, which refuses an improving cycle (tropical negative, max-plus positive) as soon as
 * it closes. Meant for one strongly connected component at a time, but correct on any graph.
 *
 * <p><b>Input conventions.</b> A local CSR in the direction of propagation: row {@code u} lists the
 * edges {@code u → targets[k]} with weight {@code weights[k]}. For a forward (single-source) solve
 * pass the out-edges; for a backward (single-target) solve pass the in-edges (the reversed graph;
 * both semirings' ⊗ is + and commutes, so nothing else changes). {@code values} holds each vertex's
 * initial value on entry (what flows in from outside the component, 1̄ = 0 at the source itself,
 * 0̄ = +∞ tropical / −∞ max-plus elsewhere) and its path sum on return: {@code values[v] =
 * min/max over u of (initial[u] + weight of a best path u ⇝ v)}. {@code predEdge[v]} receives the
 * CSR position of the last edge of a best path to v, or −1 where the initial value is best (or v
 * is unreached). Edge weights are finite reals; an edge of weight 0̄ (+∞ tropical, −∞ max-plus) is
 * absent. Parallel edges and self-loops are allowed.
 *
 * <p><b>Algorithm and cost.</b> If no edge improves (tropical: every weight ≥ 0; max-plus: every
 * weight ≤ 0), Dijkstra with an indexed binary heap, O(m log n). Otherwise FIFO Bellman–Ford with
 * subtree disassembly (Tarjan 1981; Cherkassky and Goldberg's BFCT): the current shortest-path
 * tree is kept in preorder; when a vertex improves, its subtree is taken out of the tree and its
 * pending scans are cancelled, and if the improving edge starts inside that subtree the tree path
 * plus the edge is an improving cycle, reported at once. O(n·m) in the worst case, near-linear in
 * practice, and a reachable improving cycle is found within a few passes rather than after n.
 * Memory: O(n) ints besides the input.
 *
 * <p><b>Rounding.</b> Relaxation compares exactly ({@code <}). A cycle that closes is refused if
 * its weight, the sum of its edge weights computed exactly (in {@link BigDecimal}, as every double
 * is a finite binary fraction), is improving: negative tropical, positive max-plus, however small
 * (a cycle of weight exactly −1 among weights of 10¹⁵ is refused). A cycle whose exact weight is
 * not improving but that seems to improve by the rounding of the path sums (weights 0.1, 0.2,
 * −0.3) has its closing relaxation skipped: going round it does not improve any path.
 *
 * <p><b>Refusals</b> ({@link ComponentRefusalException}): {@code IMPROVING_CYCLE} with the cycle
 * in path order (the vertices, and the CSR positions of its edges; the cycle is reachable from a
 * vertex with a finite initial value); {@code OVERFLOW} naming a vertex whose sum of finite weights
 * leaves the double range ({@code 1e308 + 1e308}): immediately if the overflow would improve it
 * (to −∞ tropical, +∞ max-plus), and at the end if it is the only path (the vertex would otherwise
 * read as unreached). On a refusal the contents of {@code values} and {@code predEdge} are
 * unspecified.
 */
public final class SelectiveComponentSolver {

  private SelectiveComponentSolver() {}

  /**
   * Tropical (min, +) path sums; see the class comment.
   *
   * @param n the number of vertices
   * @param offsets row starts, length ≥ n + 1, {@code offsets[0] == 0}
   * @param targets the head of each edge, in {@code 0..n-1}
   * @param weights each edge's weight: finite, or +∞ for an absent edge
   * @param values initial values in, path sums out (+∞ = unreached); length ≥ n
   * @param predEdge receives the last edge of a best path per vertex, −1 for none; length ≥ n
   * @throws ComponentRefusalException for a reachable negative cycle or an overflow
   * @throws IllegalArgumentException for a malformed CSR, NaN or −∞ weights or values
   */
  public static void tropical(
      int n, int[] offsets, int[] targets, double[] weights, double[] values, int[] predEdge) {
    solve(n, offsets, targets, weights, values, predEdge, 1.0);
  }

  /**
   * Max-plus (max, +) path sums; see the class comment.
   *
   * @param weights each edge's weight: finite, or −∞ for an absent edge
   * @param values initial values in, path sums out (−∞ = unreached); length ≥ n
   * @throws ComponentRefusalException for a reachable positive cycle or an overflow
   * @throws IllegalArgumentException for a malformed CSR, NaN or +∞ weights or values
   * @see #tropical
   */
  public static void maxPlus(
      int n, int[] offsets, int[] targets, double[] weights, double[] values, int[] predEdge) {
    solve(n, offsets, targets, weights, values, predEdge, -1.0);
  }

  /**
   * True if some edge has a weight that improves a path (tropical: negative; max-plus: positive),
   * so that Bellman–Ford is needed instead of Dijkstra.
   */
  public static boolean hasImprovingEdge(int m, double[] weights, boolean maxPlus) {
    double sign = maxPlus ? -1 : 1;
    for (int k = 0; k < m; k++) {
      if (sign * weights[k] < 0) {
        return true;
      }
    }
    return false;
  }

  /** Works in cost space: cost = sign · value, minimized; sign −1 turns max-plus into min-plus. */
  private static void solve(
      int n,
      int[] offsets,
      int[] targets,
      double[] weights,
      double[] values,
      int[] predEdge,
      double sign) {
    LocalCycles.checkCsr(n, offsets, targets, weights);
    if (values.length < n || predEdge.length < n) {
      throw new IllegalArgumentException("values and predEdge need " + n + " entries");
    }
    int m = offsets[n];
    boolean improving = false;
    for (int k = 0; k < m; k++) {
      double c = sign * weights[k];
      if (Double.isNaN(c) || c == Double.NEGATIVE_INFINITY) {
        throw new IllegalArgumentException(
            "edge " + k + " has weight " + weights[k] + ", which is not in the carrier");
      }
      improving |= c < 0;
    }
    for (int i = 0; i < n; i++) {
      double c = sign * values[i];
      if (Double.isNaN(c) || c == Double.NEGATIVE_INFINITY) {
        throw new IllegalArgumentException(
            "values[" + i + "] = " + values[i] + " is not in the carrier");
      }
      values[i] = c;
    }
    Arrays.fill(predEdge, 0, n, -1);
    if (improving) {
      new BellmanFord(n, offsets, targets, weights, values, predEdge, sign).run();
    } else {
      dijkstra(n, offsets, targets, weights, values, predEdge, sign);
    }
    if (sign < 0) {
      for (int i = 0; i < n; i++) {
        // Back from cost space; a zero is +0.0, as x + (−x) gives it in value space.
        values[i] = values[i] == 0 ? 0.0 : -values[i];
      }
    }
  }

  private static void dijkstra(
      int n,
      int[] offsets,
      int[] targets,
      double[] weights,
      double[] d,
      int[] pred,
      double sign) {
    int[] heap = new int[n];
    int[] pos = new int[n]; // index in heap, −1 never queued, −2 settled
    int size = 0;
    for (int i = 0; i < n; i++) {
      if (d[i] < Double.POSITIVE_INFINITY) {
        pos[i] = size;
        heap[size++] = i;
      } else {
        pos[i] = -1;
      }
    }
    for (int i = size / 2 - 1; i >= 0; i--) {
      siftDown(heap, pos, d, size, i);
    }
    boolean[] overflowed = null;
    while (size > 0) {
      int u = heap[0];
      pos[u] = -2;
      size--;
      if (size > 0) {
        heap[0] = heap[size];
        pos[heap[0]] = 0;
        siftDown(heap, pos, d, size, 0);
      }
      double du = d[u];
      for (int k = offsets[u], end = offsets[u + 1]; k < end; k++) {
        double nd = du + sign * weights[k];
        int v = targets[k];
        if (nd < d[v]) {
          if (nd == Double.NEGATIVE_INFINITY) {
            throw ComponentRefusalException.overflow(v, sign * nd);
          }
          d[v] = nd;
          pred[v] = k;
          if (pos[v] == -1) {
            pos[v] = size;
            heap[size++] = v;
          }
          siftUp(heap, pos, d, pos[v]);
        } else if (nd == Double.POSITIVE_INFINITY
            && d[v] == Double.POSITIVE_INFINITY
            && weights[k] != sign * Double.POSITIVE_INFINITY) {
          if (overflowed == null) {
            overflowed = new boolean[n];
          }
          overflowed[v] = true;
        }
      }
    }
    checkOverflow(n, d, overflowed, sign);
  }

  /** A vertex that only an overflowing path reaches would read as unreached: refuse instead. */
  private static void checkOverflow(int n, double[] d, boolean[] overflowed, double sign) {
    if (overflowed == null) {
      return;
    }
    for (int v = 0; v < n; v++) {
      if (overflowed[v] && d[v] == Double.POSITIVE_INFINITY) {
        throw ComponentRefusalException.overflow(v, sign * Double.POSITIVE_INFINITY);
      }
    }
  }

  private static void siftUp(int[] heap, int[] pos, double[] d, int i) {
    int x = heap[i];
    double key = d[x];
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      int p = heap[parent];
      if (d[p] <= key) {
        break;
      }
      heap[i] = p;
      pos[p] = i;
      i = parent;
    }
    heap[i] = x;
    pos[x] = i;
  }

  private static void siftDown(int[] heap, int[] pos, double[] d, int size, int i) {
    int x = heap[i];
    double key = d[x];
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && d[heap[child + 1]] < d[heap[child]]) {
        child++;
      }
      int c = heap[child];
      if (d[c] >= key) {
        break;
      }
      heap[i] = c;
      pos[c] = i;
      i = child;
    }
    heap[i] = x;
    pos[x] = i;
  }

  /**
   * FIFO Bellman–Ford with subtree disassembly. The tree is threaded in preorder through {@code
   * next}/{@code prev} with a sentinel root {@code n} whose children are the vertices with a finite
   * initial value; a vertex's subtree is the run after it in the thread with greater depth. A
   * vertex taken out of the tree is inactive: its pending scan is skipped, and it is put back (and
   * rescanned) when a scan offers it a value no worse than its own, which its former parent's scan
   * always does.
   */
  private static final class BellmanFord {
    final int n;
    final int[] offsets;
    final int[] targets;
    final double[] weights;
    final double[] d;
    final int[] pred;
    final double sign;
    final int[] parent;
    final int[] depth;
    final int[] next;
    final int[] prev;
    final boolean[] active;
    final boolean[] queued;
    final int[] queue;
    int head;
    int count;
    boolean[] overflowed;

    BellmanFord(
        int n,
        int[] offsets,
        int[] targets,
        double[] weights,
        double[] d,
        int[] pred,
        double sign) {
      this.n = n;
      this.offsets = offsets;
      this.targets = targets;
      this.weights = weights;
      this.d = d;
      this.pred = pred;
      this.sign = sign;
      this.parent = new int[n];
      this.depth = new int[n + 1];
      this.next = new int[n + 1];
      this.prev = new int[n + 1];
      this.active = new boolean[n];
      this.queued = new boolean[n];
      this.queue = new int[Math.max(n, 1)];
    }

    void run() {
      int last = n; // the sentinel
      next[n] = n;
      prev[n] = n;
      for (int i = 0; i < n; i++) {
        if (d[i] < Double.POSITIVE_INFINITY) {
          parent[i] = n;
          depth[i] = 1;
          active[i] = true;
          next[last] = i;
          prev[i] = last;
          next[i] = n;
          prev[n] = i;
          last = i;
          push(i);
        }
      }
      while (count > 0) {
        int u = queue[head];
        head = head + 1 == queue.length ? 0 : head + 1;
        count--;
        queued[u] = false;
        if (active[u]) {
          scan(u);
        }
      }
      checkOverflow(n, d, overflowed, sign);
    }

    void push(int v) {
      if (!queued[v]) {
        queued[v] = true;
        int tail = head + count;
        queue[tail >= queue.length ? tail - queue.length : tail] = v;
        count++;
      }
    }

    void scan(int u) {
      double du = d[u];
      for (int k = offsets[u], end = offsets[u + 1]; k < end; k++) {
        double w = sign * weights[k];
        if (w == Double.POSITIVE_INFINITY) {
          continue; // an absent edge
        }
        int v = targets[k];
        double nd = du + w;
        if (nd == Double.NEGATIVE_INFINITY) {
          throw ComponentRefusalException.overflow(v, sign * nd);
        }
        if (nd == Double.POSITIVE_INFINITY) {
          if (d[v] == Double.POSITIVE_INFINITY) {
            if (overflowed == null) {
              overflowed = new boolean[n];
            }
            overflowed[v] = true;
          }
          continue;
        }
        if (nd < d[v]) {
          if (active[v] && !takeOutSubtree(v, u, k)) {
            continue; // a cycle improving only by rounding: treat it as weight 0
          }
          d[v] = nd;
        } else if (active[v] || nd != d[v]) {
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
        push(v);
      }
    }

    /**
     * Takes v and its subtree out of the tree (v is about to be re-attached under u). If u is in
     * the subtree, the tree path v ⇝ u plus edge k is a cycle: refuse it if its weight is provably
     * improving, otherwise put the subtree back and return false.
     */
    boolean takeOutSubtree(int v, int u, int k) {
      int dv = depth[v];
      boolean cycle = u == v;
      int x = next[v];
      while (x != n && depth[x] > dv) {
        active[x] = false;
        cycle |= x == u;
        x = next[x];
      }
      if (cycle) {
        refuseCycle(v, u, k);
        for (int y = next[v]; y != x; y = next[y]) {
          active[y] = true; // only rounding: undo
        }
        return false;
      }
      // Unlink v .. (last descendant) from the thread; it is re-linked under u by the caller.
      int before = prev[v];
      next[before] = x;
      prev[x] = before;
      active[v] = false;
      return true;
    }

    /** Throws for the cycle v ⇝ u → v if it provably improves; returns if only by rounding. */
    void refuseCycle(int v, int u, int k) {
      int len = 1;
      for (int y = u; y != v; y = parent[y]) {
        len++;
      }
      int[] cycle = new int[len];
      int[] edges = new int[len];
      cycle[len - 1] = u;
      edges[len - 1] = k;
      int i = len - 1;
      for (int y = u; y != v; y = parent[y]) {
        i--;
        cycle[i] = parent[y];
        edges[i] = pred[y];
      }
      // The cycle's weight summed exactly: its sign decides, not a rounding bound.
      BigDecimal sum = BigDecimal.ZERO;
      for (int e : edges) {
        sum = sum.add(new BigDecimal(weights[e]));
      }
      if (sum.signum() * sign < 0) {
        throw ComponentRefusalException.improvingCycle(cycle, edges, sum.doubleValue());
      }
    }
  }
}
