package org.pathsum.ad;

/** Compact number formatting shared by the textual views (DOT, symbolic paths). */
final class Numbers {

  private Numbers() {}

  /** {@code 155} rather than {@code 155.0}; other values as {@link Double#toString(double)}. */
  static String compact(double x) {
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return Double.toString(x);
  }
}
