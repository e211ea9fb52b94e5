package org.pathsum.solver.internal.compiled;

import java.util.Objects;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.DoubleSemiring.Arithmetic;
import org.pathsum.semiring.Semiring;

/**
 * What the solvers check so that no value leaves the carrier unnoticed: a weight or path sum that
 * is not a member (NaN; −∞ in tropical), an infinity that is neither 0̄ nor 1̄ (a real sum past
 * {@link Double#MAX_VALUE}), and — for an {@linkplain DoubleSemiring#arithmetic() arithmetic}
 * without zero divisors — a product of two non-0̄ values that comes out 0̄: {@code 1e308 + 1e308}
 * in tropical, {@code 1e-200 × 1e-200} in real or Viterbi. The last would otherwise read as "no
 * path".
 *
 * <p><b>One check per vertex.</b> The primitive sweeps cannot afford a test per edge. A product
 * {@code x ⊗ w} of the declared arithmetics can vanish or overflow only when {@code x} itself is
 * near the end of the range, given the largest and smallest edge weights: {@code |x| < lo} where
 * ⊗ multiplies ({@code lo = MIN_NORMAL / min |w|}), {@code |x| > hi} where ⊗ adds ({@code hi =
 * MAX_VALUE − max |w|}). So a sweep tests each vertex's value against that band ({@link #safe}),
 * and only if some value falls outside it runs the checked kernel, which tests every product and
 * names the first vertex whose sum left the carrier; a value outside the band that did no harm
 * costs that second sweep and nothing else. Immutable.
 */
public final class CarrierGuard {

  private final DoubleSemiring semiring;
  private final boolean zeroDivisorFree;
  /** 0̄ as a double. */
  final double zero;
  /** The band of {@link #safe}: {@code |v|} in {@code [lo, hi]}, or {@code v == zero}. */
  final double lo;

  final double hi;

  private CarrierGuard(DoubleSemiring semiring, double lo, double hi) {
    this.semiring = semiring;
    this.zeroDivisorFree = semiring.arithmetic() != Arithmetic.UNSPECIFIED;
    this.zero = semiring.zeroAsDouble();
    this.lo = lo;
    this.hi = hi;
  }

  /**
   * The guard for {@code semiring} on a graph with these edge weights (each {@linkplain
   * #isRegular(DoubleSemiring, double) regular}, 0̄ edges already dropped). O(number of weights).
   */
  public static CarrierGuard of(DoubleSemiring semiring, double[] weights) {
    Objects.requireNonNull(semiring, "semiring");
    double minAbs = Double.POSITIVE_INFINITY;
    double maxAbs = 0;
    for (double w : weights) {
      double a = Math.abs(w);
      if (Double.isFinite(a)) {
        minAbs = Math.min(minAbs, a);
        maxAbs = Math.max(maxAbs, a);
      }
    }
    switch (semiring.arithmetic()) {
      case SUM_PRODUCT:
      case MAX_TIMES:
        // x·w is 0 only if |x|·|w| < MIN_VALUE; below MIN_NORMAL / min|w| the check runs.
        double lo = minAbs == Double.POSITIVE_INFINITY || minAbs == 0
            ? Double.MIN_NORMAL
            : Math.max(Double.MIN_NORMAL, Double.MIN_NORMAL / minAbs);
        return new CarrierGuard(semiring, lo, Double.MAX_VALUE);
      case MIN_PLUS:
      case MAX_PLUS:
      case LOG_SUM_EXP:
        // x + w is infinite only if |x| > MAX_VALUE − |w|.
        return new CarrierGuard(semiring, 0, Double.MAX_VALUE - maxAbs);
      case MAX_MIN:
        return new CarrierGuard(semiring, 0, Double.POSITIVE_INFINITY);
      default:
        return new CarrierGuard(semiring, 0, Double.MAX_VALUE);
    }
  }

  /** The semiring guarded. */
  public DoubleSemiring semiring() {
    return semiring;
  }

  /**
   * Whether {@code v} may stand as a weight or path sum: a member, and finite unless it is the
   * semiring's 0̄ or 1̄ (the only infinities a semiring over {@code double} gives meaning to).
   */
  public static boolean isRegular(DoubleSemiring s, double v) {
    return s.isMemberAsDouble(v)
        && (Double.isFinite(v) || v == s.zeroAsDouble() || v == s.oneAsDouble());
  }

  /** {@link #isRegular(DoubleSemiring, double)} for this guard's semiring. */
  public boolean isRegular(double v) {
    return isRegular(semiring, v);
  }

  /**
   * Whether no product of {@code v} with an edge weight can leave the carrier and {@code v} itself
   * is no infinity or NaN that needs a closer look. False means "run the checked kernel", not
   * "refuse".
   */
  public boolean safe(double v) {
    double a = Math.abs(v);
    return v == zero || (a >= lo && a <= hi);
  }

  /**
   * Whether the term {@code p = x ⊗ w} of a non-0̄ {@code x} and a non-0̄ edge weight lost its value:
   * it is 0̄ in an arithmetic without zero divisors.
   */
  public boolean lost(double x, double p) {
    return zeroDivisorFree && p == zero && x != zero;
  }

  /**
   * Whether a term that came out 0̄ from non-0̄ factors (see {@link #lost}) did so by underflow (the
   * product vanished) rather than by overflow (0̄ is an infinity and the sum reached it).
   */
  public boolean isUnderflow() {
    return zero == 0;
  }

  /**
   * The escape of a boxed value of a semiring over any type, checked once per vertex: a value that
   * is not a {@linkplain Semiring#isMember member}, or for a {@link DoubleSemiring} not {@linkplain
   * #isRegular(DoubleSemiring, double) regular}.
   */
  @SuppressWarnings("unchecked")
  public static <W> boolean isRegularValue(Semiring<W> s, W v) {
    if (s instanceof DoubleSemiring) {
      return isRegular((DoubleSemiring) s, (Double) v);
    }
    return s.isMember(v);
  }

  /**
   * Whether the term {@code p = x ⊗ w} (boxed) of a non-0̄ {@code x} lost its value: for a {@link
   * DoubleSemiring} with a declared arithmetic, {@code p} is 0̄; never for other semirings, which
   * may have zero divisors and signal overflow by {@link ArithmeticException}.
   */
  public static <W> boolean lostTerm(Semiring<W> s, W x, W p) {
    if (s instanceof DoubleSemiring) {
      DoubleSemiring d = (DoubleSemiring) s;
      double z = d.zeroAsDouble();
      return d.arithmetic() != Arithmetic.UNSPECIFIED
          && (Double) p == z
          && (Double) x != z;
    }
    return false;
  }

  @Override
  public String toString() {
    return "CarrierGuard[" + semiring.name() + ", |v| in [" + lo + ", " + hi + "] or 0̄]";
  }
}
