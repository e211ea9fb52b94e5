package org.pathsum.semiring;

import com.google.common.collect.Sets;
import java.util.Set;

/**
 * The log semiring (ℝ ∪ {−∞}, ⊕ₗₒ₉, +, −∞, 0): the real sum-product semiring on non-negative reals,
 * carried in log space so that long products of probabilities neither underflow nor overflow. A
 * weight {@code w} stands for the real {@code eʷ}.
 *
 * <p><b>Operations.</b> {@code a ⊕ b = ln(eᵃ + eᵇ)}, computed stably as {@code max(a, b) +
 * log1p(exp(−|a − b|))}, with {@code −∞ ⊕ x = x}; {@code a ⊗ b = a + b}; 0̄ = −∞ (the real 0), 1̄ =
 * 0 (the real 1).
 *
 * <p><b>Laws.</b> Every law holds on exact reals (it is (ℝ≥0, +, ×) under the isomorphism ln); ⊗ is
 * commutative. In {@code double} arithmetic ⊕ and ⊗ round, so {@link #equivalent} uses the relative
 * tolerance {@code |a − b| ≤ tol · max(1, |a|, |b|)} of {@link Semirings#DEFAULT_TOLERANCE}. The
 * identities and annihilation hold exactly. ⊕ is not idempotent ({@code a ⊕ a = a + ln 2}).
 *
 * <p><b>Carrier.</b> ℝ ∪ {−∞}. +∞ (the real ∞) and NaN are not members.
 *
 * <p><b>Star.</b> {@code a* = −ln(1 − eᵃ)} for {@code a < 0} (the geometric series of a real in [0,
 * 1)); for {@code a ≥ 0} it diverges and {@link #star} throws {@link ArithmeticException}.
 */
final class LogSemiring implements DoubleSemiring {

  static final LogSemiring INSTANCE = new LogSemiring();

  private static final Set<SemiringProperty> PROPERTIES =
      Sets.immutableEnumSet(SemiringProperty.COMMUTATIVE_TIMES, SemiringProperty.STAR);

  private LogSemiring() {}

  @Override
  public Arithmetic arithmetic() {
    return Arithmetic.LOG_SUM_EXP;
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
    if (a == Double.NEGATIVE_INFINITY) {
      return b;
    }
    if (b == Double.NEGATIVE_INFINITY) {
      return a;
    }
    // Factor out the larger term so that exp never overflows and log1p keeps the small one.
    return Math.max(a, b) + Math.log1p(Math.exp(-Math.abs(a - b)));
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
    if (!(a < 0)) {
      throw new ArithmeticException(
          "log star a* = -ln(1 - e^a) diverges for a >= 0 (a real weight >= 1), got a = " + a);
    }
    return -Math.log1p(-Math.exp(a));
  }

  @Override
  public Set<SemiringProperty> properties() {
    return PROPERTIES;
  }

  @Override
  public String name() {
    return "log";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LogSemiring;
  }

  @Override
  public int hashCode() {
    return name().hashCode();
  }

  @Override
  public String toString() {
    return "LogSemiring[log-sum-exp, +, −∞, 0]";
  }
}
