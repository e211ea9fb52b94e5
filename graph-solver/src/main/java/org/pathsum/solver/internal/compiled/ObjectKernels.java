package org.pathsum.solver.internal.compiled;

import java.util.Arrays;
import org.pathsum.semiring.Semiring;

/**
 * The generic sweeps over any {@link Semiring}, on boxed weights held in {@code Object[]} arrays.
 * Same operations in the same order as {@link DoubleKernels}.
 *
 * <p>{@code checked}: each vertex's value is tested once ({@link
 * CarrierGuard#isRegularValue}: a member, and for a semiring over {@code double} finite unless 0̄
 * or 1̄), a vertex left at 0̄ though a term {@code x ⊗ w} of a nonzero value came out 0̄ (a semiring
 * with a declared arithmetic; {@link CarrierGuard#lostTerm}) is refused, and an {@link
 * ArithmeticException} of the semiring (a count past {@code Long.MAX_VALUE}) is turned into a
 * {@link CarrierEscape} naming the vertex.
 * Unchecked, the semiring's arithmetic is used as is and its exceptions propagate.
 */
final class ObjectKernels {

  private ObjectKernels() {}

  @SuppressWarnings("unchecked")
  static <W> Object[] forward(
      CompiledDag g, Semiring<W> s, Object[] w, int source, boolean checked) {
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
    int v = source + 1;
    try {
      for (; v < n; v++) {
        W acc = zero;
        Object lost = null;
        for (int i = off[v], end = off[v + 1]; i < end; i++) {
          int e = ids == null ? i : ids[i];
          int u = src[e];
          if (u >= source) {
            W x = (W) out[u];
            W p = s.times(x, (W) w[e]);
            if (checked && CarrierGuard.lostTerm(s, x, p)) {
              lost = p;
            }
            acc = s.plus(acc, p);
          }
        }
        out[v] = acc;
        if (checked) {
          check(s, v, acc, lost);
        }
      }
    } catch (ArithmeticException ex) {
      if (!checked) {
        throw ex;
      }
      throw new CarrierEscape(v, false, ex.getMessage());
    }
    return out;
  }

  /** The scatter form of {@link DoubleKernels#backwardGeneric}. */
  @SuppressWarnings("unchecked")
  static <W> Object[] backward(
      CompiledDag g, Semiring<W> s, Object[] w, int target, boolean checked) {
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    Object[] out = new Object[n];
    Arrays.fill(out, s.zero());
    out[target] = s.one();
    Object[] lost = checked ? new Object[n] : null; // per vertex, a term that came out 0̄
    int u = -1; // the vertex being added to, for an ArithmeticException
    int v = target;
    try {
      for (; v > 0; v--) {
        final W value = (W) out[v];
        if (checked) {
          check(s, v, value, lost[v]);
        }
        for (int i = off[v + 1] - 1, begin = off[v]; i >= begin; i--) {
          int e = ids == null ? i : ids[i];
          u = src[e]; // w[e] first: it comes first in path order
          W p = s.times((W) w[e], value);
          if (checked && CarrierGuard.lostTerm(s, value, p)) {
            lost[u] = p;
          }
          out[u] = s.plus(p, (W) out[u]);
        }
      }
    } catch (ArithmeticException ex) {
      if (!checked) {
        throw ex;
      }
      throw new CarrierEscape(u >= 0 ? u : v, false, ex.getMessage());
    }
    if (checked) {
      check(s, 0, (W) out[0], lost[0]);
    }
    return out;
  }

  /**
   * The demand sweep. Checked, it tests the vertices from the source to the target that reach the
   * target: an escape at a vertex off the paths to the target does not concern the pair (its value
   * flows only into other such vertices), and the vertex then counts as 0̄.
   */
  @SuppressWarnings("unchecked")
  static <W> W between(
      CompiledDag g, Semiring<W> s, Object[] w, int source, int target, boolean checked) {
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    final W zero = s.zero();
    if (target < source) {
      return zero;
    }
    boolean[] mask = checked ? g.reachingTarget(source, target) : null;
    Object[] scratch = new Object[target - source + 1];
    scratch[0] = s.one();
    for (int v = source + 1; v <= target; v++) {
      boolean watched = checked && mask[v];
      W acc = zero;
      Object lost = null;
      try {
        for (int i = off[v], end = off[v + 1]; i < end; i++) {
          int e = ids == null ? i : ids[i];
          int u = src[e];
          if (u >= source) {
            W x = (W) scratch[u - source];
            W p = s.times(x, (W) w[e]);
            if (watched && CarrierGuard.lostTerm(s, x, p)) {
              lost = p;
            }
            acc = s.plus(acc, p);
          }
        }
      } catch (ArithmeticException ex) {
        if (watched) {
          throw new CarrierEscape(v, false, ex.getMessage());
        }
        if (!checked) {
          throw ex;
        }
        acc = zero;
      }
      scratch[v - source] = acc;
      if (watched) {
        check(s, v, acc, lost);
      }
    }
    return (W) scratch[target - source];
  }

  /**
   * The refusal rule of one vertex, as in {@link DoubleKernels}: its value must be regular, and
   * may be 0̄ only if no term of a nonzero value was lost on the way ({@code lost} null if none).
   */
  private static <W> void check(Semiring<W> s, int v, W value, Object lost) {
    if (!CarrierGuard.isRegularValue(s, value)) {
      throw new CarrierEscape(v, false, "the arithmetic gave " + value);
    }
    if (lost != null && s.isZero(value)) {
      throw new CarrierEscape(
          v, lost instanceof Double && (Double) lost == 0.0, "a product gave " + lost);
    }
  }
}
