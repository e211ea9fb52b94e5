package org.pathsum.solver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.testing.RandomDags;
import org.pathsum.solver.testing.TestEdge;

/**
 * The random DAGs are acyclic and varied enough for the differential tests to mean something:
 * parallel edges, unreachable vertices and long paths all occur often.
 */
class RandomDagsTest {

  @Test
  void randomDagsAreAcyclicAndVaried() {
    int graphs = 200;
    int withParallelEdges = 0;
    int withUnreachablePairs = 0;
    int withPathsOfThreeEdges = 0;
    for (long seed = 0; seed < graphs; seed++) {
      Graph<Integer, TestEdge> g = RandomDags.randomDag(new SplittableRandom(seed), 9);
      assertTrue(!new CycleDetector<>(g).detectCycles(), "seed " + seed + ": cyclic " + g);
      boolean parallel =
          g.edgeSet().stream()
              .anyMatch(e -> g.getAllEdges(g.getEdgeSource(e), g.getEdgeTarget(e)).size() > 1);
      withParallelEdges += parallel ? 1 : 0;
      // longest path length in edges, by the max-plus semiring with every edge weighing 1
      PathSumSolver<Integer, Double> longest =
          PathSumSolvers.forGraph(g, Semirings.maxPlus(), e -> 1.0);
      boolean unreachable = false;
      double longestPath = 0;
      for (Integer s : g.vertexSet()) {
        for (double d : longest.solveFrom(s).values().values()) {
          unreachable |= d == Double.NEGATIVE_INFINITY;
          longestPath = Math.max(longestPath, d);
        }
      }
      withUnreachablePairs += unreachable ? 1 : 0;
      withPathsOfThreeEdges += longestPath >= 3 ? 1 : 0;
    }
    assertTrue(withParallelEdges > graphs / 5, "parallel edges in " + withParallelEdges);
    assertTrue(withUnreachablePairs > graphs / 2, "unreachable pairs in " + withUnreachablePairs);
    assertTrue(withPathsOfThreeEdges > graphs / 5, "3-edge paths in " + withPathsOfThreeEdges);
  }
}
