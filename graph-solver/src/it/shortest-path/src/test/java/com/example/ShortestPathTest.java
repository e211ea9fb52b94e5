package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.module.ModuleDescriptor;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.PathSumSolvers;

class ShortestPathTest {

  @Test
  void shortestDistancesThroughTheFrontDoor() {
    assertEquals(
        Map.of("a", 0.0, "b", 1.0, "c", 3.0, "d", Double.POSITIVE_INFINITY),
        ShortestPaths.fromA());
  }

  /** The modules export their API packages to everyone and nothing else. */
  @Test
  void theModulesExportTheirApiOnly() {
    Module solver = PathSumSolvers.class.getModule();
    assertEquals("org.pathsum.solver", solver.getName());
    assertEquals(Set.of("org.pathsum.solver"), unqualifiedExports(solver));
    assertFalse(solver.isExported("org.pathsum.solver.internal"));
    assertFalse(solver.isExported("org.pathsum.solver.internal.compiled"));
    assertFalse(solver.isExported("org.pathsum.solver.internal.compiled", getClass().getModule()));
    Module semiring = Semiring.class.getModule();
    assertEquals("org.pathsum.semiring", semiring.getName());
    assertEquals(Set.of("org.pathsum.semiring"), unqualifiedExports(semiring));
  }

  private static Set<String> unqualifiedExports(Module m) {
    return m.getDescriptor().exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }
}
