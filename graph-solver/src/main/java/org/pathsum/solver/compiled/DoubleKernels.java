package org.pathsum.solver.compiled;

import java.util.Arrays;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semirings;

/**
 * The {@code double} sweeps. Each has a generic kernel calling the {@link DoubleSemiring} and, for
 * the real and tropical semirings, specialized kernels with the arithmetic inlined: a solver that
 * sees several semirings makes the interface calls megamorphic, and the specialized kernels keep
 * the real sweep (automatic differentiation) and the tropical one (shortest paths) at raw-loop
 * speed regardless. The specialized kernels do the same operations in the same order as the generic
 * ones, so they agree bit for bit on members of the semiring (tested); the tropical forward kernel
 * also folds in the +∞ terms from below the source, which min ignores exactly.
 *
 * <p>Kernels read edge ids as {@code ids == null ? i : ids[i]}: a null {@code inEdgeIds} means the
 * in-CSR order is the edge order. The test is loop-invariant, so the JIT can unswitch it; the real
 * kernels, the hottest, have a separate loop per layout instead.
 */
final class DoubleKernels {

  /** Every {@code Semirings.real(tolerance)}; the tolerance affects only {@code equivalent}. */
  private static final Class<?> REAL = Semirings.real().getClass();

  private static final DoubleSemiring TROPICAL = Semirings.tropical();

  private DoubleKernels() {}

  static boolean isReal(DoubleSemiring s) {
    return s.getClass() == REAL;
  }

  static void forward(CompiledDag g, DoubleSemiring s, double[] w, int source, double[] out) {
    if (isReal(s)) {
      forwardReal(g, w, source, out);
    } else if (s == TROPICAL) {
      forwardTropical(g, w, source, out);
    } else {
      forwardGeneric(g, s, w, source, out);
    }
  }

  static void backward(CompiledDag g, DoubleSemiring s, double[] w, int target, double[] out) {
    if (isReal(s)) {
      backwardReal(g, w, target, out);
    } else if (s == TROPICAL) {
      backwardTropical(g, w, target, out);
    } else {
      backwardGeneric(g, s, w, target, out);
    }
  }

  static void forwardGeneric(
      CompiledDag g, DoubleSemiring s, double[] w, int source, double[] out) {
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    final double zero = s.zeroAsDouble();
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
    }
  }

  /**
   * {@link #forwardGeneric} with + and ×. A vertex with an in-edge from below the source takes the
   * loop with the skip; the others (all of them when the source is 0) a loop without the test. The
   * layout without an id map has its own copy of the loops, so that the JIT need not unswitch it.
   */
  static void forwardReal(CompiledDag g, double[] w, int source, double[] out) {
    Arrays.fill(out, 0, source, 0.0);
    out[source] = 1.0;
    if (g.inEdgeIds == null) {
      forwardRealByTarget(g, w, source, out);
      return;
    }
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    final int[] lowest = g.lowestPredecessor;
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
    }
  }

  /** {@link #forwardReal} when in-CSR position = edge id. */
  private static void forwardRealByTarget(CompiledDag g, double[] w, int source, double[] out) {
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] src = g.source;
    final int[] lowest = g.lowestPredecessor;
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
    }
  }

  /**
   * {@link #forwardGeneric} with ⊕ = min, ⊗ = +, 0̄ = +∞, 1̄ = 0. Terms from below the source need
   * no skip here: they are +∞ + w = +∞ for every member w, and min(acc, +∞) = acc exactly.
   */
  static void forwardTropical(CompiledDag g, double[] w, int source, double[] out) {
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    Arrays.fill(out, 0, source, Double.POSITIVE_INFINITY);
    out[source] = 0.0;
    for (int v = source + 1; v < n; v++) {
      double acc = Double.POSITIVE_INFINITY;
      for (int i = off[v], end = off[v + 1]; i < end; i++) {
        int e = ids == null ? i : ids[i];
        acc = Math.min(acc, out[src[e]] + w[e]);
      }
      out[v] = acc;
    }
  }

  /**
   * The backward sweep as a scatter over the in-adjacency: when {@code v} is reached in decreasing
   * order every out-edge of {@code v} has been pushed into it, so {@code out[v]} is final and is
   * pushed on as {@code out[u] = (w[e] ⊗ out[v]) ⊕ out[u]} along each in-edge {@code e = (u, v)},
   * in-edges visited last to first. Prepending the terms that arrive in reverse order reproduces
   * the pull form {@code out[u] = ⊕ w[e] ⊗ out[v]} over out-edges in increasing target (and edge
   * id) order, term for term, while edges and weights are read in in-CSR order, sequential when
   * edges were added by target.
   */
  static void backwardGeneric(
      CompiledDag g, DoubleSemiring s, double[] w, int target, double[] out) {
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    Arrays.fill(out, 0, n, s.zeroAsDouble());
    out[target] = s.oneAsDouble();
    for (int v = target; v > 0; v--) {
      final double value = out[v];
      for (int i = off[v + 1] - 1, begin = off[v]; i >= begin; i--) {
        int e = ids == null ? i : ids[i];
        int u = src[e]; // w[e] first: it comes first in path order
        out[u] = s.plusAsDouble(s.timesAsDouble(w[e], value), out[u]);
      }
    }
  }

  static void backwardReal(CompiledDag g, double[] w, int target, double[] out) {
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    Arrays.fill(out, 0, n, 0.0);
    out[target] = 1.0;
    if (ids == null) { // in-CSR position = edge id: its own loop, so the JIT need not unswitch
      for (int v = target; v > 0; v--) {
        final double value = out[v];
        for (int e = off[v + 1] - 1, begin = off[v]; e >= begin; e--) {
          int u = src[e];
          out[u] = w[e] * value + out[u];
        }
      }
      return;
    }
    for (int v = target; v > 0; v--) {
      final double value = out[v];
      for (int i = off[v + 1] - 1, begin = off[v]; i >= begin; i--) {
        int e = ids[i];
        int u = src[e];
        out[u] = w[e] * value + out[u];
      }
    }
  }

  static void backwardTropical(CompiledDag g, double[] w, int target, double[] out) {
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    Arrays.fill(out, 0, n, Double.POSITIVE_INFINITY);
    out[target] = 0.0;
    for (int v = target; v > 0; v--) {
      final double value = out[v];
      for (int i = off[v + 1] - 1, begin = off[v]; i >= begin; i--) {
        int e = ids == null ? i : ids[i];
        int u = src[e];
        out[u] = Math.min(w[e] + value, out[u]);
      }
    }
  }

  /**
   * The forward sweep from {@code source} restricted to {@code source … target}, into {@code
   * scratch[v − source]}; vertices past the target cannot lie on a path to it.
   */
  static double between(
      CompiledDag g, DoubleSemiring s, double[] w, int source, int target, double[] scratch) {
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    final double zero = s.zeroAsDouble();
    if (target < source) {
      return zero;
    }
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
    }
    return scratch[target - source];
  }
}
