package org.pathsum.semiring;

import com.google.common.collect.Sets;
import java.util.Set;

/**
 * The real sum-product semiring (ℝ, +, ×, 0, 1): the semiring of automatic differentiation, where a
 * path sum over a graph labeled with local partial derivatives is a derivative.
 *
 * <p><b>Laws.</b> On exact reals every law holds; ⊗ is commutative. In {@code double} arithmetic
 * associativity and distributivity hold only up to rounding, so {@link #equivalent} compares with
 * the relative tolerance given at construction: {@code |a − b| ≤ tol · max(1, |a|, |b|)}. Equal
 * infinities are equivalent; NaN is not a member and is equivalent to nothing.
 *
 * <p><b>Infinities.</b> ±∞ are accepted but break the laws: {@code ∞ + (−∞)} and {@code 0 × ∞} are
 * NaN. Annihilation holds only for finite weights.
 *
 * <p><b>Star.</b> {@code a* = 1 / (1 − a)} for {@code |a| < 1} (the geometric series); for {@code
 * |a| ≥ 1} the series diverges and {@link #star} throws {@link ArithmeticException}.
 */
final class RealSemiring implements DoubleSemiring {

  private static final Set<SemiringProperty> PROPERTIES =
      Sets.immutableEnumSet(SemiringProperty.COMMUTATIVE_TIMES, SemiringProperty.STAR);

  private final double tolerance;

  RealSemiring(double tolerance) {
    if (!(tolerance >= 0 && tolerance < 1)) {
      throw new IllegalArgumentException("tolerance must be in [0, 1), got " + tolerance);
    }
    this.tolerance = tolerance;
  }

  @Override
  public Arithmetic arithmetic() {
    return Arithmetic.SUM_PRODUCT;
  }

  @Override
  public double zeroAsDouble() {
    return 0.0;
  }

  @Override
  public double oneAsDouble() {
    return 1.0;
  }

  @Override
  public double plusAsDouble(double a, double b) {
    return a + b;
  }

  @Override
  public double timesAsDouble(double a, double b) {
    return a * b;
  }

  @Override
  public boolean equivalentAsDouble(double a, double b) {
    return FloatingPoint.relativelyClose(a, b, tolerance);
  }

  @Override
  public Double star(Double a) {
    if (!(Math.abs(a) < 1)) {
      throw new ArithmeticException(
          "real star a* = 1/(1 - a) diverges for |a| >= 1, got a = " + a);
    }
    return 1.0 / (1.0 - a);
  }

  @Override
  public Set<SemiringProperty> properties() {
    return PROPERTIES;
  }

  @Override
  public String name() {
    return "real";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RealSemiring && ((RealSemiring) o).tolerance == tolerance;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(tolerance) + 31;
  }

  @Override
  public String toString() {
    return "RealSemiring[tolerance=" + tolerance + "]";
  }
}
