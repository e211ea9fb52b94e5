package org.pathsum.solver;

import org.pathsum.solver.internal.BoundedText;

import org.pathsum.solver.testing.PathEnumerationSolver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathsum.solver.testing.SolverAgreement.assertAgree;
import static org.pathsum.solver.testing.SolverAgreement.assertEquivalent;
import org.pathsum.solver.testing.NamedAlgorithms;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.BellmanFordShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.alg.shortestpath.NegativeCycleDetectedException;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.GenKill;
import org.pathsum.semiring.PathSumException;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.semiring.SymbolicSum;
import org.pathsum.solver.internal.compiled.CompiledGraph;
import org.pathsum.solver.DivergentPathSumException;
import org.pathsum.solver.InfinitePathSumException;
import org.pathsum.solver.NegativeCycleException;
import org.pathsum.solver.testing.RandomGraphs;
import org.pathsum.solver.testing.RandomWeights;
import org.pathsum.solver.testing.References;

/**
 * The front door {@link PathSumSolvers#forGraph} on graphs with cycles, against independent
 * oracles (JGraphT's Dijkstra and Bellman–Ford, the matrix inverse, path enumeration on the acyclic
 * part) and against the whole-graph residual solver, on seeded random multigraphs with self-loops
 * and parallel edges; and the structure it promises: one compile, lazy adjacencies, bounded text,
 * typed refusals.
 */
class PathSumSolversTest {

  private static final int GRAPHS = 80;

  @Test
  void theReadmeCallWorksOnAnyDirectedGraph() {
    Graph<String, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (String v : List.of("a", "b", "c", "d")) {
      g.addVertex(v);
    }
    g.setEdgeWeight(g.addEdge("a", "b"), 1);
    g.setEdgeWeight(g.addEdge("b", "c"), 2);
    g.setEdgeWeight(g.addEdge("a", "c"), 5);
    assertEquals(
        Map.of("a", 0.0, "b", 1.0, "c", 3.0, "d", Double.POSITIVE_INFINITY),
        PathSumSolvers.forGraph(g, Semirings.tropical(), g::getEdgeWeight).solveFrom("a").values());
    g.setEdgeWeight(g.addEdge("c", "a"), 1); // now cyclic
    assertEquals(
        Map.of("a", 0.0, "b", 3.0, "c", 1.0, "d", Double.POSITIVE_INFINITY),
        PathSumSolvers.forGraph(g, Semirings.tropical(), g::getEdgeWeight).solveTo("a").values());
  }

  @Test
  void forEachVisitsExactlyTheValuesInTheirOrder() {
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(12);
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(3 * n), r -> r.nextInt(5));
      // a primitive (double[]) result and a boxed (Object[]) one, forward and backward
      List<PathSumSolver<Integer, ?>> solvers =
          List.of(
              PathSumSolvers.forGraph(g, Semirings.tropical(), g::getEdgeWeight),
              PathSumSolvers.forGraph(g, Semirings.booleans(), e -> true));
      for (PathSumSolver<Integer, ?> solver : solvers) {
        for (int v = 0; v < n; v++) {
          for (PathSums<Integer, ?> sums : List.of(solver.solveFrom(v), solver.solveTo(v))) {
            List<Map.Entry<Integer, Object>> visited = new java.util.ArrayList<>();
            sums.forEach((vertex, value) -> visited.add(Map.entry(vertex, (Object) value)));
            assertEquals(List.copyOf(sums.values().entrySet()), visited, "seed " + seed);
          }
        }
      }
    }
  }

  @Test
  void tropicalNonNegativeAgreesWithDijkstra() {
    for (long seed = 1; seed <= GRAPHS; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(14);
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(3 * n + 1), r -> r.nextInt(0, 10));
      PathSumSolver<Integer, Double> solver =
          PathSumSolvers.forGraph(g, Semirings.tropical(), g::getEdgeWeight);
      DijkstraShortestPath<Integer, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(g);
      for (int s = 0; s < n; s++) {
        PathSums<Integer, Double> from = solver.solveFrom(s);
        for (int t = 0; t < n; t++) {
          double expected = dijkstra.getPathWeight(s, t);
          assertEquals(expected, from.get(t), 1e-9, "seed " + seed + " " + s + "->" + t);
          assertEquals(expected, solver.solveTo(t).get(s), 1e-9, "seed " + seed + " to");
          assertEquals(expected, solver.solveBetween(s, t), 1e-9, "seed " + seed + " between");
        }
      }
    }
  }

  @Test
  void tropicalWithNegativeWeightsAgreesWithBellmanFordOrReportsTheCycle() {
    References.assertNegativeCyclesReported(
        g -> PathSumSolvers.forGraph(g, Semirings.tropical(), g::getEdgeWeight), "forGraph");
    int compared = 0;
    for (long seed = 1; seed <= GRAPHS; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 2 + rnd.nextInt(12);
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(2 * n + 1), r -> r.nextInt(-3, 10));
      PathSumSolver<Integer, Double> solver =
          PathSumSolvers.forGraph(g, Semirings.tropical(), g::getEdgeWeight);
      for (int s = 0; s < n; s++) {
        org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths<Integer, DefaultWeightedEdge>
            paths;
        try {
          paths = new BellmanFordShortestPath<>(g).getPaths(s);
        } catch (NegativeCycleDetectedException e) {
          continue; // covered by assertNegativeCyclesReported
        }
        PathSums<Integer, Double> from = solver.solveFrom(s);
        for (int t = 0; t < n; t++) {
          assertEquals(paths.getWeight(t), from.get(t), 1e-9, "seed " + seed + " " + s + "->" + t);
          compared++;
        }
      }
    }
    assertTrue(compared > 500, "too few comparisons: " + compared);
  }

  @Test
  void realOnContractiveGraphsIsTheMatrixInverse() {
    for (long seed = 1; seed <= GRAPHS; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(10);
      // Out-weights of each vertex sum to less than one: the series converges.
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(3 * n + 1), r -> r.nextDouble(-1, 1) / 3.5);
      for (Integer v : g.vertexSet()) {
        double out = 0;
        for (DefaultWeightedEdge e : g.outgoingEdgesOf(v)) {
          out += Math.abs(g.getEdgeWeight(e));
        }
        if (out >= 0.9) {
          for (DefaultWeightedEdge e : g.outgoingEdgesOf(v)) {
            g.setEdgeWeight(e, g.getEdgeWeight(e) * 0.9 / out);
          }
        }
      }
      PathSumSolver<Integer, Double> solver =
          PathSumSolvers.forGraph(g, Semirings.real(), g::getEdgeWeight);
      for (int s = 0; s < n; s++) {
        double[] expected = References.inverseRow(g, n, s);
        PathSums<Integer, Double> from = solver.solveFrom(s);
        for (int t = 0; t < n; t++) {
          assertEquals(expected[t], from.get(t), 1e-9, "seed " + seed + " " + s + "->" + t);
          assertEquals(expected[t], solver.solveTo(t).get(s), 1e-9, "seed " + seed + " to");
        }
      }
    }
  }

  /**
   * A solver keeps what it builds for a cyclic component on its first query; a later query, in
   * either direction and in any order, must give bit for bit the values a fresh solver gives.
   */
  @Test
  void queriesInAnyOrderGiveTheValuesOfAFreshSolver() {
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 2 + rnd.nextInt(12);
      boolean real = seed % 2 == 0;
      // Real weights below 1/(3n) in magnitude: every row of |A| sums below 1, so the series
      // converges.
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(
              rnd,
              n,
              rnd.nextInt(3 * n + 1),
              r -> real ? r.nextDouble(-1, 1) / (3 * n) : r.nextInt(10));
      Semiring<Double> semiring = real ? Semirings.real() : Semirings.tropical();
      PathSumSolver<Integer, Double> shared =
          PathSumSolvers.forGraph(g, semiring, g::getEdgeWeight);
      for (int k = 0; k < 2 * n; k++) {
        int v = rnd.nextInt(n);
        boolean backward = rnd.nextBoolean();
        PathSumSolver<Integer, Double> fresh =
            PathSumSolvers.forGraph(g, semiring, g::getEdgeWeight);
        PathSums<Integer, Double> expected = backward ? fresh.solveTo(v) : fresh.solveFrom(v);
        PathSums<Integer, Double> actual = backward ? shared.solveTo(v) : shared.solveFrom(v);
        for (int u = 0; u < n; u++) {
          assertEquals(expected.get(u), actual.get(u), "seed " + seed + " query " + k + " at " + u);
        }
      }
    }
  }

  @Test
  void logIsTheLogarithmOfRealOnContractiveGraphs() {
    for (long seed = 1; seed <= GRAPHS / 2; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(10);
      // Positive weights below 1/(3n): every row sum of the matrix is below 1/3.
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(
              rnd, n, rnd.nextInt(3 * n + 1), r -> r.nextDouble(0.01, 1.0) / (3.0 * n));
      PathSumSolver<Integer, Double> real =
          PathSumSolvers.forGraph(g, Semirings.real(), g::getEdgeWeight);
      PathSumSolver<Integer, Double> log =
          PathSumSolvers.forGraph(g, Semirings.log(), e -> Math.log(g.getEdgeWeight(e)));
      for (int s = 0; s < n; s++) {
        PathSums<Integer, Double> r = real.solveFrom(s);
        PathSums<Integer, Double> l = log.solveFrom(s);
        for (int t = 0; t < n; t++) {
          assertEquals(
              Math.log(r.get(t)),
              l.get(t),
              1e-9 * Math.max(1, Math.abs(l.get(t))),
              "seed " + seed + " " + s + "->" + t);
        }
      }
    }
  }

  @Test
  void realRefusesASeriesItCannotProveConvergentBothWays() {
    Graph<String, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (String v : List.of("s", "a", "b", "t")) {
      g.addVertex(v);
    }
    g.setEdgeWeight(g.addEdge("s", "a"), 1);
    g.setEdgeWeight(g.addEdge("a", "b"), 2);
    g.setEdgeWeight(g.addEdge("b", "a"), 0.75); // the cycle a → b → a weighs 1.5
    g.setEdgeWeight(g.addEdge("b", "t"), 1);
    PathSumSolver<String, Double> solver = PathSumSolvers.forGraph(g, Semirings.real(), g::getEdgeWeight);
    for (Runnable query :
        List.<Runnable>of(() -> solver.solveFrom("s"), () -> solver.solveTo("t"))) {
      org.pathsum.solver.DivergentSeriesException e =
          assertThrows(org.pathsum.solver.DivergentSeriesException.class, query::run);
      References.assertIsCycle(g, e.cycle(), "real series");
      assertEquals(Set.of("a", "b"), Set.copyOf(e.<String>cycle()));
    }
    assertEquals(0.0, solver.solveBetween("t", "s")); // no path meets the cycle
  }

  @Test
  void genKillAgreesWithTheWholeGraphResidualSolverBothWays() {
    // Non-commutative and idempotent: the per-component strategy against Mohri over the whole
    // graph in FIFO order, forward, backward and on demand.
    for (Semiring<GenKill> semiring :
        List.of(Semirings.genKillUnion(6), Semirings.genKillIntersection(6))) {
      Function<SplittableRandom, GenKill> sample = RandomWeights.genKill(6);
      for (long seed = 1; seed <= GRAPHS / 2; seed++) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 1 + rnd.nextInt(10);
        Graph<Integer, DefaultWeightedEdge> g =
            RandomGraphs.multigraph(rnd, n, rnd.nextInt(3 * n + 1), r -> 0);
        Map<DefaultWeightedEdge, GenKill> w = new HashMap<>();
        for (DefaultWeightedEdge e : g.edgeSet()) {
          w.put(e, sample.apply(rnd));
        }
        assertAgree(
            g,
            PathSumSolvers.forGraph(g, semiring, w::get, NamedAlgorithms.RESIDUAL),
            PathSumSolvers.forGraph(g, semiring, w::get),
            semiring.name() + " seed " + seed);
      }
    }
  }

  @Test
  void symbolicCountsTheAcyclicPartAndRefusesReachableCycles() {
    // No star, ⊕ not idempotent: a reachable cycle has infinitely many paths; otherwise the answer
    // is path enumeration on the part the source reaches, which has no cycle.
    Semiring<SymbolicSum> symbolic = Semirings.symbolic();
    int refused = 0;
    int solved = 0;
    for (long seed = 1; seed <= GRAPHS; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(9);
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(2 * n + 1), r -> 0);
      Function<DefaultWeightedEdge, SymbolicSum> atoms = e -> SymbolicSum.atom(e.toString());
      PathSumSolver<Integer, SymbolicSum> solver = PathSumSolvers.forGraph(g, symbolic, atoms);
      for (int s = 0; s < n; s++) {
        boolean[] reach = References.reachable(g, n, s);
        Set<Integer> part = new HashSet<>();
        for (int v = 0; v < n; v++) {
          if (reach[v]) {
            part.add(v);
          }
        }
        Graph<Integer, DefaultWeightedEdge> sub = new AsSubgraph<>(g, part);
        int source = s;
        PathEnumerationSolver<Integer, DefaultWeightedEdge, SymbolicSum> reference;
        try {
          reference = PathEnumerationSolver.of(sub, symbolic, atoms);
        } catch (IllegalArgumentException cyclic) {
          InfinitePathSumException e =
              assertThrows(
                  InfinitePathSumException.class, () -> solver.solveFrom(source), "seed " + seed);
          List<Integer> cycle = e.cycle();
          References.assertIsCycle(g, cycle, "seed " + seed);
          assertTrue(reach[cycle.get(0)], "seed " + seed + ": the cycle is reachable");
          refused++;
          continue;
        }
        PathSums<Integer, SymbolicSum> expected = reference.solveFrom(s);
        PathSums<Integer, SymbolicSum> actual = solver.solveFrom(s);
        for (int t = 0; t < n; t++) {
          assertEquivalent(
              symbolic,
              part.contains(t) ? expected.get(t) : symbolic.zero(),
              actual.get(t),
              "seed " + seed,
              "symbolic",
              s,
              t);
        }
        solved++;
      }
    }
    assertTrue(refused > 20 && solved > 20, "refused " + refused + ", solved " + solved);
  }

  @Test
  void aCycleClosedByZeroWeightEdgesIsNoCycle() {
    Graph<String, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    g.addVertex("a");
    g.addVertex("b");
    g.setEdgeWeight(g.addEdge("a", "b"), 3);
    g.setEdgeWeight(g.addEdge("b", "a"), 0); // counting's zero: no path uses it
    PathSumSolver<String, Long> solver =
        PathSumSolvers.forGraph(g, Semirings.counting(), e -> (long) g.getEdgeWeight(e));
    assertEquals(Map.of("a", 1L, "b", 3L), solver.solveFrom("a").values());
  }

  @Test
  void textIsBoundedForLargeGraphsAndShowsValues() {
    Graph<Integer, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    int n = 30_000;
    for (int v = 0; v < n; v++) {
      g.addVertex(v);
      if (v > 0) {
        g.addEdge(v - 1, v);
      }
    }
    PathSumSolver<Integer, Double> solver = PathSumSolvers.forGraph(g, Semirings.tropical(), g::getEdgeWeight);
    String sums = solver.solveFrom(0).toString();
    assertTrue(sums.length() < 400, sums);
    assertTrue(sums.contains("0=0.0") && sums.contains("9=9.0"), sums);
    assertTrue(sums.contains("(" + (n - BoundedText.SHOWN) + " more)"), sums);
    assertTrue(solver.toString().length() < 400, solver.toString());
  }

  @Test
  void everyRefusalIsAPathSumExceptionWithTypedEvidence() {
    Graph<String, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (String v : List.of("a", "b", "c")) {
      g.addVertex(v);
    }
    g.setEdgeWeight(g.addEdge("a", "b"), 1);
    g.setEdgeWeight(g.addEdge("b", "c"), -5);
    g.setEdgeWeight(g.addEdge("c", "b"), 2);
    NegativeCycleException negative =
        assertThrows(
            NegativeCycleException.class,
            () -> PathSumSolvers.forGraph(g, Semirings.tropical(), g::getEdgeWeight).solveFrom("a"));
    List<String> cycle = negative.cycle();
    assertEquals(Set.of("b", "c"), Set.copyOf(cycle));
    assertEquals(-3.0, negative.<Double>cycleWeight());
    DivergentPathSumException real =
        assertThrows(
            DivergentPathSumException.class,
            () -> PathSumSolvers.forGraph(g, Semirings.real(), g::getEdgeWeight).solveTo("c"));
    References.assertIsCycle(g, real.cycle(), "real");
    for (RuntimeException e : List.of(negative, real)) {
      assertInstanceOf(PathSumException.class, e);
      assertFalse(e instanceof IllegalArgumentException, e.getClass().getName());
    }
    // The vertex is not in the graph: misuse of the API, not a refusal.
    assertThrows(
        IllegalArgumentException.class,
        () -> PathSumSolvers.forGraph(g, Semirings.tropical(), g::getEdgeWeight).solveFrom("z"));
  }
}
