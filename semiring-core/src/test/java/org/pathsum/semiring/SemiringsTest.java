package org.pathsum.semiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The factories' names, as the command line uses them. */
class SemiringsTest {

  @Test
  void everyNameResolvesToTheSemiringOfThatName() {
    assertEquals(
        List.of(
            "real",
            "boolean",
            "tropical",
            "max-plus",
            "counting",
            "bottleneck",
            "viterbi",
            "log",
            "exact-counting",
            "expectation",
            "second-order",
            "provenance"),
        Semirings.names());
    for (String name : Semirings.names()) {
      Optional<Semiring<?>> s = Semirings.byName(name);
      assertTrue(s.isPresent(), name);
      assertEquals(name, s.get().name());
      assertEquals(s, Semirings.byName(name.toUpperCase(java.util.Locale.ROOT)));
    }
    assertEquals(Optional.of(Semirings.tropical()), Semirings.byName("tropical"));
    assertEquals(Optional.of(Semirings.counting()), Semirings.byName("counting"));
    assertEquals(Optional.empty(), Semirings.byName("min-plus"));
    assertEquals(Optional.empty(), Semirings.byName(""));
    assertThrows(NullPointerException.class, () -> Semirings.byName(null));
    assertThrows(UnsupportedOperationException.class, () -> Semirings.names().add("x"));
  }

  @Test
  void doubleByNameCoversExactlyTheDoubleSemirings() {
    for (String name : Semirings.names()) {
      boolean isDouble = Semirings.byName(name).orElseThrow() instanceof DoubleSemiring;
      assertEquals(isDouble, Semirings.doubleByName(name).isPresent(), name);
    }
    assertEquals(Optional.of(Semirings.log()), Semirings.doubleByName("LOG"));
  }

  @Test
  void semiringsAreValuesWithStableEquality() {
    assertEquals(Semirings.tropical(), Semirings.byName("tropical").orElseThrow());
    assertEquals(Semirings.real(), Semirings.real(Semirings.DEFAULT_TOLERANCE));
    assertEquals(Semirings.symbolic(), Semirings.symbolic());
    // commutative semirings are their own reversal
    for (String name : Semirings.names()) {
      Semiring<?> s = Semirings.byName(name).orElseThrow();
      assertEquals(s, s.reversed(), name);
    }
  }
}
