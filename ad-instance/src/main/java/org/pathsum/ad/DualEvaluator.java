package org.pathsum.ad;

import java.util.ArrayList;
import java.util.List;

/**
 * The Jacobian by dual numbers ({@link Jacobian.Mode#DUAL}): the recorded program run on {@link
 * Dual}s through the generic {@link Interpreter}, once per input with that input seeded {@code
 * (x_i, 1)} and the others {@code (x_k, 0)}. It shares no code with the path solves (only the
 * graph's structure), so it checks them independently.
 *
 * <p>Cost: n passes of O(|V| + |E|) dual operations, each allocating a {@code Dual} per node.
 */
final class DualEvaluator {

  private DualEvaluator() {}

  /** The Jacobian's entries at {@code point} (of the right length: the caller checked it). */
  static double[][] jacobian(ComputationGraph g, double[] point) {
    int n = g.inputCount();
    double[][] j = new double[g.outputCount()][n];
    for (int i = 0; i < n; i++) {
      List<Dual> outputs = g.evaluate(Arithmetic.ofDual(), seeded(point, i));
      for (int k = 0; k < j.length; k++) {
        j[k][i] = outputs.get(k).derivative();
      }
    }
    return j;
  }

  /** The point as duals, input {@code i} seeded {@code (x_i, 1)} and the others {@code (x_k, 0)}. */
  static List<Dual> seeded(double[] point, int i) {
    List<Dual> duals = new ArrayList<>(point.length);
    for (int k = 0; k < point.length; k++) {
      duals.add(k == i ? Dual.variable(point[k]) : Dual.constant(point[k]));
    }
    return duals;
  }
}
