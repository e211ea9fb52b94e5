package org.pathsum.semiring;

/**
 * An immutable weight ⟨p, r, s, t⟩ of the {@linkplain Semirings#secondOrder() second-order
 * expectation semiring} (Li and Eisner 2009): {@code p} a weight (probability), {@code r} and
 * {@code s} the weight times two additive quantities, {@code t} the weight times their product.
 * An edge of probability {@code p} with quantities {@code a} and {@code b} weighs ⟨p, p·a, p·b,
 * p·a·b⟩; a path sum ⟨Z, R, S, T⟩ then holds {@code Z = Σ p(π)}, {@code R = Σ p(π)·a(π)}, {@code S
 * = Σ p(π)·b(π)} and {@code T = Σ p(π)·a(π)·b(π)}, with {@code a(π)}, {@code b(π)} the sums of the
 * quantities along π.
 *
 * <p>Equality is exact on the four doubles, with {@code −0.0} equal to {@code 0.0} and NaN equal to
 * NaN (so that {@code equals} stays reflexive; NaN is no member of the semiring).
 */
public final class SecondOrder {

  private final double p;
  private final double r;
  private final double s;
  private final double t;

  private SecondOrder(double p, double r, double s, double t) {
    this.p = p;
    this.r = r;
    this.s = s;
    this.t = t;
  }

  /** The weight ⟨p, r, s, t⟩. */
  public static SecondOrder of(double p, double r, double s, double t) {
    return new SecondOrder(p, r, s, t);
  }

  /** The weight (probability) of the paths. */
  public double p() {
    return p;
  }

  /** The weight times the first quantity, summed over the paths. */
  public double r() {
    return r;
  }

  /** The weight times the second quantity, summed over the paths. */
  public double s() {
    return s;
  }

  /** The weight times the product of the two quantities, summed over the paths. */
  public double t() {
    return t;
  }

  boolean isFinite() {
    return Double.isFinite(p) && Double.isFinite(r) && Double.isFinite(s) && Double.isFinite(t);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SecondOrder)) {
      return false;
    }
    SecondOrder w = (SecondOrder) o;
    return Expectation.same(p, w.p)
        && Expectation.same(r, w.r)
        && Expectation.same(s, w.s)
        && Expectation.same(t, w.t);
  }

  @Override
  public int hashCode() {
    return ((Expectation.hash(p) * 31 + Expectation.hash(r)) * 31 + Expectation.hash(s)) * 31
        + Expectation.hash(t);
  }

  /** {@code [p, r, s, t]}. */
  @Override
  public String toString() {
    return "[" + p + ", " + r + ", " + s + ", " + t + "]";
  }
}
