package org.pathsum.semiring;

import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable list of at most k path weights, best first: the weights of the {@linkplain
 * Semirings#kTropical(int) k-tropical} (ascending) and {@linkplain Semirings#kMaxPlus(int)
 * k-max-plus} (descending) semirings. Equal weights are kept as separate entries: they are the
 * weights of different paths. The empty list is 0̄ (no path), {@code [0.0]} is 1̄ (the empty path).
 *
 * <p>Equality is exact, entry by entry, with {@code −0.0} equal to {@code 0.0} (the same real) and
 * NaN equal to NaN (so that {@code equals} stays reflexive; NaN is no member of either semiring).
 */
public final class KBest {

  private static final KBest EMPTY = new KBest(new double[0]);

  private final double[] weights;

  private KBest(double[] weights) {
    this.weights = weights;
  }

  /**
   * The list of the given weights, in the order given, which should be best first for the semiring
   * it is used in (ascending for k-tropical, descending for k-max-plus; the semiring's {@link
   * Semiring#isMember} checks). {@code of(w)} is the weight of an edge of weight {@code w}.
   *
   * @throws NullPointerException if {@code weights} is null
   */
  public static KBest of(double... weights) {
    Objects.requireNonNull(weights, "weights");
    return weights.length == 0 ? EMPTY : new KBest(weights.clone());
  }

  /** Wraps an array that is not shared. */
  static KBest wrap(double[] weights) {
    return weights.length == 0 ? EMPTY : new KBest(weights);
  }

  /** The number of weights, at most k. */
  public int size() {
    return weights.length;
  }

  /**
   * The {@code i}-th best weight, from 0.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 ≤ i < size()}
   */
  public double get(int i) {
    return weights[Objects.checkIndex(i, weights.length)];
  }

  /** The weights, best first: a fresh copy. */
  public double[] toArray() {
    return weights.clone();
  }

  /** The array itself, for the semiring's operations, which do not modify it. */
  double[] raw() {
    return weights;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof KBest)) {
      return false;
    }
    double[] other = ((KBest) o).weights;
    if (other.length != weights.length) {
      return false;
    }
    for (int i = 0; i < weights.length; i++) {
      if (!Expectation.same(weights[i], other[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (double w : weights) {
      h = 31 * h + Expectation.hash(w);
    }
    return h;
  }

  /** {@code [w1, w2, …]}, best first; {@code []} for 0̄. */
  @Override
  public String toString() {
    return Arrays.toString(weights);
  }
}
