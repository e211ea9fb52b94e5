package org.pathsum.solver;

import org.pathsum.solver.testing.PathEnumerationSolver;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.testing.RandomDags;
import org.pathsum.solver.testing.RandomWeights;
import org.pathsum.solver.testing.TestEdge;

/**
 * Which edge weights the front door reads, and when: each edge's weight exactly once, when the
 * solver is built, and none during queries (the graph is compiled once). Demand queries agree with
 * enumeration on every pair.
 */
class DagDemandTest {

  private static final Semiring<Long> COUNTING = Semirings.counting();

  @Test
  void eachWeightIsReadOnceAtConstructionAndNeverByQueries() {
    for (long seed = 0; seed < 200; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Graph<Integer, TestEdge> g = RandomDags.randomDag(rnd, 9);
      Map<TestEdge, Long> w = RandomDags.randomWeights(g, rnd, RandomWeights.counting());
      Map<TestEdge, Integer> reads = new HashMap<>();
      boolean[] querying = {false};
      long s = seed;
      Function<TestEdge, Long> recording =
          e -> {
            if (querying[0]) {
              throw new AssertionError("seed " + s + ": a query read the weight of " + e);
            }
            reads.merge(e, 1, Integer::sum);
            return w.get(e);
          };
      PathSumSolver<Integer, Long> solver = PathSumSolvers.forGraph(g, COUNTING, recording);
      for (TestEdge e : g.edgeSet()) {
        assertEquals(1, reads.getOrDefault(e, 0), "seed " + seed + ": reads of " + e);
      }
      querying[0] = true;
      PathEnumerationSolver<Integer, TestEdge, Long> reference =
          PathEnumerationSolver.of(g, COUNTING, w::get);
      for (Integer a : g.vertexSet()) {
        solver.solveFrom(a);
        solver.solveTo(a);
        for (Integer b : g.vertexSet()) {
          assertEquals(
              reference.solveBetween(a, b),
              solver.solveBetween(a, b),
              "seed " + seed + ", " + a + " -> " + b);
        }
      }
    }
  }
}
