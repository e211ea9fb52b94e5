package org.pathsum.semiring;

import com.google.common.collect.Sets;
import java.util.Set;

/**
 * The expectation semiring of Eisner (2002) on pairs ⟨p, r⟩ of {@code double}s: ⊕ componentwise,
 * {@code ⟨p₁, r₁⟩ ⊗ ⟨p₂, r₂⟩ = ⟨p₁p₂, p₁r₂ + r₁p₂⟩}, 0̄ = ⟨0, 0⟩, 1̄ = ⟨1, 0⟩. Weighting each edge
 * ⟨p, p·c⟩ makes the path sum ⟨Σ p(π), Σ p(π)·c(π)⟩ with {@code c(π)} the sum of the costs along
 * π: the first-order derivative of the real path sum, carried along.
 *
 * <p><b>Laws.</b> On exact reals every law holds; ⊗ is commutative. In {@code double} arithmetic
 * associativity and distributivity hold up to rounding, so {@link #equivalent} compares each
 * component with the relative tolerance of {@link Semirings#real()}: {@code |a − b| ≤ tol ·
 * max(1, |a|, |b|)}.
 *
 * <p><b>Carrier.</b> Pairs of finite doubles; an infinite or NaN component is not a member.
 *
 * <p><b>Star.</b> {@code ⟨p, r⟩* = ⟨p*, p*·r·p*⟩} with {@code p* = 1/(1 − p)}, for {@code |p| <
 * 1}; otherwise the series diverges and {@link #star} throws {@link ArithmeticException} naming
 * {@code p}. On graphs with cycles, solvers certify the {@code p}-series under the real semiring
 * first ({@link ConvergenceProjection}).
 */
final class ExpectationSemiring
    implements Semiring<Expectation>, ConvergenceProjection<Expectation> {

  static final ExpectationSemiring INSTANCE = new ExpectationSemiring();

  private static final Set<SemiringProperty> PROPERTIES =
      Sets.immutableEnumSet(SemiringProperty.COMMUTATIVE_TIMES, SemiringProperty.STAR);

  private static final Expectation ZERO = Expectation.of(0, 0);
  private static final Expectation ONE = Expectation.of(1, 0);

  private ExpectationSemiring() {}

  @Override
  public Expectation zero() {
    return ZERO;
  }

  @Override
  public Expectation one() {
    return ONE;
  }

  @Override
  public Expectation plus(Expectation a, Expectation b) {
    return Expectation.of(a.p() + b.p(), a.r() + b.r());
  }

  @Override
  public Expectation times(Expectation a, Expectation b) {
    return Expectation.of(a.p() * b.p(), a.p() * b.r() + a.r() * b.p());
  }

  @Override
  public Expectation star(Expectation a) {
    double pStar = realStar(a.p(), "expectation");
    return Expectation.of(pStar, pStar * a.r() * pStar);
  }

  /** {@code 1/(1 − p)}, refusing {@code |p| ≥ 1} with a message naming {@code p}. */
  static double realStar(double p, String semiring) {
    if (!(Math.abs(p) < 1)) {
      throw new ArithmeticException(
          semiring + " star diverges: p* = 1/(1 - p) needs |p| < 1, got p = " + p);
    }
    return 1.0 / (1.0 - p);
  }

  @Override
  public boolean equivalent(Expectation a, Expectation b) {
    double tol = Semirings.DEFAULT_TOLERANCE;
    return FloatingPoint.relativelyClose(a.p(), b.p(), tol)
        && FloatingPoint.relativelyClose(a.r(), b.r(), tol);
  }

  @Override
  public boolean isMember(Expectation w) {
    return w != null && w.isFinite();
  }

  @Override
  public DoubleSemiring projectedSemiring() {
    return Semirings.real();
  }

  @Override
  public double project(Expectation weight) {
    return weight.p();
  }

  @Override
  public Set<SemiringProperty> properties() {
    return PROPERTIES;
  }

  @Override
  public String name() {
    return "expectation";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExpectationSemiring;
  }

  @Override
  public int hashCode() {
    return name().hashCode();
  }

  @Override
  public String toString() {
    return "ExpectationSemiring[<p, r>, +, <p1 p2, p1 r2 + r1 p2>, <0, 0>, <1, 0>]";
  }
}
