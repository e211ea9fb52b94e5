package org.pathsum.examples.structured;

import java.util.function.Consumer;

/** Every labeling of a chain, by counting in base L: the brute-force reference of the tests. */
final class Odometer {

  private Odometer() {}

  static void forEachLabeling(int length, int labels, Consumer<int[]> action) {
    int[] y = new int[length];
    while (true) {
      action.accept(y.clone());
      int t = length - 1;
      while (t >= 0 && y[t] == labels - 1) {
        y[t] = 0;
        t--;
      }
      if (t < 0) {
        return;
      }
      y[t]++;
    }
  }

  /** ln Σ exp(x) over the scores, stable. */
  static double logSumExp(double[] scores, int count) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < count; i++) {
      max = Math.max(max, scores[i]);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += Math.exp(scores[i] - max);
    }
    return max + Math.log(sum);
  }
}
