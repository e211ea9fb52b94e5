package org.pathsum.semiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Edge cases of the counting, Boolean and real semirings. */
class CountingBooleanAndRealSemiringTest {

  private static final Semiring<Long> COUNTING = Semirings.counting();

  @Test
  void countingOverflowThrowsInsteadOfWrapping() {
    assertThrows(ArithmeticException.class, () -> COUNTING.plus(Long.MAX_VALUE, 1L));
    assertThrows(ArithmeticException.class, () -> COUNTING.times(1L << 32, 1L << 31));
    // the largest square that fits: checked against BigInteger
    long r = 3_037_000_499L;
    long square = COUNTING.times(r, r);
    assertEquals(BigInteger.valueOf(r).pow(2), BigInteger.valueOf(square));
    assertThrows(ArithmeticException.class, () -> COUNTING.times(r + 1, r + 1));
    assertEquals(Long.MAX_VALUE, COUNTING.plus(Long.MAX_VALUE - 1, 1L));
  }

  @Test
  void countingCarrierAndProperties() {
    assertEquals("counting", COUNTING.name());
    assertEquals(0L, COUNTING.zero());
    assertEquals(1L, COUNTING.one());
    assertFalse(COUNTING.isMember(-1L));
    assertTrue(COUNTING.isMember(0L));
    assertEquals(Set.of(SemiringProperty.COMMUTATIVE_TIMES), COUNTING.properties());
    assertThrows(MissingSemiringPropertyException.class, () -> COUNTING.star(0L));
  }

  @Test
  void booleans() {
    Semiring<Boolean> b = Semirings.booleans();
    assertEquals("boolean", b.name());
    assertFalse(b.zero());
    assertTrue(b.one());
    assertTrue(b.plus(false, true));
    assertFalse(b.times(false, true));
    assertTrue(b.star(false));
    assertTrue(b.star(true));
    assertEquals(5, b.properties().size());
    assertThrows(NullPointerException.class, () -> b.plus(null, true));
  }

  @Test
  void real() {
    DoubleSemiring real = Semirings.real();
    assertEquals(2.0, real.star(0.5));
    assertEquals(2.0 / 3.0, real.star(-0.5), 1e-15);
    assertThrows(ArithmeticException.class, () -> real.star(1.0));
    assertThrows(ArithmeticException.class, () -> real.star(-1.0));
    assertThrows(ArithmeticException.class, () -> real.star(Double.NaN));
    assertFalse(real.isMember(Double.NaN));
    assertTrue(real.isMember(Double.POSITIVE_INFINITY));
    assertFalse(real.equivalent(Double.NaN, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Semirings.real(Double.NaN));
  }
}
