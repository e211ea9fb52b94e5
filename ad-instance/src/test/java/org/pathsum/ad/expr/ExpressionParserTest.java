package org.pathsum.ad.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathsum.ad.Op;

class ExpressionParserTest {

  private static Expr only(String source) {
    ParsedProgram p = ExpressionParser.parse(source);
    assertEquals(1, p.statements().size(), source);
    return p.statements().get(0).expr();
  }

  @ParameterizedTest(name = "{0} parses as {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1+2*3          | (1+(2*3))",
        "1*2+3          | ((1*2)+3)",
        "1-2-3          | ((1-2)-3)",
        "8/4/2          | ((8/4)/2)",
        "8/4*2          | ((8/4)*2)",
        "2^3^2          | pow(2, (3^2))",
        "-x^2           | (-(x^2))",
        "-2^2           | (-(2^2))",
        "2^-1           | (2^-1)",
        "x^(2)          | (x^2)",
        "x^-(2)         | (x^-2)",
        "x^y            | pow(x, y)",
        "x^-y           | pow(x, (-y))",
        "x^(1+1)        | pow(x, (1+1))",
        "-x*y           | ((-x)*y)",
        "a*-b           | (a*(-b))",
        "a--b           | (a-(-b))",
        "x - -1         | (x-(-1))",
        "--x            | (-(-x))",
        "-3             | (-3)",
        "+x             | x",
        "(x+y)*z        | ((x+y)*z)",
        "sin(x)^2       | (sin(x)^2)",
        "2*x^3          | (2*(x^3))",
        "max(1, x*y, -z) | max(1, (x*y), (-z))",
        "1e-3*x         | (0.001*x)",
        ".5+x           | (0.5+x)",
        "2.5E+2         | 250",
        "((((x))))      | x",
      })
  void precedenceAndAssociativity(String source, String expected) {
    assertEquals(expected, Expr.render(only(source)));
  }

  /** Values checked against Java's own arithmetic, an independent oracle for the precedence. */
  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2^3^2        | 512",
        "-x^2         | -9",
        "(-x)^2       | 9",
        "2^-1         | 0.5",
        "1-2-3        | -4",
        "8/4/2        | 1",
        "x*y - y/x*3  | 10",
        "-2^-2        | -0.25",
        "min(x, y, 1) | 1",
        "max(x, -y)   | 3",
        "pow(2, x)    | 8",
      })
  void valuesMatchJava(String source, double expected) {
    assertEquals(expected, TestEvaluator.evaluate(only(source), Map.of("x", 3.0, "y", 5.0)), 1e-12);
  }

  @Test
  void everyFunctionParsesToItsOp() {
    for (String name :
        List.of("sin", "cos", "tan", "exp", "log", "sqrt", "tanh", "sigmoid", "relu", "abs")) {
      Expr e = only(name + "(x)");
      Expr.Apply a = assertInstanceOf(Expr.Apply.class, e, name);
      assertSame(Op.byFunctionName(name).orElseThrow(), a.op(), name);
      assertEquals(name, a.op().functionName());
      assertEquals(1, a.operands().size(), name);
    }
    Expr.Apply pow = assertInstanceOf(Expr.Apply.class, only("pow(x, 2)"));
    assertSame(Op.POW, pow.op());
    assertEquals(2, pow.operands().size());
    for (String name : List.of("max", "min")) {
      for (int k = 1; k <= 4; k++) {
        String args = String.join(", ", java.util.Collections.nCopies(k, "x"));
        Expr.Apply a = assertInstanceOf(Expr.Apply.class, only(name + "(" + args + ")"));
        assertSame(Op.byFunctionName(name).orElseThrow(), a.op());
        assertEquals(k, a.operands().size(), name + " with " + k);
      }
    }
  }

  @Test
  void literalExponentIsPowConstAndOtherwisePow() {
    Expr.PowConst c = assertInstanceOf(Expr.PowConst.class, only("x^-2.5"));
    assertEquals(-2.5, c.exponent());
    assertInstanceOf(Expr.Variable.class, c.base());
    assertInstanceOf(Expr.Apply.class, only("x^(0-2)"));
  }

  @Test
  void statementsBindingsAndOutputs() {
    ParsedProgram p = ExpressionParser.parse("a = x + y;\n a * a ; x  *\n y;");
    assertEquals(3, p.statements().size());
    Statement binding = p.statements().get(0);
    assertEquals(Statement.Kind.BINDING, binding.kind());
    assertEquals("a", binding.name());
    assertEquals("x + y", binding.text());
    assertEquals(1, binding.line());
    assertEquals(1, binding.column());
    assertEquals(List.of("a * a", "x * y"), p.outputs().stream().map(Statement::text).toList());
    assertEquals(2, p.outputs().get(0).line());
    assertEquals(2, p.outputs().get(0).column());
  }

  @Test
  void emptyStatementsBetweenSemicolonsAreSkipped() {
    assertEquals(2, ExpressionParser.parse(";x;;y;").statements().size());
  }

  /** A test-only evaluator with an explicit stack, independent of the AD code. */
  static final class TestEvaluator {
    static double evaluate(Expr root, Map<String, Double> point) {
      Deque<Object[]> stack = new ArrayDeque<>(); // {expr, operand values so far}
      Deque<Double> values = new ArrayDeque<>();
      stack.push(new Object[] {root, 0});
      while (!stack.isEmpty()) {
        Object[] top = stack.peek();
        Expr e = (Expr) top[0];
        int done = (Integer) top[1];
        List<Expr> kids =
            e instanceof Expr.Apply a
                ? a.operands()
                : e instanceof Expr.PowConst pc ? List.of(pc.base()) : List.of();
        if (done < kids.size()) {
          top[1] = done + 1;
          stack.push(new Object[] {kids.get(done), 0});
          continue;
        }
        stack.pop();
        double[] xs = new double[kids.size()];
        for (int i = xs.length - 1; i >= 0; i--) {
          xs[i] = values.pop();
        }
        values.push(apply(e, xs, point));
      }
      return values.pop();
    }

    private static double apply(Expr e, double[] xs, Map<String, Double> point) {
      if (e instanceof Expr.Constant c) {
        return c.value();
      } else if (e instanceof Expr.Variable v) {
        return point.get(v.name());
      } else if (e instanceof Expr.PowConst p) {
        return Math.pow(xs[0], p.exponent());
      }
      switch (((Expr.Apply) e).op()) {
        case ADD:
          return xs[0] + xs[1];
        case SUB:
          return xs[0] - xs[1];
        case MUL:
          return xs[0] * xs[1];
        case DIV:
          return xs[0] / xs[1];
        case NEG:
          return -xs[0];
        case POW:
          return Math.pow(xs[0], xs[1]);
        case MAX:
          return java.util.Arrays.stream(xs).max().orElseThrow();
        case MIN:
          return java.util.Arrays.stream(xs).min().orElseThrow();
        default:
          throw new AssertionError(e);
      }
    }
  }
}
