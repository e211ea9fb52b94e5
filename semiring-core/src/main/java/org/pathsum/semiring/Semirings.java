package org.pathsum.semiring;

/**
 * Static factories for the semirings pathsum ships. Each returned semiring is immutable and
 * documents its laws, its carrier (what is not a member) and how ±∞ behave.
 */
public final class Semirings {

  /** The relative tolerance of the floating-point semirings' {@code equivalent}, by default. */
  public static final double DEFAULT_TOLERANCE = 1e-9;

  private static final RealSemiring REAL = new RealSemiring(DEFAULT_TOLERANCE);

  private Semirings() {}

  /**
   * The real sum-product semiring (ℝ, +, ×, 0, 1), comparing with {@link #DEFAULT_TOLERANCE}. The
   * semiring of automatic differentiation.
   */
  public static DoubleSemiring real() {
    return REAL;
  }

  /**
   * The real sum-product semiring comparing weights with the given relative tolerance.
   *
   * @param tolerance relative tolerance of {@link Semiring#equivalent}, in {@code [0, 1)}
   * @throws IllegalArgumentException if {@code tolerance} is outside {@code [0, 1)} or NaN
   */
  public static DoubleSemiring real(double tolerance) {
    return new RealSemiring(tolerance);
  }
}
