package org.pathsum.solver.internal.cyclic;

import org.pathsum.solver.DivergentSeriesException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathsum.semiring.PathSumException;

@ExtendWith(PrintSeedOnFailure.class)
class SpectralRadiusCertificateTest {

  private static final int BUDGET = SpectralRadiusCertificate.DEFAULT_MAX_ITERATIONS;

  /** The issue's example: a → a −0.9, a → b 1, b → a 0.3; ρ(|A|) = 1.1589 though each cycle < 1. */
  private static EdgeListCsr issueExample() {
    return new EdgeListCsr(
        2, new int[] {0, 0, 1}, new int[] {0, 1, 0}, new double[] {-0.9, 1.0, 0.3});
  }

  private static SpectralRadiusCertificate certify(EdgeListCsr g, boolean log) {
    EdgeListCsr.Csr c = g.out();
    return SpectralRadiusCertificate.compute(g.n, c.offsets, c.targets, c.weights, log, BUDGET);
  }

  private static ComponentRefusalException refuse(EdgeListCsr g, boolean log) {
    EdgeListCsr.Csr c = g.out();
    return assertThrows(
        ComponentRefusalException.class,
        () ->
            SpectralRadiusCertificate.requireConvergent(
                g.n, c.offsets, c.targets, c.weights, log, BUDGET));
  }

  @Test
  void refusesTheIssueExampleAsProvenDivergent() {
    EdgeListCsr g = issueExample();
    double rho = (0.9 + Math.sqrt(0.81 + 1.2)) / 2;
    SpectralRadiusCertificate c = certify(g, false);
    assertTrue(c.lowerBound() <= rho && rho <= c.upperBound(), c.toString());
    assertTrue(c.provesDivergence(), c.toString());
    ComponentRefusalException e = refuse(g, false);
    assertEquals(ComponentRefusalException.Kind.DIVERGENT_SERIES, e.kind());
    assertArrayEquals(new int[] {0, 1}, e.vertices());
    assertIsCycle(g, e.cycle());
    assertTrue(e.lowerBound() >= 1 && e.lowerBound() <= rho);
    PathSumException mapped = e.withVertices(i -> List.of("a", "b").get(i), "real", false);
    DivergentSeriesException d = assertInstanceOf(DivergentSeriesException.class, mapped);
    assertEquals(List.of("a", "b"), d.component());
    assertTrue(d.proven());
    assertEquals("real", d.semiringName());
  }

  @Test
  void refusesTheSameWeightsInTheLogSemiring() {
    // Log weights ln 0.9, ln 1, ln 0.3: the same |A| (log has no signs).
    EdgeListCsr g =
        new EdgeListCsr(
            2,
            new int[] {0, 0, 1},
            new int[] {0, 1, 0},
            new double[] {Math.log(0.9), 0.0, Math.log(0.3)});
    ComponentRefusalException e = refuse(g, true);
    assertEquals(ComponentRefusalException.Kind.DIVERGENT_SERIES, e.kind());
  }

  @Test
  void refusesAConditionallyConvergentSignedSeries() {
    // A = [[0.6, 0.6], [-0.6, 0.6]]: eigenvalues 0.6 ± 0.6i, |λ| = 0.85 < 1, so (I − A)⁻¹ exists
    // and the series converges in the order of walk length; but ρ(|A|) = 1.2: not absolutely.
    EdgeListCsr g =
        new EdgeListCsr(
            2,
            new int[] {0, 0, 1, 1},
            new int[] {0, 1, 0, 1},
            new double[] {0.6, 0.6, -0.6, 0.6});
    double rhoA = Math.hypot(0.6, 0.6);
    assertTrue(rhoA < 1);
    ComponentRefusalException e = refuse(g, false);
    assertEquals(ComponentRefusalException.Kind.DIVERGENT_SERIES, e.kind());
    assertTrue(e.lowerBound() >= 1 && e.lowerBound() <= 1.2 + 1e-12);
  }

  @Test
  void neverAcceptsSpectralRadiusExactlyOne() {
    EdgeListCsr selfLoop = new EdgeListCsr(1, new int[] {0}, new int[] {0}, new double[] {1.0});
    EdgeListCsr negativeLoop =
        new EdgeListCsr(1, new int[] {0}, new int[] {0}, new double[] {-1.0});
    EdgeListCsr twoCycle =
        new EdgeListCsr(2, new int[] {0, 1}, new int[] {1, 0}, new double[] {4.0, 0.25});
    for (EdgeListCsr g : List.of(selfLoop, negativeLoop, twoCycle)) {
      ComponentRefusalException e = refuse(g, false);
      assertTrue(e.upperBound() >= 1, "accepted rho = 1");
      assertIsCycle(g, e.cycle());
    }
  }

  @Test
  void acceptsALongCycleWithUnevenWeights() {
    // A ring of 20,000 vertices, weights alternating 1.8 and 0.3: ρ = sqrt(0.54) = 0.73, but the
    // row maxima are 1.8 and power iteration mixes slowly around a long ring.
    int n = 20_000;
    int[] from = new int[n];
    int[] to = new int[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      from[i] = i;
      to[i] = (i + 1) % n;
      w[i] = i % 2 == 0 ? 1.8 : 0.3;
    }
    EdgeListCsr g = new EdgeListCsr(n, from, to, w);
    // Rows as the solver of a backward query reads them (out-edges) and as a forward one does.
    for (EdgeListCsr.Csr c : List.of(g.out(), g.in())) {
      SpectralRadiusCertificate cert =
          SpectralRadiusCertificate.requireConvergent(
              n, c.offsets, c.targets, c.weights, false, BUDGET);
      assertTrue(cert.upperBound() < 1 && cert.lowerBound() <= Math.sqrt(0.54), cert.toString());
    }
  }

  @Test
  void boundsEncloseTheSpectralRadiusOfRandomMatrices() {
    long seed = EdgeListCsr.seed(getClass().getSimpleName());
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + rnd.nextInt(12);
      boolean strong = rnd.nextBoolean();
      EdgeListCsr g =
          strong
              ? EdgeListCsr.stronglyConnected(rnd, n, rnd.nextInt(3 * n + 1), r -> r.nextDouble(-1, 1))
              : EdgeListCsr.random(rnd, n, rnd.nextInt(3 * n + 1), r -> r.nextDouble(-1, 1));
      double rho = EdgeListCsr.spectralRadius(g.denseAbs());
      double target = rnd.nextDouble(0.05, 2.0);
      if (rho > 0) {
        g = g.scaled(target / rho);
        rho = target;
      }
      String where = "seed " + seed + " trial " + trial + " rho " + rho;
      SpectralRadiusCertificate c = certify(g, false);
      assertTrue(c.lowerBound() <= rho * (1 + 1e-6), where + " " + c);
      assertTrue(c.upperBound() >= rho * (1 - 1e-6), where + " " + c);
      double[] x = c.vector();
      double[][] a = g.denseAbs();
      for (int i = 0; i < n; i++) {
        assertTrue(x[i] > 0, where);
      }
      if (c.upperBound() < Double.POSITIVE_INFINITY) {
        // The vector really proves the bound for the rows given (out-edges: row u, column v).
        for (int u = 0; u < n; u++) {
          double s = 0;
          for (int v = 0; v < n; v++) {
            s += a[u][v] * x[v];
          }
          assertTrue(s <= c.upperBound() * x[u] * (1 + 1e-12), where);
        }
      }
      if (strong && rho < 0.97) {
        assertTrue(c.provesConvergence(), where + " " + c);
      }
      if (strong && rho > 1.03) {
        assertTrue(c.provesDivergence(), where + " " + c);
      }
      if (rho > 1 + 1e-6) {
        assertFalse(c.provesConvergence(), where);
      }
      if (rho < 1 - 1e-6) {
        assertFalse(c.provesDivergence(), where);
      }
    }
  }

  /**
   * Regression: seed -2281978410627561182, trial 53, drew this acyclic graph (ρ = 0: nilpotent;
   * numpy's eigenvalues and |A|⁶ = 0 agree). The old test reference reported ρ ≈ 5.8e-7, scaled
   * the weights by 0.4717 / 5.8e-7 and then blamed the certificate (upper 0.31) for missing the
   * claimed ρ = 0.47. The certificate was right; the reference now decomposes into strongly
   * connected components.
   */
  @Test
  void nilpotentMatrixHasSpectralRadiusZero() {
    EdgeListCsr g =
        new EdgeListCsr(
            6,
            new int[] {4, 5, 1, 2, 5, 0, 2, 4},
            new int[] {5, 1, 0, 4, 0, 3, 0, 0},
            new double[] {
              0.6558550824527885, -0.18854407723870148, -0.13794857857224985,
              -0.20605974565012675, -0.962434744866344, 0.06736196504733849,
              -0.9754500517816282, 0.019294031496304376
            });
    assertEquals(0.0, EdgeListCsr.spectralRadius(g.denseAbs()));
    EdgeListCsr scaled = g.scaled(0.47166845725052814 / 5.810894058327413E-7);
    assertEquals(0.0, EdgeListCsr.spectralRadius(scaled.denseAbs()));
    for (EdgeListCsr h : List.of(g, scaled)) {
      SpectralRadiusCertificate c = certify(h, false);
      assertEquals(0.0, c.lowerBound(), c.toString());
      assertTrue(c.provesConvergence(), c.toString());
      assertFalse(c.provesDivergence(), c.toString());
    }
    // A reducible matrix with a cycle: ρ is the largest block's, not confused by the DAG part.
    EdgeListCsr mixed =
        new EdgeListCsr(
            4, new int[] {0, 1, 1, 2, 3}, new int[] {1, 2, 3, 1, 3}, new double[] {5, 0.5, 7, 0.5, 0.2});
    assertEquals(0.5, EdgeListCsr.spectralRadius(mixed.denseAbs()), 1e-6);
    SpectralRadiusCertificate c = certify(mixed, false);
    assertTrue(c.lowerBound() <= 0.5 && 0.5 <= c.upperBound(), c.toString());
  }

  @Test
  void logWeightsAreExponentiated() {
    long seed = EdgeListCsr.seed(getClass().getSimpleName());
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 100; trial++) {
      int n = 1 + rnd.nextInt(10);
      EdgeListCsr g = EdgeListCsr.stronglyConnected(rnd, n, rnd.nextInt(2 * n + 1), r -> r.nextDouble(0.01, 1));
      double rho = EdgeListCsr.spectralRadius(g.denseAbs());
      double target = rnd.nextDouble(0.1, 1.9);
      EdgeListCsr real = g.scaled(target / rho);
      double[] logs = real.weight.clone();
      for (int k = 0; k < logs.length; k++) {
        logs[k] = Math.log(logs[k]);
      }
      EdgeListCsr log = new EdgeListCsr(n, real.from, real.to, logs);
      SpectralRadiusCertificate c = certify(log, true);
      String where = "seed " + seed + " trial " + trial;
      assertTrue(c.lowerBound() <= target * (1 + 1e-6) && c.upperBound() >= target * (1 - 1e-6), where);
      if (target < 0.97) {
        assertTrue(c.provesConvergence(), where);
      }
      if (target > 1.03) {
        assertTrue(c.provesDivergence(), where);
      }
    }
  }

  @Test
  void emptyAndEdgelessComponentsConverge() {
    SpectralRadiusCertificate none =
        SpectralRadiusCertificate.compute(0, new int[] {0}, new int[0], new double[0], false, 5);
    assertTrue(none.provesConvergence());
    SpectralRadiusCertificate lonely =
        SpectralRadiusCertificate.compute(1, new int[] {0, 0}, new int[0], new double[0], false, 5);
    assertEquals(0, lonely.upperBound());
  }

  @Test
  void rejectsMalformedInput() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            SpectralRadiusCertificate.compute(
                1, new int[] {0, 1}, new int[] {1}, new double[] {0.5}, false, 5));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            SpectralRadiusCertificate.compute(
                1, new int[] {0, 1}, new int[] {0}, new double[] {Double.NaN}, false, 5));
  }

  /** Each consecutive pair (and the last to the first) is an edge of g. */
  static void assertIsCycle(EdgeListCsr g, int[] cycle) {
    assertTrue(cycle.length > 0, "empty cycle");
    for (int i = 0; i < cycle.length; i++) {
      int a = cycle[i];
      int b = cycle[(i + 1) % cycle.length];
      boolean found = false;
      for (int k = 0; k < g.m() && !found; k++) {
        found = g.from[k] == a && g.to[k] == b && g.weight[k] != 0;
      }
      assertTrue(found, "no edge " + a + " -> " + b);
    }
  }

  private static <T> T assertInstanceOf(Class<T> type, Object o) {
    return org.junit.jupiter.api.Assertions.assertInstanceOf(type, o);
  }
}
