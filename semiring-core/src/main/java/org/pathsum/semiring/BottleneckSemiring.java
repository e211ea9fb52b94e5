package org.pathsum.semiring;

import com.google.common.collect.Sets;
import java.util.Set;

/**
 * The bottleneck (max, min) semiring ([−∞, +∞], max, min, −∞, +∞): widest paths, where a path is as
 * wide as its narrowest edge and the best path is the widest.
 *
 * <p><b>Laws.</b> ([−∞, +∞], max, min) is a bounded distributive lattice, so every semiring law
 * holds <em>exactly</em> (max and min never round): ⊕ = max is associative, commutative, idempotent
 * and selective with identity −∞; ⊗ = min is associative and commutative with identity +∞; −∞
 * annihilates; min distributes over max on both sides. {@link #equivalent} is {@code ==} (so −0.0 ≡
 * 0.0).
 *
 * <p><b>Carrier.</b> Every {@code double} but NaN, both infinities included.
 *
 * <p><b>Bounded.</b> {@code 1̄ ⊕ a = max(+∞, a) = +∞}: cycles never widen a path.
 *
 * <p><b>Star.</b> {@code a* = +∞ = 1̄} for every member.
 */
final class BottleneckSemiring implements DoubleSemiring {

  static final BottleneckSemiring INSTANCE = new BottleneckSemiring();

  private static final Set<SemiringProperty> PROPERTIES =
      Sets.immutableEnumSet(
          SemiringProperty.COMMUTATIVE_TIMES,
          SemiringProperty.IDEMPOTENT_PLUS,
          SemiringProperty.SELECTIVE_PLUS,
          SemiringProperty.BOUNDED,
          SemiringProperty.STAR);

  private BottleneckSemiring() {}

  @Override
  public Arithmetic arithmetic() {
    return Arithmetic.MAX_MIN;
  }

  @Override
  public double zeroAsDouble() {
    return Double.NEGATIVE_INFINITY;
  }

  @Override
  public double oneAsDouble() {
    return Double.POSITIVE_INFINITY;
  }

  @Override
  public double plusAsDouble(double a, double b) {
    return Math.max(a, b);
  }

  @Override
  public double timesAsDouble(double a, double b) {
    return Math.min(a, b);
  }

  @Override
  public boolean equivalentAsDouble(double a, double b) {
    return a == b;
  }

  @Override
  public Double star(Double a) {
    return Double.POSITIVE_INFINITY;
  }

  @Override
  public Set<SemiringProperty> properties() {
    return PROPERTIES;
  }

  @Override
  public String name() {
    return "bottleneck";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BottleneckSemiring;
  }

  @Override
  public int hashCode() {
    return name().hashCode();
  }

  @Override
  public String toString() {
    return "BottleneckSemiring[max, min, −∞, +∞]";
  }
}
