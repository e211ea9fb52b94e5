package org.pathsum.examples.structured;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The HMM's lattice answers against a textbook example done by hand and against enumeration. */
class HiddenMarkovModelTest {

  private static final int HOT = 0;
  private static final int COLD = 1;

  /**
   * Eisner's ice-cream model: states HOT and COLD, symbols "ate 1, 2 or 3 ice creams" (0, 1, 2).
   */
  private static HiddenMarkovModel iceCream() {
    return new HiddenMarkovModel(
        new double[] {0.8, 0.2},
        new double[][] {{0.6, 0.4}, {0.5, 0.5}},
        new double[][] {{0.2, 0.4, 0.4}, {0.5, 0.4, 0.1}});
  }

  @Test
  void iceCreamLikelihoodIsTheForwardSumDoneByHand() {
    // observations 3, 1, 3 ice creams. Forward probabilities by hand:
    // α₁ = (0.8·0.4, 0.2·0.1) = (0.32, 0.02)
    // α₂(H) = (0.32·0.6 + 0.02·0.5)·0.2 = 0.0404   α₂(C) = (0.32·0.4 + 0.02·0.5)·0.5 = 0.069
    // α₃(H) = (0.0404·0.6 + 0.069·0.5)·0.4 = 0.023496   α₃(C) = (0.0404·0.4 + 0.069·0.5)·0.1 = 0.005066
    // P(3 1 3) = 0.023496 + 0.005066 = 0.028562
    assertEquals(Math.log(0.028562), iceCream().logLikelihood(2, 0, 2), 1e-12);
  }

  @Test
  void iceCreamViterbiAndRunnersUpAreTheHandRankedSequences() {
    // P(states, 3 1 3) by hand: HCH 0.32·(0.4·0.5)·(0.5·0.4) = 0.0128; HHH 0.32·0.12·0.24 =
    // 0.009216; HCC 0.32·0.2·(0.5·0.1) = 0.0032.
    List<Labeling> best = iceCream().kBest(3, 2, 0, 2);
    assertArrayEquals(new int[] {HOT, COLD, HOT}, best.get(0).labels());
    assertEquals(Math.log(0.0128), best.get(0).score(), 1e-12);
    assertArrayEquals(new int[] {HOT, HOT, HOT}, best.get(1).labels());
    assertEquals(Math.log(0.009216), best.get(1).score(), 1e-12);
    assertArrayEquals(new int[] {HOT, COLD, COLD}, best.get(2).labels());
    assertEquals(Math.log(0.0032), best.get(2).score(), 1e-12);
    assertEquals(best.get(0), iceCream().viterbi(2, 0, 2));
  }

  @Test
  void iceCreamPosteriorOfTheMiddleDayIsBackwardTimesForward() {
    // P(day 2 COLD | 3 1 3): the sequences through C on day 2, HCH + HCC + CCH + CCC, by hand
    // 0.0128 + 0.0032 + 0.001 + 0.00025 = 0.01725, over 0.028562.
    double[][] posterior = iceCream().posteriors(2, 0, 2);
    assertEquals(0.01725 / 0.028562, posterior[1][COLD], 1e-12);
    assertEquals(1 - 0.01725 / 0.028562, posterior[1][HOT], 1e-12);
  }

  @Test
  void randomModelsAgreeWithEnumerationOfEveryStateSequence() {
    for (long seed = 1; seed <= 25; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      int states = 1 + random.nextInt(3);
      int symbols = 1 + random.nextInt(3);
      int length = 1 + random.nextInt(5);
      double[] pi = distribution(random, states);
      double[][] a = new double[states][];
      double[][] b = new double[states][];
      for (int s = 0; s < states; s++) {
        a[s] = distribution(random, states);
        b[s] = distribution(random, symbols);
      }
      int[] obs = new int[length];
      for (int t = 0; t < length; t++) {
        obs[t] = random.nextInt(symbols);
      }
      HiddenMarkovModel hmm = new HiddenMarkovModel(pi, a, b);
      List<Labeling> all = new ArrayList<>();
      double[][] mass = new double[length][states];
      double[] total = {0};
      Odometer.forEachLabeling(
          length,
          states,
          y -> {
            double p = pi[y[0]] * b[y[0]][obs[0]];
            for (int t = 1; t < length; t++) {
              p *= a[y[t - 1]][y[t]] * b[y[t]][obs[t]];
            }
            total[0] += p;
            for (int t = 0; t < length; t++) {
              mass[t][y[t]] += p;
            }
            if (p > 0) {
              all.add(new Labeling(y, Math.log(p)));
            }
          });
      String where = "seed " + seed;
      if (total[0] == 0) {
        assertEquals(Double.NEGATIVE_INFINITY, hmm.logLikelihood(obs), where);
        continue;
      }
      assertEquals(Math.log(total[0]), hmm.logLikelihood(obs), 1e-12, where);
      double[][] posterior = hmm.posteriors(obs);
      for (int t = 0; t < length; t++) {
        for (int s = 0; s < states; s++) {
          assertEquals(mass[t][s] / total[0], posterior[t][s], 1e-12, where + " t=" + t);
        }
      }
      all.sort(Comparator.comparingDouble(Labeling::score).reversed());
      int k = 1 + random.nextInt(6);
      List<Labeling> best = hmm.kBest(k, obs);
      assertEquals(Math.min(k, all.size()), best.size(), where);
      for (int i = 0; i < best.size(); i++) {
        assertEquals(all.get(i).score(), best.get(i).score(), 1e-12, where + " rank " + i);
        double p = pi[best.get(i).label(0)] * b[best.get(i).label(0)][obs[0]];
        for (int t = 1; t < length; t++) {
          p *= a[best.get(i).label(t - 1)][best.get(i).label(t)] * b[best.get(i).label(t)][obs[t]];
        }
        assertEquals(Math.log(p), best.get(i).score(), 1e-12, where + " rank " + i + " rescored");
      }
    }
  }

  @Test
  void badModelsAndObservationsAreRefusedNamingTheProblem() {
    IllegalArgumentException row =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new HiddenMarkovModel(
                    new double[] {1}, new double[][] {{0.5}}, new double[][] {{1}}));
    assertEquals(true, row.getMessage().contains("transition row 0"), row.getMessage());
    IllegalArgumentException symbol =
        assertThrows(IllegalArgumentException.class, () -> iceCream().logLikelihood(0, 3));
    assertEquals(true, symbol.getMessage().contains("observation 1"), symbol.getMessage());
    assertThrows(IllegalArgumentException.class, () -> iceCream().logLikelihood());
    assertThrows(IllegalArgumentException.class, () -> iceCream().kBest(0, 1));
  }

  private static double[] distribution(SplittableRandom random, int size) {
    double[] d = new double[size];
    double sum = 0;
    for (int i = 0; i < size; i++) {
      // some exact zeros, so that forbidden transitions and emissions are exercised
      d[i] = random.nextInt(4) == 0 ? 0 : random.nextDouble();
      sum += d[i];
    }
    if (sum == 0) {
      d[random.nextInt(size)] = 1;
      return d;
    }
    for (int i = 0; i < size; i++) {
      d[i] /= sum;
    }
    return d;
  }
}
