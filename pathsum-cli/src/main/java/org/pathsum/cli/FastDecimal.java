package org.pathsum.cli;

/**
 * Parses a plain decimal number ({@link WeightDomain#DECIMAL}: {@code [+-]?(d+.?d*|.d+)([eE][+-]?d+)?})
 * from ASCII bytes to exactly the {@code double} {@link Double#parseDouble} gives, or answers
 * {@code NaN} — "not decided here" — for anything else, which the caller then parses the ordinary
 * way. Exactness comes from Clinger's fast path: when the significant digits form an integer
 * {@code m ≤ 2^53} and the decimal exponent {@code q} satisfies {@code |q| ≤ 22}, both {@code m}
 * and {@code 10^|q|} are exact doubles, so the one IEEE multiplication or division {@code m × 10^q}
 * is correctly rounded, as {@code parseDouble} is. Longer mantissas, larger exponents and every
 * non-decimal text are left to the caller. Other mantissas of at most 18 digits with {@code |q| ≤
 * 64} (e.g. the 17 digits {@link Double#toString} writes) go through Eisel–Lemire with 128-bit
 * powers of five, which gives up (and so falls back) wherever its rounding could be in doubt.
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
    } else if (m <= MAX_EXACT && scale >= -22 && scale <= 22) {
      v = scale >= 0 ? m * POWERS[scale] : m / POWERS[-scale];
    } else {
      v = eiselLemire(m, scale);
    }
    return negative ? -v : v;
  }

  /**
   * {@code m × 10^q} correctly rounded, or {@code NaN} when this cannot be sure (then the caller
   * falls back to {@link Double#parseDouble}), after Lemire, "Number parsing at a gigabyte per
   * second" (2021). {@code T} is {@code 5^q × 2^s} rounded down to 128 bits; {@code H}, the top
   * 128 bits of {@code (m << lz) × T} computed exactly, is below the true scaled value by less than
   * 2 units of its last bit. The result's 53 bits and rounding are decided by bits of {@code H}
   * far above that error unless the bits below the rounding bit's word are all 0 or all 1 — a tie
   * or a near-tie, about 1 in 256 — which is left to the caller, as are subnormal and overflowing
   * results.
   *
   * @param m 1 ≤ m &lt; 10^18
   */
  private static double eiselLemire(long m, int q) {
    if (q < Powers.MIN_Q || q > Powers.MAX_Q) {
      return Double.NaN;
    }
    int lz = Long.numberOfLeadingZeros(m);
    long w = m << lz;
    int index = 2 * (q - Powers.MIN_Q);
    long tHi = Powers.TABLE[index];
    long tLo = Powers.TABLE[index + 1];
    long hi = unsignedMultiplyHigh(w, tHi);
    long lo = w * tHi;
    long carry = unsignedMultiplyHigh(w, tLo);
    long sum = lo + carry;
    if (Long.compareUnsigned(sum, lo) < 0) {
      hi++;
    }
    int upper = (int) (hi >>> 63);
    int shift = 9 + upper;
    long mask = (1L << shift) - 1;
    long rest = hi & mask;
    if (rest == 0 || rest == mask) {
      return Double.NaN;
    }
    long mantissa = hi >>> shift; // 54 bits: 53 and the rounding bit
    int exponent = shift + 129 - lz - Powers.SHIFT[q - Powers.MIN_Q] + q + 1075;
    mantissa = (mantissa + (mantissa & 1)) >>> 1;
    if (mantissa == 1L << 53) {
      mantissa = 1L << 52;
      exponent++;
    }
    if (exponent <= 0 || exponent >= 2047) {
      return Double.NaN;
    }
    return Double.longBitsToDouble(((long) exponent << 52) | (mantissa & ((1L << 52) - 1)));
  }

  private static long unsignedMultiplyHigh(long a, long b) {
    return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
  }

  /** The 128-bit powers of five, built on first use. */
  private static final class Powers {
    static final int MIN_Q = -64;
    static final int MAX_Q = 64;
    /** Per q: the high and low 64 bits of {@code floor(5^q × 2^SHIFT[q])}, in [2^127, 2^128). */
    static final long[] TABLE = new long[2 * (MAX_Q - MIN_Q + 1)];

    static final int[] SHIFT = new int[MAX_Q - MIN_Q + 1];

    static {
      java.math.BigInteger five = java.math.BigInteger.valueOf(5);
      java.math.BigInteger word = java.math.BigInteger.ONE.shiftLeft(64);
      for (int q = MIN_Q; q <= MAX_Q; q++) {
        java.math.BigInteger t;
        int s;
        if (q >= 0) {
          java.math.BigInteger p = five.pow(q);
          s = 128 - p.bitLength();
          t = s >= 0 ? p.shiftLeft(s) : p.shiftRight(-s);
        } else {
          java.math.BigInteger p = five.pow(-q);
          s = 127 + p.bitLength();
          t = java.math.BigInteger.ONE.shiftLeft(s).divide(p);
        }
        int i = q - MIN_Q;
        SHIFT[i] = s;
        TABLE[2 * i] = t.shiftRight(64).longValue();
        TABLE[2 * i + 1] = t.mod(word).longValue();
      }
    }
  }
}
