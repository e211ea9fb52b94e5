package org.pathsum.examples.structured;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pathsum.solver.testing.References;

/**
 * The chain with cycles against the textbook linear algebra of absorbing chains: the fundamental
 * matrix N = (I − Q)⁻¹ for visits, and the first-step equations (I − Q)m = b, (I − Q)s = b₂ for
 * the first two moments of the cost, solved with N from a dense elimination (the graph-solver
 * tests' reference).
 */
class AbsorbingChainTest {

  @Test
  void gamblersRuinVisitsAreTheFundamentalMatrixRow() {
    // a fair walk on 1..3 absorbed at 0 and 4: N = (I − Q)⁻¹ has row 1 = (1.5, 1, 0.5)
    double[][] q = {{0, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0}};
    AbsorbingChain chain = new AbsorbingChain(q, new double[3][3], new double[3]);
    double[] visits = chain.expectedVisits(0);
    assertEquals(1.5, visits[0], 1e-10);
    assertEquals(1.0, visits[1], 1e-10);
    assertEquals(0.5, visits[2], 1e-10);
  }

  @Test
  void randomChainsAgreeWithTheFirstStepEquations() {
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int n = 1 + random.nextInt(5);
      double[][] q = new double[n][n];
      double[][] c = new double[n][n];
      double[] a = new double[n];
      for (int i = 0; i < n; i++) {
        double stay = random.nextDouble(0.2, 0.9);
        double[] row = new double[n];
        double sum = 0;
        for (int j = 0; j < n; j++) {
          row[j] = random.nextInt(3) == 0 ? 0 : random.nextDouble();
          sum += row[j];
        }
        for (int j = 0; j < n; j++) {
          q[i][j] = sum == 0 ? 0 : stay * row[j] / sum;
          c[i][j] = random.nextDouble(-2, 5);
        }
        a[i] = random.nextDouble(0, 3);
      }
      AbsorbingChain chain = new AbsorbingChain(q, c, a);
      double[][] fundamental = References.inverseOfIMinus(q);
      double[] b = new double[n];
      double[] b2 = new double[n];
      for (int i = 0; i < n; i++) {
        double absorb = 1;
        for (int j = 0; j < n; j++) {
          absorb -= q[i][j];
          b[i] += q[i][j] * c[i][j];
        }
        b[i] += absorb * a[i];
      }
      double[] mean = times(fundamental, b);
      for (int i = 0; i < n; i++) {
        double absorb = 1;
        for (int j = 0; j < n; j++) {
          absorb -= q[i][j];
          b2[i] += q[i][j] * (c[i][j] * c[i][j] + 2 * c[i][j] * mean[j]);
        }
        b2[i] += absorb * a[i] * a[i];
      }
      double[] second = times(fundamental, b2);
      for (int start = 0; start < n; start++) {
        String where = "seed " + seed + " start " + start;
        double[] row = fundamental[start];
        double[] visits = chain.expectedVisits(start);
        for (int j = 0; j < n; j++) {
          assertEquals(row[j], visits[j], 1e-9 * Math.max(1, row[j]), where + " visits " + j);
        }
        double[] cost = chain.cost(start);
        double variance = second[start] - mean[start] * mean[start];
        assertEquals(mean[start], cost[0], 1e-9 * Math.max(1, Math.abs(mean[start])), where);
        assertEquals(variance, cost[1], 1e-8 * Math.max(1, Math.abs(variance)), where);
      }
    }
  }

  @Test
  void aChainThatNeverAbsorbsIsRefused() {
    // state 0 absorbs; states 1 and 2 swap forever
    double[][] q = {{0.5, 0, 0}, {0, 0, 1}, {0, 1, 0}};
    AbsorbingChain chain = new AbsorbingChain(q, new double[3][3], new double[3]);
    assertThrows(IllegalArgumentException.class, () -> chain.expectedVisits(1));
    assertEquals(2.0, chain.expectedVisits(0)[0], 1e-10);
    assertThrows(
        IllegalArgumentException.class,
        () -> new AbsorbingChain(new double[][] {{1.5}}, new double[1][1], new double[1]));
  }

  @Test
  void runsThatEnterAClosedClassAreNotCounted() {
    // from 0, half the runs are absorbed at once and half enter the closed class {1, 2} and
    // never end: conditioned on absorption, a run visits 0 once and never 1 or 2
    double[][] q = {{0, 0.5, 0}, {0, 0, 1}, {0, 1, 0}};
    double[][] c = {{0, 7, 0}, {0, 0, 7}, {0, 7, 0}};
    AbsorbingChain chain = new AbsorbingChain(q, c, new double[] {3, 0, 0});
    double[] visits = chain.expectedVisits(0);
    assertEquals(1.0, visits[0], 1e-12);
    assertEquals(0.0, visits[1]);
    assertEquals(0.0, visits[2]);
    double[] cost = chain.cost(0);
    assertEquals(3.0, cost[0], 1e-12);
    assertEquals(0.0, cost[1], 1e-12);
  }

  private static double[] times(double[][] m, double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        y[i] += m[i][j] * x[j];
      }
    }
    return y;
  }
}
