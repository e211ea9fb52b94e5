package org.pathsum.solver.internal.compiled;

import org.pathsum.solver.testing.PathEnumerationSolver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.testing.PathEnumerationSolver;
import org.pathsum.solver.internal.NotADagException;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSumSolvers;
import org.pathsum.solver.PathSums;
import org.pathsum.solver.testing.RandomDags;
import org.pathsum.solver.testing.WordSetSemiring;

/**
 * Differential test: the front door's compiled DAG path against the brute-force {@link
 * PathEnumerationSolver}.
 */
class CompiledVsEnumerationTest {

  /** Both solvers on one graph, compared on every anchor in both directions and on every pair. */
  private static <W> void assertAgree(
      Graph<String, Integer> graph, Semiring<W> s, Function<Integer, W> weights, long seed) {
    PathSumSolver<String, W> reference = PathEnumerationSolver.of(graph, s, weights);
    PathSumSolver<String, W> compiled = PathSumSolvers.forGraph(graph, s, weights);
    for (String a : graph.vertexSet()) {
      PathSums<String, W> refFrom = reference.solveFrom(a);
      PathSums<String, W> from = compiled.solveFrom(a);
      PathSums<String, W> refTo = reference.solveTo(a);
      PathSums<String, W> to = compiled.solveTo(a);
      assertEquals(PathSums.Direction.FROM_SOURCE, from.direction());
      assertEquals(a, to.anchor());
      assertEquals(
          new ArrayList<>(graph.vertexSet()), new ArrayList<>(from.values().keySet()), "order");
      for (String v : graph.vertexSet()) {
        String where = s.name() + " seed " + seed + " anchor " + a + " vertex " + v;
        assertTrue(s.equivalent(refFrom.get(v), from.get(v)), where + " from");
        assertTrue(s.equivalent(refTo.get(v), to.get(v)), where + " to");
        assertTrue(
            s.equivalent(reference.solveBetween(a, v), compiled.solveBetween(a, v)),
            where + " between");
        assertEquals(from.get(v), from.values().get(v), where);
      }
    }
  }

  @Test
  void realWeightsAgreeOnSeededRandomDags() {
    for (long seed = 1; seed <= 25; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(25);
      Graph<String, Integer> graph = RandomDags.randomJGraphTDag(rnd, n, rnd.nextInt(3 * n + 1));
      double[] w = new double[graph.edgeSet().size()];
      for (int e = 0; e < w.length; e++) {
        w[e] = rnd.nextDouble(-2, 2);
      }
      assertAgree(graph, Semirings.real(), e -> w[e], seed);
    }
  }

  @Test
  void nonCommutativeWordsAgreeOnSeededRandomDags() {
    for (long seed = 1; seed <= 25; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(9);
      Graph<String, Integer> graph = RandomDags.randomJGraphTDag(rnd, n, rnd.nextInt(2 * n + 1));
      assertAgree(graph, WordSetSemiring.INSTANCE, e -> Set.of("<" + e + ">"), seed);
    }
  }

  @Test
  void bothRefuseCyclesAndUnknownVertices() {
    Graph<String, Integer> graph = RandomDags.randomJGraphTDag(new SplittableRandom(7), 4, 0);
    graph.addEdge("v0", "v1", 0);
    PathSumSolver<String, Double> solver = PathSumSolvers.forGraph(graph, Semirings.real(), graph::getEdgeWeight);
    assertThrows(IllegalArgumentException.class, () -> solver.solveFrom("nope"));
    assertThrows(IllegalArgumentException.class, () -> solver.solveFrom("v0").get("nope"));
    assertEquals(
        Map.of("v0", 1.0, "v1", 1.0, "v2", 0.0, "v3", 0.0), solver.solveFrom("v0").values());
    graph.addEdge("v1", "v0", 1);
    NotADagException ex =
        assertThrows(
            NotADagException.class,
            () -> CompiledDag.compile(graph));
    assertEquals(Set.of("v0", "v1"), Set.copyOf(ex.cycle()));
  }
}
