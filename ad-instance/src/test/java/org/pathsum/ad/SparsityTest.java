package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pathsum.ad.ComputationGraph.Node;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.internal.compiled.DagSweeps;

/** The boolean path problem gives the Jacobian's structural zeros. */
class SparsityTest {

  @Test
  void independentOutputsHaveFalseEntries() {
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node x = b.input("x");
    Node y = b.input("y");
    Node z = b.input("z");
    b.output("f", b.arithmetic().mul(x, y));
    b.output("g", b.apply(Op.SIN, z));
    b.output("h", b.constant(2));
    boolean[][] p = b.build().sparsity();
    assertArrayEquals(new boolean[] {true, true, false}, p[0]);
    assertArrayEquals(new boolean[] {false, false, true}, p[1]);
    assertArrayEquals(new boolean[] {false, false, false}, p[2]);
  }

  @Test
  void everyNonZeroDerivativeIsInThePattern() {
    int checked = 0;
    for (long seed = 1; seed <= 100; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      RandomProgram program = new RandomProgram(random, 4, 3 + random.nextInt(10), 3);
      ComputationGraph g = program.record();
      boolean[][] pattern = g.sparsity();
      double[] point = random.doubles(4, 0.5, 1.5).toArray();
      Jacobian j;
      try {
        j = g.jacobian(Jacobian.Mode.REVERSE, point);
      } catch (NonFiniteValueException e) {
        continue;
      }
      double[] ones = new double[g.edgeCount()];
      java.util.Arrays.fill(ones, 1.0);
      for (int c = 0; c < j.columns(); c++) {
        // the real path sum with every label 1 counts the paths: > 0 exactly where the pattern is
        double[] paths = DagSweeps.forward(
            g.compiledDag(), Semirings.real(), ones, g.inputs().get(c).index());
        for (int r = 0; r < j.rows(); r++) {
          String at = "seed " + seed + " entry " + r + "," + c;
          assertEquals(paths[g.outputs().get(r).index()] > 0, pattern[r][c], at);
          if (j.get(r, c) != 0) {
            assertTrue(pattern[r][c], at);
          }
          checked++;
        }
      }
    }
    assertTrue(checked > 500, "checked " + checked);
    assertEquals(true, LectureExample.graph().sparsity()[0][1]);
  }
}
