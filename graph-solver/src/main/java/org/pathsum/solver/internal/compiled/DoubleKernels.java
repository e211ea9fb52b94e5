package org.pathsum.solver.internal.compiled;

import java.util.Arrays;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semirings;

/**
 * The {@code double} sweeps. Each has a generic kernel calling the {@link DoubleSemiring} and, for
 * the {@linkplain DoubleSemiring.Arithmetic#SUM_PRODUCT real} and {@linkplain
 * DoubleSemiring.Arithmetic#MIN_PLUS tropical} arithmetics, specialized kernels with the
 * arithmetic inlined: a solver that sees several semirings makes the interface calls megamorphic,
 * and the specialized kernels keep the real sweep (automatic differentiation) and the tropical one
 * (shortest paths) at raw-loop speed regardless. The kernel is chosen from the arithmetic the
 * semiring declares, never from which object it is. The specialized kernels do the same operations
 * in the same order as the generic ones, so they agree bit for bit on members of the semiring
 * (tested); the tropical forward kernel also folds in the +∞ terms from below the source, which
 * min ignores exactly.
 *
 * <p><b>Carrier checks.</b> Given a {@link CarrierGuard}, every kernel tests each vertex's value
 * against the guard's band (one test per vertex, none per edge) and, if some value is outside it,
 * reruns the sweep in the checked kernel, which tests every product and throws {@link
 * CarrierEscape} at the first vertex whose sum left the carrier. Without a guard ({@code null})
 * nothing is checked: IEEE arithmetic as is.
 *
 * <p>Kernels read edge ids as {@code ids == null ? i : ids[i]}: a null {@code inEdgeIds} means the
 * in-CSR order is the edge order. The test is loop-invariant, so the JIT can unswitch it; the real
 * kernels, the hottest, have a separate loop per layout instead.
 */
final class DoubleKernels {

  private DoubleKernels() {}

  static boolean isReal(DoubleSemiring s) {
    return s.arithmetic() == DoubleSemiring.Arithmetic.SUM_PRODUCT;
  }

  private static boolean isTropical(DoubleSemiring s) {
    return s.arithmetic() == DoubleSemiring.Arithmetic.MIN_PLUS;
  }

  /**
   * The forward sweep; with a guard, the checked rerun where a value left the band.
   *
   * @throws CarrierEscape if {@code guard} is given and a value left the carrier
   */
  static void forward(
      CompiledDag g, DoubleSemiring s, double[] w, int source, double[] out, CarrierGuard guard) {
    boolean suspect;
    if (isReal(s)) {
      suspect = forwardReal(g, w, source, out, guard);
    } else if (isTropical(s)) {
      suspect = forwardTropical(g, w, source, out, guard);
    } else {
      suspect = forwardGeneric(g, s, w, source, out, guard);
    }
    if (suspect && guard != null) {
      forwardChecked(g, s, w, source, out, guard, null);
    }
  }

  /**
   * The backward sweep; with a guard, the checked rerun where a value left the band.
   *
   * @throws CarrierEscape if {@code guard} is given and a value left the carrier
   */
  static void backward(
      CompiledDag g, DoubleSemiring s, double[] w, int target, double[] out, CarrierGuard guard) {
    boolean suspect;
    if (isReal(s)) {
      suspect = backwardReal(g, w, target, out, guard);
    } else if (isTropical(s)) {
      suspect = backwardTropical(g, w, target, out, guard);
    } else {
      suspect = backwardGeneric(g, s, w, target, out, guard);
    }
    if (suspect && guard != null) {
      backwardChecked(g, s, w, target, out, guard);
    }
  }

  /** The band test of one value: true if it is outside (see {@link CarrierGuard#safe}). */
  private static boolean outside(double v, double zero, double lo, double hi) {
    double a = Math.abs(v);
    return !((v == zero) | ((a >= lo) & (a <= hi)));
  }

  /** The band without a guard: every non-NaN value is inside (and the result is ignored). */
  private static final double NO_LO = 0;

  private static final double NO_HI = Double.POSITIVE_INFINITY;

  /** @return whether some value is outside the guard's band (false without a guard) */
  static boolean forwardGeneric(
      CompiledDag g, DoubleSemiring s, double[] w, int source, double[] out, CarrierGuard guard) {
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    final double zero = s.zeroAsDouble();
    final double lo = guard == null ? NO_LO : guard.lo;
    final double hi = guard == null ? NO_HI : guard.hi;
    boolean suspect = false;
    Arrays.fill(out, 0, source, zero);
    out[source] = s.oneAsDouble();
    for (int v = source + 1; v < n; v++) {
      double acc = zero;
      for (int i = off[v], end = off[v + 1]; i < end; i++) {
        int e = ids == null ? i : ids[i];
        int u = src[e];
        if (u >= source) { // below the source lies 0̄; skipping it also avoids 0 × ∞ = NaN
          acc = s.plusAsDouble(acc, s.timesAsDouble(out[u], w[e]));
        }
      }
      out[v] = acc;
      suspect |= outside(acc, zero, lo, hi);
    }
    return suspect && guard != null;
  }

  /**
   * {@link #forwardGeneric} with + and ×. A vertex with an in-edge from below the source takes the
   * loop with the skip; the others (all of them when the source is 0) a loop without the test. The
   * layout without an id map has its own copy of the loops, so that the JIT need not unswitch it.
   */
  static boolean forwardReal(
      CompiledDag g, double[] w, int source, double[] out, CarrierGuard guard) {
    Arrays.fill(out, 0, source, 0.0);
    out[source] = 1.0;
    final double lo = guard == null ? NO_LO : guard.lo;
    final double hi = guard == null ? NO_HI : guard.hi;
    if (g.inEdgeIds == null) {
      return forwardRealByTarget(g, w, source, out, lo, hi) && guard != null;
    }
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    final int[] lowest = g.lowestPredecessor;
    boolean suspect = false;
    for (int v = source + 1; v < n; v++) {
      double acc = 0.0;
      if (lowest[v] >= source) {
        for (int i = off[v], end = off[v + 1]; i < end; i++) {
          int e = ids[i];
          acc = acc + out[src[e]] * w[e];
        }
      } else {
        for (int i = off[v], end = off[v + 1]; i < end; i++) {
          int e = ids[i];
          int u = src[e];
          if (u >= source) {
            acc = acc + out[u] * w[e];
          }
        }
      }
      out[v] = acc;
      suspect |= outside(acc, 0.0, lo, hi);
    }
    return suspect && guard != null;
  }

  /** {@link #forwardReal} when in-CSR position = edge id. */
  private static boolean forwardRealByTarget(
      CompiledDag g, double[] w, int source, double[] out, double lo, double hi) {
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] src = g.source;
    final int[] lowest = g.lowestPredecessor;
    boolean suspect = false;
    for (int v = source + 1; v < n; v++) {
      double acc = 0.0;
      if (lowest[v] >= source) {
        for (int e = off[v], end = off[v + 1]; e < end; e++) {
          acc = acc + out[src[e]] * w[e];
        }
      } else {
        for (int e = off[v], end = off[v + 1]; e < end; e++) {
          int u = src[e];
          if (u >= source) {
            acc = acc + out[u] * w[e];
          }
        }
      }
      out[v] = acc;
      suspect |= outside(acc, 0.0, lo, hi);
    }
    return suspect;
  }

  /**
   * {@link #forwardGeneric} with ⊕ = min, ⊗ = +, 0̄ = +∞, 1̄ = 0. Terms from below the source need
   * no skip here: they are +∞ + w = +∞ for every member w, and min(acc, +∞) = acc exactly.
   */
  static boolean forwardTropical(
      CompiledDag g, double[] w, int source, double[] out, CarrierGuard guard) {
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    final double zero = Double.POSITIVE_INFINITY;
    final double lo = guard == null ? NO_LO : guard.lo;
    final double hi = guard == null ? NO_HI : guard.hi;
    boolean suspect = false;
    Arrays.fill(out, 0, source, zero);
    out[source] = 0.0;
    for (int v = source + 1; v < n; v++) {
      double acc = zero;
      for (int i = off[v], end = off[v + 1]; i < end; i++) {
        int e = ids == null ? i : ids[i];
        acc = Math.min(acc, out[src[e]] + w[e]);
      }
      out[v] = acc;
      suspect |= outside(acc, zero, lo, hi);
    }
    return suspect && guard != null;
  }

  /**
   * The backward sweep as a scatter over the in-adjacency: when {@code v} is reached in decreasing
   * order every out-edge of {@code v} has been pushed into it, so {@code out[v]} is final and is
   * pushed on as {@code out[u] = (w[e] ⊗ out[v]) ⊕ out[u]} along each in-edge {@code e = (u, v)},
   * in-edges visited last to first. Prepending the terms that arrive in reverse order reproduces
   * the pull form {@code out[u] = ⊕ w[e] ⊗ out[v]} over out-edges in increasing target (and edge
   * id) order, term for term, while edges and weights are read in in-CSR order, sequential when
   * edges were added by target. Each value is band-tested when it is final.
   */
  static boolean backwardGeneric(
      CompiledDag g, DoubleSemiring s, double[] w, int target, double[] out, CarrierGuard guard) {
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    final double zero = s.zeroAsDouble();
    final double lo = guard == null ? NO_LO : guard.lo;
    final double hi = guard == null ? NO_HI : guard.hi;
    boolean suspect = false;
    Arrays.fill(out, 0, n, zero);
    out[target] = s.oneAsDouble();
    for (int v = target; v > 0; v--) {
      final double value = out[v];
      suspect |= outside(value, zero, lo, hi);
      for (int i = off[v + 1] - 1, begin = off[v]; i >= begin; i--) {
        int e = ids == null ? i : ids[i];
        int u = src[e]; // w[e] first: it comes first in path order
        out[u] = s.plusAsDouble(s.timesAsDouble(w[e], value), out[u]);
      }
    }
    suspect |= outside(out[0], zero, lo, hi);
    return suspect && guard != null;
  }

  static boolean backwardReal(
      CompiledDag g, double[] w, int target, double[] out, CarrierGuard guard) {
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    final double lo = guard == null ? NO_LO : guard.lo;
    final double hi = guard == null ? NO_HI : guard.hi;
    boolean suspect = false;
    Arrays.fill(out, 0, n, 0.0);
    out[target] = 1.0;
    if (ids == null) { // in-CSR position = edge id: its own loop, so the JIT need not unswitch
      for (int v = target; v > 0; v--) {
        final double value = out[v];
        suspect |= outside(value, 0.0, lo, hi);
        for (int e = off[v + 1] - 1, begin = off[v]; e >= begin; e--) {
          int u = src[e];
          out[u] = w[e] * value + out[u];
        }
      }
    } else {
      for (int v = target; v > 0; v--) {
        final double value = out[v];
        suspect |= outside(value, 0.0, lo, hi);
        for (int i = off[v + 1] - 1, begin = off[v]; i >= begin; i--) {
          int e = ids[i];
          int u = src[e];
          out[u] = w[e] * value + out[u];
        }
      }
    }
    suspect |= outside(out[0], 0.0, lo, hi);
    return suspect && guard != null;
  }

  static boolean backwardTropical(
      CompiledDag g, double[] w, int target, double[] out, CarrierGuard guard) {
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    final double zero = Double.POSITIVE_INFINITY;
    final double lo = guard == null ? NO_LO : guard.lo;
    final double hi = guard == null ? NO_HI : guard.hi;
    boolean suspect = false;
    Arrays.fill(out, 0, n, zero);
    out[target] = 0.0;
    for (int v = target; v > 0; v--) {
      final double value = out[v];
      suspect |= outside(value, zero, lo, hi);
      for (int i = off[v + 1] - 1, begin = off[v]; i >= begin; i--) {
        int e = ids == null ? i : ids[i];
        int u = src[e];
        out[u] = Math.min(w[e] + value, out[u]);
      }
    }
    suspect |= outside(out[0], zero, lo, hi);
    return suspect && guard != null;
  }

  /**
   * The forward sweep of {@link #forwardGeneric}, testing every product and every value: throws
   * {@link CarrierEscape} at the first vertex (in topological order) whose sum left the carrier
   * (see {@code check}), among the vertices of {@code mask} ({@code null}: all). Outside the mask values may be wrong;
   * they flow only into other vertices outside it when the mask is closed under successors'
   * complement (the vertices that reach a target).
   */
  static void forwardChecked(
      CompiledDag g,
      DoubleSemiring s,
      double[] w,
      int source,
      double[] out,
      CarrierGuard guard,
      boolean[] mask) {
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    final double zero = s.zeroAsDouble();
    Arrays.fill(out, 0, source, zero);
    out[source] = s.oneAsDouble();
    for (int v = source + 1; v < n; v++) {
      boolean watched = mask == null || mask[v];
      double acc = zero;
      double lost = Double.NaN; // a term of a nonzero value that came out 0̄, if any
      for (int i = off[v], end = off[v + 1]; i < end; i++) {
        int e = ids == null ? i : ids[i];
        int u = src[e];
        if (u >= source) {
          double x = out[u];
          double p = s.timesAsDouble(x, w[e]);
          if (guard.lost(x, p)) {
            lost = p;
          }
          acc = s.plusAsDouble(acc, p);
        }
      }
      out[v] = acc;
      if (watched) {
        check(guard, v, acc, lost);
      }
    }
  }

  /**
   * The refusal rule of one vertex: its value must be regular, and may be 0̄ only if no term of a
   * nonzero value was lost on the way ({@code lost} is NaN when none was). A lost term beside a
   * better one changes nothing (min and max ignore it; a vanished addend is below the rounding of
   * the others), so it is no refusal.
   */
  private static void check(CarrierGuard guard, int v, double value, double lost) {
    if (!guard.isRegular(value)) {
      throw escape(v, false, value);
    }
    if (value == guard.zero && !Double.isNaN(lost)) {
      throw escape(v, guard.isUnderflow(), lost);
    }
  }

  /** The backward sweep of {@link #backwardGeneric}, testing as {@link #forwardChecked} does. */
  static void backwardChecked(
      CompiledDag g, DoubleSemiring s, double[] w, int target, double[] out, CarrierGuard guard) {
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    Arrays.fill(out, 0, n, s.zeroAsDouble());
    out[target] = s.oneAsDouble();
    double[] lost = null; // per vertex, a term that came out 0̄ (NaN: none); made on the first
    for (int v = target; v > 0; v--) {
      final double value = out[v];
      check(guard, v, value, lost == null ? Double.NaN : lost[v]);
      for (int i = off[v + 1] - 1, begin = off[v]; i >= begin; i--) {
        int e = ids == null ? i : ids[i];
        int u = src[e];
        double p = s.timesAsDouble(w[e], value);
        if (guard.lost(value, p)) {
          if (lost == null) {
            lost = new double[n];
            Arrays.fill(lost, Double.NaN);
          }
          lost[u] = p;
        }
        out[u] = s.plusAsDouble(p, out[u]);
      }
    }
    check(guard, 0, out[0], lost == null ? Double.NaN : lost[0]);
  }

  private static CarrierEscape escape(int v, boolean underflow, double value) {
    return new CarrierEscape(
        v,
        underflow,
        underflow
            ? "a product of nonzero weights underflowed to " + value
            : "the arithmetic gave " + value);
  }

  /**
   * The forward sweep from {@code source} restricted to {@code source … target}, into {@code
   * scratch[v − source]}; vertices past the target cannot lie on a path to it. With a guard, a
   * value outside the band sends the query to {@link #forwardChecked}, watching only the vertices
   * that reach the target, so that an escape off the paths to it does not refuse the pair.
   */
  static double between(
      CompiledDag g,
      DoubleSemiring s,
      double[] w,
      int source,
      int target,
      double[] scratch,
      CarrierGuard guard) {
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    final double zero = s.zeroAsDouble();
    if (target < source) {
      return zero;
    }
    final double lo = guard == null ? NO_LO : guard.lo;
    final double hi = guard == null ? NO_HI : guard.hi;
    boolean suspect = false;
    scratch[0] = s.oneAsDouble();
    for (int v = source + 1; v <= target; v++) {
      double acc = zero;
      for (int i = off[v], end = off[v + 1]; i < end; i++) {
        int e = ids == null ? i : ids[i];
        int u = src[e];
        if (u >= source) {
          acc = s.plusAsDouble(acc, s.timesAsDouble(scratch[u - source], w[e]));
        }
      }
      scratch[v - source] = acc;
      suspect |= outside(acc, zero, lo, hi);
    }
    if (suspect && guard != null) {
      double[] out = new double[g.vertexCount];
      forwardChecked(g, s, w, source, out, guard, g.reachingTarget(source, target));
      return out[target];
    }
    return scratch[target - source];
  }
}
