package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathsum.ad.expr.Expression;
import org.pathsum.ad.expr.ParseException;
import org.pathsum.semiring.PathSumException;

/** The gradient door: of a recorded program, of a built graph, of an expression; its refusals. */
class OneCallGradientTest {

  @Test
  void gradientOfTheLectureExampleEveryWay() {
    Gradient expected = LectureExample.graph().gradient(3, 5);
    assertEquals(920, expected.value());
    assertArrayEquals(new double[] {155, 459}, expected.gradient());
    Program byReference = Program.scalar(LectureExample::f);
    assertEquals(expected, byReference.record(List.of("x", "y"), List.of("F")).gradient(3, 5));
    assertEquals(155, byReference.derivatives(0, 3, 5).get(0).derivative());
    ComputationGraph byText =
        Expression.compile("(x + 4*y) * ((x + y) * y)", List.of("x", "y")).graph();
    Gradient fromText = byText.gradient(3, 5);
    assertEquals(920, fromText.value());
    assertArrayEquals(expected.gradient(), fromText.gradient());
    assertEquals(List.of("x", "y"), fromText.inputNames());
  }

  @Test
  void theResultIsImmutable() {
    Gradient g = LectureExample.graph().gradient(3, 5);
    g.gradient()[0] = 99;
    assertEquals(155, g.get(0));
    assertEquals(459, g.get(1));
    assertThrows(IllegalArgumentException.class, () -> g.get(2));
    assertNotEquals(g, LectureExample.graph().gradient(3, 6));
  }

  @Test
  void misuseIsNamed() {
    ComputationGraph two = Expression.compile("x; x*x", List.of("x")).graph();
    assertThrows(IllegalArgumentException.class, () -> two.gradient(1.0));
    assertThrows(
        IllegalArgumentException.class,
        () -> two.valueAndGradient(new double[] {1}, new double[1]));
    double[] into = new double[1];
    assertEquals(1.0, two.valueAndGradient(1, new double[] {1}, into));
    assertArrayEquals(new double[] {2}, into);
    assertThrows(
        IllegalArgumentException.class, () -> two.valueAndGradient(2, new double[] {1}, into));
    assertThrows(
        IllegalArgumentException.class,
        () -> two.valueAndGradient(0, new double[] {1}, new double[2]));
    assertThrows(
        IllegalArgumentException.class, () -> two.valueAndGradient(0, new double[2], into));
    ParseException unknown =
        assertThrows(ParseException.class, () -> Expression.compile("x + z", List.of("x")));
    assertEquals(5, unknown.column());
    ComputationGraph log = Expression.compile("log(x)", List.of("x")).graph();
    NonFiniteValueException nan =
        assertThrows(NonFiniteValueException.class, () -> log.gradient(-1.0));
    assertEquals(Op.LOG, nan.op());
    // both are refusals of the one root type
    assertEquals(PathSumException.class, ParseException.class.getSuperclass());
    assertEquals(PathSumException.class, NonFiniteValueException.class.getSuperclass());
  }

  @Test
  void anExpressionLocatesARefusalInItsText() {
    Expression e = Expression.compile("y = x - 1;\nsqrt(y) + log(y)", List.of("x"));
    NonFiniteValueException nan =
        assertThrows(NonFiniteValueException.class, () -> e.graph().gradient(0.5));
    ParseException located = e.errorAt(nan.nodeIndex(), "sqrt of a negative").orElseThrow();
    assertEquals(2, located.line());
    assertEquals(1, located.column());
    assertEquals("sqrt(y) + log(y)", located.sourceLine());
    assertEquals("2:1: sqrt of a negative", located.getMessage());
    assertEquals(List.of(), e.errorAt(0, "an input").stream().toList());
    assertEquals(List.of(), e.errorAt(99, "no such node").stream().toList());
  }
}
