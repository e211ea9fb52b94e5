package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pathsum.ad.expr.Expression;

/** Hessian-vector products from dual-number labels, against closed forms and differences. */
class HessianVectorTest {

  @Test
  void lectureHessian() {
    // F = x²y + 5xy² + 4y³: H = [[2y, 2x + 10y], [2x + 10y, 10x + 24y]] = [[10, 56], [56, 150]]
    ComputationGraph g = LectureExample.graph();
    double[] point = {3, 5};
    assertArrayEquals(new double[] {10, 56}, g.hessianVector(0, point, new double[] {1, 0}));
    assertArrayEquals(new double[] {56, 150}, g.hessianVector(0, point, new double[] {0, 1}));
    assertArrayEquals(
        new double[] {10 * 2 - 56, 56 * 2 - 150},
        g.hessianVector(0, point, new double[] {2, -1}));
  }

  @Test
  void matchesDifferencesOfTheReverseGradient() {
    int tested = 0;
    for (long seed = 1; seed <= 200; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      RandomProgram program =
          new RandomProgram(random, 1 + random.nextInt(3), 4 + random.nextInt(15), 1);
      double[] point = null;
      for (int attempt = 0; attempt < 50 && point == null; attempt++) {
        double[] p = random.doubles(program.inputCount, -2, 2).toArray();
        point = program.isSmoothAt(p) ? p : null;
      }
      if (point == null) {
        continue;
      }
      ComputationGraph g = program.record();
      double[] u = random.doubles(point.length, -1, 1).toArray();
      double[] hu = g.hessianVector(0, point, u);
      double h = 1e-5;
      double[] plus = point.clone();
      double[] minus = point.clone();
      for (int i = 0; i < u.length; i++) {
        plus[i] += h * u[i];
        minus[i] -= h * u[i];
      }
      double[] gp = g.gradient(plus).gradient();
      double[] gm = g.gradient(minus).gradient();
      for (int i = 0; i < hu.length; i++) {
        double fd = (gp[i] - gm[i]) / (2 * h);
        assertEquals(fd, hu[i], 1e-4 * Math.max(1, Math.abs(fd)), "seed " + seed + " entry " + i);
      }
      tested++;
    }
    assertTrue(tested >= 100, "tested " + tested);
  }

  @Test
  void misuseAndNonFinitePointsAreRefused() {
    ComputationGraph g = LectureExample.graph();
    assertThrows(IllegalArgumentException.class,
        () -> g.hessianVector(1, new double[] {3, 5}, new double[] {1, 0}));
    assertThrows(IllegalArgumentException.class,
        () -> g.hessianVector(0, new double[] {3, 5}, new double[] {1}));
    assertThrows(IllegalArgumentException.class,
        () -> g.hessianVector(0, new double[] {3}, new double[] {1}));
    ComputationGraph log = Expression.compile("log(x)", List.of("x")).graph();
    NonFiniteValueException e =
        assertThrows(NonFiniteValueException.class,
            () -> log.hessianVector(0, new double[] {-1}, new double[] {1}));
    assertEquals(Op.LOG, e.op());
  }
}
