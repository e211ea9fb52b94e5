package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pathsum.ad.ComputationGraph.Node;

/** Parallel edges, the kink conventions, the arity checks and NaN reporting. */
class RulesAndKinksTest {

  /** Records {@code op} applied to inputs a0..a(k-1) as the single output. */
  private static ComputationGraph unaryOrVariadic(Op op, int arity) {
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node[] in = new Node[arity];
    for (int i = 0; i < arity; i++) {
      in[i] = b.input("a" + i);
    }
    b.output("f", b.apply(op, in));
    return b.build();
  }

  private static double[] gradient(ComputationGraph g, double... point) {
    return g.gradient(point).gradient();
  }

  private static double[] dualGradient(ComputationGraph g, double... point) {
    return g.jacobian(Jacobian.Mode.DUAL, point).row(0);
  }

  @Test
  void squareHasTwoParallelEdgesAndDerivativeTwoX() {
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node x = b.input("x");
    b.output("f", b.arithmetic().mul(x, x));
    ComputationGraph g = b.build();
    assertEquals(2, g.edgeCount());
    LabeledGraph l = g.labelAt(7);
    assertEquals(2, l.asGraph().getAllEdges(l.vertex(x), l.vertex(g.outputs().get(0))).size());
    assertArrayEquals(new double[] {14}, gradient(g, 7));
    assertArrayEquals(new double[] {14}, g.jacobian(Jacobian.Mode.FORWARD, 7).row(0));
    assertArrayEquals(new double[] {1, 14}, l.tangents(0), "x, then x*x");
    assertArrayEquals(new double[] {14}, dualGradient(g, 7));
  }

  @Test
  void reluAndAbsHaveZeroDerivativeAtZero() {
    for (Op op : List.of(Op.RELU, Op.ABS)) {
      ComputationGraph g = unaryOrVariadic(op, 1);
      assertArrayEquals(new double[] {0}, gradient(g, 0.0), op.toString());
      assertArrayEquals(new double[] {0}, gradient(g, -0.0), op.toString());
      assertArrayEquals(new double[] {0}, dualGradient(g, 0.0), op.toString());
      assertArrayEquals(new double[] {1}, gradient(g, 2.0), op.toString());
    }
    assertArrayEquals(new double[] {0}, gradient(unaryOrVariadic(Op.RELU, 1), -2.0));
    assertArrayEquals(new double[] {-1}, gradient(unaryOrVariadic(Op.ABS, 1), -2.0));
  }

  @Test
  void maxAndMinAtATiePickOnlyTheFirst() {
    for (Op op : List.of(Op.MAX, Op.MIN)) {
      ComputationGraph g = unaryOrVariadic(op, 3);
      assertArrayEquals(new double[] {1, 0, 0}, gradient(g, 2, 2, 2), op.toString());
      assertArrayEquals(new double[] {1, 0, 0}, dualGradient(g, 2, 2, 2), op.toString());
    }
    // the max picks the first of the two greatest
    assertArrayEquals(new double[] {0, 1, 0}, gradient(unaryOrVariadic(Op.MAX, 3), 1, 2, 2));
    // the min picks the first of the two smallest
    assertArrayEquals(new double[] {0, 1, 0}, gradient(unaryOrVariadic(Op.MIN, 3), 3, 1, 1));
  }

  @Test
  void maxOfANodeWithItselfHasDerivativeOneNotTwo() {
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node x = b.input("x");
    b.output("f", b.apply(Op.MAX, x, x));
    ComputationGraph g = b.build();
    assertArrayEquals(new double[] {1}, gradient(g, 3));
    assertArrayEquals(new double[] {1}, dualGradient(g, 3));
  }

  @Test
  void opPartialsMatchTheTableAtAPoint() {
    double a = 0.7;
    double b = 1.3;
    assertEquals(b, Op.MUL.partial(0, new double[] {a, b}, 0));
    assertEquals(-a / (b * b), Op.DIV.partial(1, new double[] {a, b}, 0), 1e-15);
    assertEquals(3 * a * a, Op.POW_CONST.partial(0, new double[] {a}, 3), 1e-15);
    assertEquals(Math.pow(a, b) * Math.log(a), Op.POW.partial(1, new double[] {a, b}, 0), 1e-15);
    assertEquals(0.0, Op.POW.partial(1, new double[] {0, b}, 0));
    assertEquals(0.0, Op.POW_CONST.partial(0, new double[] {0}, 0));
    double s = 1 / (1 + Math.exp(-a));
    assertEquals(s * (1 - s), Op.SIGMOID.partial(0, new double[] {a}, 0), 1e-15);
    assertEquals(1 / (2 * Math.sqrt(a)), Op.SQRT.partial(0, new double[] {a}, 0), 1e-15);
    assertEquals(1 - Math.tanh(a) * Math.tanh(a), Op.TANH.partial(0, new double[] {a}, 0), 1e-15);
  }

  @Test
  void functionNamesAndArity() {
    assertEquals(Optional.of(Op.SIN), Op.byFunctionName("sin"));
    assertEquals(Optional.of(Op.POW), Op.byFunctionName("pow"));
    assertEquals(Optional.of(Op.MAX), Op.byFunctionName("max"));
    assertEquals(Optional.empty(), Op.byFunctionName("+"));
    assertEquals(Optional.empty(), Op.byFunctionName("input"));
    assertEquals("^", Op.POW_CONST.functionName());
    assertEquals(Integer.MAX_VALUE, Op.MIN.maxArity());
    for (Op op : Op.values()) {
      if (op.isFunction()) {
        assertEquals(Optional.of(op), Op.byFunctionName(op.functionName()), op.toString());
      }
    }
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node x = b.input("x");
    assertThrows(IllegalArgumentException.class, () -> b.apply(Op.ADD, x));
    assertThrows(IllegalArgumentException.class, () -> b.apply(Op.SIN, x, x));
    assertThrows(IllegalArgumentException.class, () -> b.apply(Op.MAX));
    assertThrows(IllegalArgumentException.class, () -> b.input("x"));
    assertThrows(IllegalArgumentException.class, () -> b.constant(Double.NaN));
    Node foreign = ComputationGraph.builder().input("y");
    assertThrows(IllegalArgumentException.class, () -> b.apply(Op.SIN, foreign));
  }

  @Test
  void logOfANegativeIsReportedWithTheNode() {
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node x = b.input("x");
    Node neg = b.arithmetic().neg(x);
    Node log = b.apply(Op.LOG, neg);
    b.output("f", b.arithmetic().add(log, x));
    ComputationGraph g = b.build();
    NonFiniteValueException e = assertThrows(NonFiniteValueException.class, () -> g.labelAt(2));
    assertEquals(log.index(), e.nodeIndex());
    assertEquals(Op.LOG, e.op());
    assertEquals(List.of(neg.index()), e.operands());
    assertTrue(Double.isNaN(e.value()));
    assertFalse(e.isLabel());
  }

  @Test
  void infiniteLabelOfSqrtAtZeroIsReportedWithItsOperand() {
    ComputationGraph g = unaryOrVariadic(Op.SQRT, 1);
    NonFiniteValueException e = assertThrows(NonFiniteValueException.class, () -> g.labelAt(0));
    assertEquals(1, e.nodeIndex());
    assertEquals(Op.SQRT, e.op());
    assertTrue(e.isLabel());
    assertEquals(0, e.operandPosition().getAsInt());
    assertEquals(Double.POSITIVE_INFINITY, e.value());
  }

  @Test
  void powOfANegativeBaseReportsTheExponentEdge() {
    ComputationGraph g = unaryOrVariadic(Op.POW, 2);
    NonFiniteValueException e =
        assertThrows(NonFiniteValueException.class, () -> g.labelAt(-2, 2));
    assertEquals(Op.POW, e.op());
    assertEquals(1, e.operandPosition().getAsInt());
    assertTrue(Double.isNaN(e.value()));
  }

  @Test
  void nonFiniteInputIsReported() {
    ComputationGraph g = unaryOrVariadic(Op.SIN, 1);
    NonFiniteValueException e =
        assertThrows(NonFiniteValueException.class, () -> g.labelAt(Double.NaN));
    assertEquals(0, e.nodeIndex());
    assertEquals(Op.INPUT, e.op());
  }

  @Test
  void pointsAreCheckedByLengthAtEveryDoor() {
    ComputationGraph g = LectureExample.graph();
    assertThrows(IllegalArgumentException.class, () -> g.labelAt(1.0));
    assertThrows(IllegalArgumentException.class, () -> g.gradient(1.0, 2.0, 3.0));
    assertThrows(IllegalArgumentException.class, () -> g.jacobian(1.0));
    assertThrows(IllegalArgumentException.class, () -> g.evaluate(1.0));
    assertThrows(IllegalArgumentException.class,
        () -> g.valueAndGradient(new double[] {1}, new double[2]));
    assertThrows(IllegalArgumentException.class,
        () -> g.valueAndGradient(new double[] {1, 2}, new double[1]));
    assertThrows(NullPointerException.class, () -> g.gradient((double[]) null));
  }
}
