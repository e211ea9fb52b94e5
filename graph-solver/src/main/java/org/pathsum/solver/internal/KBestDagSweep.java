package org.pathsum.solver.internal;

import org.jgrapht.Graph;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.DoubleSemiring.Arithmetic;
import org.pathsum.solver.KBestPaths;
import org.pathsum.solver.internal.compiled.CarrierEscape;
import org.pathsum.solver.internal.compiled.IntGraph;

/**
 * The k best walks of an acyclic graph by one sweep in topological order (the compiled vertex
 * order): from a source, each vertex after it merges the sorted lists of its in-neighbours, edge
 * {@code e = u → v} offering u's list with w(e) added; to a target, each vertex before it (in
 * reverse order) merges the lists of its out-neighbours the same way. The merge keeps one candidate
 * per edge in a binary heap (the next unused entry of that neighbour's list) and pops at most k, so
 * a vertex of degree d costs O(d + k·log d) and the sweep O(|V| + |E| + k·|V|·log Δ).
 *
 * <p>Why the lists are exact: adding w(e) is monotone in floating point, so the i-th best weight of
 * u's walks plus w(e) is the i-th best of their extensions by e; the k best at v are therefore
 * among the first k of each offered list, and the merge takes them in order. Walks differing in
 * their edge sequence are distinct, so equal weights from different edges are each kept; among
 * equal weights the edge earlier in the adjacency (lower edge id) comes first, then the lower rank.
 * A weight is accumulated as the query accumulates it: from the source {@code x + w(e)} (so {@code
 * ((0 + w₁) + w₂) + …}), into the target {@code w(e) + x} (so {@code w₁ + (w₂ + (… + 0))}); the
 * first entry at each vertex is then exactly the front door's best weight, computed from the same
 * terms.
 *
 * <p>Refusals match the front door's and the walk search's: a kept weight that left the range of
 * {@code double} is a {@link org.pathsum.solver.CarrierOverflowException} naming the vertex. An
 * overflowing candidate beside k better ones is no refusal, as the front door drops an overflowing
 * term beside a better one; infinite candidates sort last (or, past the wrong end, first), so they
 * are kept exactly when they must be refused.
 *
 * <p>The walks are stored as an arena ({@link KBestSearch.Arena}: parent node, last edge, weight),
 * each vertex's nodes contiguous and best first, so a walk is read back by following parents,
 * iteratively. Memory: at most one node per kept walk (k·|V| at most: a double and two ints each),
 * plus two ints per vertex; scratch of the largest degree.
 */
final class KBestDagSweep {

  private KBestDagSweep() {}

  /**
   * The k best walks from (or, when {@code backward}, to) compiled vertex {@code a} of an acyclic
   * graph.
   */
  static <V, E> KBestPaths<V, E> sweep(
      SolverGraph<V, E, Double> sg, Graph<V, E> graph, V anchor, int a, int k, boolean backward) {
    boolean maxPlus = ((DoubleSemiring) sg.semiring).arithmetic() == Arithmetic.MAX_PLUS;
    double sign = maxPlus ? -1 : 1;
    IntGraph g = sg.g;
    int n = g.vertexCount();
    // A vertex gathers from the side the walks come from: its in-edges from a source, its
    // out-edges towards a target.
    IntGraph.Adjacency adj = backward ? g.out() : g.in();
    double[] w = sg.doubles;
    int[] start = new int[n];
    int[] count = new int[n];
    int span = backward ? a + 1 : n - a;
    KBestSearch.Arena arena =
        new KBestSearch.Arena((int) Math.max(16, Math.min((long) span * k, 1 << 22)));
    start[a] = arena.add(-1, -1, 0);
    count[a] = 1;
    Merge merge = new Merge();
    int step = backward ? -1 : 1;
    for (int v = a + step; v >= 0 && v < n; v += step) {
      int from = adj.start(v);
      int to = adj.end(v);
      merge.clear(to - from);
      for (int i = from; i < to; i++) {
        int u = adj.endAt(i);
        if (count[u] == 0) {
          continue; // no walk between u and the anchor (u on the far side of it, or cut off)
        }
        int e = adj.edgeAt(i);
        double x = arena.weight[start[u]];
        merge.add(u, e, sign * (backward ? w[e] + x : x + w[e]));
      }
      if (merge.size == 0) {
        continue;
      }
      merge.heapify();
      start[v] = arena.size;
      int c = 0;
      while (merge.size > 0 && c < k) {
        int top = merge.heap[0];
        int u = merge.vertex[top];
        int e = merge.edge[top];
        int r = merge.rank[top];
        double value = sign * merge.cost[top];
        if (Double.isInfinite(value)) {
          throw overflow(sg, anchor, backward, v, k, value);
        }
        arena.add(start[u] + r, e, value);
        c++;
        if (r + 1 < count[u]) {
          double x = arena.weight[start[u] + r + 1];
          merge.replaceTop(r + 1, sign * (backward ? w[e] + x : x + w[e]));
        } else {
          merge.removeTop();
        }
      }
      count[v] = c;
    }
    return new ArenaKBestPaths<>(sg, graph, anchor, k, backward, arena, start, count, null);
  }

  private static <V, E> RuntimeException overflow(
      SolverGraph<V, E, Double> sg, V anchor, boolean backward, int v, int k, double value) {
    return sg.overflow(
        new CarrierEscape(v, false, "the weight of one of the " + k + " best walks is " + value),
        anchor,
        backward);
  }

  /**
   * The candidates of one vertex, one per edge with walks behind it: the neighbour, the edge, the
   * rank of the neighbour's walk it extends and the cost (weight, negated for max-plus); a binary
   * min-heap of candidate numbers by cost, ties by candidate number (the adjacency order). Scratch
   * reused across vertices, grown to the largest degree.
   */
  private static final class Merge {
    int[] vertex = new int[8];
    int[] edge = new int[8];
    int[] rank = new int[8];
    double[] cost = new double[8];
    int[] heap = new int[8];
    int size;

    void clear(int degree) {
      if (degree > heap.length) {
        int c = Math.max(degree, 2 * heap.length);
        vertex = new int[c];
        edge = new int[c];
        rank = new int[c];
        cost = new double[c];
        heap = new int[c];
      }
      size = 0;
    }

    void add(int u, int e, double c) {
      vertex[size] = u;
      edge[size] = e;
      rank[size] = 0;
      cost[size] = c;
      heap[size] = size;
      size++;
    }

    void heapify() {
      for (int i = (size >>> 1) - 1; i >= 0; i--) {
        siftDown(i);
      }
    }

    /** The top candidate moves on to the next walk of its neighbour, of cost {@code c}. */
    void replaceTop(int r, double c) {
      int top = heap[0];
      rank[top] = r;
      cost[top] = c;
      siftDown(0);
    }

    void removeTop() {
      heap[0] = heap[--size];
      siftDown(0);
    }

    private void siftDown(int i) {
      int x = heap[i];
      while (true) {
        int child = 2 * i + 1;
        if (child >= size) {
          break;
        }
        if (child + 1 < size && less(heap[child + 1], heap[child])) {
          child++;
        }
        if (!less(heap[child], x)) {
          break;
        }
        heap[i] = heap[child];
        i = child;
      }
      heap[i] = x;
    }

    private boolean less(int p, int q) {
      return cost[p] < cost[q] || (cost[p] == cost[q] && p < q);
    }
  }
}
