package org.pathsum.solver.internal;

import java.util.Arrays;
import org.pathsum.semiring.Semiring;

/**
 * The improving-cycle search that refusals of selective semirings run, only when a solve is about
 * to fail: Bellman–Ford inside one component. (A plain shortest cycle through a vertex is {@link
 * org.pathsum.solver.internal.compiled.Components#cycleThrough}.)
 */
final class Cycles {

  private Cycles() {}

  /**
   * An improving cycle (weight c with {@code 1̄ ⊕ c ≠ 1̄}) of a selective semiring in the component
   * {@code comp}, reachable from local vertex {@code from}: Bellman–Ford for {@code size} rounds; a
   * change in the last round proves one, and the predecessor edges then close a cycle. Returns the
   * positions of its edges in walk order, or {@code null} if none is found. O(|C| · |E_C|).
   */
  static <W> int[] improving(WeightedCsr<W> comp, Semiring<W> semiring, int from) {
    int n = comp.size;
    @SuppressWarnings("unchecked")
    W[] d = (W[]) new Object[n];
    int[] predEdge = new int[n];
    int[] predTail = new int[n];
    Arrays.fill(predEdge, -1);
    Arrays.fill(d, semiring.zero());
    d[from] = semiring.one();
    int lastChanged = -1;
    for (int round = 0; round < n; round++) {
      lastChanged = -1;
      for (int u = 0; u < n; u++) {
        if (semiring.isZero(d[u])) {
          continue;
        }
        for (int i = comp.offsets[u]; i < comp.offsets[u + 1]; i++) {
          int v = comp.ends[i];
          W next = semiring.plus(d[v], semiring.times(d[u], comp.weight(i)));
          if (!semiring.equivalent(next, d[v])) {
            d[v] = next;
            predEdge[v] = i;
            predTail[v] = u;
            lastChanged = v;
          }
        }
      }
      if (lastChanged < 0) {
        return null;
      }
    }
    int x = lastChanged;
    for (int step = 0; step < n; step++) {
      if (predEdge[x] < 0) {
        return null;
      }
      x = predTail[x];
    }
    int length = 0;
    int y = x;
    do {
      if (predEdge[y] < 0 || length > n) {
        return null;
      }
      length++;
      y = predTail[y];
    } while (y != x);
    int[] edges = new int[length];
    y = x;
    for (int k = length - 1; k >= 0; k--) {
      edges[k] = predEdge[y];
      y = predTail[y];
    }
    W weight = semiring.one();
    for (int e : edges) {
      weight = semiring.times(weight, comp.weight(e));
    }
    W one = semiring.one();
    return semiring.equivalent(semiring.plus(one, weight), one) ? null : edges;
  }
}
