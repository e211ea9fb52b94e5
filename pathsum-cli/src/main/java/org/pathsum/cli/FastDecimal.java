package org.pathsum.cli;

/**
 * Parses a plain decimal number ({@link WeightDomain#DECIMAL}: {@code [+-]?(d+.?d*|.d+)([eE][+-]?d+)?})
 * from ASCII bytes to exactly the {@code double} {@link Double#parseDouble} gives, or answers
 * {@code NaN} — "not decided here" — for anything else, which the caller then parses the ordinary
 * way. Exactness comes from Clinger's fast path: when the significant digits form an integer
 * {@code m ≤ 2^53} and the decimal exponent {@code q} satisfies {@code |q| ≤ 22}, both {@code m}
 * and {@code 10^|q|} are exact doubles, so the one IEEE multiplication or division {@code m × 10^q}
 * is correctly rounded, as {@code parseDouble} is. Longer mantissas, larger exponents and every
 * non-decimal text are left to the caller.
 *
 * <p>Cost O(length), no allocation.
 */
final class FastDecimal {

  private static final double[] POWERS = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = p;
      p *= 10;
    }
  }

  private static final long MAX_EXACT = 1L << 53;

  private FastDecimal() {}

  /**
   * The value of bytes {@code [s, e)} of {@code b} as {@link Double#parseDouble} reads them when
   * they are a plain decimal this method decides; {@code NaN} otherwise (never for a decided one).
   */
  static double parse(byte[] b, int s, int e) {
    int i = s;
    boolean negative = false;
    if (i < e && (b[i] == '+' || b[i] == '-')) {
      negative = b[i] == '-';
      i++;
    }
    long m = 0;
    int digits = 0; // significant digits in m (leading zeros not counted)
    int scale = 0;
    int intDigits = 0;
    while (i < e && b[i] >= '0' && b[i] <= '9') {
      int d = b[i] - '0';
      if (m != 0 || d != 0) {
        if (++digits > 18) {
          return Double.NaN;
        }
        m = m * 10 + d;
      }
      intDigits++;
      i++;
    }
    int fracDigits = 0;
    if (i < e && b[i] == '.') {
      i++;
      while (i < e && b[i] >= '0' && b[i] <= '9') {
        int d = b[i] - '0';
        if (m != 0 || d != 0) {
          if (++digits > 18) {
            return Double.NaN;
          }
          m = m * 10 + d;
        }
        scale--;
        fracDigits++;
        i++;
      }
    }
    if (intDigits == 0 && fracDigits == 0) {
      return Double.NaN;
    }
    if (i < e && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      boolean negativeExponent = false;
      if (i < e && (b[i] == '+' || b[i] == '-')) {
        negativeExponent = b[i] == '-';
        i++;
      }
      int exponent = 0;
      int expDigits = 0;
      while (i < e && b[i] >= '0' && b[i] <= '9') {
        if (++expDigits > 6) {
          return Double.NaN;
        }
        exponent = exponent * 10 + (b[i] - '0');
        i++;
      }
      if (expDigits == 0) {
        return Double.NaN;
      }
      scale += negativeExponent ? -exponent : exponent;
    }
    if (i != e) {
      return Double.NaN;
    }
    double v;
    if (m == 0) {
      v = 0;
    } else if (m > MAX_EXACT || scale < -22 || scale > 22) {
      return Double.NaN;
    } else if (scale >= 0) {
      v = m * POWERS[scale];
    } else {
      v = m / POWERS[-scale];
    }
    return negative ? -v : v;
  }
}
