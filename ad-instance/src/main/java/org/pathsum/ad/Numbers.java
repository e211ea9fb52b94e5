package org.pathsum.ad;

import java.math.BigDecimal;
import java.math.MathContext;

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

  /** Like {@link #compact} but non-integers rounded to 6 significant digits, for diagrams. */
  static String display(double x) {
    if (!Double.isFinite(x) || (x == Math.rint(x) && Math.abs(x) < 1e15)) {
      return compact(x);
    }
    return new BigDecimal(x).round(new MathContext(6)).stripTrailingZeros().toString();
  }
}
