package org.pathsum.solver.internal;

import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.internal.cyclic.SelectiveComponentSolver;
import org.pathsum.solver.internal.cyclic.SeriesComponentSolver;
import org.pathsum.solver.internal.cyclic.SpectralRadiusCertificate;

/**
 * The array-level strategies of {@code org.pathsum.solver.internal.cyclic} behind the {@link
 * ComponentSolver} seam, for the {@linkplain DoubleSemiring#arithmetic() declared arithmetics}
 * whose cyclic components have a better method than the generic ones:
 *
 * <ul>
 *   <li>{@link DoubleSemiring.Arithmetic#SUM_PRODUCT} and {@link
 *       DoubleSemiring.Arithmetic#LOG_SUM_EXP}: {@link SeriesComponentSolver}, which first
 *       certifies that the spectral radius of the component's |weights| is below 1 (the series
 *       converges) and refuses otherwise, then solves by Gauss–Seidel (dense LU for small
 *       components) to the accuracy asked for, or refuses with the bound it reached;
 *   <li>{@link DoubleSemiring.Arithmetic#MIN_PLUS} and {@link DoubleSemiring.Arithmetic#MAX_PLUS}:
 *       {@link SelectiveComponentSolver}, Dijkstra when no edge improves a path, otherwise
 *       Bellman–Ford that refuses an improving cycle as soon as it closes, deciding the cycle's sign
 *       exactly.
 * </ul>
 *
 * <p>Their refusals ({@link org.pathsum.solver.internal.cyclic.ComponentRefusalException}, local evidence)
 * are mapped to the graph's vertices by {@link CondensationSolver}. These arithmetics have a
 * commutative ⊗, so a backward query's reversed semiring is the same algebra and only the CSR
 * direction differs.
 */
final class DoubleComponentSolvers {

  private DoubleComponentSolvers() {}

  /** The certified series for {@code log} or real arithmetic, to the given relative accuracy. */
  @SuppressWarnings("unchecked")
  static <W> ComponentSolver<W> series(boolean log, double accuracy) {
    return (ComponentSolver<W>) new Series(log, accuracy);
  }

  /** Dijkstra or Bellman–Ford on doubles, for min-plus or max-plus arithmetic. */
  @SuppressWarnings("unchecked")
  static <W> ComponentSolver<W> selective(boolean maxPlus) {
    return (ComponentSolver<W>) new Selective(maxPlus);
  }

  private static double[] unboxed(Object[] x) {
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = (Double) x[i];
    }
    return out;
  }

  private static void box(double[] values, Object[] x) {
    for (int i = 0; i < x.length; i++) {
      x[i] = values[i];
    }
  }

  /** The certified series (real, log). */
  private static final class Series implements ComponentSolver<Double> {
    private final boolean log;
    private final double accuracy;

    Series(boolean log, double accuracy) {
      this.log = log;
      this.accuracy = accuracy;
    }

    @Override
    public void solve(WeightedCsr<Double> c, Semiring<Double> semiring, Object[] x, int[] pred) {
      // One right-hand side: the certificate's products fused with the first sweeps.
      double[] values = unboxed(x);
      SeriesComponentSolver.certifyAndSolveEdges(
          c.size,
          c.offsets,
          c.ends,
          c.doubleWeights,
          log,
          SeriesComponentSolver.DEFAULT_DENSE_LIMIT,
          SpectralRadiusCertificate.DEFAULT_MAX_ITERATIONS,
          values,
          values,
          accuracy);
      box(values, x);
    }

    /** The certificate alone: whether the series converges does not depend on the inflow. */
    @Override
    public void admit(WeightedCsr<Double> c, Semiring<Double> semiring, Object[] x) {
      SeriesComponentSolver.ofEdges(
          c.size,
          c.offsets,
          c.ends,
          c.doubleWeights,
          log,
          SeriesComponentSolver.DEFAULT_DENSE_LIMIT,
          SpectralRadiusCertificate.DEFAULT_MAX_ITERATIONS);
    }

    @Override
    public String toString() {
      return log ? "certified log series" : "certified real series";
    }
  }

  /** Dijkstra or Bellman–Ford with early improving-cycle detection (tropical, max-plus). */
  private static final class Selective implements ComponentSolver<Double> {
    private final boolean maxPlus;

    Selective(boolean maxPlus) {
      this.maxPlus = maxPlus;
    }

    @Override
    public void solve(WeightedCsr<Double> c, Semiring<Double> semiring, Object[] x, int[] pred) {
      double[] values = unboxed(x);
      int[] p = pred != null ? pred : new int[c.size];
      if (maxPlus) {
        SelectiveComponentSolver.maxPlus(c.size, c.offsets, c.ends, c.doubleWeights, values, p);
      } else {
        SelectiveComponentSolver.tropical(c.size, c.offsets, c.ends, c.doubleWeights, values, p);
      }
      box(values, x);
    }

    /** Without an improving edge there is no improving cycle: nothing to refuse. */
    @Override
    public void admit(WeightedCsr<Double> c, Semiring<Double> semiring, Object[] x) {
      if (SelectiveComponentSolver.hasImprovingEdge(c.edgeCount(), c.doubleWeights, maxPlus)) {
        solve(c, semiring, x.clone(), null);
      }
    }

    @Override
    public String toString() {
      return maxPlus ? "max-plus Dijkstra/Bellman-Ford" : "tropical Dijkstra/Bellman-Ford";
    }
  }
}
