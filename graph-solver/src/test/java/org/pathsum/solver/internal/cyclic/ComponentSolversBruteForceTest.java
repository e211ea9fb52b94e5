package org.pathsum.solver.internal.cyclic;

import org.pathsum.solver.testing.PathEnumerationSolver;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.testing.PathEnumerationSolver;
import org.pathsum.solver.PathSums;

/**
 * The component solvers against the declarative definition on tiny acyclic multigraphs, where
 * {@link PathEnumerationSolver} can list every path (ρ(|A|) = 0, and no cycle can improve).
 */
@ExtendWith(PrintSeedOnFailure.class)
class ComponentSolversBruteForceTest {

  @Test
  void everySemiringMatchesPathEnumerationOnTinyDags() {
    long seed = EdgeListCsr.seed(getClass().getSimpleName());
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 150; trial++) {
      int n = 1 + rnd.nextInt(8);
      int m = rnd.nextInt(3 * n + 1);
      int[] from = new int[m];
      int[] to = new int[m];
      double[] w = new double[m];
      for (int k = 0; k < m; k++) {
        int a = rnd.nextInt(n);
        int b = rnd.nextInt(n);
        if (a == b) {
          b = (a + 1) % n;
        }
        from[k] = Math.min(a, b); // edges go up in index: a DAG (n = 1 has none)
        to[k] = Math.max(a, b);
        w[k] = rnd.nextDouble(-3, 3);
      }
      if (n == 1) {
        m = 0;
        from = new int[0];
        to = new int[0];
        w = new double[0];
      }
      EdgeListCsr g = new EdgeListCsr(n, from, to, w);
      int s = rnd.nextInt(n);
      String where = "seed " + seed + " trial " + trial;
      // real
      check(g, s, Semirings.real(), where, (csr, b, x) -> {
        SeriesComponentSolver.ofEdges(n, csr.offsets, csr.targets, csr.weights, false,
            rnd.nextBoolean() ? 0 : 64, 100).solve(b, x);
      });
      // log (weights are logs: any real)
      check(g, s, Semirings.log(), where, (csr, b, x) -> {
        SeriesComponentSolver.ofEdges(n, csr.offsets, csr.targets, csr.weights, true,
            rnd.nextBoolean() ? 0 : 64, 100).solve(b, x);
      });
      check(g, s, Semirings.tropical(), where, (csr, b, x) -> {
        System.arraycopy(b, 0, x, 0, n);
        SelectiveComponentSolver.tropical(n, csr.offsets, csr.targets, csr.weights, x, new int[n]);
      });
      check(g, s, Semirings.maxPlus(), where, (csr, b, x) -> {
        System.arraycopy(b, 0, x, 0, n);
        SelectiveComponentSolver.maxPlus(n, csr.offsets, csr.targets, csr.weights, x, new int[n]);
      });
    }
  }

  interface Solve {
    void run(EdgeListCsr.Csr out, double[] b, double[] x);
  }

  private static void check(EdgeListCsr g, int s, DoubleSemiring sr, String where, Solve solve) {
    Graph<Integer, DefaultWeightedEdge> j =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < g.n; v++) {
      j.addVertex(v);
    }
    for (int k = 0; k < g.m(); k++) {
      j.setEdgeWeight(j.addEdge(g.from[k], g.to[k]), g.weight[k]);
    }
    PathSums<Integer, Double> ref =
        PathEnumerationSolver.of(j, sr, e -> j.getEdgeWeight(e)).solveFrom(s);
    double[] b = new double[g.n];
    Arrays.fill(b, sr.zeroAsDouble());
    b[s] = sr.oneAsDouble();
    double[] x = new double[g.n];
    try {
      solve.run(g.out(), b, x);
    } catch (RuntimeException e) {
      throw new AssertionError(where + " " + sr.name() + " " + Arrays.toString(g.from) + " "
          + Arrays.toString(g.to) + " " + Arrays.toString(g.weight) + " from " + s, e);
    }
    for (int v = 0; v < g.n; v++) {
      double expected = ref.get(v);
      if (expected == x[v]) {
        continue;
      }
      assertEquals(expected, x[v], 1e-9 * Math.max(1, Math.abs(expected)),
          where + " " + sr.name() + " vertex " + v);
    }
  }
}
