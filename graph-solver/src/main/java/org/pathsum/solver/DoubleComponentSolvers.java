package org.pathsum.solver;

import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.cyclic.ComponentRefusalException;
import org.pathsum.solver.cyclic.SelectiveComponentSolver;
import org.pathsum.solver.cyclic.SeriesComponentSolver;
import org.pathsum.solver.cyclic.SpectralRadiusCertificate;

/**
 * The array-level strategies of {@code org.pathsum.solver.cyclic} behind the {@link
 * ComponentSolver} seam, for the four {@code double} semirings whose cyclic components have a
 * better method than generic elimination or residual propagation:
 *
 * <ul>
 *   <li>real and log: {@link SeriesComponentSolver}, which first certifies that the spectral
 *       radius of the component's |weights| is below 1 (the series converges) and refuses
 *       otherwise, then solves by Gauss–Seidel (dense LU for small components);
 *   <li>tropical and max-plus: {@link SelectiveComponentSolver}, Dijkstra when no edge improves a
 *       path, otherwise Bellman–Ford that refuses an improving cycle as soon as it closes.
 * </ul>
 *
 * <p>Their refusals ({@link ComponentRefusalException}, local evidence) are mapped to the graph's
 * vertices by {@link CondensationSolver}. All four semirings have a commutative ⊗, so a backward
 * query's reversed semiring is the same algebra and only the CSR direction differs.
 */
final class DoubleComponentSolvers {

  private static final Class<?> REAL = Semirings.real().getClass();

  private DoubleComponentSolvers() {}

  /** The strategy for {@code semiring}, or {@code null} if it is none of the four. */
  @SuppressWarnings("unchecked")
  static <W> ComponentSolver<W> forSemiring(Semiring<W> semiring) {
    if (semiring.getClass() == REAL) {
      return (ComponentSolver<W>) new Series(false);
    }
    if (semiring == Semirings.log()) {
      return (ComponentSolver<W>) new Series(true);
    }
    if (semiring == Semirings.tropical()) {
      return (ComponentSolver<W>) new Selective(false);
    }
    if (semiring == Semirings.maxPlus()) {
      return (ComponentSolver<W>) new Selective(true);
    }
    return null;
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

    Series(boolean log) {
      this.log = log;
    }

    @Override
    public void solve(WeightedCsr<Double> c, Semiring<Double> semiring, Object[] x) {
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
          values);
      box(values, x);
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
    public void solve(WeightedCsr<Double> c, Semiring<Double> semiring, Object[] x) {
      double[] values = unboxed(x);
      int[] pred = new int[c.size];
      if (maxPlus) {
        SelectiveComponentSolver.maxPlus(c.size, c.offsets, c.ends, c.doubleWeights, values, pred);
      } else {
        SelectiveComponentSolver.tropical(
            c.size, c.offsets, c.ends, c.doubleWeights, values, pred);
      }
      box(values, x);
    }

    @Override
    public String toString() {
      return maxPlus ? "max-plus Dijkstra/Bellman-Ford" : "tropical Dijkstra/Bellman-Ford";
    }
  }
}
