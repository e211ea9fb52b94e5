package org.pathsum.solver.internal.cyclic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link SeriesComponentSolver#certifyAndSolve}, which fuses the certificate's products with the
 * first Gauss–Seidel sweeps, against the unfused {@code of(…).solve(…)}: same values, same
 * refusals, and never a value for a divergent series.
 */
@ExtendWith(PrintSeedOnFailure.class)
class CertifyAndSolveTest {

  private static final int BUDGET = SpectralRadiusCertificate.DEFAULT_MAX_ITERATIONS;

  @Test
  void agreesWithTheUnfusedSolveOnRandomComponents() {
    long seed = EdgeListCsr.seed(getClass().getSimpleName());
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 80; trial++) {
      int n = 1 + rnd.nextInt(300);
      boolean log = trial % 3 == 2;
      boolean signed = !log && rnd.nextBoolean();
      // Self-loops and parallel edges occur: the fused product must count them like the certificate.
      EdgeListCsr raw =
          EdgeListCsr.stronglyConnected(
              rnd, n, rnd.nextInt(5 * n + 1), r -> signed ? r.nextDouble(-1, 1) : r.nextDouble(0.01, 1));
      EdgeListCsr g = raw.scaled(rnd.nextDouble(0.05, 0.95) / raw.powerRadius());
      double[] w = g.weight.clone();
      if (log) {
        for (int k = 0; k < w.length; k++) {
          w[k] = Math.log(w[k]);
        }
      }
      EdgeListCsr h = new EdgeListCsr(n, g.from, g.to, w);
      double[] b = new double[n];
      Arrays.fill(b, log ? Double.NEGATIVE_INFINITY : 0);
      b[rnd.nextInt(n)] = log ? rnd.nextDouble(-5, 5) : rnd.nextDouble(-2, 2);
      String where = "seed " + seed + " trial " + trial + " n " + n + " log " + log;
      EdgeListCsr.Csr in = h.in();
      EdgeListCsr.Csr out = h.out();
      double[] ref = new double[n];
      SeriesComponentSolver.of(n, in.offsets, in.targets, in.weights, log, 0, BUDGET).solve(b, ref);
      double[] fused = new double[n];
      double bound =
          SeriesComponentSolver.certifyAndSolve(
              n, in.offsets, in.targets, in.weights, log, 0, BUDGET, b, fused);
      assertTrue(bound <= SeriesComponentSolver.DEFAULT_TOLERANCE, where + " bound " + bound);
      double[] pushed = b.clone(); // the solution may overwrite the inflow
      SeriesComponentSolver.certifyAndSolveEdges(
          n, out.offsets, out.targets, out.weights, log, 0, BUDGET, pushed, pushed);
      double max = 0;
      for (double v : ref) {
        max = Math.max(max, Math.abs(v));
      }
      for (int v = 0; v < n; v++) {
        double tol = log ? 1e-9 * Math.max(1, Math.abs(ref[v])) : 1e-10 * Math.abs(ref[v]) + 1e-14 * max;
        assertEquals(ref[v], fused[v], tol, where + " vertex " + v);
        assertEquals(ref[v], pushed[v], tol, where + " edges form, vertex " + v);
      }
    }
  }

  @Test
  void refusesDivergentSeriesLikeTheFactory() {
    // The issue's example (ρ(|A|) ≈ 1.16 although (I − A)⁻¹ exists) and a cycle of weight exactly 1.
    EdgeListCsr issue =
        new EdgeListCsr(2, new int[] {0, 0, 1}, new int[] {0, 1, 0}, new double[] {-0.9, 1, 0.3});
    EdgeListCsr ring =
        new EdgeListCsr(3, new int[] {0, 1, 2}, new int[] {1, 2, 0}, new double[] {1, 1, 1});
    for (EdgeListCsr g : new EdgeListCsr[] {issue, ring}) {
      EdgeListCsr.Csr out = g.out();
      ComponentRefusalException factory =
          assertThrows(
              ComponentRefusalException.class,
              () ->
                  SeriesComponentSolver.ofEdges(
                      g.n, out.offsets, out.targets, out.weights, false, 0, BUDGET));
      double[] x = new double[g.n];
      double[] b = new double[g.n];
      b[g.n - 1] = 1;
      ComponentRefusalException fused =
          assertThrows(
              ComponentRefusalException.class,
              () ->
                  SeriesComponentSolver.certifyAndSolveEdges(
                      g.n, out.offsets, out.targets, out.weights, false, 0, BUDGET, b, x));
      assertEquals(factory.kind(), fused.kind());
      SpectralRadiusCertificateTest.assertIsCycle(g, fused.cycle());
      assertArrayEquals(factory.vertices(), fused.vertices());
    }
  }

  @Test
  void anIterateThatOverflowsBeforeTheVerdictIsARefusalNotAnOverflow() {
    // 0 ⇄ 1 with weights 1e300: the first fused sweep overflows; the series diverges (ρ = 1e300),
    // which is what must be reported.
    EdgeListCsr g = new EdgeListCsr(2, new int[] {0, 1}, new int[] {1, 0}, new double[] {1e300, 1e300});
    EdgeListCsr.Csr in = g.in();
    ComponentRefusalException e =
        assertThrows(
            ComponentRefusalException.class,
            () ->
                SeriesComponentSolver.certifyAndSolve(
                    2, in.offsets, in.targets, in.weights, false, 0, BUDGET, new double[] {1e10, 0},
                    new double[2]));
    assertEquals(ComponentRefusalException.Kind.DIVERGENT_SERIES, e.kind());
  }

  @Test
  void aConvergentSeriesThatOverflowsNamesTheVertex() {
    // b = 1e308 at vertex 0, 0 → 1 → 0 with weights 1 and 0.9: x = b / (1 − 0.9) overflows.
    EdgeListCsr g = new EdgeListCsr(2, new int[] {0, 1}, new int[] {1, 0}, new double[] {1, 0.9});
    EdgeListCsr.Csr in = g.in();
    ComponentRefusalException e =
        assertThrows(
            ComponentRefusalException.class,
            () ->
                SeriesComponentSolver.certifyAndSolve(
                    2, in.offsets, in.targets, in.weights, false, 0, BUDGET, new double[] {1e308, 0},
                    new double[2]));
    assertEquals(ComponentRefusalException.Kind.OVERFLOW, e.kind());
  }

  @Test
  void anOverflowIsNamedInTheCallersNumbering() {
    // 2 → 0 (1), 0 → 1 (0.9), 1 → 2 (1); 1e308 flows in at 2, whose value overflows first (the
    // fused sweeps overflow before the certificate is done: the solve restarts and names 2).
    EdgeListCsr g =
        new EdgeListCsr(3, new int[] {2, 0, 1}, new int[] {0, 1, 2}, new double[] {1, 0.9, 1});
    EdgeListCsr.Csr out = g.out();
    ComponentRefusalException e =
        assertThrows(
            ComponentRefusalException.class,
            () ->
                SeriesComponentSolver.certifyAndSolveEdges(
                    3, out.offsets, out.targets, out.weights, false, 0, BUDGET,
                    new double[] {0, 0, 1e308}, new double[3]));
    assertEquals(ComponentRefusalException.Kind.OVERFLOW, e.kind());
    assertArrayEquals(new int[] {2}, e.vertices());
  }

  @Test
  void logValuesBeyondTheLinearRangeWithTheInflowOverwritten() {
    // A ring of 2,000 vertices, each edge ln 0.4: values down to e^−1832, solved in log space after
    // the linear sweeps underflow; b and x are the same array.
    int n = 2000;
    int[] from = new int[n];
    int[] to = new int[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      from[i] = i;
      to[i] = (i + 1) % n;
      w[i] = Math.log(0.4);
    }
    EdgeListCsr.Csr out = new EdgeListCsr(n, from, to, w).out();
    double[] x = new double[n];
    Arrays.fill(x, Double.NEGATIVE_INFINITY);
    x[0] = 0;
    SeriesComponentSolver.certifyAndSolveEdges(
        n, out.offsets, out.targets, out.weights, true, 64, BUDGET, x, x);
    double loop = -Math.log1p(-Math.pow(0.4, n));
    for (int v = 0; v < n; v++) {
      assertEquals(v * Math.log(0.4) + loop, x[v], 1e-9 * Math.max(1, v), "vertex " + v);
    }
  }

  @Test
  void zeroInflowGivesZeroButADivergentComponentIsStillRefused() {
    EdgeListCsr.Csr in =
        new EdgeListCsr(2, new int[] {0, 1}, new int[] {1, 0}, new double[] {0.5, 0.5}).in();
    double[] x = {7, 7};
    assertEquals(
        0,
        SeriesComponentSolver.certifyAndSolve(
            2, in.offsets, in.targets, in.weights, false, 0, BUDGET, new double[2], x));
    assertEquals(0, x[0]);
    assertEquals(0, x[1]);
    double[] lx = {7, 7};
    double[] none = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    SeriesComponentSolver.certifyAndSolve(
        2, in.offsets, in.targets, new double[] {-1, -1}, true, 0, BUDGET, none, lx);
    assertEquals(Double.NEGATIVE_INFINITY, lx[0]);
    assertThrows(
        ComponentRefusalException.class,
        () ->
            SeriesComponentSolver.certifyAndSolve(
                2, in.offsets, in.targets, new double[] {1, 1}, true, 0, BUDGET, none, lx));
  }
}
