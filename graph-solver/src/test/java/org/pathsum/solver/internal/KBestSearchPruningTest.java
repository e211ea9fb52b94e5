package org.pathsum.solver.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.KBestPaths;

/**
 * The walk search's pruning (candidates beaten by enough pending ones at their vertex are never
 * pushed; the search stops once every joined vertex is full) changes nothing: on seeded random
 * multigraphs with cycles, self-loops, parallel edges and many tied weights, the pruned and the
 * plain search give the same weights and the same walks in the same order, ties included. The
 * correctness of the walks themselves is held to enumeration by {@code KBestPathsTest}.
 */
class KBestSearchPruningTest {

  private static final long SEED = 20261207L;

  @Test
  void thePrunedSearchPopsTheSameWalksInTheSameOrder() {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int round = 0; round < 400; round++) {
      boolean max = r.nextBoolean();
      double sign = max ? -1 : 1;
      int n = 2 + r.nextInt(25);
      int m = r.nextInt(4 * n + 1);
      // w(u, v) = b + p(u) − p(v) with b ≥ 0: no cycle improves, edges may be negative, and small
      // integer b gives many ties.
      int[] p = r.ints(n, -5, 6).toArray();
      boolean integers = r.nextBoolean();
      List<Integer> vertices = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        vertices.add(v);
      }
      int[] from = new int[m + 1];
      int[] to = new int[m + 1];
      double[] w = new double[m + 1];
      for (int e = 0; e < m; e++) {
        from[e] = r.nextInt(n);
        to[e] = r.nextInt(n);
        double b = integers ? r.nextInt(3) : r.nextDouble(0, 3);
        w[e] = sign * (b + p[from[e]] - p[to[e]]);
      }
      // a self-loop, so the graph has a cycle and takes the walk search
      int loop = r.nextInt(n);
      from[m] = loop;
      to[m] = loop;
      w[m] = sign * r.nextInt(2);
      DoubleSemiring semiring = max ? Semirings.maxPlus() : Semirings.tropical();
      int k = 1 + r.nextInt(12);
      boolean backward = r.nextBoolean();
      Integer anchor = r.nextInt(n);
      String where = "seed " + SEED + " round " + round;
      KBestPaths<Integer, Integer> pruned =
          search(vertices, from, to, semiring, w, anchor, k, backward, true);
      KBestPaths<Integer, Integer> plain =
          search(vertices, from, to, semiring, w, anchor, k, backward, false);
      for (int v = 0; v < n; v++) {
        assertArrayEquals(plain.weights(v), pruned.weights(v), where + " vertex " + v);
        assertEquals(plain.walks(v), pruned.walks(v), where + " vertex " + v);
      }
    }
  }

  private static KBestPaths<Integer, Integer> search(
      List<Integer> vertices,
      int[] from,
      int[] to,
      DoubleSemiring semiring,
      double[] w,
      Integer anchor,
      int k,
      boolean backward,
      boolean prune) {
    SolverGraph<Integer, Integer, Double> sg = SolverGraph.compile(vertices, from, to, w, semiring);
    int a = sg.index.indexOf(anchor, "anchor");
    return KBestSearch.walkSearch(sg, null, anchor, a, k, backward, prune);
  }
}
