package org.pathsum.semiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The free semiring of formulas, on the lecture's example and on its edge cases. */
class SymbolicSumTest {

  private static final Semiring<SymbolicSum> S = Semirings.symbolic();

  private static SymbolicSum path(String... labels) {
    SymbolicSum w = S.one();
    for (String label : labels) {
      w = S.times(w, SymbolicSum.atom(label));
    }
    return w;
  }

  @Test
  void lectureDerivativeFormulas() {
    // F = (x + 4y)·((x + y)·y) at (3, 5). Paths from x to F: x → x+4y → F (labels 1, 40)
    // and x → x+y → (x+y)·y → F (labels 1, 5, 23).
    SymbolicSum dfdx = S.plus(path("1", "40"), path("1", "5", "23"));
    assertEquals("1·40 + 1·5·23", dfdx.toString());
    // ∂F/∂y: y → 4y → x+4y → F (4, 1, 40); y → x+y → (x+y)·y → F (1, 5, 23); y → (x+y)·y → F (8,
    // 23)
    SymbolicSum dfdy = S.plus(S.plus(path("4", "1", "40"), path("1", "5", "23")), path("8", "23"));
    assertEquals("4·1·40 + 1·5·23 + 8·23", dfdy.toString());
    assertEquals(3, dfdy.termCount());
  }

  @Test
  void zeroOneAndMultiplicities() {
    assertEquals("0", S.zero().toString());
    assertEquals("1", S.one().toString());
    assertTrue(S.zero().isZero());
    SymbolicSum x = SymbolicSum.atom("x");
    SymbolicSum y = SymbolicSum.atom("y");
    SymbolicSum twice = S.plus(S.times(x, y), S.times(x, y));
    assertEquals("2×x·y", twice.toString());
    assertEquals(Map.of(List.of("x", "y"), 2L), twice.terms());
    assertEquals("1 + x", S.plus(S.one(), x).toString());
    // (x + 1)(y + 1) = x·y + x + y + 1
    SymbolicSum expanded = S.times(S.plus(x, S.one()), S.plus(y, S.one()));
    assertEquals("x·y + x + y + 1", expanded.toString());
    assertEquals(
        Map.of(List.of("x", "y"), 1L, List.of("x"), 1L, List.of("y"), 1L, List.of(), 1L),
        expanded.terms());
  }

  @Test
  void equalityIsMultisetEqualityOfWords() {
    SymbolicSum x = SymbolicSum.atom("x");
    SymbolicSum y = SymbolicSum.atom("y");
    assertEquals(S.plus(x, y), S.plus(y, x));
    assertEquals(S.plus(x, y).hashCode(), S.plus(y, x).hashCode());
    assertNotEquals(S.times(x, y), S.times(y, x), "not commutative");
    assertNotEquals(S.plus(x, x), x, "not idempotent");
    assertNotEquals(SymbolicSum.atom("1"), S.one(), "the atom 1 is not the empty word");
    assertEquals(SymbolicSum.word(List.of("x", "y")), S.times(x, y));
    assertEquals(S.one(), SymbolicSum.word(List.of()));
  }

  @Test
  void reversedMultipliesTheOtherWay() {
    SymbolicSum x = SymbolicSum.atom("x");
    SymbolicSum y = SymbolicSum.atom("y");
    Semiring<SymbolicSum> r = S.reversed();
    assertEquals("y·x", r.times(x, y).toString());
    assertEquals(S, r.reversed());
    assertEquals(S.plus(x, y), r.plus(x, y));
  }

  @Test
  void edgeCases() {
    assertThrows(IllegalArgumentException.class, () -> SymbolicSum.atom(""));
    assertThrows(IllegalArgumentException.class, () -> SymbolicSum.word(List.of("a", "")));
    assertThrows(NullPointerException.class, () -> SymbolicSum.atom(null));
    assertTrue(S.properties().isEmpty());
    assertThrows(MissingSemiringPropertyException.class, () -> S.star(S.one()));
  }

  @Test
  void multiplicityOverflowThrows() {
    // (1 + 1)^63 = 2^63 copies of the empty word: more than a long holds
    SymbolicSum two = S.plus(S.one(), S.one());
    SymbolicSum power = S.one();
    for (int i = 0; i < 62; i++) {
      power = S.times(power, two);
    }
    assertEquals(Map.of(List.of(), 1L << 62), power.terms());
    SymbolicSum almost = power;
    assertThrows(ArithmeticException.class, () -> S.times(almost, two));
  }
}
