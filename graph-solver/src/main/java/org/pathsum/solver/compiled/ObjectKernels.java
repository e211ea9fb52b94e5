package org.pathsum.solver.compiled;

import java.util.Arrays;
import org.pathsum.semiring.Semiring;

/**
 * The generic sweeps over any {@link Semiring}, on boxed weights held in {@code Object[]} arrays.
 * Same operations in the same order as {@link DoubleKernels}.
 */
final class ObjectKernels {

  private ObjectKernels() {}

  @SuppressWarnings("unchecked")
  static <W> Object[] forward(CompiledDag g, Semiring<W> s, Object[] w, int source) {
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    final W zero = s.zero();
    Object[] out = new Object[n];
    for (int v = 0; v < source; v++) {
      out[v] = zero;
    }
    out[source] = s.one();
    for (int v = source + 1; v < n; v++) {
      W acc = zero;
      for (int i = off[v], end = off[v + 1]; i < end; i++) {
        int e = ids == null ? i : ids[i];
        int u = src[e];
        if (u >= source) {
          acc = s.plus(acc, s.times((W) out[u], (W) w[e]));
        }
      }
      out[v] = acc;
    }
    return out;
  }

  /** The scatter form of {@link DoubleKernels#backwardGeneric}. */
  @SuppressWarnings("unchecked")
  static <W> Object[] backward(CompiledDag g, Semiring<W> s, Object[] w, int target) {
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    Object[] out = new Object[n];
    Arrays.fill(out, s.zero());
    out[target] = s.one();
    for (int v = target; v > 0; v--) {
      final W value = (W) out[v];
      for (int i = off[v + 1] - 1, begin = off[v]; i >= begin; i--) {
        int e = ids == null ? i : ids[i];
        int u = src[e]; // w[e] first: it comes first in path order
        out[u] = s.plus(s.times((W) w[e], value), (W) out[u]);
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static <W> W between(CompiledDag g, Semiring<W> s, Object[] w, int source, int target) {
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    final W zero = s.zero();
    if (target < source) {
      return zero;
    }
    Object[] scratch = new Object[target - source + 1];
    scratch[0] = s.one();
    for (int v = source + 1; v <= target; v++) {
      W acc = zero;
      for (int i = off[v], end = off[v + 1]; i < end; i++) {
        int e = ids == null ? i : ids[i];
        int u = src[e];
        if (u >= source) {
          acc = s.plus(acc, s.times((W) scratch[u - source], (W) w[e]));
        }
      }
      scratch[v - source] = acc;
    }
    return (W) scratch[target - source];
  }
}
