package org.pathsum.semiring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** {@link Semiring#isZero} is exact, unlike the tolerant {@link Semiring#equivalent}. */
class IsZeroTest {

  @Test
  void tinyRealIsNotZeroThoughEquivalentToIt() {
    DoubleSemiring real = Semirings.real();
    assertTrue(real.equivalent(1e-300, 0.0), "the tolerance makes them equivalent");
    assertFalse(real.isZero(1e-300), "but a path of weight 1e-300 is a path");
    assertTrue(real.isZero(0.0));
    assertTrue(real.isZero(-0.0), "-0.0 == 0.0");
    assertTrue(Semirings.genKillUnion(2).reversed().isZero(GenKill.zero()));
  }

  @Test
  void viterbiTinyProbabilityIsNotZero() {
    assertFalse(Semirings.viterbi().isZero(Double.MIN_VALUE));
    assertTrue(Semirings.viterbi().isZero(0.0));
  }

  @Test
  void everyShippedSemiringRecognisesItsOwnZeroAndNotItsOne() {
    for (String name : Semirings.names()) {
      check(Semirings.byName(name).orElseThrow());
    }
    check(Semirings.genKillUnion(4));
    check(Semirings.symbolic());
    check(Semirings.lexicographic(Semirings.viterbi(), Semirings.counting()));
  }

  private static <W> void check(Semiring<W> s) {
    assertTrue(s.isZero(s.zero()), s.name());
    assertFalse(s.isZero(s.one()), s.name());
    assertTrue(s.reversed().isZero(s.zero()), s.name());
    assertFalse(s.reversed().isZero(s.one()), s.name());
  }

  @Test
  void genKillZeroIsTheFormalZeroNotTheKillAllFunction() {
    BitSet all = new BitSet();
    all.set(0, 4);
    Semiring<GenKill> s = Semirings.genKillUnion(4);
    assertFalse(s.isZero(GenKill.of(new BitSet(), all)));
  }

  @Test
  void lexicographicTimesKeepsATinyFirstComponent() {
    Semiring<Pair<Double, Long>> s = Semirings.lexicographic(Semirings.viterbi(), Semirings.counting());
    Pair<Double, Long> tiny = s.times(Pair.of(1e-200, 1L), Pair.of(1e-200, 1L));
    // 1e-400 underflows to 0.0 and is zero; 1e-200 · 1e-100 = 1e-300 is not.
    assertTrue(s.isZero(tiny));
    assertFalse(s.isZero(s.times(Pair.of(1e-200, 1L), Pair.of(1e-100, 1L))));
  }
}
