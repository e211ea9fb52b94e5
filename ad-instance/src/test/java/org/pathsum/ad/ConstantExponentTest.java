package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathsum.ad.ComputationGraph.Node;
import org.pathsum.ad.expr.Expression;

/**
 * A constant exponent is a constant-exponent power however it is written, so a negative base is
 * fine; a variable exponent with a negative base is still refused, at the exponent's edge.
 */
class ConstantExponentTest {

  private static Op opOfOutput(ComputationGraph g) {
    return g.outputs().get(0).op();
  }

  private static ComputationGraph compile(String text, String... variables) {
    return Expression.compile(text, List.of(variables)).graph();
  }

  @Test
  void everySpellingOfAConstantExponentIsPowConstAndTakesANegativeBase() {
    // (x - y)^2 at x = 1, y = 3: value 4, gradient (2(x - y), -2(x - y)) = (-4, 4)
    for (String text : List.of("(x - y)^2", "pow(x - y, 2)", "(x - y)^(1+1)", "pow(x - y, 4/2)")) {
      ComputationGraph g = compile(text, "x", "y");
      assertEquals(Op.POW_CONST, opOfOutput(g), text);
      assertArrayEquals(new double[] {4}, g.evaluate(1, 3), text);
      assertArrayEquals(new double[] {-4, 4}, g.gradient(1, 3).gradient(), text);
      assertArrayEquals(new double[] {-4, 4}, g.jacobian(Jacobian.Mode.DUAL, 1, 3).row(0), text);
    }
    ComputationGraph inverse = compile("pow(x, -1)", "x");
    assertEquals(Op.POW_CONST, opOfOutput(inverse));
    assertArrayEquals(new double[] {-0.25}, inverse.gradient(-2).gradient());
  }

  /** {@code pow(x − y, 2)} with the exponent as a constant node. */
  private static <T> T squaredDifference(Arithmetic<T> a, List<T> x) {
    return a.pow(a.sub(x.get(0), x.get(1)), a.constant(2));
  }

  @Test
  void theJavaApiFoldsAConstantExponentNode() {
    Program p = Program.scalar(ConstantExponentTest::squaredDifference);
    ComputationGraph g = p.record(List.of("x", "y"), List.of("f"));
    assertEquals(Op.POW_CONST, opOfOutput(g));
    assertArrayEquals(new double[] {-4, 4}, g.gradient(1, 3).gradient());
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node x = b.input("x");
    Node exponent = b.arithmetic().add(b.constant(1), b.constant(2)); // depends on no input: 3
    b.output("f", b.apply(Op.POW, x, exponent));
    ComputationGraph cubed = b.build();
    assertEquals(Op.POW_CONST, opOfOutput(cubed));
    assertEquals(3.0, cubed.tape().parameter(cubed.outputs().get(0).index()));
    assertArrayEquals(new double[] {12}, cubed.gradient(-2).gradient());
  }

  @Test
  void aVariableExponentWithANegativeBaseIsStillRefusedAtItsEdge() {
    ComputationGraph g = compile("pow(x, y)", "x", "y");
    assertEquals(Op.POW, opOfOutput(g));
    NonFiniteValueException e =
        assertThrows(NonFiniteValueException.class, () -> g.gradient(-2, 2));
    assertEquals(2, e.nodeIndex());
    assertEquals(Op.POW, e.op());
    assertEquals(1, e.operandPosition().getAsInt());
    assertEquals(List.of(0, 1), e.operands());
    assertEquals(
        "the local partial of node 2 (pow of node 0, node 1) with respect to operand 1 (node 1) is"
            + " NaN at this point; the operation is not differentiable there (choose another"
            + " point, or make the exponent a constant, as in x^2 or pow(x, 3), which allows a"
            + " negative base)",
        e.getMessage());
  }
}
