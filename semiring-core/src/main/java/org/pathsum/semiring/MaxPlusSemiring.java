package org.pathsum.semiring;

import com.google.common.collect.Sets;
import java.util.Set;

/**
 * The max-plus semiring (ℝ ∪ {−∞}, max, +, −∞, 0): longest and critical paths (scheduling).
 *
 * <p><b>Laws.</b> ⊕ = max is associative, commutative, idempotent and selective, with identity −∞;
 * ⊗ = + is associative and commutative, with identity 0; −∞ annihilates ({@code −∞ + a = −∞} for
 * every member); + distributes over max on both sides, exactly. Only the associativity of + is
 * inexact in {@code double}, so {@link #equivalent} uses the relative tolerance {@code |a − b| ≤
 * tol · max(1, |a|, |b|)} of {@link Semirings#DEFAULT_TOLERANCE}.
 *
 * <p><b>Carrier.</b> ℝ ∪ {−∞}. +∞ and NaN are not members ({@code −∞ + +∞} is NaN). ±0.0 are the
 * same weight. Overflow and cancellation behave as in the {@linkplain TropicalSemiring tropical}
 * semiring.
 *
 * <p><b>Not bounded.</b> {@code 1̄ ⊕ a = max(0, a) = 0} only for {@code a ≤ 0}.
 *
 * <p><b>Star.</b> {@code a* = max(0, a, 2a, …)} is {@code 0} for {@code a ≤ 0} (including −∞); for
 * {@code a > 0} it diverges to +∞ (a positive cycle: no longest path) and {@link #star} throws
 * {@link ArithmeticException}.
 */
final class MaxPlusSemiring implements DoubleSemiring {

  static final MaxPlusSemiring INSTANCE = new MaxPlusSemiring();

  private static final Set<SemiringProperty> PROPERTIES =
      Sets.immutableEnumSet(
          SemiringProperty.COMMUTATIVE_TIMES,
          SemiringProperty.IDEMPOTENT_PLUS,
          SemiringProperty.SELECTIVE_PLUS,
          SemiringProperty.STAR);

  private MaxPlusSemiring() {}

  @Override
  public Arithmetic arithmetic() {
    return Arithmetic.MAX_PLUS;
  }

  @Override
  public double zeroAsDouble() {
    return Double.NEGATIVE_INFINITY;
  }

  @Override
  public double oneAsDouble() {
    return 0.0;
  }

  @Override
  public double plusAsDouble(double a, double b) {
    return Math.max(a, b);
  }

  @Override
  public double timesAsDouble(double a, double b) {
    return a + b;
  }

  @Override
  public boolean equivalentAsDouble(double a, double b) {
    return FloatingPoint.relativelyClose(a, b, Semirings.DEFAULT_TOLERANCE);
  }

  @Override
  public boolean isMemberAsDouble(double a) {
    return !Double.isNaN(a) && a != Double.POSITIVE_INFINITY;
  }

  @Override
  public Double star(Double a) {
    if (a > 0) {
      throw new ArithmeticException(
          "max-plus star diverges for a positive weight (a positive cycle), got a = " + a);
    }
    return 0.0;
  }

  @Override
  public Set<SemiringProperty> properties() {
    return PROPERTIES;
  }

  @Override
  public String name() {
    return "max-plus";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MaxPlusSemiring;
  }

  @Override
  public int hashCode() {
    return name().hashCode();
  }

  @Override
  public String toString() {
    return "MaxPlusSemiring[max, +, −∞, 0]";
  }
}
