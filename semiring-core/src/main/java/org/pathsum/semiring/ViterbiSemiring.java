package org.pathsum.semiring;

import com.google.common.collect.Sets;
import java.util.Set;

/**
 * The Viterbi semiring ([0, 1], max, ×, 0, 1): the most probable path, where a path's probability
 * is the product of its edges' probabilities.
 *
 * <p><b>Laws.</b> ⊕ = max is associative, commutative, idempotent and selective with identity 0; ⊗
 * = × is associative and commutative with identity 1; 0 annihilates; × distributes over max on both
 * sides, exactly, because rounding is monotone. Only the associativity of × rounds, and only
 * relatively, so {@link #equivalent} uses the tolerance {@code |a − b| ≤ tol · max(|a|, |b|)} of
 * {@link Semirings#DEFAULT_TOLERANCE}, relative to the values themselves: 1e-10 and 2e-10 are
 * different probabilities. Products of many tiny probabilities underflow to 0, which solvers
 * refuse rather than read as "no path" (work in the {@linkplain LogSemiring log} semiring
 * instead).
 *
 * <p><b>Carrier.</b> [0, 1] (−0.0 ≡ 0.0 is a member). Values outside [0, 1], the infinities and NaN
 * are not members.
 *
 * <p><b>Bounded.</b> {@code 1̄ ⊕ a = max(1, a) = 1} on [0, 1]: cycles never make a path more
 * probable.
 *
 * <p><b>Star.</b> {@code a* = 1} for every member.
 */
final class ViterbiSemiring implements DoubleSemiring {

  static final ViterbiSemiring INSTANCE = new ViterbiSemiring();

  private static final Set<SemiringProperty> PROPERTIES =
      Sets.immutableEnumSet(
          SemiringProperty.COMMUTATIVE_TIMES,
          SemiringProperty.IDEMPOTENT_PLUS,
          SemiringProperty.SELECTIVE_PLUS,
          SemiringProperty.BOUNDED,
          SemiringProperty.STAR);

  private ViterbiSemiring() {}

  @Override
  public Arithmetic arithmetic() {
    return Arithmetic.MAX_TIMES;
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
    return Math.max(a, b);
  }

  @Override
  public double timesAsDouble(double a, double b) {
    return a * b;
  }

  @Override
  public boolean equivalentAsDouble(double a, double b) {
    return FloatingPoint.relativeToValues(a, b, Semirings.DEFAULT_TOLERANCE);
  }

  @Override
  public boolean isMemberAsDouble(double a) {
    return a >= 0.0 && a <= 1.0; // false for NaN
  }

  @Override
  public Double star(Double a) {
    return 1.0;
  }

  @Override
  public Set<SemiringProperty> properties() {
    return PROPERTIES;
  }

  @Override
  public String name() {
    return "viterbi";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ViterbiSemiring;
  }

  @Override
  public int hashCode() {
    return name().hashCode();
  }

  @Override
  public String toString() {
    return "ViterbiSemiring[max, ×, 0, 1]";
  }
}
