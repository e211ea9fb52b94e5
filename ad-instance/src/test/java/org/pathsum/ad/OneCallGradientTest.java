package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathsum.ad.expr.ExpressionCompiler;
import org.pathsum.ad.expr.ParseException;
import org.pathsum.semiring.PathSumException;

/** The one-call gradient API: of a graph, of a program (also as a lambda), of an expression. */
class OneCallGradientTest {

  @Test
  void gradientOfTheLectureExampleEveryWay() {
    double[] expected = {155, 459};
    ComputationGraph g = LectureExample.graph();
    assertArrayEquals(expected, g.gradient(3, 5));
    double[] into = new double[2];
    assertEquals(920, g.gradient(new double[] {3, 5}, into));
    assertArrayEquals(expected, into);
    Program lambda =
        Program.of(
            (a, in) -> {
              Object x = in.get(0);
              Object y = in.get(1);
              return List.of(
                  a.mul(a.add(x, a.mul(a.constant(4), y)), a.mul(a.add(x, y), y)));
            });
    assertArrayEquals(expected, lambda.gradient(3, 5));
    assertArrayEquals(new double[] {920}, lambda.evaluate(3, 5));
    assertEquals(155, lambda.derivatives(0, 3, 5).get(0).derivative());
    assertEquals(
        Map.of("x", 155.0, "y", 459.0),
        ExpressionCompiler.gradient("(x + 4*y) * ((x + y) * y)", Map.of("y", 5.0, "x", 3.0)));
  }

  @Test
  void misuseIsNamed() {
    ComputationGraph two = ExpressionCompiler.compile("x; x*x", List.of("x"));
    assertThrows(IllegalArgumentException.class, () -> two.gradient(1.0));
    double[] into = new double[1];
    assertEquals(1.0, two.gradient(1, new double[] {1}, into));
    assertArrayEquals(new double[] {2}, into);
    assertThrows(IllegalArgumentException.class, () -> two.gradient(2, new double[] {1}, into));
    assertThrows(
        IllegalArgumentException.class, () -> two.gradient(0, new double[] {1}, new double[2]));
    assertThrows(IllegalArgumentException.class, () -> two.gradient(0, new double[2], into));
    ParseException unknown =
        assertThrows(ParseException.class, () -> ExpressionCompiler.gradient("x + z", Map.of("x", 1.0)));
    assertEquals(5, unknown.column());
    NonFiniteValueException nan =
        assertThrows(
            NonFiniteValueException.class, () -> ExpressionCompiler.gradient("log(x)", Map.of("x", -1.0)));
    assertEquals(Op.LOG, nan.op());
    // both are refusals of the one root type
    assertEquals(PathSumException.class, ParseException.class.getSuperclass());
    assertEquals(PathSumException.class, NonFiniteValueException.class.getSuperclass());
  }
}
