package org.pathsum.semiring;

import com.google.common.collect.Sets;
import java.util.Set;

/**
 * The second-order expectation semiring (Li and Eisner 2009) on ⟨p, r, s, t⟩: ⊕ componentwise,
 *
 * <pre>
 * ⟨p₁, r₁, s₁, t₁⟩ ⊗ ⟨p₂, r₂, s₂, t₂⟩ = ⟨p₁p₂, p₁r₂ + r₁p₂, p₁s₂ + s₁p₂, p₁t₂ + t₁p₂ + r₁s₂ + s₁r₂⟩
 * </pre>
 *
 * 0̄ = ⟨0, 0, 0, 0⟩, 1̄ = ⟨1, 0, 0, 0⟩.
 *
 * <p><b>Laws.</b> On exact reals every law holds; ⊗ is commutative. {@link #equivalent} compares
 * each component with the relative tolerance of {@link Semirings#real()}.
 *
 * <p><b>Carrier.</b> Quadruples of finite doubles.
 *
 * <p><b>Star.</b> Solving {@code a* = 1̄ ⊕ a ⊗ a*} component by component, with {@code P = 1/(1 −
 * p)}: {@code ⟨p, r, s, t⟩* = ⟨P, r·P², s·P², t·P² + 2·r·s·P³⟩}, for {@code |p| < 1}; otherwise
 * {@link #star} throws {@link ArithmeticException} naming {@code p}. On graphs with cycles, solvers
 * certify the {@code p}-series under the real semiring first ({@link ConvergenceProjection}).
 */
final class SecondOrderSemiring
    implements Semiring<SecondOrder>, ConvergenceProjection<SecondOrder> {

  static final SecondOrderSemiring INSTANCE = new SecondOrderSemiring();

  private static final Set<SemiringProperty> PROPERTIES =
      Sets.immutableEnumSet(SemiringProperty.COMMUTATIVE_TIMES, SemiringProperty.STAR);

  private static final SecondOrder ZERO = SecondOrder.of(0, 0, 0, 0);
  private static final SecondOrder ONE = SecondOrder.of(1, 0, 0, 0);

  private SecondOrderSemiring() {}

  @Override
  public SecondOrder zero() {
    return ZERO;
  }

  @Override
  public SecondOrder one() {
    return ONE;
  }

  @Override
  public SecondOrder plus(SecondOrder a, SecondOrder b) {
    return SecondOrder.of(a.p() + b.p(), a.r() + b.r(), a.s() + b.s(), a.t() + b.t());
  }

  @Override
  public SecondOrder times(SecondOrder a, SecondOrder b) {
    return SecondOrder.of(
        a.p() * b.p(),
        a.p() * b.r() + a.r() * b.p(),
        a.p() * b.s() + a.s() * b.p(),
        a.p() * b.t() + a.t() * b.p() + a.r() * b.s() + a.s() * b.r());
  }

  @Override
  public SecondOrder star(SecondOrder a) {
    double pStar = ExpectationSemiring.realStar(a.p(), "second-order");
    double p2 = pStar * pStar;
    return SecondOrder.of(
        pStar, a.r() * p2, a.s() * p2, a.t() * p2 + 2 * a.r() * a.s() * p2 * pStar);
  }

  @Override
  public boolean equivalent(SecondOrder a, SecondOrder b) {
    double tol = Semirings.DEFAULT_TOLERANCE;
    return FloatingPoint.relativelyClose(a.p(), b.p(), tol)
        && FloatingPoint.relativelyClose(a.r(), b.r(), tol)
        && FloatingPoint.relativelyClose(a.s(), b.s(), tol)
        && FloatingPoint.relativelyClose(a.t(), b.t(), tol);
  }

  @Override
  public boolean isMember(SecondOrder w) {
    return w != null && w.isFinite();
  }

  @Override
  public DoubleSemiring projectedSemiring() {
    return Semirings.real();
  }

  @Override
  public double project(SecondOrder weight) {
    return weight.p();
  }

  @Override
  public Set<SemiringProperty> properties() {
    return PROPERTIES;
  }

  @Override
  public String name() {
    return "second-order";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SecondOrderSemiring;
  }

  @Override
  public int hashCode() {
    return name().hashCode();
  }

  @Override
  public String toString() {
    return "SecondOrderSemiring[<p, r, s, t>]";
  }
}
