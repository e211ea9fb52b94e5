package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  /** The README's one-call gradient snippet (API tour), verbatim. */
  @Test
  void readmeSnippetRunsAsPrinted() {
    Program f =
        new Program() {
          @Override
          public <T> List<T> run(Arithmetic<T> a, List<T> in) {
            T x = in.get(0);
            T y = in.get(1);
            T left = a.add(x, a.mul(a.constant(4), y));
            T right = a.mul(a.add(x, y), y);
            return List.of(a.mul(left, right));
          }
        };
    // --- README snippet begins
    // One call: the gradient of a program, of a lambda, or of an expression string.
    double[] g = f.gradient(3, 5); // {155.0, 459.0}: records f, one labeling pass, one reverse solve
    Program square = Program.scalar((a, x) -> a.pow(a.sub(x.get(0), x.get(1)), a.constant(2)));
    double[] h = square.gradient(1, 3); // {-4.0, 4.0}: a constant exponent takes a negative base
    Map<String, Double> byName =
        ExpressionCompiler.gradient("(x + 4*y) * ((x + y) * y)", Map.of("x", 3.0, "y", 5.0));
    // {x=155.0, y=459.0}

    // A training loop: record once, then each step allocates nothing (a per-thread workspace).
    ComputationGraph loss = Program.record(f, List.of("x", "y"), List.of("F"));
    double[] point = {3, 5};
    double[] gradient = new double[2];
    for (int step = 0; step < 100; step++) {
      double value = loss.gradient(point, gradient); // value and gradient, 0 bytes allocated
      for (int i = 0; i < point.length; i++) {
        point[i] -= 1e-4 * gradient[i];
      }
    }
    // --- README snippet ends
    assertArrayEquals(new double[] {155, 459}, g);
    assertArrayEquals(new double[] {-4, 4}, h);
    assertEquals(Map.of("x", 155.0, "y", 459.0), byName);
    assertEquals(List.of("x", "y"), List.copyOf(byName.keySet()));
    assertTrue(loss.evaluate(point)[0] < 920, "gradient descent lowered F");
  }
}
