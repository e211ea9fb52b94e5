package org.pathsum.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.KBest;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.testing.RandomGraphs;

/**
 * The two ways to the k best walk weights agree: the k-tropical (k-max-plus) semiring through the
 * front door — star elimination over lists, certified by the projected semiring — and the k best
 * walks search ({@link PathSumSolvers#kBestFrom}), Dijkstra over walks reweighted by the best
 * weights. Different algorithms over different representations, on seeded multigraphs with cycles,
 * self-loops and parallel edges.
 */
class KBestDoorsAgreeTest {

  @Test
  void kTropicalSemiringAndTheWalkSearchGiveTheSameKBestWeights() {
    for (long seed = 1; seed <= 60; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 2 + rnd.nextInt(6);
      int k = 1 + rnd.nextInt(6);
      boolean max = seed % 2 == 0;
      // tropical: non-negative weights; max-plus: non-positive, so no cycle improves
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(
              rnd, n, rnd.nextInt(3 * n), r -> (max ? -1 : 1) * r.nextInt(5) * 0.5);
      DoubleSemiring single = max ? Semirings.maxPlus() : Semirings.tropical();
      var semiring = max ? Semirings.kMaxPlus(k) : Semirings.kTropical(k);
      int s = rnd.nextInt(n);
      PathSums<Integer, KBest> algebra =
          PathSumSolvers.forGraph(g, semiring, e -> KBest.of(g.getEdgeWeight(e))).solveFrom(s);
      KBestPaths<Integer, DefaultWeightedEdge> search =
          PathSumSolvers.kBestFrom(g, single, g::getEdgeWeight, s, k);
      for (int v = 0; v < n; v++) {
        String where = "seed " + seed + " k " + k + " vertex " + v + (max ? " max-plus" : "");
        double[] expected = algebra.get(v).toArray();
        double[] actual = search.weights(v);
        assertEquals(expected.length, actual.length, where);
        for (int i = 0; i < expected.length; i++) {
          // halves: every sum is exact, so the two orders of addition agree exactly
          assertEquals(expected[i], actual[i], where + " rank " + i);
        }
      }
    }
  }
}
