package org.pathsum.semiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The log semiring, against the real semiring through exp, and at its extremes. */
class LogSemiringTest {

  private static final double INF = Double.POSITIVE_INFINITY;
  private static final DoubleSemiring LOG = Semirings.log();

  @Test
  void constantsAndCarrier() {
    assertEquals("log", LOG.name());
    assertEquals(-INF, LOG.zeroAsDouble());
    assertEquals(0.0, LOG.oneAsDouble());
    assertTrue(LOG.isMember(-INF));
    assertFalse(LOG.isMember(INF));
    assertFalse(LOG.isMember(Double.NaN));
    assertFalse(LOG.has(SemiringProperty.IDEMPOTENT_PLUS));
    assertTrue(LOG.has(SemiringProperty.COMMUTATIVE_TIMES));
  }

  @Test
  void logSumExpIsStableAtBothExtremes() {
    double ln2 = Math.log(2);
    assertEquals(ln2, LOG.plusAsDouble(0, 0), 1e-15);
    // e^1000 overflows and e^-1000 underflows, but their log-sums do not
    assertEquals(1000 + ln2, LOG.plusAsDouble(1000, 1000), 1e-12);
    assertEquals(-1000 + ln2, LOG.plusAsDouble(-1000, -1000), 1e-12);
    assertEquals(1000.0, LOG.plusAsDouble(1000, -1000));
    assertEquals(-3.5, LOG.plusAsDouble(-INF, -3.5));
    assertEquals(-3.5, LOG.plusAsDouble(-3.5, -INF));
    assertEquals(-INF, LOG.plusAsDouble(-INF, -INF));
    assertEquals(-INF, LOG.timesAsDouble(-INF, 700));
  }

  @Test
  void agreesWithRealThroughExp() {
    long seed = 11L;
    SplittableRandom random = new SplittableRandom(seed);
    DoubleSemiring real = Semirings.real();
    for (int i = 0; i < 1000; i++) {
      double a = random.nextDouble(-20, 20);
      double b = random.nextDouble(-20, 20);
      String where = "seed " + seed + ", a=" + a + ", b=" + b;
      assertTrue(
          real.equivalentAsDouble(
              Math.exp(LOG.plusAsDouble(a, b)), real.plusAsDouble(Math.exp(a), Math.exp(b))),
          where);
      assertTrue(
          real.equivalentAsDouble(
              Math.exp(LOG.timesAsDouble(a, b)), real.timesAsDouble(Math.exp(a), Math.exp(b))),
          where);
      double negative = -Math.abs(a) - 1e-3;
      assertTrue(
          real.equivalentAsDouble(Math.exp(LOG.star(negative)), real.star(Math.exp(negative))),
          where);
    }
  }

  @Test
  void starDivergesFromZeroUp() {
    // ln(1/2)* = −ln(1 − 1/2) = ln 2: the geometric series 1 + 1/2 + 1/4 + … = 2
    assertEquals(Math.log(2), LOG.star(-Math.log(2)), 1e-15);
    assertEquals(0.0, LOG.star(-INF));
    assertThrows(ArithmeticException.class, () -> LOG.star(0.0));
    assertThrows(ArithmeticException.class, () -> LOG.star(1.0));
    assertThrows(ArithmeticException.class, () -> LOG.star(Double.NaN));
  }
}
