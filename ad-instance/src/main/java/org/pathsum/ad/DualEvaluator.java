package org.pathsum.ad;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The third way to differentiate: run the recorded program on {@link Dual} numbers, one pass per
 * input with that input seeded {@code (x_i, 1)} and the others {@code (x_k, 0)}. No path solve is
 * involved, so it is an independent check of {@link AutoDiff}.
 *
 * <p>Cost: n passes of O(|V| + |E|) dual operations, each allocating a {@code Dual} per node.
 */
public final class DualEvaluator {

  private DualEvaluator() {}

  /**
   * The Jacobian of {@code g} at {@code point} by n dual-number passes. Values and labels are not
   * checked for NaN/∞ here: they propagate as IEEE-754 says.
   *
   * @param point the input values, in {@link ComputationGraph#inputNames()} order
   * @throws IllegalArgumentException if {@code point} has the wrong length
   */
  public static Jacobian jacobian(ComputationGraph g, double... point) {
    Objects.requireNonNull(g, "g");
    Objects.requireNonNull(point, "point");
    int n = g.inputNames().size();
    if (point.length != n) {
      throw new IllegalArgumentException(
          "the point has " + point.length + " coordinates but the graph has " + n + " inputs");
    }
    double[][] j = new double[g.outputNames().size()][n];
    for (int i = 0; i < n; i++) {
      List<Dual> outputs = g.evaluate(Arithmetic.ofDual(), seeded(point, i));
      for (int k = 0; k < j.length; k++) {
        j[k][i] = outputs.get(k).derivative();
      }
    }
    return Jacobian.wrap(g, j);
  }

  /**
   * The inputs as duals with input {@code i} seeded: {@code (x_i, 1)}, the others {@code (x_k,
   * 0)}.
   */
  public static List<Dual> seeded(double[] point, int i) {
    List<Dual> duals = new ArrayList<>(point.length);
    for (int k = 0; k < point.length; k++) {
      duals.add(k == i ? Dual.variable(point[k]) : Dual.constant(point[k]));
    }
    return duals;
  }
}
