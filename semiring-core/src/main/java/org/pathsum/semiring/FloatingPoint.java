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

  /**
   * {@code |a − b| ≤ tol · max(|a|, |b|)}: relative to the values compared, with no absolute floor,
   * so that values far below 1 (probabilities of long paths) are told apart as well as large ones.
   * Equal infinities are close, NaN is close to nothing.
   */
  static boolean relativeToValues(double a, double b, double tol) {
    if (a == b) {
      return true; // also equal infinities
    }
    if (Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a) || Double.isInfinite(b)) {
      return false;
    }
    return Math.abs(a - b) <= tol * Math.max(Math.abs(a), Math.abs(b));
  }
}
