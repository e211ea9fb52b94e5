package org.pathsum.ad;

import java.util.Set;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;

/**
 * Dual numbers as a semiring: {@code (a, a′) ⊕ (b, b′) = (a + b, a′ + b′)}, {@code (a, a′) ⊗ (b,
 * b′) = (ab, ab′ + a′b)}, 0̄ = (0, 0), 1̄ = (1, 0). A commutative ring, hence a semiring; on
 * doubles the laws hold up to rounding, so {@link #equivalent} compares both parts with relative
 * tolerance 1e-9. A path sum over dual-number labels carries, beside the derivative, its
 * directional derivative: forward-over-reverse second derivatives.
 */
final class DualSemiring implements Semiring<Dual> {

  static final DualSemiring INSTANCE = new DualSemiring();

  private static final Dual ZERO = Dual.constant(0);
  private static final Dual ONE = Dual.constant(1);

  private DualSemiring() {}

  @Override
  public Dual zero() {
    return ZERO;
  }

  @Override
  public Dual one() {
    return ONE;
  }

  @Override
  public Dual plus(Dual a, Dual b) {
    return a.add(b);
  }

  @Override
  public Dual times(Dual a, Dual b) {
    return a.mul(b);
  }

  @Override
  public Set<SemiringProperty> properties() {
    return Set.of(SemiringProperty.COMMUTATIVE_TIMES);
  }

  @Override
  public String name() {
    return "dual";
  }

  @Override
  public boolean equivalent(Dual a, Dual b) {
    return close(a.value(), b.value()) && close(a.derivative(), b.derivative());
  }

  private static boolean close(double a, double b) {
    return a == b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  @Override
  public boolean isMember(Dual w) {
    return w != null && !Double.isNaN(w.value()) && !Double.isNaN(w.derivative());
  }
}
