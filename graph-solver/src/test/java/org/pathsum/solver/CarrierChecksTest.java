package org.pathsum.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.CarrierOverflowException;
import org.pathsum.solver.testing.OpaqueDoubleSemiring;
import org.pathsum.solver.testing.RandomGraphs;
import org.pathsum.solver.testing.References;

/**
 * No value leaves the carrier unnoticed, on any path through the front door: weights are checked
 * when the graph is compiled; a sum that overflows, or a product of nonzero values that vanishes,
 * at a reachable vertex is refused with {@link CarrierOverflowException} naming the vertex and the
 * query — on acyclic graphs (primitive and boxed sweeps, forward, backward, pair), between
 * components and inside them — and never read as "no path" or printed as ∞.
 */
class CarrierChecksTest {

  /** A graph from {@code "from to weight"} triples. */
  private static Graph<String, DefaultWeightedEdge> graph(Object... triples) {
    Graph<String, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (int i = 0; i < triples.length; i += 3) {
      String a = (String) triples[i];
      String b = (String) triples[i + 1];
      g.addVertex(a);
      g.addVertex(b);
      g.setEdgeWeight(g.addEdge(a, b), ((Number) triples[i + 2]).doubleValue());
    }
    return g;
  }

  private static <V> PathSumSolver<V, Double> solver(
      Graph<V, DefaultWeightedEdge> g, DoubleSemiring s) {
    return PathSumSolvers.forGraph(g, s, g::getEdgeWeight);
  }

  @Test
  void anOverflowOnADagIsRefusedNotReadAsNoPath() {
    Graph<String, DefaultWeightedEdge> g = graph("s", "a", 1e308, "a", "t", 1e308);
    for (DoubleSemiring s : List.of(Semirings.tropical(), Semirings.real(), Semirings.maxPlus())) {
      PathSumSolver<String, Double> solver = solver(g, s);
      CarrierOverflowException from =
          assertThrows(CarrierOverflowException.class, () -> solver.solveFrom("s"), s.name());
      assertEquals("t", from.vertex());
      assertEquals("s", from.anchor());
      assertEquals(PathSums.Direction.FROM_SOURCE, from.direction());
      assertFalse(from.isUnderflow());
      assertEquals(s.name(), from.semiringName());
      CarrierOverflowException to =
          assertThrows(CarrierOverflowException.class, () -> solver.solveTo("t"), s.name());
      assertEquals("s", to.vertex());
      assertEquals(PathSums.Direction.TO_TARGET, to.direction());
      assertThrows(CarrierOverflowException.class, () -> solver.solveBetween("s", "t"));
      // A query whose paths stay in range is answered.
      assertEquals(1e308, solver.solveFrom("a").get("t"), s.name());
    }
  }

  /**
   * A term that leaves the carrier beside a better one changes nothing: min and max ignore it, a
   * vanished addend is below the rounding of the others. The vertex's value is answered in every
   * query, on DAGs and through cycles; only a vertex the lost term leaves at 0̄ is refused.
   */
  @Test
  void aLostTermBesideABetterOneIsNoRefusal() {
    Graph<String, DefaultWeightedEdge> dag = graph("s", "a", 1e308, "a", "t", 1e308, "s", "t", 5);
    PathSumSolver<String, Double> tropical = solver(dag, Semirings.tropical());
    assertEquals(5.0, tropical.solveFrom("s").get("t"));
    assertEquals(5.0, tropical.solveTo("t").get("s"));
    assertEquals(5.0, tropical.solveBetween("s", "t"));
    Graph<String, DefaultWeightedEdge> small = graph("s", "a", 1e-200, "a", "t", 1e-200, "s", "t", 1);
    for (DoubleSemiring sr : List.of(Semirings.real(), Semirings.viterbi())) {
      assertEquals(1.0, solver(small, sr).solveFrom("s").get("t"), sr.name());
      assertEquals(1.0, solver(small, sr).solveTo("t").get("s"), sr.name());
    }
    // Through a cycle, forward and backward alike: a → b overflows, b's own path does not.
    Graph<String, DefaultWeightedEdge> cyclic =
        graph("s", "a", 1e308, "s", "b", 0, "a", "b", 1.5e308, "b", "a", 5e307);
    PathSumSolver<String, Double> c = solver(cyclic, Semirings.tropical());
    assertEquals(5e307, c.solveFrom("s").get("a"));
    assertEquals(0.0, c.solveFrom("s").get("b"));
    assertEquals(0.0, c.solveTo("b").get("s"));
    assertEquals(1.5e308, c.solveTo("b").get("a"));
  }

  @Test
  void theGenericSweepsRefuseToo() {
    Graph<String, DefaultWeightedEdge> g = graph("s", "a", 1e308, "a", "t", 1e308);
    // No declared arithmetic: the generic primitive kernel, per-vertex membership checks.
    DoubleSemiring opaque = new OpaqueDoubleSemiring(Semirings.real());
    CarrierOverflowException e =
        assertThrows(CarrierOverflowException.class, () -> solver(g, opaque).solveFrom("s"));
    assertEquals("t", e.vertex());
    // Boxed: counting past Long.MAX_VALUE names the vertex (see also the diamonds test).
    Graph<String, DefaultWeightedEdge> h = graph("s", "a", 1, "a", "t", 1);
    PathSumSolver<String, Long> counting =
        PathSumSolvers.forGraph(
            h, Semirings.counting(), x -> h.getEdgeSource(x).equals("s") ? Long.MAX_VALUE : 2L);
    CarrierOverflowException c =
        assertThrows(CarrierOverflowException.class, () -> counting.solveFrom("s"));
    assertEquals("t", c.vertex());
    assertEquals(2L, counting.solveFrom("a").get("t"));
  }

  @Test
  void anOverflowOffThePathsOfAPairDoesNotRefuseThePair() {
    // s → a → x overflows, but x does not lie on a path to t.
    Graph<String, DefaultWeightedEdge> g =
        graph("s", "a", 1e308, "a", "x", 1e308, "s", "t", 2, "a", "t", 1);
    for (DoubleSemiring s : List.of(Semirings.tropical(), Semirings.real())) {
      PathSumSolver<String, Double> solver = solver(g, s);
      double expected = s.equals(Semirings.tropical()) ? 2.0 : 1e308 + 2;
      assertEquals(expected, solver.solveBetween("s", "t"), s.name());
      assertThrows(CarrierOverflowException.class, () -> solver.solveFrom("s"));
    }
  }

  @Test
  void anOverflowThatReachesACycleIsRefusedNotACrash() {
    // s → a 1e308, a → b 10 (real: 1e309 = ∞), then the cycle b → b.
    Graph<String, DefaultWeightedEdge> g = graph("s", "a", 1e308, "a", "b", 10, "b", "b", 0.5);
    CarrierOverflowException e =
        assertThrows(
            CarrierOverflowException.class, () -> solver(g, Semirings.real()).solveFrom("s"));
    assertEquals("b", e.vertex());
    // Tropical: the sum overflows on the edge into the cyclic component.
    Graph<String, DefaultWeightedEdge> h =
        graph("s", "a", 1e308, "a", "b", 1e308, "b", "c", 1, "c", "b", 1);
    CarrierOverflowException t =
        assertThrows(
            CarrierOverflowException.class, () -> solver(h, Semirings.tropical()).solveFrom("s"));
    assertEquals("b", t.vertex());
    // Inside a component: a path round the cycle (not an improving one) leaves the range.
    Graph<String, DefaultWeightedEdge> k = graph("s", "a", 1e308, "a", "b", 1e308, "b", "a", 1);
    CarrierOverflowException inside =
        assertThrows(
            CarrierOverflowException.class, () -> solver(k, Semirings.tropical()).solveFrom("s"));
    assertEquals("b", inside.vertex());
  }

  @Test
  void aProductThatUnderflowsIsRefusedWithTheAdviceToUseLog() {
    Graph<String, DefaultWeightedEdge> g = graph("s", "a", 1e-200, "a", "t", 1e-200);
    for (DoubleSemiring s : List.of(Semirings.real(), Semirings.viterbi())) {
      PathSumSolver<String, Double> solver = solver(g, s);
      for (Supplier<Object> q :
          List.<Supplier<Object>>of(
              () -> solver.solveFrom("s"),
              () -> solver.solveTo("t"),
              () -> solver.solveBetween("s", "t"))) {
        CarrierOverflowException e =
            assertThrows(CarrierOverflowException.class, q::get, s.name());
        assertTrue(e.isUnderflow(), s.name());
        assertTrue(e.getMessage().contains("log semiring"), e.getMessage());
      }
    }
    // The same probabilities in the log semiring are fine.
    Graph<String, DefaultWeightedEdge> logs =
        graph("s", "a", Math.log(1e-200), "a", "t", Math.log(1e-200));
    assertEquals(
        Math.log(1e-200) * 2, solver(logs, Semirings.log()).solveBetween("s", "t"), 1e-9);
    // A sum that cancels to 0 is a value, not an underflow: 1 − 1.
    Graph<String, DefaultWeightedEdge> cancel = graph("s", "a", 1, "s", "b", -1, "a", "t", 1,
        "b", "t", 1);
    assertEquals(0.0, solver(cancel, Semirings.real()).solveFrom("s").get("t"));
  }

  /**
   * Probabilities of 10⁻¹⁰ are not "no improvement": s → a → b has probability 10⁻¹⁰, b → a → b
   * 5·10⁻⁶ of that, and t is reached with 10⁻¹⁰, forward and backward alike.
   */
  @Test
  void smallProbabilitiesAreToldApart() {
    Graph<String, DefaultWeightedEdge> g =
        graph("s", "a", 1e-5, "a", "b", 1e-5, "b", "a", 0.5, "b", "t", 1);
    PathSumSolver<String, Double> solver = solver(g, Semirings.viterbi());
    Map<String, Double> from = solver.solveFrom("s").values();
    assertEquals(1e-5 * 1e-5, from.get("b"));
    assertEquals(1e-5 * 1e-5, from.get("t"));
    assertEquals(from.get("t"), solver.solveTo("t").get("s"));
    assertEquals(from.get("t"), solver.solveBetween("s", "t"));
  }

  @Test
  void weightsOutsideTheCarrierAreRefusedWhenCompiling() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      Graph<String, DefaultWeightedEdge> g = graph("s", "a", 1, "a", "t", bad);
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> solver(g, Semirings.real()));
      assertTrue(e.getMessage().contains("a -> t"), e.getMessage());
    }
    // An infinity is fine where it is the semiring's 0̄ (the edge is dropped) or 1̄.
    Graph<String, DefaultWeightedEdge> zero = graph("s", "a", 1, "a", "t", Double.POSITIVE_INFINITY);
    assertEquals(
        Double.POSITIVE_INFINITY, solver(zero, Semirings.tropical()).solveFrom("s").get("t"));
    Graph<String, DefaultWeightedEdge> one = graph("s", "a", 3, "a", "t", Double.POSITIVE_INFINITY);
    assertEquals(3.0, solver(one, Semirings.bottleneck()).solveFrom("s").get("t"));
    // −∞ is not tropical; a probability above 1 is not Viterbi.
    assertThrows(
        IllegalArgumentException.class,
        () -> solver(graph("s", "t", Double.NEGATIVE_INFINITY), Semirings.tropical()));
    assertThrows(IllegalArgumentException.class, () -> solver(graph("s", "t", 1.5), Semirings.viterbi()));
  }

  /**
   * On random graphs with weights near both ends of the range, in every arithmetic that can leave
   * it: a query either refuses with {@link CarrierOverflowException} or returns only regular values
   * (finite, or 0̄ or 1̄) and, in an arithmetic without cancellation, a value other than 0̄ at every
   * vertex that breadth-first search reaches.
   */
  @Test
  void randomExtremeWeightsAreEitherSolvedOrRefused() {
    int refused = 0;
    int solved = 0;
    for (DoubleSemiring s :
        List.of(Semirings.tropical(), Semirings.maxPlus(), Semirings.viterbi(), Semirings.log(),
            Semirings.real())) {
      for (long seed = 1; seed <= 60; seed++) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 2 + rnd.nextInt(10);
        boolean acyclic = seed % 2 == 0;
        Graph<Integer, DefaultWeightedEdge> g =
            RandomGraphs.multigraph(rnd, n, 0, r -> 0);
        for (int e = rnd.nextInt(3 * n); e >= 0; e--) {
          int a = rnd.nextInt(n);
          int b = rnd.nextInt(n);
          if (acyclic && a >= b) {
            continue;
          }
          g.setEdgeWeight(g.addEdge(a, b), extreme(s, rnd));
        }
        int src = rnd.nextInt(n);
        String msg = s.name() + " seed " + seed;
        Object primitive = outcome(() -> solver(g, s).solveFrom(src).values());
        if (primitive instanceof CarrierOverflowException) {
          refused++;
        } else if (!(primitive instanceof RuntimeException)) {
          solved++;
          @SuppressWarnings("unchecked")
          Map<Integer, Double> values = (Map<Integer, Double>) primitive;
          boolean[] reach = References.reachable(g, n, src);
          for (int v = 0; v < n; v++) {
            double x = values.get(v);
            assertTrue(
                Double.isFinite(x) || x == s.zeroAsDouble() || x == s.oneAsDouble(), msg + " " + x);
            if (reach[v] && !s.equals(Semirings.real())) {
              assertTrue(x != s.zeroAsDouble(), msg + ": reachable " + v + " reads as no path");
            }
          }
        }
      }
    }
    assertTrue(refused >= 5 && solved > 100, "refused " + refused + ", solved " + solved);
  }

  private static double extreme(DoubleSemiring s, SplittableRandom rnd) {
    double mag = rnd.nextBoolean() ? 1e307 * rnd.nextDouble(1, 17) : rnd.nextDouble(0.5, 3);
    switch (s.arithmetic()) {
      case MAX_TIMES:
        return rnd.nextBoolean() ? 1e-160 * rnd.nextDouble(0.1, 1) : rnd.nextDouble(0.1, 1);
      case SUM_PRODUCT:
        return rnd.nextBoolean() ? 1e-160 * rnd.nextDouble(0.1, 1) : rnd.nextDouble(0.05, 0.3);
      case LOG_SUM_EXP:
        return -mag;
      case MAX_PLUS:
        return rnd.nextBoolean() ? -mag : -rnd.nextDouble(0, 1);
      default:
        return mag;
    }
  }

  private static Object outcome(Supplier<Object> query) {
    try {
      return query.get();
    } catch (RuntimeException e) {
      return e;
    }
  }

}
