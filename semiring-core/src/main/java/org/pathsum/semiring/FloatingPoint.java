package org.pathsum.semiring;

/** Comparisons shared by the floating-point semirings. */
final class FloatingPoint {

  private FloatingPoint() {}

  /**
   * {@code |a − b| ≤ tol · max(1, |a|, |b|)}; equal infinities are close, NaN is close to nothing.
   */
  static boolean relativelyClose(double a, double b, double tol) {
    if (a == b) {
      return true; // also equal infinities
    }
    if (Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a) || Double.isInfinite(b)) {
      return false;
    }
    double scale = Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    return Math.abs(a - b) <= tol * scale;
  }
}
