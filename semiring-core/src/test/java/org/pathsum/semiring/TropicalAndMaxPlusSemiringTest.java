package org.pathsum.semiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Edge cases of the (min, +) and (max, +) semirings. */
class TropicalAndMaxPlusSemiringTest {

  private static final double INF = Double.POSITIVE_INFINITY;
  private static final DoubleSemiring TROPICAL = Semirings.tropical();
  private static final DoubleSemiring MAX_PLUS = Semirings.maxPlus();

  @Test
  void tropicalCarrierAndInfinity() {
    assertEquals("tropical", TROPICAL.name());
    assertEquals(INF, TROPICAL.zeroAsDouble());
    assertEquals(0.0, TROPICAL.oneAsDouble());
    assertTrue(TROPICAL.isMember(INF));
    assertFalse(TROPICAL.isMember(-INF));
    assertFalse(TROPICAL.isMember(Double.NaN));
    assertTrue(TROPICAL.isMember(-1e300));
    assertEquals(3.0, TROPICAL.plusAsDouble(INF, 3.0));
    assertEquals(-2.0, TROPICAL.plusAsDouble(5.0, -2.0));
    assertEquals(INF, TROPICAL.timesAsDouble(INF, -5.0));
    assertEquals(INF, TROPICAL.timesAsDouble(INF, INF));
    assertEquals(3.0, TROPICAL.timesAsDouble(1.0, 2.0));
  }

  @Test
  void tropicalStarAndBoundedness() {
    assertEquals(0.0, TROPICAL.star(0.0));
    assertEquals(0.0, TROPICAL.star(7.5));
    assertEquals(0.0, TROPICAL.star(INF));
    assertThrows(ArithmeticException.class, () -> TROPICAL.star(-1e-12));
    assertFalse(TROPICAL.has(SemiringProperty.BOUNDED), "negative weights improve on 1̄");
    assertTrue(TROPICAL.has(SemiringProperty.SELECTIVE_PLUS));
    assertTrue(TROPICAL.has(SemiringProperty.COMMUTATIVE_TIMES));
    assertTrue(TROPICAL.equivalent(0.1 + 0.2, 0.3));
    assertFalse(TROPICAL.equivalent(1.0, 1.001));
    assertFalse(TROPICAL.equivalent(INF, 1e308));
    assertTrue(TROPICAL.reversed() == TROPICAL);
  }

  @Test
  void maxPlusCarrierInfinityAndStar() {
    assertEquals("max-plus", MAX_PLUS.name());
    assertEquals(-INF, MAX_PLUS.zeroAsDouble());
    assertEquals(0.0, MAX_PLUS.oneAsDouble());
    assertTrue(MAX_PLUS.isMember(-INF));
    assertFalse(MAX_PLUS.isMember(INF));
    assertFalse(MAX_PLUS.isMember(Double.NaN));
    assertEquals(3.0, MAX_PLUS.plusAsDouble(-INF, 3.0));
    assertEquals(5.0, MAX_PLUS.plusAsDouble(5.0, -2.0));
    assertEquals(-INF, MAX_PLUS.timesAsDouble(-INF, 1e300));
    assertEquals(0.0, MAX_PLUS.star(0.0));
    assertEquals(0.0, MAX_PLUS.star(-3.0));
    assertEquals(0.0, MAX_PLUS.star(-INF));
    assertThrows(ArithmeticException.class, () -> MAX_PLUS.star(1e-12));
    assertFalse(MAX_PLUS.has(SemiringProperty.BOUNDED));
    assertTrue(MAX_PLUS.has(SemiringProperty.SELECTIVE_PLUS));
  }

  @Test
  void boxedAndPrimitiveAgree() {
    assertEquals(TROPICAL.plusAsDouble(2.0, 3.0), TROPICAL.plus(2.0, 3.0));
    assertEquals(MAX_PLUS.timesAsDouble(2.0, 3.0), MAX_PLUS.times(2.0, 3.0));
    assertThrows(NullPointerException.class, () -> TROPICAL.plus(null, 1.0));
    assertFalse(TROPICAL.isMember(null));
  }
}
