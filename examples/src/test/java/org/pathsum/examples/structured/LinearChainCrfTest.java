package org.pathsum.examples.structured;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The CRF's lattice answers against a chain checked by hand and against enumeration. */
class LinearChainCrfTest {

  /**
   * Two positions, two labels. Scores s(y₀y₁) = unary(0,y₀) + unary(1,y₁) + transition(y₀,y₁):
   * s(00) = 1 + 0 + 0.5 = 1.5, s(01) = 1 + 2 + 0 = 3, s(10) = 0 + 0 + 0 = 0, s(11) = 0 + 2 + 1 = 3.
   */
  private static LinearChainCrf handChain() {
    return new LinearChainCrf(
        new double[][] {{1, 0}, {0, 2}},
        new double[][] {{0.5, 0}, {0, 1}},
        new double[] {0, 0},
        new double[] {0, 0});
  }

  @Test
  void handCheckedChain() {
    LinearChainCrf crf = handChain();
    double z = Math.exp(1.5) + Math.exp(3) + 1 + Math.exp(3);
    assertEquals(Math.log(z), crf.logPartition(), 1e-13);
    double[][] marginals = crf.marginals();
    assertEquals((Math.exp(1.5) + Math.exp(3)) / z, marginals[0][0], 1e-13);
    assertEquals((1 + Math.exp(3)) / z, marginals[0][1], 1e-13);
    assertEquals((Math.exp(1.5) + 1) / z, marginals[1][0], 1e-13);
    assertEquals(2 * Math.exp(3) / z, marginals[1][1], 1e-13);
    double[][] pair = crf.pairMarginals(0);
    assertEquals(Math.exp(1.5) / z, pair[0][0], 1e-13);
    assertEquals(1 / z, pair[1][0], 1e-13);
    double expectedScore = (1.5 * Math.exp(1.5) + 3 * Math.exp(3) + 0 + 3 * Math.exp(3)) / z;
    assertEquals(Math.log(z) - expectedScore, crf.entropy(), 1e-13);
    // 01 and 11 tie at 3: both are kept, then 00 at 1.5
    List<Labeling> best = crf.kBest(3);
    assertEquals(3, best.get(0).score());
    assertEquals(3, best.get(1).score());
    Set<String> tied = new HashSet<>();
    tied.add(java.util.Arrays.toString(best.get(0).labels()));
    tied.add(java.util.Arrays.toString(best.get(1).labels()));
    assertEquals(Set.of("[0, 1]", "[1, 1]"), tied);
    assertArrayEquals(new int[] {0, 0}, best.get(2).labels());
    assertEquals(1.5, best.get(2).score());
  }

  @Test
  void randomChainsAgreeWithEnumerationOfEveryLabeling() {
    for (long seed = 1; seed <= 25; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int labels = 1 + random.nextInt(3);
      int length = 1 + random.nextInt(5);
      double[][] unary = scores(random, length, labels);
      double[][] transition = scores(random, labels, labels);
      double[] start = scores(random, 1, labels)[0];
      double[] end = scores(random, 1, labels)[0];
      LinearChainCrf crf = new LinearChainCrf(unary, transition, start, end);
      List<Labeling> all = new ArrayList<>();
      Odometer.forEachLabeling(
          length,
          labels,
          y -> {
            double s = start[y[0]] + end[y[length - 1]];
            for (int t = 0; t < length; t++) {
              s += unary[t][y[t]] + (t + 1 < length ? transition[y[t]][y[t + 1]] : 0);
            }
            all.add(new Labeling(y, s));
          });
      String where = "seed " + seed;
      double[] s = all.stream().mapToDouble(Labeling::score).toArray();
      double logZ = Odometer.logSumExp(s, s.length);
      assertEquals(logZ, crf.logPartition(), 1e-12, where);
      if (logZ == Double.NEGATIVE_INFINITY) {
        assertThrows(IllegalArgumentException.class, crf::marginals, where);
        assertEquals(List.of(), crf.kBest(3), where);
        continue;
      }
      double[][] marginals = crf.marginals();
      double[][] pair = length > 1 ? crf.pairMarginals(0) : null;
      double[][] mass = new double[length][labels];
      double[][] pairMass = new double[labels][labels];
      double entropy = 0;
      for (Labeling y : all) {
        double p = Math.exp(y.score() - logZ);
        if (p == 0) {
          continue;
        }
        entropy -= p * (y.score() - logZ);
        for (int t = 0; t < length; t++) {
          mass[t][y.label(t)] += p;
        }
        if (length > 1) {
          pairMass[y.label(0)][y.label(1)] += p;
        }
        assertEquals(y.score(), crf.score(y.labels()), 1e-12, where);
      }
      for (int t = 0; t < length; t++) {
        for (int y = 0; y < labels; y++) {
          assertEquals(mass[t][y], marginals[t][y], 1e-12, where);
          if (t == 0 && pair != null) {
            for (int z = 0; z < labels; z++) {
              assertEquals(pairMass[y][z], pair[y][z], 1e-12, where);
            }
          }
        }
      }
      assertEquals(entropy, crf.entropy(), 1e-11, where);
      all.removeIf(y -> y.score() == Double.NEGATIVE_INFINITY);
      all.sort(Comparator.comparingDouble(Labeling::score).reversed());
      int k = 1 + random.nextInt(8);
      List<Labeling> best = crf.kBest(k);
      assertEquals(Math.min(k, all.size()), best.size(), where);
      for (int i = 0; i < best.size(); i++) {
        assertEquals(all.get(i).score(), best.get(i).score(), 1e-12, where + " rank " + i);
        assertEquals(
            crf.score(best.get(i).labels()), best.get(i).score(), 1e-12, where + " rescored");
      }
      assertEquals(best.get(0), crf.best(), where);
    }
  }

  @Test
  void badScoresAreRefusedNamingThem() {
    IllegalArgumentException nan =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new LinearChainCrf(
                    new double[][] {{0, Double.NaN}},
                    new double[][] {{0, 0}, {0, 0}},
                    new double[2],
                    new double[2]));
    assertEquals(true, nan.getMessage().contains("unary row 0"), nan.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new LinearChainCrf(
                new double[][] {{0, 0}}, new double[][] {{0, 0}}, new double[2], new double[2]));
    assertThrows(IllegalArgumentException.class, () -> handChain().pairMarginals(1));
  }

  private static double[][] scores(SplittableRandom random, int rows, int columns) {
    double[][] m = new double[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        m[i][j] = random.nextInt(6) == 0 ? Double.NEGATIVE_INFINITY : random.nextDouble(-3, 3);
      }
    }
    return m;
  }
}
