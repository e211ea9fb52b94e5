package org.pathsum.solver.internal.cyclic;

import org.pathsum.solver.DivergentPathSumException;
import org.pathsum.solver.DivergentSeriesException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathsum.semiring.PathSumException;

@ExtendWith(PrintSeedOnFailure.class)
class SeriesComponentSolverTest {

  private static final int BUDGET = SpectralRadiusCertificate.DEFAULT_MAX_ITERATIONS;

  /** A random strongly connected signed multigraph scaled to ρ(|A|) = rho (computed densely). */
  private static EdgeListCsr randomComponent(SplittableRandom rnd, int n, double rho, boolean signed) {
    EdgeListCsr g =
        EdgeListCsr.stronglyConnected(
            rnd, n, rnd.nextInt(4 * n + 1), r -> signed ? r.nextDouble(-1, 1) : r.nextDouble(0.01, 1));
    return g.scaled(rho / (n <= 40 ? EdgeListCsr.spectralRadius(g.denseAbs()) : g.powerRadius()));
  }

  private static double[] randomInflow(SplittableRandom rnd, int n) {
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      b[i] = rnd.nextInt(3) == 0 ? rnd.nextDouble(-2, 2) : 0;
    }
    b[rnd.nextInt(n)] = 1;
    return b;
  }

  @Test
  void forwardSolveMatchesDenseEliminationAndWalkSums() {
    long seed = EdgeListCsr.seed(getClass().getSimpleName());
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 120; trial++) {
      int n = 1 + rnd.nextInt(trial < 60 ? 12 : 150);
      double rho = rnd.nextDouble(0.05, 0.85);
      EdgeListCsr g = randomComponent(rnd, n, rho, true);
      double[] b = randomInflow(rnd, n);
      double[] ref = EdgeListCsr.forwardDense(g.dense(), b);
      // Scale for a signed sum: the same sum over |weights| and |b| (no cancellation).
      double[] absB = new double[n];
      for (int i = 0; i < n; i++) {
        absB[i] = Math.abs(b[i]);
      }
      double[] scale = EdgeListCsr.forwardDense(g.denseAbs(), absB);
      // Dense elimination is accurate only normwise (~2^-52 of the largest entry): seed
      // -4731840082886096934 trial 65 has an entry -1.787e-8 that it misses by 2.5e-16, where walk
      // sums and the solver agree to 1e-14. Allow that normwise rounding on top.
      double scaleMax = 0;
      for (double v : scale) {
        scaleMax = Math.max(scaleMax, v);
      }
      double normwise = 1e-14 * scaleMax;
      String where = "seed " + seed + " trial " + trial + " n " + n + " rho " + rho;
      EdgeListCsr.Csr in = g.in();
      EdgeListCsr.Csr out = g.out();
      for (int denseLimit : new int[] {0, 1000}) {
        SeriesComponentSolver pull =
            SeriesComponentSolver.of(n, in.offsets, in.targets, in.weights, false, denseLimit, BUDGET);
        SeriesComponentSolver push =
            SeriesComponentSolver.ofEdges(
                n, out.offsets, out.targets, out.weights, false, denseLimit, BUDGET);
        assertEquals(denseLimit > 0, pull.isDense());
        for (SeriesComponentSolver s : List.of(pull, push)) {
          double[] x = new double[n];
          double bound = s.solve(b, x);
          assertTrue(bound <= 1e-11, where + " bound " + bound);
          for (int v = 0; v < n; v++) {
            assertEquals(ref[v], x[v], 1e-9 * scale[v] + normwise, where + " vertex " + v);
          }
        }
      }
      if (n <= 12) {
        // Walk sums in order of length: converge like rho^L.
        double[] walks = g.forwardWalkSums(b, 400);
        for (int v = 0; v < n; v++) {
          assertEquals(walks[v], ref[v], 1e-9 * scale[v] + normwise, where + " walk sums at " + v);
        }
      }
    }
  }

  @Test
  void positiveSumsAreAccurateEntryByEntry() {
    // Entries far from the single source are small; they must be accurate relative to themselves.
    // (The vertex with a 1e-33 value, reached after many sweeps, was once left at 0.)
    long seed = EdgeListCsr.seed(getClass().getSimpleName());
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 12; trial++) {
      int n = 100 + rnd.nextInt(200);
      EdgeListCsr g = randomComponent(rnd, n, rnd.nextDouble(0.2, 0.9), false);
      double[] b = new double[n];
      b[0] = 1;
      // Dense elimination is accurate only normwise; summing positive walk layers is accurate
      // entry by entry (no cancellation), and 3000 layers leave a tail below 0.9^3000.
      double[] ref = g.forwardWalkSums(b, 3000);
      EdgeListCsr.Csr in = g.in();
      double[] x = new double[n];
      SeriesComponentSolver.of(n, in.offsets, in.targets, in.weights, false, 0, BUDGET).solve(b, x);
      for (int v = 0; v < n; v++) {
        assertEquals(ref[v], x[v], 1e-9 * ref[v], "seed " + seed + " trial " + trial + " at " + v);
      }
    }
  }

  @Test
  void logSemiringMatchesTheRealSolveInLogSpace() {
    long seed = EdgeListCsr.seed(getClass().getSimpleName());
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 60; trial++) {
      int n = 1 + rnd.nextInt(120);
      EdgeListCsr g = randomComponent(rnd, n, rnd.nextDouble(0.05, 0.9), false);
      double[] logW = g.weight.clone();
      for (int k = 0; k < logW.length; k++) {
        logW[k] = Math.log(logW[k]);
      }
      EdgeListCsr lg = new EdgeListCsr(n, g.from, g.to, logW);
      double[] b = new double[n];
      double[] logB = new double[n];
      double offset = rnd.nextDouble(-800, 800); // far outside exp's range: shifting must cope
      for (int i = 0; i < n; i++) {
        b[i] = rnd.nextBoolean() ? rnd.nextDouble(0.1, 2) : 0;
        logB[i] = b[i] == 0 ? Double.NEGATIVE_INFINITY : Math.log(b[i]) + offset;
      }
      b[0] = 1;
      logB[0] = offset;
      double[] ref = EdgeListCsr.forwardDense(g.dense(), b);
      EdgeListCsr.Csr in = lg.in();
      for (int denseLimit : new int[] {0, 1000}) {
        double[] x = new double[n];
        SeriesComponentSolver.of(n, in.offsets, in.targets, in.weights, true, denseLimit, BUDGET)
            .solve(logB, x);
        for (int v = 0; v < n; v++) {
          assertEquals(Math.log(ref[v]) + offset, x[v], 1e-9 * Math.max(1, Math.abs(offset)),
              "seed " + seed + " trial " + trial + " at " + v);
        }
      }
    }
  }

  @Test
  void zeroInflowGivesZero() {
    EdgeListCsr g = new EdgeListCsr(2, new int[] {0, 1}, new int[] {1, 0}, new double[] {0.5, 0.5});
    EdgeListCsr.Csr in = g.in();
    double[] x = {7, 7};
    assertEquals(0, SeriesComponentSolver.real(2, in.offsets, in.targets, in.weights)
        .solve(new double[2], x));
    assertArrayEquals(new double[2], x);
    double[] lx = {7, 7};
    SeriesComponentSolver.log(2, in.offsets, in.targets, new double[] {-1, -1})
        .solve(new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}, lx);
    assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}, lx);
  }

  @Test
  void inflowAndSolutionMayShareTheArray() {
    EdgeListCsr g = new EdgeListCsr(2, new int[] {0, 1}, new int[] {1, 0}, new double[] {0.5, 0.5});
    EdgeListCsr.Csr in = g.in();
    for (int denseLimit : new int[] {0, 10}) {
      double[] x = {1, 0};
      SeriesComponentSolver.of(2, in.offsets, in.targets, in.weights, false, denseLimit, BUDGET)
          .solve(x, x);
      assertEquals(4.0 / 3, x[0], 1e-12);
      assertEquals(2.0 / 3, x[1], 1e-12);
    }
  }

  @Test
  void refusesTheIssueExampleInsteadOfReturningTheInverse() {
    // a → a −0.9, a → b 1, b → a 0.3: (I − A)⁻¹ exists (a = b = 0.625 from a), the series does not.
    EdgeListCsr g =
        new EdgeListCsr(2, new int[] {0, 0, 1}, new int[] {0, 1, 0}, new double[] {-0.9, 1, 0.3});
    EdgeListCsr.Csr out = g.out();
    for (int denseLimit : new int[] {0, 10}) {
      ComponentRefusalException e =
          assertThrows(
              ComponentRefusalException.class,
              () ->
                  SeriesComponentSolver.ofEdges(
                      2, out.offsets, out.targets, out.weights, false, denseLimit, BUDGET));
      assertEquals(ComponentRefusalException.Kind.DIVERGENT_SERIES, e.kind());
      SpectralRadiusCertificateTest.assertIsCycle(g, e.cycle());
      PathSumException p = e.withVertices(i -> List.of("a", "b").get(i), "real", false);
      DivergentSeriesException d = assertInstanceOf(DivergentSeriesException.class, p);
      assertEquals(List.of("a", "b"), d.component());
    }
  }

  @Test
  void refusedCycleFollowsTheEdgesForBothRowConventions() {
    // A 3-cycle 0 → 1 → 2 → 0 of weight 1·1·1: ρ = 1, refused; the cycle must follow the edges.
    EdgeListCsr g =
        new EdgeListCsr(3, new int[] {0, 1, 2}, new int[] {1, 2, 0}, new double[] {1, 1, 1});
    EdgeListCsr.Csr out = g.out();
    EdgeListCsr.Csr in = g.in();
    ComponentRefusalException pushed =
        assertThrows(
            ComponentRefusalException.class,
            () -> SeriesComponentSolver.ofEdges(3, out.offsets, out.targets, out.weights, false, 0, 50));
    SpectralRadiusCertificateTest.assertIsCycle(g, pushed.cycle());
    ComponentRefusalException pulled =
        assertThrows(
            ComponentRefusalException.class,
            () -> SeriesComponentSolver.of(3, in.offsets, in.targets, in.weights, false, 0, 50));
    // Rows are in-edges: the cycle is listed backwards; withVertices(…, reversed = true) fixes it.
    DivergentPathSumException d =
        (DivergentPathSumException) pulled.withVertices(i -> i, "real", true);
    int[] cycle = d.cycle().stream().mapToInt(o -> (Integer) o).toArray();
    SpectralRadiusCertificateTest.assertIsCycle(g, cycle);
  }

  @Test
  void realOverflowNamesTheVertex() {
    // b = 1e308 at vertex 0, 0 → 1 → 0 with weights 1 and 0.9: x = b / (1 − 0.9) overflows.
    EdgeListCsr g = new EdgeListCsr(2, new int[] {0, 1}, new int[] {1, 0}, new double[] {1, 0.9});
    EdgeListCsr.Csr in = g.in();
    for (int denseLimit : new int[] {0, 10}) {
      SeriesComponentSolver s =
          SeriesComponentSolver.of(2, in.offsets, in.targets, in.weights, false, denseLimit, BUDGET);
      ComponentRefusalException e =
          assertThrows(ComponentRefusalException.class, () -> s.solve(new double[] {1e308, 0}, new double[2]));
      assertEquals(ComponentRefusalException.Kind.OVERFLOW, e.kind());
      int v = e.vertices()[0];
      assertTrue(v == 0 || v == 1);
      assertFalse(Double.isFinite(e.lowerBound()));
    }
  }

  @Test
  void logValuesBeyondTheLinearRangeAreSolvedInLogSpace() {
    // 0 → 1 with log weight −800, 1 → 0 with −1, and a self-loop −2 on 1: vertex 1's sum is
    // e^−800 · x0 / (1 − e^−2), far below what the linear-space solve can hold next to x0 ≈ e^0.
    // It must not read as 0̄ (unreached).
    EdgeListCsr g =
        new EdgeListCsr(
            2, new int[] {0, 1, 1}, new int[] {1, 0, 1}, new double[] {-800, -1, -2});
    EdgeListCsr.Csr in = g.in();
    double x1 = -800 - Math.log1p(-Math.exp(-2)); // x0 = 1 + e^−801/(1 − e^−2) = 1 in doubles
    for (int denseLimit : new int[] {0, 10}) {
      double[] x = new double[2];
      SeriesComponentSolver.of(2, in.offsets, in.targets, in.weights, true, denseLimit, BUDGET)
          .solve(new double[] {0, Double.NEGATIVE_INFINITY}, x);
      assertEquals(0, x[0], 1e-12);
      assertEquals(x1, x[1], 1e-12 * 800);
    }
    // A ring of 2,000 vertices, each edge ln 0.4: values down to e^−1832 ≈ 0.4^2000 relative.
    int n = 2000;
    int[] from = new int[n];
    int[] to = new int[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      from[i] = i;
      to[i] = (i + 1) % n;
      w[i] = Math.log(0.4);
    }
    EdgeListCsr ring = new EdgeListCsr(n, from, to, w);
    EdgeListCsr.Csr rin = ring.in();
    double[] b = new double[n];
    java.util.Arrays.fill(b, Double.NEGATIVE_INFINITY);
    b[0] = 0;
    double[] x = new double[n];
    SeriesComponentSolver.log(n, rin.offsets, rin.targets, rin.weights).solve(b, x);
    double loop = -Math.log1p(-Math.pow(0.4, n)); // the whole ring once or more: negligible here
    for (int v = 0; v < n; v++) {
      assertEquals(v * Math.log(0.4) + loop, x[v], 1e-9 * Math.max(1, v), "vertex " + v);
    }
  }

  @Test
  void selfLoopsAreFoldedIntoTheDiagonal() {
    // One vertex with loops 0.3 and −0.2 (ρ(|A|) = 0.5): x = b / (1 − 0.1).
    EdgeListCsr g = new EdgeListCsr(1, new int[] {0, 0}, new int[] {0, 0}, new double[] {0.3, -0.2});
    EdgeListCsr.Csr in = g.in();
    for (int denseLimit : new int[] {0, 10}) {
      double[] x = new double[1];
      SeriesComponentSolver.of(1, in.offsets, in.targets, in.weights, false, denseLimit, BUDGET)
          .solve(new double[] {2}, x);
      assertEquals(2 / 0.9, x[0], 1e-14);
    }
  }

  @Test
  void aMillionEdgesWithSpectralRadiusAboutOneHalf() {
    // The issue's scale: 2·10⁵ vertices, 10⁶ edges, |w| ~ U(0, 0.2) → ρ(|A|) ≈ 5 · 0.1 = 0.5.
    long seed = EdgeListCsr.seed(getClass().getSimpleName());
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 200_000;
    EdgeListCsr g = EdgeListCsr.stronglyConnected(rnd, n, 1_000_000 - n, r -> r.nextDouble(-0.2, 0.2));
    EdgeListCsr.Csr in = g.in();
    SeriesComponentSolver s = SeriesComponentSolver.real(n, in.offsets, in.targets, in.weights);
    assertTrue(s.certificate().upperBound() < 0.8, "seed " + seed + " " + s.certificate());
    double[] b = new double[n];
    b[0] = 1;
    double[] x = new double[n];
    double bound = s.solve(b, x);
    assertTrue(bound <= SeriesComponentSolver.DEFAULT_TOLERANCE, "seed " + seed);
    // Independent check: the residual b + Aᵀx − x, summed per edge from the edge list.
    double[] r = b.clone();
    for (int k = 0; k < g.m(); k++) {
      r[g.to[k]] += g.weight[k] * x[g.from[k]];
    }
    double max = 0;
    for (int v = 0; v < n; v++) {
      max = Math.max(max, Math.abs(r[v] - x[v]));
    }
    assertTrue(max < 1e-13, "seed " + seed + " residual " + max);
  }
}
