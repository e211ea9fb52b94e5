package org.pathsum.solver.internal.compiled;

/**
 * The sweeps of {@link ObjectKernels} for path counts on primitive {@code long}: ⊕ is +, ⊗ is ×,
 * 0̄ = 0, 1̄ = 1, every weight at least 0. Each sum and product is tested for overflow ({@link
 * Math#addExact}, {@link Math#multiplyExact}); at the first overflow the sweep stops and reports
 * it (null, or −1 for the demand sweep) rather than a count, and the caller runs the generic sweep,
 * which then refuses the count (a {@code long} count) or carries on in {@link
 * java.math.BigInteger} (an exact one). Below 2⁶³ the counts are exact either way, so they equal
 * the generic sweep's, whatever the order of the additions.
 */
final class LongKernels {

  private LongKernels() {}

  /** The forward sweep from {@code source}; null at the first overflow. */
  static long[] forward(CompiledDag g, long[] w, int source) {
    final int n = g.vertexCount;
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    long[] out = new long[n];
    out[source] = 1;
    try {
      for (int v = source + 1; v < n; v++) {
        long acc = 0;
        for (int i = off[v], end = off[v + 1]; i < end; i++) {
          int e = ids == null ? i : ids[i];
          int u = src[e];
          if (u >= source) {
            acc = Math.addExact(acc, Math.multiplyExact(out[u], w[e]));
          }
        }
        out[v] = acc;
      }
    } catch (ArithmeticException overflow) {
      return null;
    }
    return out;
  }

  /**
   * The backward sweep to {@code target}, the scatter of {@link ObjectKernels#backward}; null at
   * the first overflow.
   */
  static long[] backward(CompiledDag g, long[] w, int target) {
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    long[] out = new long[g.vertexCount];
    out[target] = 1;
    try {
      for (int v = target; v > 0; v--) {
        final long value = out[v];
        if (value == 0) {
          continue; // adds nothing to any predecessor
        }
        for (int i = off[v + 1] - 1, begin = off[v]; i >= begin; i--) {
          int e = ids == null ? i : ids[i];
          int u = src[e];
          out[u] = Math.addExact(out[u], Math.multiplyExact(w[e], value));
        }
      }
    } catch (ArithmeticException overflow) {
      return null;
    }
    return out;
  }

  /** The demand sweep from {@code source} to {@code target}; −1 at the first overflow. */
  static long between(CompiledDag g, long[] w, int source, int target) {
    if (target < source) {
      return 0;
    }
    final int[] off = g.inOffsets;
    final int[] ids = g.inEdgeIds;
    final int[] src = g.source;
    long[] scratch = new long[target - source + 1];
    scratch[0] = 1;
    try {
      for (int v = source + 1; v <= target; v++) {
        long acc = 0;
        for (int i = off[v], end = off[v + 1]; i < end; i++) {
          int e = ids == null ? i : ids[i];
          int u = src[e];
          if (u >= source) {
            acc = Math.addExact(acc, Math.multiplyExact(scratch[u - source], w[e]));
          }
        }
        scratch[v - source] = acc;
      }
    } catch (ArithmeticException overflow) {
      return -1;
    }
    return scratch[target - source];
  }
}
