package org.pathsum.examples.nn;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/** The data sets shipped with the project; all deterministic. */
public final class Datasets {

  /** The names {@link #named} accepts. */
  public static final List<String> NAMES = List.of("xor", "moons");

  private Datasets() {}

  /** XOR on the four corners of the unit square: the classic not-linearly-separable set. */
  public static Dataset xor() {
    return new Dataset(
        "xor", new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[] {0, 1, 1, 0});
  }

  /**
   * Two interleaving half circles ("two moons"): {@code points} points, half on the upper moon
   * {@code (cos t, sin t)} (target 0), half on the lower {@code (1 − cos t, 1/2 − sin t)} (target
   * 1), {@code t} uniform in [0, π], plus Gaussian noise of standard deviation {@code noise}.
   *
   * @param points at least 2
   * @param noise finite and non-negative
   * @param seed the seed of the {@link SplittableRandom}
   * @throws IllegalArgumentException if {@code points < 2} or {@code noise} is negative or not
   *     finite
   */
  public static Dataset twoMoons(int points, double noise, long seed) {
    if (points < 2 || !(noise >= 0) || Double.isInfinite(noise)) {
      throw new IllegalArgumentException(
          "need points >= 2 and finite noise >= 0, got points=" + points + ", noise=" + noise);
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[][] x = new double[points][];
    double[] y = new double[points];
    for (int p = 0; p < points; p++) {
      double t = random.nextDouble(0, Math.PI);
      boolean lower = p % 2 == 1;
      double a = lower ? 1 - Math.cos(t) : Math.cos(t);
      double b = lower ? 0.5 - Math.sin(t) : Math.sin(t);
      x[p] = new double[] {a + noise * random.nextGaussian(), b + noise * random.nextGaussian()};
      y[p] = lower ? 1 : 0;
    }
    return new Dataset("moons", x, y);
  }

  /**
   * A shipped data set by name: {@code "xor"}, or {@code "moons"} (200 points, noise 0.1, seed
   * 1), case-insensitively.
   *
   * @throws IllegalArgumentException for another name, listing {@link #NAMES}
   */
  public static Dataset named(String name) {
    Objects.requireNonNull(name, "name");
    switch (name.toLowerCase(Locale.ROOT)) {
      case "xor":
        return xor();
      case "moons":
        return twoMoons(200, 0.1, 1);
      default:
        throw new IllegalArgumentException(
            "unknown data set '" + name + "'; choose one of " + NAMES);
    }
  }
}
