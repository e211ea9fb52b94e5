package org.pathsum.solver.internal.cyclic;

import org.pathsum.solver.DivergentPathSumException;
import org.pathsum.solver.InfinitePathSumException;
import org.pathsum.solver.NegativeCycleException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.pathsum.solver.testing.NamedAlgorithms;

import java.util.List;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.AllDirectedPaths;
import org.jgrapht.alg.shortestpath.BellmanFordShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.MissingSemiringPropertyException;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSums;
import org.pathsum.solver.testing.RandomGraphs;
import org.pathsum.solver.testing.References;
import org.pathsum.solver.PathSumSolvers;

class StarEliminationTest {

  private static final Semiring<Double> TROPICAL = Semirings.tropical();

  @Test
  void tropicalMatchesDijkstraAndBellmanFord() {
    for (long seed = 1; seed <= 50; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(25);
      boolean negative = seed % 2 == 0;
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(4 * n + 1), r -> r.nextInt(10));
      if (negative) { // reduced costs: negative edges, no negative cycle
        int[] p = rnd.ints(n, 0, 20).toArray();
        for (DefaultWeightedEdge e : g.edgeSet()) {
          g.setEdgeWeight(e, g.getEdgeWeight(e) + p[g.getEdgeSource(e)] - p[g.getEdgeTarget(e)]);
        }
      }
      org.jgrapht.alg.interfaces.ShortestPathAlgorithm<Integer, DefaultWeightedEdge> reference =
          negative ? new BellmanFordShortestPath<>(g) : new DijkstraShortestPath<>(g);
      PathSumSolver<Integer, Double> solver =
          PathSumSolvers.forGraph(g, TROPICAL, RandomGraphs.weightsOf(g), NamedAlgorithms.STAR);
      int s = rnd.nextInt(n);
      int t = rnd.nextInt(n);
      PathSums<Integer, Double> from = solver.solveFrom(s);
      PathSums<Integer, Double> to = solver.solveTo(t);
      for (int v = 0; v < n; v++) {
        String msg = "seed " + seed + " s=" + s + " t=" + t + " v=" + v;
        assertEquals(reference.getPathWeight(s, v), from.get(v), msg);
        assertEquals(reference.getPathWeight(v, t), to.get(v), msg);
        assertEquals(reference.getPathWeight(s, v), solver.solveBetween(s, v), msg);
      }
    }
  }

  @Test
  void negativeCycleCarriesARealNegativeCycle() {
    References.assertNegativeCyclesReported(
        g -> PathSumSolvers.forGraph(g, TROPICAL, RandomGraphs.weightsOf(g), NamedAlgorithms.STAR),
        "star elimination");
  }

  @Test
  void booleanMatchesBreadthFirstReachability() {
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(30);
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(2 * n + 1), r -> 1);
      int s = rnd.nextInt(n);
      boolean[] expected = References.reachable(g, n, s);
      PathSumSolver<Integer, Boolean> solver =
          PathSumSolvers.forGraph(g, Semirings.booleans(), e -> true, NamedAlgorithms.STAR);
      PathSums<Integer, Boolean> from = solver.solveFrom(s);
      for (int v = 0; v < n; v++) {
        assertEquals(expected[v], from.get(v), "seed " + seed + " v=" + v);
        assertEquals(expected[v], solver.solveTo(v).get(s), "seed " + seed + " v=" + v);
      }
    }
  }

  @Test
  void realOnContractiveGraphsIsTheExactInverse() {
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(15);
      Graph<Integer, DefaultWeightedEdge> g =
          NamedAlgorithmsTest.contractive(rnd, n, rnd.nextInt(5 * n + 1));
      PathSumSolver<Integer, Double> solver =
          PathSumSolvers.forGraph(g, Semirings.real(), RandomGraphs.weightsOf(g), NamedAlgorithms.STAR);
      int s = rnd.nextInt(n);
      double[] expected = References.inverseRow(g, n, s);
      PathSums<Integer, Double> from = solver.solveFrom(s);
      for (int v = 0; v < n; v++) {
        String msg = "seed " + seed + " v=" + v;
        assertEquals(expected[v], from.get(v), 1e-9, msg);
        assertEquals(expected[v], solver.solveTo(v).get(s), 1e-9, msg);
        assertEquals(expected[v], solver.solveBetween(s, v), 1e-9, msg);
      }
    }
  }

  @Test
  void geometricSeriesOfASelfLoop() {
    Graph<String, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    g.addVertex("a");
    g.addVertex("b");
    g.setEdgeWeight(g.addEdge("a", "a"), 0.5);
    g.setEdgeWeight(g.addEdge("a", "b"), 3.0);
    PathSumSolver<String, Double> solver =
        PathSumSolvers.forGraph(g, Semirings.real(), g::getEdgeWeight, NamedAlgorithms.STAR);
    // 1 + 1/2 + 1/4 + … = 2, then ×3.
    assertEquals(2.0, solver.solveFrom("a").get("a"), 1e-12);
    assertEquals(6.0, solver.solveFrom("a").get("b"), 1e-12);
  }

  @Test
  void realWithANonContractiveCycleIsRefusedWithTheCycle() {
    for (double loop : new double[] {1.0, -1.0, 1.5}) {
      Graph<Integer, DefaultWeightedEdge> g =
          new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
      for (int v = 0; v < 4; v++) {
        g.addVertex(v);
      }
      g.setEdgeWeight(g.addEdge(0, 1), 0.5);
      g.setEdgeWeight(g.addEdge(1, 2), 2.0);
      g.setEdgeWeight(g.addEdge(2, 1), loop / 2.0);
      g.setEdgeWeight(g.addEdge(3, 0), 1.0);
      PathSumSolver<Integer, Double> solver =
          PathSumSolvers.forGraph(g, Semirings.real(), RandomGraphs.weightsOf(g), NamedAlgorithms.STAR);
      DivergentPathSumException e =
          assertThrows(DivergentPathSumException.class, () -> solver.solveFrom(0), "w=" + loop);
      assertFalse(e instanceof NegativeCycleException);
      References.assertIsCycle(g, e.cycle(), "w=" + loop);
      assertEquals(2, e.cycle().size());
      DivergentPathSumException back =
          assertThrows(DivergentPathSumException.class, () -> solver.solveTo(2));
      References.assertIsCycle(g, back.cycle(), "backward w=" + loop);
      // Paths that avoid the cycle are fine.
      assertEquals(1.0, solver.solveTo(0).get(3));
      assertEquals(1.0, solver.solveBetween(3, 0));
    }
  }

  @Test
  void countingRefusesReachableCyclesButCountsAroundUnreachableOnes() {
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 2 + rnd.nextInt(10);
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(2 * n + 1), r -> 1);
      PathSumSolver<Integer, Long> solver =
          PathSumSolvers.forGraph(g, Semirings.counting(), e -> 1L, NamedAlgorithms.STAR);
      int s = rnd.nextInt(n);
      boolean[] reach = References.reachable(g, n, s);
      boolean cycleReachable = false;
      for (DefaultWeightedEdge e : g.edgeSet()) {
        int u = g.getEdgeSource(e);
        if (reach[u] && References.reachable(g, n, g.getEdgeTarget(e))[u]) {
          cycleReachable = true;
        }
      }
      String msg = "seed " + seed + " s=" + s;
      if (cycleReachable) {
        InfinitePathSumException e =
            assertThrows(InfinitePathSumException.class, () -> solver.solveFrom(s), msg);
        References.assertIsCycle(g, e.cycle(), msg);
        assertTrue(reach[(Integer) e.cycle().get(0)], msg);
      } else {
        // Every path from s is simple: count them by enumeration.
        PathSums<Integer, Long> from = solver.solveFrom(s);
        AllDirectedPaths<Integer, DefaultWeightedEdge> all = new AllDirectedPaths<>(g);
        for (int v = 0; v < n; v++) {
          List<GraphPath<Integer, DefaultWeightedEdge>> paths = all.getAllPaths(s, v, true, null);
          long expected = paths.size() + (s == v && paths.isEmpty() ? 1 : 0);
          assertEquals(expected, from.get(v), msg + " v=" + v);
        }
      }
    }
  }

  @Test
  void idempotentSemiringWithoutStarIsToldWhatIsMissing() {
    Graph<Integer, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    g.addVertex(0);
    g.addEdge(0, 0);
    Semiring<Boolean> noStar = new NoStarBooleans();
    MissingSemiringPropertyException e =
        assertThrows(
            MissingSemiringPropertyException.class,
            () -> PathSumSolvers.forGraph(g, noStar, x -> true, NamedAlgorithms.STAR).solveFrom(0));
    assertEquals(org.pathsum.semiring.SemiringProperty.STAR, e.missingProperty());
    // The entry point routes it to the residual solver instead.
    assertEquals(true, PathSumSolvers.forGraph(g, noStar, x -> true).solveFrom(0).get(0));
  }

  @Test
  void longCycleDoesNotOverflowTheStack() {
    int n = 100_000;
    Graph<Integer, DefaultWeightedEdge> cycle =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < n; v++) {
      cycle.addVertex(v);
    }
    for (int v = 0; v < n; v++) {
      cycle.setEdgeWeight(cycle.addEdge(v, (v + 1) % n), v == n - 1 ? 0.5 : 1.0);
    }
    PathSumSolver<Integer, Double> real =
        PathSumSolvers.forGraph(cycle, Semirings.real(), RandomGraphs.weightsOf(cycle), NamedAlgorithms.STAR);
    // Going round multiplies by 1/2: every value from 0 is 1/(1 − 1/2) = 2.
    PathSums<Integer, Double> from = real.solveFrom(0);
    assertEquals(2.0, from.get(0), 1e-12);
    assertEquals(2.0, from.get(n - 1), 1e-12);
    assertEquals(1.0, real.solveTo(0).get(n / 2), 1e-12); // 0.5 to close the cycle, then × 2
  }

  @Test
  void millionVertexChainDoesNotOverflowTheStack() {
    int chain = 1_000_000;
    Graph<Integer, DefaultWeightedEdge> line =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < chain; v++) {
      line.addVertex(v);
    }
    for (int v = 0; v + 1 < chain; v++) {
      line.setEdgeWeight(line.addEdge(v, v + 1), 1.0);
    }
    PathSums<Integer, Double> far =
        PathSumSolvers.forGraph(line, TROPICAL, RandomGraphs.weightsOf(line)).solveFrom(0);
    assertEquals(chain - 1.0, far.get(chain - 1));
  }

  /** Booleans without the star, to exercise the refusal and the residual fallback. */
  private static final class NoStarBooleans implements Semiring<Boolean> {
    private final Semiring<Boolean> base = Semirings.booleans();

    @Override
    public Boolean zero() {
      return false;
    }

    @Override
    public Boolean one() {
      return true;
    }

    @Override
    public Boolean plus(Boolean a, Boolean b) {
      return a || b;
    }

    @Override
    public Boolean times(Boolean a, Boolean b) {
      return a && b;
    }

    @Override
    public java.util.Set<org.pathsum.semiring.SemiringProperty> properties() {
      java.util.Set<org.pathsum.semiring.SemiringProperty> p =
          java.util.EnumSet.copyOf(base.properties());
      p.remove(org.pathsum.semiring.SemiringProperty.STAR);
      p.remove(org.pathsum.semiring.SemiringProperty.SELECTIVE_PLUS);
      return p;
    }

    @Override
    public String name() {
      return "boolean-without-star";
    }
  }
}
