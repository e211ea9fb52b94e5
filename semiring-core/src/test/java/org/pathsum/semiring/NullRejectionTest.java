package org.pathsum.semiring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No semiring operation accepts null, on either side; null is never a member. */
class NullRejectionTest {

  @SuppressWarnings("unchecked")
  private static void assertRejectsNull(Semiring<?> raw) {
    Semiring<Object> s = (Semiring<Object>) raw;
    Object one = s.one();
    String name = s.name();
    assertThrows(NullPointerException.class, () -> s.plus(null, one), name);
    assertThrows(NullPointerException.class, () -> s.plus(one, null), name);
    assertThrows(NullPointerException.class, () -> s.times(null, one), name);
    assertThrows(NullPointerException.class, () -> s.times(one, null), name);
    assertFalse(s.isMember(null), name);
  }

  @Test
  void everyShippedSemiring() {
    List<Semiring<?>> all = new ArrayList<>();
    for (String name : Semirings.names()) {
      all.add(Semirings.byName(name).orElseThrow());
    }
    all.add(Semirings.genKillUnion(4));
    all.add(Semirings.genKillIntersection(4));
    all.add(Semirings.genKillUnion(4).reversed());
    all.add(Semirings.symbolic());
    all.add(Semirings.kTropical(3));
    all.add(Semirings.kMaxPlus(1));
    all.add(Semirings.symbolic().reversed());
    all.add(Semirings.product(Semirings.real(), Semirings.symbolic()));
    all.add(Semirings.lexicographic(Semirings.tropical(), Semirings.counting()));
    for (Semiring<?> s : all) {
      assertRejectsNull(s);
    }
  }
}
