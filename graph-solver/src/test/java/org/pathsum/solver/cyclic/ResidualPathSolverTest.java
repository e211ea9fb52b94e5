package org.pathsum.solver.cyclic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.BellmanFordShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSums;
import org.pathsum.solver.testing.RandomGraphs;
import org.pathsum.solver.testing.References;
import org.pathsum.solver.PathSumSolvers;

class ResidualPathSolverTest {

  private static final Semiring<Double> TROPICAL = Semirings.tropical();

  @Test
  void tropicalWithNonNegativeWeightsMatchesDijkstra() {
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(25);
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(4 * n + 1), r -> r.nextInt(10));
      DijkstraShortestPath<Integer, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(g);
      for (QueueDiscipline q : QueueDiscipline.values()) {
        PathSumSolver<Integer, Double> solver =
            PathSumSolvers.residual(g, TROPICAL, RandomGraphs.weightsOf(g), q);
        int s = rnd.nextInt(n);
        int t = rnd.nextInt(n);
        PathSums<Integer, Double> from = solver.solveFrom(s);
        PathSums<Integer, Double> to = solver.solveTo(t);
        for (int v = 0; v < n; v++) {
          String msg = "seed " + seed + " " + q + " s=" + s + " t=" + t + " v=" + v;
          assertEquals(dijkstra.getPathWeight(s, v), from.get(v), msg);
          assertEquals(dijkstra.getPathWeight(v, t), to.get(v), msg);
        }
        assertEquals(dijkstra.getPathWeight(s, t), solver.solveBetween(s, t), "seed " + seed);
      }
    }
  }

  @Test
  void tropicalWithNegativeEdgesMatchesBellmanFord() {
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(25);
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(4 * n + 1), r -> 0);
      // Reduced costs w + p(u) - p(v) with w >= 0: negative edges, but no negative cycle.
      int[] p = rnd.ints(n, 0, 20).toArray();
      for (DefaultWeightedEdge e : g.edgeSet()) {
        g.setEdgeWeight(e, rnd.nextInt(10) + p[g.getEdgeSource(e)] - p[g.getEdgeTarget(e)]);
      }
      BellmanFordShortestPath<Integer, DefaultWeightedEdge> bf = new BellmanFordShortestPath<>(g);
      // The documented Bellman–Ford bound: without an improving cycle, FIFO takes each vertex at
      // most |V| times.
      PathSumSolvers.residual(g, TROPICAL, RandomGraphs.weightsOf(g), QueueDiscipline.FIFO, n)
          .solveFrom(rnd.nextInt(n));
      for (QueueDiscipline q : QueueDiscipline.values()) {
        PathSumSolver<Integer, Double> solver =
            PathSumSolvers.residual(g, TROPICAL, RandomGraphs.weightsOf(g), q);
        int s = rnd.nextInt(n);
        PathSums<Integer, Double> from = solver.solveFrom(s);
        PathSums<Integer, Double> to = solver.solveTo(s);
        for (int v = 0; v < n; v++) {
          String msg = "seed " + seed + " " + q + " s=" + s + " v=" + v;
          assertEquals(bf.getPathWeight(s, v), from.get(v), msg);
          assertEquals(bf.getPathWeight(v, s), to.get(v), msg);
        }
      }
    }
  }

  @Test
  void negativeCycleIsReportedWithARealNegativeCycle() {
    for (QueueDiscipline q :
        new QueueDiscipline[] {QueueDiscipline.FIFO, QueueDiscipline.SCC_ORDER}) {
      References.assertNegativeCyclesReported(
          g -> PathSumSolvers.residual(g, TROPICAL, RandomGraphs.weightsOf(g), q), "residual " + q);
    }
  }

  @Test
  void negativeCycleFoundBackwardIsListedInEdgeDirection() {
    Graph<Integer, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < 4; v++) {
      g.addVertex(v);
    }
    g.setEdgeWeight(g.addEdge(0, 1), 1);
    g.setEdgeWeight(g.addEdge(1, 2), -5);
    g.setEdgeWeight(g.addEdge(2, 3), 1);
    g.setEdgeWeight(g.addEdge(3, 1), 1);
    PathSumSolver<Integer, Double> solver =
        PathSumSolvers.residual(g, TROPICAL, RandomGraphs.weightsOf(g), QueueDiscipline.FIFO);
    assertEquals(0.0, solver.solveTo(0).get(0)); // nothing reaches 0: the cycle is irrelevant
    NegativeCycleException e = assertThrows(NegativeCycleException.class, () -> solver.solveTo(3));
    References.assertIsCycle(g, e.cycle(), "backward");
    assertEquals(3, e.cycle().size());
    assertEquals(-3.0, e.cycleWeight());
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
      for (QueueDiscipline q : QueueDiscipline.values()) {
        PathSums<Integer, Boolean> from =
            PathSumSolvers.residual(g, Semirings.booleans(), e -> true, q).solveFrom(s);
        for (int v = 0; v < n; v++) {
          assertEquals(expected[v], from.get(v), "seed " + seed + " " + q + " v=" + v);
        }
      }
    }
  }

  @Test
  void realOnContractiveGraphsMatchesTheInverse() {
    for (long seed = 1; seed <= 30; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(12);
      Graph<Integer, DefaultWeightedEdge> g = contractive(rnd, n, rnd.nextInt(4 * n + 1));
      int s = rnd.nextInt(n);
      double[] expected = References.inverseRow(g, n, s);
      for (QueueDiscipline q :
          new QueueDiscipline[] {QueueDiscipline.FIFO, QueueDiscipline.SCC_ORDER}) {
        PathSums<Integer, Double> from =
            PathSumSolvers.residual(g, Semirings.real(), RandomGraphs.weightsOf(g), q).solveFrom(s);
        for (int v = 0; v < n; v++) {
          assertEquals(expected[v], from.get(v), 1e-6, "seed " + seed + " " + q + " v=" + v);
        }
      }
    }
  }

  @Test
  void nonContractiveRealCycleFailsWithinTheBound() {
    Graph<Integer, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < 4; v++) {
      g.addVertex(v);
    }
    g.setEdgeWeight(g.addEdge(0, 1), 0.5);
    g.setEdgeWeight(g.addEdge(1, 2), 2.0);
    g.setEdgeWeight(g.addEdge(2, 1), -0.5); // cycle weight -1: the series oscillates
    g.setEdgeWeight(g.addEdge(2, 3), 1.0);
    PathSumSolver<Integer, Double> solver =
        PathSumSolvers.residual(
            g, Semirings.real(), RandomGraphs.weightsOf(g), QueueDiscipline.FIFO, 1000);
    DivergentPathSumException e =
        assertThrows(DivergentPathSumException.class, () -> solver.solveFrom(0));
    References.assertIsCycle(g, e.cycle(), "real");
    assertEquals(2, e.cycle().size());
    assertEquals("real", e.semiringName());
    // Queries whose paths avoid the cycle still solve.
    assertEquals(1.0, solver.solveFrom(3).get(3));
    assertEquals(0.0, solver.solveFrom(3).get(0));
    assertThrows(DivergentPathSumException.class, () -> solver.solveTo(1));
  }

  @Test
  void sccOrderTakesEachVertexOfAnAcyclicGraphOnce() {
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(30);
      Graph<Integer, DefaultWeightedEdge> g =
          new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
      for (int v = 0; v < n; v++) {
        g.addVertex(v);
      }
      for (int e = rnd.nextInt(3 * n + 1); e > 0; e--) {
        int a = rnd.nextInt(n);
        int b = rnd.nextInt(n);
        if (a != b) { // edges from the smaller to the larger index: a DAG with parallel edges
          g.setEdgeWeight(g.addEdge(Math.min(a, b), Math.max(a, b)), rnd.nextDouble());
        }
      }
      // A bound of one pop per vertex: any second visit would throw.
      PathSumSolver<Integer, Double> once =
          PathSumSolvers.residual(
              g, Semirings.real(), RandomGraphs.weightsOf(g), QueueDiscipline.SCC_ORDER, 1);
      double[] expected = References.inverseRow(g, n, 0);
      PathSums<Integer, Double> from = once.solveFrom(0);
      for (int v = 0; v < n; v++) {
        assertEquals(expected[v], from.get(v), 1e-9, "seed " + seed + " v=" + v);
      }
    }
  }

  @Test
  void defaultBoundStopsADivergentRealSeries() {
    Graph<Integer, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    g.addVertex(0);
    g.setEdgeWeight(g.addEdge(0, 0), 1.0); // 1 + 1 + 1 + …
    DivergentPathSumException e =
        assertThrows(
            DivergentPathSumException.class,
            () ->
                PathSumSolvers.residual(
                        g, Semirings.real(), RandomGraphs.weightsOf(g), QueueDiscipline.FIFO)
                    .solveFrom(0));
    assertEquals(java.util.List.of(0), e.cycle());
  }

  @Test
  void countingOnACycleFailsInsteadOfLooping() {
    Graph<Integer, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    g.addVertex(0);
    g.addVertex(1);
    g.addEdge(0, 1);
    g.addEdge(1, 1);
    PathSumSolver<Integer, Long> solver =
        PathSumSolvers.residual(g, Semirings.counting(), e -> 1L, QueueDiscipline.FIFO, 50);
    DivergentPathSumException e =
        assertThrows(DivergentPathSumException.class, () -> solver.solveFrom(0));
    assertEquals(java.util.List.of(1), e.cycle());
    assertEquals(1L, solver.solveTo(0).get(0)); // only the empty path ends at 0
    assertEquals(0L, solver.solveTo(0).get(1));
  }

  @Test
  void aLongCycleDoesNotOverflowTheStack() {
    int n = 100_000;
    Graph<Integer, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < n; v++) {
      g.addVertex(v);
    }
    for (int v = 0; v < n; v++) {
      g.setEdgeWeight(g.addEdge(v, (v + 1) % n), 1);
    }
    for (QueueDiscipline q : QueueDiscipline.values()) {
      PathSums<Integer, Double> from =
          PathSumSolvers.residual(g, TROPICAL, RandomGraphs.weightsOf(g), q).solveFrom(0);
      assertEquals(n - 1.0, from.get(n - 1), q.toString());
      assertEquals(0.0, from.get(0), q.toString());
    }
  }

  @Test
  void refusesUnknownVerticesAndShortestFirstWithoutSelectivePlus() {
    Graph<Integer, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    g.addVertex(0);
    PathSumSolver<Integer, Double> solver =
        PathSumSolvers.residual(g, TROPICAL, RandomGraphs.weightsOf(g), QueueDiscipline.FIFO);
    assertThrows(IllegalArgumentException.class, () -> solver.solveFrom(7));
    assertThrows(IllegalArgumentException.class, () -> solver.solveBetween(0, 7));
    assertThrows(
        org.pathsum.semiring.MissingSemiringPropertyException.class,
        () ->
            PathSumSolvers.residual(
                g, Semirings.real(), RandomGraphs.weightsOf(g), QueueDiscipline.SHORTEST_FIRST));
    g.addVertex(1);
    g.addEdge(0, 1);
    assertThrows(
        NullPointerException.class, () -> PathSumSolvers.forGraph(g, TROPICAL, e -> (Double) null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PathSumSolvers.forGraph(
                new org.jgrapht.graph.SimpleWeightedGraph<Integer, DefaultWeightedEdge>(
                    DefaultWeightedEdge.class),
                TROPICAL,
                e -> 1.0));
    if (solver.solveFrom(0).get(0) != 0.0) {
      fail("the empty path has weight one");
    }
  }

  /** Random weights in (−1, 1) scaled so every vertex's absolute out-weights sum to at most 0.9. */
  static Graph<Integer, DefaultWeightedEdge> contractive(SplittableRandom rnd, int n, int m) {
    Graph<Integer, DefaultWeightedEdge> g =
        RandomGraphs.multigraph(rnd, n, m, r -> r.nextDouble(-1, 1));
    for (int v = 0; v < n; v++) {
      double sum = 0;
      for (DefaultWeightedEdge e : g.outgoingEdgesOf(v)) {
        sum += Math.abs(g.getEdgeWeight(e));
      }
      if (sum > 0.9) {
        for (DefaultWeightedEdge e : g.outgoingEdgesOf(v)) {
          g.setEdgeWeight(e, g.getEdgeWeight(e) * 0.9 / sum);
        }
      }
    }
    return g;
  }
}
