package org.pathsum.examples.nn;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable labeled data set for binary classification: points with {@code dimension()}
 * features each and a target of 0 or 1.
 */
public final class Dataset {

  private final String name;
  private final double[][] features;
  private final double[] targets;

  /**
   * A data set; the arrays are copied.
   *
   * @param name a short name, e.g. {@code "xor"}
   * @param features one row per point, all of the same positive length, finite values
   * @param targets one per point, each 0 or 1
   * @throws IllegalArgumentException if the set is empty, rows differ in length, a value is not
   *     finite or a target is not 0 or 1 (naming the point)
   */
  public Dataset(String name, double[][] features, double[] targets) {
    this.name = Objects.requireNonNull(name, "name");
    if (features.length == 0 || features.length != targets.length) {
      throw new IllegalArgumentException(
          "need one target per point and at least one point, got "
              + features.length + " points and " + targets.length + " targets");
    }
    int d = features[0].length;
    this.features = new double[features.length][];
    for (int p = 0; p < features.length; p++) {
      if (features[p].length != d || d == 0) {
        throw new IllegalArgumentException(
            "point " + p + " has " + features[p].length + " features, expected " + d + " > 0");
      }
      for (double x : features[p]) {
        if (!Double.isFinite(x)) {
          throw new IllegalArgumentException("point " + p + " has the non-finite feature " + x);
        }
      }
      if (targets[p] != 0 && targets[p] != 1) {
        throw new IllegalArgumentException(
            "point " + p + " has target " + targets[p] + "; targets must be 0 or 1");
      }
      this.features[p] = features[p].clone();
    }
    this.targets = targets.clone();
  }

  /** The data set's name. */
  public String name() {
    return name;
  }

  /** The number of points. */
  public int size() {
    return targets.length;
  }

  /** The number of features per point. */
  public int dimension() {
    return features[0].length;
  }

  /** A copy of point {@code p}'s features. */
  public double[] features(int p) {
    return features[p].clone();
  }

  /** Feature {@code i} of point {@code p}. */
  public double feature(int p, int i) {
    return features[p][i];
  }

  /** Point {@code p}'s target, 0 or 1. */
  public double target(int p) {
    return targets[p];
  }

  @Override
  public String toString() {
    return "Dataset[" + name + ", " + size() + " points, " + dimension() + " features, targets "
        + Arrays.stream(targets).sum() + " ones]";
  }
}
