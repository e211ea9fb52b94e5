package org.pathsum.solver.cyclic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pathsum.semiring.Semiring;

/**
 * Finding concrete cycles for the exceptions that refuse a path problem: any cycle through a
 * vertex, and an <em>improving</em> cycle (weight c with {@code 1̄ ⊕ c ≠ 1̄}) for selective
 * semirings. Both run only when a solve is about to fail.
 */
final class Cycles {

  private Cycles() {}

  /** A cycle as parallel arrays: edge {@code edges[i]} leaves {@code tails[i]}. */
  static final class Cycle {
    final int[] tails;
    final int[] edges;

    Cycle(int[] tails, int[] edges) {
      this.tails = tails;
      this.edges = edges;
    }

    <V> List<V> vertices(IndexedGraph<V, ?, ?> g) {
      List<V> out = new ArrayList<>(tails.length);
      for (int t : tails) {
        out.add(g.vertices.get(t));
      }
      return out;
    }

    <W> W weight(IndexedGraph<?, ?, W> g, Semiring<W> semiring) {
      W w = semiring.one();
      for (int e : edges) {
        w = semiring.times(w, g.weightAt(e));
      }
      return w;
    }
  }

  /**
   * A shortest (fewest edges) cycle through {@code v} inside its strongly connected component; v's
   * component must be cyclic. Breadth-first search, O(|V| + |E|).
   */
  static Cycle through(IndexedGraph<?, ?, ?> g, Components comps, int v) {
    int n = g.vertexCount();
    int c = comps.component[v];
    int[] predEdge = new int[n];
    int[] predTail = new int[n];
    Arrays.fill(predEdge, -1);
    int[] queue = new int[n];
    int qh = 0;
    int qt = 0;
    queue[qt++] = v;
    while (qh < qt) {
      int u = queue[qh++];
      for (int i = g.start[u]; i < g.start[u + 1]; i++) {
        int w = g.head[i];
        if (comps.component[w] != c) {
          continue;
        }
        if (w == v) {
          return unwind(v, u, i, predTail, predEdge);
        }
        if (predEdge[w] < 0) {
          predEdge[w] = i;
          predTail[w] = u;
          queue[qt++] = w;
        }
      }
    }
    throw new IllegalStateException("vertex " + v + " lies on no cycle of its component");
  }

  private static Cycle unwind(int v, int last, int closingEdge, int[] predTail, int[] predEdge) {
    List<Integer> tails = new ArrayList<>();
    List<Integer> edges = new ArrayList<>();
    tails.add(last);
    edges.add(closingEdge);
    for (int x = last; x != v; x = predTail[x]) {
      tails.add(predTail[x]);
      edges.add(predEdge[x]);
    }
    int k = tails.size();
    int[] t = new int[k];
    int[] e = new int[k];
    for (int i = 0; i < k; i++) {
      t[i] = tails.get(k - 1 - i);
      e[i] = edges.get(k - 1 - i);
    }
    return new Cycle(t, e);
  }

  /**
   * An improving cycle of a selective semiring in component {@code c}, reachable from {@code from}:
   * Bellman–Ford for {@code size(c)} rounds; a change in the last round proves one, and the
   * predecessor edges then close a cycle. Empty if none is found. O(|C| · |E_C|).
   */
  static <W> Optional<Cycle> improving(
      IndexedGraph<?, ?, W> g, Semiring<W> semiring, Components comps, int c, int from) {
    int n = g.vertexCount();
    @SuppressWarnings("unchecked")
    W[] d = (W[]) new Object[n];
    int[] predEdge = new int[n];
    int[] predTail = new int[n];
    Arrays.fill(predEdge, -1);
    W zero = semiring.zero();
    int lo = comps.memberStart[c];
    int hi = comps.memberStart[c + 1];
    for (int k = lo; k < hi; k++) {
      d[comps.members[k]] = zero;
    }
    d[from] = semiring.one();
    int lastChanged = -1;
    for (int round = 0; round < hi - lo; round++) {
      lastChanged = -1;
      for (int k = lo; k < hi; k++) {
        int u = comps.members[k];
        if (semiring.isZero(d[u])) {
          continue;
        }
        for (int i = g.start[u]; i < g.start[u + 1]; i++) {
          int v = g.head[i];
          if (comps.component[v] != c) {
            continue;
          }
          W next = semiring.plus(d[v], semiring.times(d[u], g.weightAt(i)));
          if (!semiring.equivalent(next, d[v])) {
            d[v] = next;
            predEdge[v] = i;
            predTail[v] = u;
            lastChanged = v;
          }
        }
      }
      if (lastChanged < 0) {
        return Optional.empty();
      }
    }
    int x = lastChanged;
    for (int step = 0; step < hi - lo; step++) {
      if (predEdge[x] < 0) {
        return Optional.empty();
      }
      x = predTail[x];
    }
    List<Integer> tails = new ArrayList<>();
    List<Integer> edges = new ArrayList<>();
    int y = x;
    do {
      if (predEdge[y] < 0 || tails.size() > hi - lo) {
        return Optional.empty();
      }
      tails.add(predTail[y]);
      edges.add(predEdge[y]);
      y = predTail[y];
    } while (y != x);
    int k = tails.size();
    int[] t = new int[k];
    int[] e = new int[k];
    for (int i = 0; i < k; i++) {
      t[i] = tails.get(k - 1 - i);
      e[i] = edges.get(k - 1 - i);
    }
    Cycle cycle = new Cycle(t, e);
    W weight = cycle.weight(g, semiring);
    W one = semiring.one();
    return semiring.equivalent(semiring.plus(one, weight), one)
        ? Optional.empty()
        : Optional.of(cycle);
  }
}
