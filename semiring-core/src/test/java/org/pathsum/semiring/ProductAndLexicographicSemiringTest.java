package org.pathsum.semiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Product and lexicographic combinations: operations, properties, reversal, restrictions. */
class ProductAndLexicographicSemiringTest {

  private static final Semiring<Pair<Double, Long>> SHORTEST_AND_COUNT =
      Semirings.lexicographic(Semirings.tropical(), Semirings.counting());

  private static Pair<Double, Long> path(Semiring<Pair<Double, Long>> s, double... edgeLengths) {
    Pair<Double, Long> w = s.one();
    for (double d : edgeLengths) {
      w = s.times(w, Pair.of(d, 1L));
    }
    return w;
  }

  @Test
  void shortestDistanceAndNumberOfShortestPaths() {
    // s→a→t and s→b→t have length 2, the direct edge s→t length 3: two shortest paths of length 2
    Pair<Double, Long> sum =
        SHORTEST_AND_COUNT.plus(
            SHORTEST_AND_COUNT.plus(path(SHORTEST_AND_COUNT, 1, 1), path(SHORTEST_AND_COUNT, 1, 1)),
            path(SHORTEST_AND_COUNT, 3));
    assertEquals(Pair.of(2.0, 2L), sum);
    // a strictly shorter alternative replaces the count instead of adding to it
    assertEquals(Pair.of(1.5, 1L), SHORTEST_AND_COUNT.plus(sum, path(SHORTEST_AND_COUNT, 1.5)));
    // ties are decided with the tolerance of tropical: 0.1 + 0.2 ties with 0.3
    assertEquals(
        2L,
        SHORTEST_AND_COUNT
            .plus(path(SHORTEST_AND_COUNT, 0.1, 0.2), path(SHORTEST_AND_COUNT, 0.3))
            .second());
  }

  @Test
  void lexicographicZeroCarriesNoSecondComponent() {
    Pair<Double, Long> zero = SHORTEST_AND_COUNT.zero();
    assertEquals(Pair.of(Double.POSITIVE_INFINITY, 0L), zero);
    assertFalse(SHORTEST_AND_COUNT.isMember(Pair.of(Double.POSITIVE_INFINITY, 3L)));
    assertTrue(SHORTEST_AND_COUNT.isMember(Pair.of(4.0, 0L)));
    assertFalse(SHORTEST_AND_COUNT.isMember(Pair.of(4.0, -1L)));
    assertEquals(zero, SHORTEST_AND_COUNT.times(Pair.of(2.0, 5L), zero));
  }

  @Test
  void lexicographicNeedsASelectiveFirstComponent() {
    MissingSemiringPropertyException e =
        assertThrows(
            MissingSemiringPropertyException.class,
            () -> Semirings.lexicographic(Semirings.real(), Semirings.counting()));
    assertEquals(SemiringProperty.SELECTIVE_PLUS, e.missingProperty());
    assertEquals(Semirings.real(), e.semiring());
  }

  @Test
  void lexicographicProperties() {
    assertEquals(EnumSet.of(SemiringProperty.COMMUTATIVE_TIMES), SHORTEST_AND_COUNT.properties());
    assertEquals(
        EnumSet.of(
            SemiringProperty.COMMUTATIVE_TIMES,
            SemiringProperty.IDEMPOTENT_PLUS,
            SemiringProperty.SELECTIVE_PLUS),
        Semirings.lexicographic(Semirings.tropical(), Semirings.booleans()).properties());
    assertTrue(
        Semirings.lexicographic(Semirings.viterbi(), Semirings.booleans())
            .has(SemiringProperty.BOUNDED));
    assertEquals("lexicographic(tropical, counting)", SHORTEST_AND_COUNT.name());
    assertEquals(
        SHORTEST_AND_COUNT, Semirings.lexicographic(Semirings.tropical(), Semirings.counting()));
    assertSame(SHORTEST_AND_COUNT, SHORTEST_AND_COUNT.reversed());
  }

  @Test
  void productIsComponentwiseAndNeverSelective() {
    Semiring<Pair<Double, Double>> p =
        Semirings.product(Semirings.tropical(), Semirings.bottleneck());
    assertEquals(
        EnumSet.of(
            SemiringProperty.COMMUTATIVE_TIMES,
            SemiringProperty.IDEMPOTENT_PLUS,
            SemiringProperty.STAR),
        p.properties());
    assertEquals(Pair.of(1.0, 4.0), p.plus(Pair.of(1.0, 2.0), Pair.of(3.0, 4.0)));
    assertEquals(Pair.of(4.0, 2.0), p.times(Pair.of(1.0, 2.0), Pair.of(3.0, 4.0)));
    assertEquals(Pair.of(0.0, Double.POSITIVE_INFINITY), p.star(Pair.of(1.0, 2.0)));
    assertThrows(ArithmeticException.class, () -> p.star(Pair.of(-1.0, 2.0)));
    assertFalse(p.isMember(Pair.of(Double.NEGATIVE_INFINITY, 1.0)));
    assertEquals("product(tropical, bottleneck)", p.name());

    Semiring<Pair<Double, Long>> noStar = Semirings.product(Semirings.real(), Semirings.counting());
    assertThrows(MissingSemiringPropertyException.class, () -> noStar.star(noStar.one()));
  }

  @Test
  void productOfNonCommutativeSemiringsReversesBothComponents() {
    Semiring<Pair<GenKill, SymbolicSum>> p =
        Semirings.product(Semirings.genKillUnion(2), Semirings.symbolic());
    BitSet bit0 = new BitSet();
    bit0.set(0);
    Pair<GenKill, SymbolicSum> a = Pair.of(GenKill.of(bit0, new BitSet()), SymbolicSum.atom("a"));
    Pair<GenKill, SymbolicSum> b = Pair.of(GenKill.of(new BitSet(), bit0), SymbolicSum.atom("b"));
    Semiring<Pair<GenKill, SymbolicSum>> r = p.reversed();
    assertNotEquals(p.times(a, b), p.times(b, a));
    assertEquals(p.times(b, a), r.times(a, b));
    assertEquals("b·a", r.times(a, b).second().toString());
    assertEquals(p, r.reversed());
    assertNotEquals(p, r);
  }

  @Test
  void pairRejectsNull() {
    assertThrows(NullPointerException.class, () -> Pair.of(null, 1));
    assertThrows(NullPointerException.class, () -> Pair.of(1, null));
    assertEquals("(1, x)", Pair.of(1, "x").toString());
    assertEquals(List.of(Pair.of(1, 2)), List.of(Pair.of(1, 2)));
  }
}
