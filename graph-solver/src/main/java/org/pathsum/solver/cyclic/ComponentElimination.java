package org.pathsum.solver.cyclic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.pathsum.semiring.Semiring;

/**
 * Solves {@code x = b ⊕ x ⊗ A} on one strongly connected component by Gaussian elimination in the
 * semiring (Tarjan's path-expression approach): eliminating vertex k replaces every path {@code u →
 * k → v} by the edge {@code u → v} of weight {@code A[u][k] ⊗ A[k][k]* ⊗ A[k][v]}, and back
 * substitution then gives {@code x_k = (b_k ⊕ ⊕ x_u ⊗ A[u][k]) ⊗ A[k][k]*}. The result is the least
 * solution {@code x = b ⊗ A*}: every path into the component, then every walk inside it.
 *
 * <p>Vertices are eliminated greedily by the Markowitz cost in-degree × out-degree, which keeps a
 * long cycle or a sparse component sparse (O(1) fill per step on a cycle). Products keep path
 * order, so non-commutative semirings are handled. Worst case O(m³) semiring operations for a dense
 * component of m vertices.
 */
final class ComponentElimination<W> {

  /** The star of {@code A[k][k]} diverged while eliminating global vertex {@code vertex}. */
  static final class StarDiverged extends RuntimeException {
    final int vertex;

    StarDiverged(int vertex, ArithmeticException cause) {
      super(cause.getMessage(), cause, false, false);
      this.vertex = vertex;
    }
  }

  private final Semiring<W> sr;
  private final W zero;

  ComponentElimination(Semiring<W> sr) {
    this.sr = sr;
    this.zero = sr.zero();
  }

  /**
   * Replaces {@code x[v]} for the members of component {@code c} by the solution, given {@code x[v]
   * = b_v} (what enters each member from outside) on entry.
   *
   * @throws StarDiverged if a pivot's star is undefined
   */
  @SuppressWarnings("unchecked")
  void solve(IndexedGraph<?, ?, W> g, Components comps, int c, Object[] x, int[] local) {
    int lo = comps.memberStart[c];
    int m = comps.size(c);
    int[] global = new int[m];
    for (int k = 0; k < m; k++) {
      global[k] = comps.members[lo + k];
      local[global[k]] = k;
    }
    List<Map<Integer, W>> out = new ArrayList<>(m);
    List<Map<Integer, W>> in = new ArrayList<>(m);
    Object[] loop = new Object[m];
    Object[] b = new Object[m];
    for (int k = 0; k < m; k++) {
      out.add(new HashMap<>());
      in.add(new HashMap<>());
      loop[k] = zero;
      b[k] = x[global[k]];
    }
    for (int k = 0; k < m; k++) {
      int u = global[k];
      for (int i = g.start[u]; i < g.start[u + 1]; i++) {
        int v = g.head[i];
        if (comps.component[v] != c) {
          continue;
        }
        W w = g.weightAt(i);
        int lv = local[v];
        if (lv == k) {
          loop[k] = sr.plus((W) loop[k], w);
        } else {
          W sum = out.get(k).merge(lv, w, sr::plus);
          in.get(lv).put(k, sum);
        }
      }
    }
    int[] order = new int[m];
    Object[] stars = new Object[m];
    List<Map<Integer, W>> columns = new ArrayList<>(m);
    for (int k = 0; k < m; k++) {
      columns.add(null);
    }
    boolean[] done = new boolean[m];
    PriorityQueue<long[]> heap = new PriorityQueue<>((p, q) -> Long.compare(p[0], q[0]));
    for (int k = 0; k < m; k++) {
      heap.add(new long[] {cost(in, out, k), k});
    }
    for (int step = 0; step < m; step++) {
      int k;
      while (true) {
        long[] top = heap.poll();
        k = (int) top[1];
        if (!done[k] && top[0] == cost(in, out, k)) {
          break;
        }
      }
      done[k] = true;
      order[step] = k;
      W s;
      try {
        s = sr.star((W) loop[k]);
      } catch (ArithmeticException e) {
        throw new StarDiverged(global[k], e);
      }
      stars[k] = s;
      Map<Integer, W> row = out.get(k);
      Map<Integer, W> col = in.get(k);
      if (!sr.isZero((W) b[k])) {
        W bs = sr.times((W) b[k], s);
        for (Map.Entry<Integer, W> e : row.entrySet()) {
          int v = e.getKey();
          b[v] = sr.plus((W) b[v], sr.times(bs, e.getValue()));
        }
      }
      for (Map.Entry<Integer, W> eu : col.entrySet()) {
        int u = eu.getKey();
        W us = sr.times(eu.getValue(), s);
        for (Map.Entry<Integer, W> ev : row.entrySet()) {
          int v = ev.getKey();
          W through = sr.times(us, ev.getValue());
          if (u == v) {
            loop[u] = sr.plus((W) loop[u], through);
          } else {
            W sum = out.get(u).merge(v, through, sr::plus);
            in.get(v).put(u, sum);
          }
        }
      }
      for (int u : col.keySet()) {
        out.get(u).remove(k);
      }
      for (int v : row.keySet()) {
        in.get(v).remove(k);
      }
      for (int u : col.keySet()) {
        heap.add(new long[] {cost(in, out, u), u});
      }
      for (int v : row.keySet()) {
        heap.add(new long[] {cost(in, out, v), v});
      }
      columns.set(k, col);
      out.set(k, null); // no longer needed
    }
    for (int step = m - 1; step >= 0; step--) {
      int k = order[step];
      W acc = (W) b[k];
      for (Map.Entry<Integer, W> e : columns.get(k).entrySet()) {
        acc = sr.plus(acc, sr.times((W) x[global[e.getKey()]], e.getValue()));
      }
      x[global[k]] = sr.times(acc, (W) stars[k]);
    }
  }

  private static long cost(List<? extends Map<?, ?>> in, List<? extends Map<?, ?>> out, int k) {
    return (long) in.get(k).size() * out.get(k).size();
  }
}
