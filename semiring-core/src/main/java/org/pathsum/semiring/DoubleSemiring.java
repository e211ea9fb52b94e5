package org.pathsum.semiring;

/**
 * A semiring over {@code double} with primitive twins of its operations, for solvers that keep
 * weights in {@code double[]} arrays instead of boxing them.
 *
 * <p>The boxed methods of {@link Semiring} are derived from the primitive ones, so the two can
 * never disagree. Fast paths call the {@code …AsDouble} methods; a differential test compares them
 * with the generic solvers.
 */
public interface DoubleSemiring extends Semiring<Double> {

  /** The primitive value of {@link #zero()}. */
  double zeroAsDouble();

  /** The primitive value of {@link #one()}. */
  double oneAsDouble();

  /** The primitive twin of {@link #plus(Object, Object)}. */
  double plusAsDouble(double a, double b);

  /** The primitive twin of {@link #times(Object, Object)}; {@code a} first in path order. */
  double timesAsDouble(double a, double b);

  /** The primitive twin of {@link #equivalent(Object, Object)}. */
  boolean equivalentAsDouble(double a, double b);

  /** The primitive twin of {@link #isZero(Object)}: {@code ==}, so {@code -0.0} is zero where 0.0 is. */
  default boolean isZeroAsDouble(double a) {
    return a == zeroAsDouble();
  }

  @Override
  default boolean isZero(Double w) {
    return isZeroAsDouble(w);
  }

  /** The primitive twin of {@link #isMember(Object)}. */
  default boolean isMemberAsDouble(double a) {
    return !Double.isNaN(a);
  }

  @Override
  default Double zero() {
    return zeroAsDouble();
  }

  @Override
  default Double one() {
    return oneAsDouble();
  }

  @Override
  default Double plus(Double a, Double b) {
    return plusAsDouble(a, b);
  }

  @Override
  default Double times(Double a, Double b) {
    return timesAsDouble(a, b);
  }

  @Override
  default boolean equivalent(Double a, Double b) {
    return equivalentAsDouble(a, b);
  }

  @Override
  default boolean isMember(Double w) {
    return w != null && isMemberAsDouble(w);
  }
}
