package org.pathsum.semiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Edge cases of the (max, min) and (max, ×) semirings. */
class BottleneckAndViterbiSemiringTest {

  private static final double INF = Double.POSITIVE_INFINITY;
  private static final DoubleSemiring BOTTLENECK = Semirings.bottleneck();
  private static final DoubleSemiring VITERBI = Semirings.viterbi();

  @Test
  void bottleneckIsExactAndBounded() {
    assertEquals("bottleneck", BOTTLENECK.name());
    assertEquals(-INF, BOTTLENECK.zeroAsDouble());
    assertEquals(INF, BOTTLENECK.oneAsDouble());
    assertTrue(BOTTLENECK.isMember(INF));
    assertTrue(BOTTLENECK.isMember(-INF));
    assertFalse(BOTTLENECK.isMember(Double.NaN));
    // a path 5 → 3 → 8 is as wide as 3; the better of widths 3 and 4 is 4
    assertEquals(3.0, BOTTLENECK.timesAsDouble(BOTTLENECK.timesAsDouble(5, 3), 8));
    assertEquals(4.0, BOTTLENECK.plusAsDouble(3, 4));
    assertEquals(INF, BOTTLENECK.star(-7.0));
    assertEquals(INF, BOTTLENECK.star(-INF));
    assertFalse(BOTTLENECK.equivalent(1.0, Math.nextUp(1.0)), "exact equivalence");
    assertTrue(BOTTLENECK.equivalent(-0.0, 0.0));
    assertTrue(BOTTLENECK.has(SemiringProperty.BOUNDED));
    assertTrue(BOTTLENECK.has(SemiringProperty.SELECTIVE_PLUS));
    assertTrue(BOTTLENECK.has(SemiringProperty.STAR));
  }

  @Test
  void viterbiCarrierIsTheUnitInterval() {
    assertEquals("viterbi", VITERBI.name());
    assertEquals(0.0, VITERBI.zeroAsDouble());
    assertEquals(1.0, VITERBI.oneAsDouble());
    assertTrue(VITERBI.isMember(0.0));
    assertTrue(VITERBI.isMember(-0.0));
    assertTrue(VITERBI.isMember(1.0));
    assertFalse(VITERBI.isMember(Math.nextUp(1.0)));
    assertFalse(VITERBI.isMember(-Double.MIN_VALUE));
    assertFalse(VITERBI.isMember(INF));
    assertFalse(VITERBI.isMember(Double.NaN));
    // two paths of probabilities 0.5·0.5 and 0.3: the more probable is 0.3
    assertEquals(0.3, VITERBI.plusAsDouble(VITERBI.timesAsDouble(0.5, 0.5), 0.3));
    assertEquals(1.0, VITERBI.star(0.9));
    assertEquals(1.0, VITERBI.star(0.0));
    assertTrue(VITERBI.has(SemiringProperty.BOUNDED));
    assertTrue(VITERBI.has(SemiringProperty.SELECTIVE_PLUS));
  }
}
