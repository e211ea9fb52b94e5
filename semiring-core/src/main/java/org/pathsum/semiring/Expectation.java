package org.pathsum.semiring;

/**
 * An immutable weight ⟨p, r⟩ of the {@linkplain Semirings#expectation() expectation semiring}:
 * {@code p} a probability (or any real weight) and {@code r} the same weight times an additive
 * quantity, e.g. ⟨p, p·cost⟩ for an edge of probability {@code p} and cost {@code cost}. A path sum
 * ⟨Z, R⟩ then holds the total weight {@code Z} and the unnormalized expectation {@code R}, so the
 * expected cost of a path drawn with probability proportional to its weight is {@code R / Z}.
 *
 * <p>Equality is exact on the two doubles, with {@code −0.0} equal to {@code 0.0} (the same real)
 * and NaN equal to NaN (so that {@code equals} stays reflexive; NaN is no member of the semiring).
 */
public final class Expectation {

  private final double p;
  private final double r;

  private Expectation(double p, double r) {
    this.p = p;
    this.r = r;
  }

  /** The weight ⟨p, r⟩. */
  public static Expectation of(double p, double r) {
    return new Expectation(p, r);
  }

  /** The first component: the weight (probability) of the paths. */
  public double p() {
    return p;
  }

  /** The second component: the weight times the additive quantity, summed over the paths. */
  public double r() {
    return r;
  }

  /** Whether both components are finite: membership in the expectation semiring. */
  boolean isFinite() {
    return Double.isFinite(p) && Double.isFinite(r);
  }

  static boolean same(double a, double b) {
    return a == b || (a != a && b != b);
  }

  static int hash(double a) {
    return Double.hashCode(a == 0 ? 0.0 : a);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Expectation
        && same(p, ((Expectation) o).p)
        && same(r, ((Expectation) o).r);
  }

  @Override
  public int hashCode() {
    return 31 * hash(p) + hash(r);
  }

  /** {@code [p, r]}. */
  @Override
  public String toString() {
    return "[" + p + ", " + r + "]";
  }
}
