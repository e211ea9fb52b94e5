package org.pathsum.semiring;

/**
 * A semiring over {@code double} with primitive twins of its operations, for solvers that keep
 * weights in {@code double[]} arrays instead of boxing them.
 *
 * <p>The boxed methods of {@link Semiring} are derived from the primitive ones, so the two can
 * never disagree. Fast paths call the {@code …AsDouble} methods; a differential test compares them
 * with the generic solvers.
 */
public interface DoubleSemiring extends Semiring<Double> {

  /**
   * The arithmetic that the primitive operations compute, as this semiring declares it: a promise
   * that {@link #zeroAsDouble}, {@link #oneAsDouble}, {@link #plusAsDouble} and {@link
   * #timesAsDouble} are exactly those of the named arithmetic (log-sum-exp: to within rounding).
   * Solvers choose their kernels and their strategy on graphs with cycles from it (a certified
   * series for {@link Arithmetic#SUM_PRODUCT} and {@link Arithmetic#LOG_SUM_EXP}, for example),
   * and know from it which results of finite weights have left the range of {@code double}; a
   * semiring that declares the arithmetic of a shipped one gets the same algorithms and the same
   * answers as the shipped one. {@link SemiringLawChecker} verifies the declaration on its samples.
   *
   * <p>The default, {@link Arithmetic#UNSPECIFIED}, promises nothing: solvers then use the
   * operations as given, through their properties only.
   */
  default Arithmetic arithmetic() {
    return Arithmetic.UNSPECIFIED;
  }

  /**
   * The arithmetics that solvers know by name; see {@link #arithmetic()}. Each fixes 0̄, 1̄, ⊕ and
   * ⊗ on {@code double}. None of them has zero divisors on exact reals ({@code a ⊗ b = 0̄} only
   * if {@code a} or {@code b} is 0̄), so a product of two nonzero weights that comes out 0̄ has left
   * the range of {@code double} (underflow, or overflow to 0̄'s infinity).
   */
  enum Arithmetic {
    /** {@code +, ×, 0, 1}: the real semiring. */
    SUM_PRODUCT(0.0, 1.0),
    /** {@code ln(eᵃ + eᵇ), +, −∞, 0}: the log semiring. */
    LOG_SUM_EXP(Double.NEGATIVE_INFINITY, 0.0),
    /** {@code min, +, +∞, 0}: the tropical semiring. */
    MIN_PLUS(Double.POSITIVE_INFINITY, 0.0),
    /** {@code max, +, −∞, 0}: the max-plus semiring. */
    MAX_PLUS(Double.NEGATIVE_INFINITY, 0.0),
    /** {@code max, ×, 0, 1}: the Viterbi semiring. */
    MAX_TIMES(0.0, 1.0),
    /** {@code max, min, −∞, +∞}: the bottleneck semiring. */
    MAX_MIN(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY),
    /** No promise beyond the semiring's declared properties. */
    UNSPECIFIED(Double.NaN, Double.NaN);

    private final double zero;
    private final double one;

    Arithmetic(double zero, double one) {
      this.zero = zero;
      this.one = one;
    }

    /** 0̄ of this arithmetic; NaN for {@link #UNSPECIFIED}. */
    public double zero() {
      return zero;
    }

    /** 1̄ of this arithmetic; NaN for {@link #UNSPECIFIED}. */
    public double one() {
      return one;
    }

    /**
     * ⊕ of this arithmetic, as the reference the declaration is checked against (log-sum-exp
     * computed stably).
     *
     * @throws UnsupportedOperationException for {@link #UNSPECIFIED}
     */
    public double plus(double a, double b) {
      switch (this) {
        case SUM_PRODUCT:
          return a + b;
        case LOG_SUM_EXP:
          if (a == Double.NEGATIVE_INFINITY) {
            return b;
          }
          if (b == Double.NEGATIVE_INFINITY) {
            return a;
          }
          return Math.max(a, b) + Math.log1p(Math.exp(-Math.abs(a - b)));
        case MIN_PLUS:
          return Math.min(a, b);
        case MAX_PLUS:
        case MAX_TIMES:
        case MAX_MIN:
          return Math.max(a, b);
        default:
          throw new UnsupportedOperationException("an unspecified arithmetic has no ⊕");
      }
    }

    /**
     * ⊗ of this arithmetic, as the reference the declaration is checked against.
     *
     * @throws UnsupportedOperationException for {@link #UNSPECIFIED}
     */
    public double times(double a, double b) {
      switch (this) {
        case SUM_PRODUCT:
        case MAX_TIMES:
          return a * b;
        case LOG_SUM_EXP:
        case MIN_PLUS:
        case MAX_PLUS:
          return a + b;
        case MAX_MIN:
          return Math.min(a, b);
        default:
          throw new UnsupportedOperationException("an unspecified arithmetic has no ⊗");
      }
    }
  }

  /** The primitive value of {@link #zero()}. */
  double zeroAsDouble();

  /** The primitive value of {@link #one()}. */
  double oneAsDouble();

  /** The primitive twin of {@link #plus(Object, Object)}. */
  double plusAsDouble(double a, double b);

  /** The primitive twin of {@link #times(Object, Object)}; {@code a} first in path order. */
  double timesAsDouble(double a, double b);

  /** The primitive twin of {@link #equivalent(Object, Object)}. */
  boolean equivalentAsDouble(double a, double b);

  /** The primitive twin of {@link #isZero(Object)}: {@code ==}, so {@code -0.0} is zero where 0.0 is. */
  default boolean isZeroAsDouble(double a) {
    return a == zeroAsDouble();
  }

  @Override
  default boolean isZero(Double w) {
    return isZeroAsDouble(w);
  }

  /** The primitive twin of {@link #isMember(Object)}. */
  default boolean isMemberAsDouble(double a) {
    return !Double.isNaN(a);
  }

  @Override
  default Double zero() {
    return zeroAsDouble();
  }

  @Override
  default Double one() {
    return oneAsDouble();
  }

  @Override
  default Double plus(Double a, Double b) {
    return plusAsDouble(a, b);
  }

  @Override
  default Double times(Double a, Double b) {
    return timesAsDouble(a, b);
  }

  @Override
  default boolean equivalent(Double a, Double b) {
    return equivalentAsDouble(a, b);
  }

  @Override
  default boolean isMember(Double w) {
    return w != null && isMemberAsDouble(w);
  }
}
