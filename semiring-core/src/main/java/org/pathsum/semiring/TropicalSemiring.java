package org.pathsum.semiring;

import com.google.common.collect.Sets;
import java.util.Set;

/**
 * The tropical (min, +) semiring (ℝ ∪ {+∞}, min, +, +∞, 0): shortest paths.
 *
 * <p><b>Laws.</b> ⊕ = min is associative, commutative, idempotent and selective, with identity +∞;
 * ⊗ = + is associative and commutative, with identity 0; +∞ annihilates ({@code +∞ + a = +∞} for
 * every member); + distributes over min on both sides, exactly, because rounding is monotone. Only
 * the associativity of + is inexact in {@code double}, so {@link #equivalent} uses the relative
 * tolerance {@code |a − b| ≤ tol · max(1, |a|, |b|)} of {@link Semirings#DEFAULT_TOLERANCE}.
 *
 * <p><b>Carrier.</b> ℝ ∪ {+∞}. −∞ and NaN are not members ({@code +∞ + −∞} is NaN). ±0.0 are the
 * same weight. Sums beyond ±{@link Double#MAX_VALUE} overflow to ±∞, and adding weights of very
 * different magnitude and opposite sign cancels beyond the tolerance: there the laws hold only
 * approximately.
 *
 * <p><b>Not bounded.</b> {@code 1̄ ⊕ a = min(0, a) = 0} only for {@code a ≥ 0}: with negative
 * weights a cycle can improve a path, so {@link SemiringProperty#BOUNDED} is not declared.
 *
 * <p><b>Star.</b> {@code a* = min(0, a, 2a, …)} is {@code 0} for {@code a ≥ 0} (including +∞); for
 * {@code a < 0} it diverges to −∞ (a negative cycle) and {@link #star} throws {@link
 * ArithmeticException}.
 */
final class TropicalSemiring implements DoubleSemiring {

  static final TropicalSemiring INSTANCE = new TropicalSemiring();

  private static final Set<SemiringProperty> PROPERTIES =
      Sets.immutableEnumSet(
          SemiringProperty.COMMUTATIVE_TIMES,
          SemiringProperty.IDEMPOTENT_PLUS,
          SemiringProperty.SELECTIVE_PLUS,
          SemiringProperty.STAR);

  private TropicalSemiring() {}

  @Override
  public Arithmetic arithmetic() {
    return Arithmetic.MIN_PLUS;
  }

  @Override
  public double zeroAsDouble() {
    return Double.POSITIVE_INFINITY;
  }

  @Override
  public double oneAsDouble() {
    return 0.0;
  }

  @Override
  public double plusAsDouble(double a, double b) {
    return Math.min(a, b);
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
    return !Double.isNaN(a) && a != Double.NEGATIVE_INFINITY;
  }

  @Override
  public Double star(Double a) {
    if (a < 0) {
      throw new ArithmeticException(
          "tropical star diverges for a negative weight (a negative cycle), got a = " + a);
    }
    return 0.0;
  }

  @Override
  public Set<SemiringProperty> properties() {
    return PROPERTIES;
  }

  @Override
  public String name() {
    return "tropical";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TropicalSemiring;
  }

  @Override
  public int hashCode() {
    return name().hashCode();
  }

  @Override
  public String toString() {
    return "TropicalSemiring[min, +, +∞, 0]";
  }
}
