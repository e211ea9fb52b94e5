package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The library as the named module {@code org.pathsum.ad}, as a user on the module path runs it:
 * run by its own surefire execution on the module path (every other test runs on the class path).
 * The descriptor exports the two API packages and nothing else, and a small tape still compiles to
 * a hidden class of the module, with the interpreter's results bit for bit; so do an array graph's
 * fused loops, with the node-by-node results.
 */
class NamedModuleTest {

  private final Module module = ComputationGraph.class.getModule();

  @Test
  void theModuleExportsOnlyTheApiPackages() {
    assertTrue(module.isNamed(), "run on the module path");
    assertEquals("org.pathsum.ad", module.getName());
    TreeSet<String> exported = new TreeSet<>();
    for (ModuleDescriptor.Exports e : module.getDescriptor().exports()) {
      assertFalse(e.isQualified(), e.toString());
      exported.add(e.source());
    }
    assertEquals(new TreeSet<>(List.of("org.pathsum.ad", "org.pathsum.ad.expr")), exported);
  }

  @Test
  void aSmallTapeCompilesToAHiddenClassOfTheModule() {
    ComputationGraph compiled = TestPrograms.rosenbrock(10);
    ComputationGraph interpreted = TestPrograms.rosenbrock(10);
    Tape.Compiled k = compiled.engine().compile(0);
    assertNotNull(k);
    assertTrue(k.getClass().isHidden(), k.getClass().getName());
    assertEquals(module, k.getClass().getModule());
    assertEquals("org.pathsum.ad", k.getClass().getPackageName());
    SplittableRandom random = new SplittableRandom(19);
    for (int round = 0; round < 100; round++) {
      double[] point = random.doubles(10, -2, 2).toArray();
      double[] expected = new double[10];
      double[] actual = new double[10];
      double value = interpreted.valueAndGradient(point, expected);
      assertEquals(value, compiled.valueAndGradient(point, actual), "round " + round);
      assertArrayEquals(expected, actual, "round " + round);
    }
    assertTrue(compiled.engine().isCompiled(0));
    assertFalse(interpreted.engine().isCompiled(0), "100 uses: not due yet");
  }

  @Test
  void anArrayGraphFusesItsLoopsInTheModule() {
    ArrayRecorder recorder = new ArrayRecorder();
    ArrayRecorder.Node out =
        ((ArrayProgram) ArrayFunctions::rosenbrock).run(recorder, List.of(recorder.input(100)));
    ArrayTape tape = recorder.toTape(out);
    ArrayGraph fused = new ArrayGraph(tape, List.of("x"), true);
    ArrayGraph alone = new ArrayGraph(tape, List.of("x"), false);
    assertEquals(1, fused.engine().segmentCount(), "the loop was defined as a hidden class");
    double[] point = new SplittableRandom(23).doubles(100, -2, 2).toArray();
    double[] expected = new double[100];
    double[] actual = new double[100];
    assertEquals(alone.valueAndGradient(point, expected), fused.valueAndGradient(point, actual));
    for (int i = 0; i < 100; i++) {
      assertEquals(expected[i], actual[i], 1e-12 * Math.max(1, Math.abs(expected[i])), "at " + i);
    }
  }
}
