package org.pathsum.benchmarks.wpds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathsum.dataflow.GenKillProblem;
import org.pathsum.dataflow.RealCodeProblem;

class InterproceduralJarBenchmarkTest {

  @Test
  void jarsAreTheRealJarsOfTheLocalRepository() {
    for (String name : List.of("asm", "jgrapht-core")) {
      Path jar = InterproceduralJarBenchmark.jarFile(name);
      assertTrue(Files.isRegularFile(jar), jar.toString());
      assertTrue(jar.getFileName().toString().startsWith(name + "-"), jar.toString());
    }
    assertThrows(IllegalArgumentException.class, () -> InterproceduralJarBenchmark.jarFile("nope"));
  }

  /** Both benchmark methods answer the same problem: their fact totals agree (and are not 0). */
  @Test
  void bothSolversCountTheSameFactsOnASampleOfAsm() {
    RealCodeProblem real = RealCodeProblem.sample(org.objectweb.asm.ClassReader.class, 12);
    for (String name : List.of("reaching-definitions", "live-variables")) {
      GenKillProblem a = real.analysis(name);
      long wpds = InterproceduralJarBenchmark.wpdsFacts(real.graph(), a, real.roots());
      long heros = InterproceduralJarBenchmark.herosFacts(real.graph(), a, real.roots());
      assertTrue(wpds > 0, name);
      assertEquals(heros, wpds, name);
    }
  }
}
