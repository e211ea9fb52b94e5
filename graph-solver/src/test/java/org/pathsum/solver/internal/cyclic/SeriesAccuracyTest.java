package org.pathsum.solver.internal.cyclic;

import org.pathsum.solver.AccuracyNotReachedException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.PathSumSolvers;
import org.pathsum.solver.PathSums;

/**
 * The certified series never returns a value whose proven bound misses the accuracy asked for:
 * on absorbing chains whose spectral radius approaches 1 (0.99, 0.999, 0.9999), each solve either
 * meets the bound — checked against the closed form — or refuses with {@link
 * AccuracyNotReachedException} carrying a bound above the tolerance; never a silent miss.
 */
class SeriesAccuracyTest {

  /**
   * A ring of n transient states, each passing on with probability ρ (and absorbed otherwise):
   * ρ(|A|) = ρ, and the expected number of visits to state v from state 0 is ρ^v / (1 − ρ^n).
   */
  private static Graph<Integer, DefaultWeightedEdge> ring(int n, double rho) {
    Graph<Integer, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < n; v++) {
      g.addVertex(v);
    }
    for (int v = 0; v < n; v++) {
      g.setEdgeWeight(g.addEdge(v, (v + 1) % n), rho);
    }
    return g;
  }

  @Test
  void nearCriticalChainsMeetTheirBoundOrSayHowCloseTheyGot() {
    int met = 0;
    List<String> refused = new ArrayList<>();
    for (int n : new int[] {20, 200}) { // dense LU then sweeps; sweeps alone
      for (double rho : new double[] {0.99, 0.999, 0.9999}) {
        for (double tolerance : new double[] {1e-10, 1e-14}) {
          Graph<Integer, DefaultWeightedEdge> g = ring(n, rho);
          String msg = "n=" + n + " rho=" + rho + " tolerance=" + tolerance;
          try {
            PathSums<Integer, Double> from =
                PathSumSolvers.forGraph(
                        g,
                        Semirings.real(),
                        g::getEdgeWeight,
                        PathSumSolvers.Options.defaults().withAccuracy(tolerance))
                    .solveFrom(0);
            double scale = exact(rho, n, 0);
            for (int v = 0; v < n; v++) {
              // The proven bound is in the certificate's norm; over a ring that norm is within a
              // factor 1/ρ^n of the max norm.
              assertEquals(
                  exact(rho, n, v), from.get(v), tolerance / Math.pow(rho, n) * scale, msg);
            }
            met++;
          } catch (AccuracyNotReachedException e) {
            assertTrue(e.boundReached() > tolerance, msg + ": refused with " + e.boundReached());
            assertEquals(tolerance, e.tolerance(), msg);
            assertEquals(n, e.component().size(), msg);
            refused.add(msg);
          }
        }
      }
    }
    assertTrue(met >= 6, "the default accuracy should be proven near ρ = 1: refused " + refused);
    assertTrue(!refused.isEmpty(), "at tolerance 1e-14 near ρ = 1 some solve must fall short");
  }

  @Test
  void aLooserToleranceSolvesWhatATightOneRefuses() {
    Graph<Integer, DefaultWeightedEdge> g = ring(200, 0.99999);
    org.junit.jupiter.api.Assertions.assertThrows(
        AccuracyNotReachedException.class,
        () ->
            PathSumSolvers.forGraph(
                    g,
                    Semirings.real(),
                    g::getEdgeWeight,
                    PathSumSolvers.Options.defaults().withAccuracy(1e-13))
                .solveFrom(0));
    PathSums<Integer, Double> from =
        PathSumSolvers.forGraph(
                g,
                Semirings.real(),
                g::getEdgeWeight,
                PathSumSolvers.Options.defaults().withAccuracy(1e-9))
            .solveFrom(0);
    double scale = exact(0.99999, 200, 0);
    assertEquals(scale, from.get(0), 1e-9 * scale / Math.pow(0.99999, 200));
  }

  /** ρ^v / (1 − ρ^n) for the double ρ, to 40 digits (1 − ρ^n cancels badly in doubles). */
  private static double exact(double rho, int n, int v) {
    java.math.MathContext mc = new java.math.MathContext(40);
    java.math.BigDecimal r = new java.math.BigDecimal(rho);
    return r.pow(v, mc)
        .divide(java.math.BigDecimal.ONE.subtract(r.pow(n, mc)), mc)
        .doubleValue();
  }
}
