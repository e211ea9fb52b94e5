package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link FastDecimal} gives bit for bit what {@link Double#parseDouble} gives on every text it
 * decides, decides only texts that {@link WeightDomain#DECIMAL} accepts, and decides the common
 * ones (short decimals, the writing of {@link Double#toString} for short values).
 */
class FastDecimalTest {

  private static double parse(String s) {
    byte[] b = ("xx" + s + "yy").getBytes(StandardCharsets.ISO_8859_1);
    return FastDecimal.parse(b, 2, b.length - 2);
  }

  private static void check(long seed, String s) {
    double d = parse(s);
    if (d == d) {
      assertTrue(WeightDomain.DECIMAL.matcher(s).matches(), "seed " + seed + ": " + s);
      assertEquals(
          Double.doubleToRawLongBits(Double.parseDouble(s)),
          Double.doubleToRawLongBits(d),
          "seed " + seed + ": " + s);
    }
  }

  @Test
  void randomTextsFromTheDecimalAlphabetAgreeWithParseDouble() {
    String alphabet = "0123456789012345678901234567890123456789.eE+-x ";
    for (long seed = 0; seed < 400_000; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int len = 1 + rnd.nextInt(seed < 200_000 ? 8 : 30);
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      check(seed, sb.toString());
    }
  }

  @Test
  void randomWellFormedDecimalsAgreeWithParseDoubleAndMostAreDecided() {
    int decided = 0;
    int total = 1_000_000;
    for (long seed = 0; seed < total; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      StringBuilder sb = new StringBuilder();
      int sign = rnd.nextInt(3);
      sb.append(sign == 0 ? "" : sign == 1 ? "-" : "+");
      int intDigits = rnd.nextInt(seed % 2 == 0 ? 4 : 20);
      for (int k = 0; k < intDigits; k++) {
        sb.append((char) ('0' + rnd.nextInt(10)));
      }
      int frac = rnd.nextInt(seed % 2 == 0 ? 5 : 22);
      if (frac > 0 || intDigits == 0) {
        sb.append('.');
        for (int k = 0; k < Math.max(frac, 1); k++) {
          sb.append((char) ('0' + rnd.nextInt(10)));
        }
      }
      if (rnd.nextInt(4) == 0) {
        sb.append(rnd.nextBoolean() ? 'e' : 'E');
        int exp = rnd.nextInt(5);
        sb.append(exp == 0 ? "-" : exp == 1 ? "+" : "").append(rnd.nextInt(40));
      }
      String s = sb.toString();
      check(seed, s);
      if (parse(s) == parse(s)) {
        decided++;
      }
    }
    assertTrue(decided > total / 2, decided + " of " + total + " decided");
  }

  @Test
  void longMantissasAcrossTheExponentRangeAgreeWithParseDoubleAndAreNearlyAllDecided() {
    int decided = 0;
    int total = 2_000_000;
    for (long seed = 0; seed < total; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
      StringBuilder sb = new StringBuilder();
      if (rnd.nextBoolean()) {
        sb.append('-');
      }
      int digits = 15 + rnd.nextInt(4); // 15..18 significant digits
      sb.append((char) ('1' + rnd.nextInt(9)));
      for (int k = 1; k < digits; k++) {
        sb.append((char) ('0' + rnd.nextInt(10)));
      }
      int point = rnd.nextInt(digits + 1);
      sb.insert(sb.length() - digits + point, '.');
      int exp = rnd.nextInt(120) - 60;
      sb.append('e').append(exp);
      String s = sb.toString();
      check(seed, s);
      if (parse(s) == parse(s)) {
        decided++;
      }
    }
    assertTrue(decided > total * 0.95, decided + " of " + total + " decided");
  }

  @Test
  void fullPrecisionDoublesAsToStringWritesThemAgreeWithParseDouble() {
    SplittableRandom rnd = new SplittableRandom(17);
    int decided = 0;
    int total = 1_000_000;
    for (int k = 0; k < total; k++) {
      double v;
      switch (k % 4) {
        case 0 -> v = rnd.nextDouble() * 0.4 - 0.2; // the real benchmark's weights
        case 1 -> v = rnd.nextDouble() * 1e6;
        case 2 -> v = Double.longBitsToDouble(rnd.nextLong() & 0x7FFFFFFFFFFFFFFFL);
        default -> v = Math.scalb(rnd.nextDouble(), rnd.nextInt(200) - 100);
      }
      if (!Double.isFinite(v)) {
        continue;
      }
      String s = Double.toString(v);
      check(k, s);
      double d = parse(s);
      if (d == d) {
        decided++;
        assertEquals(v, d, s); // toString reads back exactly
      }
    }
    assertTrue(decided > total * 0.6, decided + " of " + total + " decided");
  }

  @Test
  void toStringOfRandomDoublesAndEdgeValues() {
    SplittableRandom rnd = new SplittableRandom(5);
    for (int k = 0; k < 300_000; k++) {
      double v = k % 3 == 0 ? rnd.nextDouble() * 100 : Math.round(rnd.nextDouble() * 1e5) / 1e3;
      check(k, Double.toString(v));
      check(k, Double.toString(-v));
    }
    String[] edges = {
      "0", "-0", "+0", "0.0", "-0.0", "00.000", "1", "1.", ".5", "-.5", "9007199254740992",
      "9007199254740993", "1e22", "1e23", "1e-22", "1e-23", "123456789012345678", "0.1", "0.3",
      "2.2250738585072014E-308", "1.7976931348623157e308", "4.9e-324", "1e400", "1e-400",
      "1e0000001", "1e", "e5", ".", "+", "-", "", "1.5.5", "1e5.5", "--1", "1d", "0x1p3", "NaN",
      "Infinity", "99999999999999999999", "0.00000000000000000000000000001"
    };
    for (String s : edges) {
      check(-1, s);
    }
    assertEquals(0.1, parse("0.1"));
    assertEquals(-0.0, parse("-0"));
    assertEquals(22.321, parse("22.321"));
    assertTrue(Double.isNaN(parse("1d")));
    assertTrue(Double.isNaN(parse("")));
    assertTrue(Double.isNaN(parse("inf")));
  }
}
