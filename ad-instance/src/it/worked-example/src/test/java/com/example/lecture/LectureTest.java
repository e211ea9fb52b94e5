package com.example.lecture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;
import org.pathsum.ad.Arithmetic;
import org.pathsum.ad.ComputationGraph;
import org.pathsum.ad.ComputationGraph.Node;
import org.pathsum.ad.Dual;
import org.pathsum.ad.Gradient;
import org.pathsum.ad.Jacobian;
import org.pathsum.ad.LabeledGraph;
import org.pathsum.ad.NonFiniteValueException;
import org.pathsum.ad.Program;
import org.pathsum.ad.expr.Expression;
import org.pathsum.ad.expr.ParseException;
import org.pathsum.semiring.PathSumException;

/** F(3, 5) = 920 and ∇F(3, 5) = (155, 459) by every door of org.pathsum.ad, as a module. */
class LectureTest {

  private static final double[] POINT = {3, 5};
  private static final double[] GRADIENT = {155, 459};

  @Test
  void bothSidesAreNamedModules() {
    assertEquals("com.example.lecture", Lecture.class.getModule().getName());
    assertEquals("org.pathsum.ad", ComputationGraph.class.getModule().getName());
    assertEquals("org.pathsum.ad", Expression.class.getModule().getName());
  }

  @Test
  void theProgramRunsOnDoublesAndDuals() {
    Program f = Lecture.program();
    assertArrayEquals(new double[] {920}, f.evaluate(POINT));
    assertEquals(Dual.of(920, 155), f.derivatives(0, POINT).get(0));
    assertEquals(Dual.of(920, 459), f.derivatives(1, POINT).get(0));
  }

  @Test
  void theGradientDoors() {
    ComputationGraph graph = Lecture.graph();
    Gradient g = graph.gradient(POINT);
    assertEquals(920, g.value());
    assertArrayEquals(GRADIENT, g.gradient());
    double[] into = new double[2];
    assertEquals(920, graph.valueAndGradient(POINT, into));
    assertArrayEquals(GRADIENT, into);
  }

  @Test
  void everyJacobianMode() {
    ComputationGraph graph = Lecture.graph();
    for (Jacobian.Mode mode : Jacobian.Mode.values()) {
      Jacobian j = graph.jacobian(mode, POINT);
      assertArrayEquals(new double[][] {GRADIENT}, j.toArray(), mode.toString());
      assertArrayEquals(new double[] {920}, j.values(), mode.toString());
    }
    assertEquals(Jacobian.Mode.REVERSE, graph.jacobian(POINT).mode());
  }

  @Test
  void theHessianVectorProduct() {
    // H = [[2y, 2x + 10y], [2x + 10y, 10x + 24y]] = [[10, 56], [56, 150]]
    double[] hu = Lecture.graph().hessianVector(0, POINT, new double[] {1, -1});
    assertArrayEquals(new double[] {10 - 56, 56 - 150}, hu);
  }

  @Test
  void theLabeledGraphForStudy() {
    LabeledGraph at = Lecture.graph().labelAt(POINT);
    assertArrayEquals(new double[] {3, 5, 4, 20, 23, 8, 40, 920}, at.values());
    assertArrayEquals(new double[] {5, 4, 1, 1, 1, 1, 5, 8, 40, 23}, at.labels());
    assertEquals(155, at.tangents(0)[7]);
    assertEquals(459, at.adjoints(0)[1]);
    assertEquals("1·40 + 1·5·23", at.symbolicPaths(0, 0).toString());
    assertEquals("40·1·4 + 23·5·1 + 23·8", at.symbolicPathsFromOutput(1, 0).toString());
    Graph<LabeledGraph.Vertex, LabeledGraph.Edge> view = at.asGraph();
    assertEquals(8, view.vertexSet().size());
    assertEquals(10, view.edgeSet().size());
    assertTrue(at.toDot().contains("F: * = 920"), at.toDot());
  }

  @Test
  void aBuilderAndAnExpression() {
    ComputationGraph.Builder b = ComputationGraph.builder();
    Arithmetic<Node> a = b.arithmetic();
    Node x = b.input("x");
    Node y = b.input("y");
    b.output("F", Lecture.f(a, List.of(x, y)));
    assertArrayEquals(GRADIENT, b.build().gradient(POINT).gradient());
    Expression e = Expression.compile("(x + 4*y) * ((x + y) * y)", List.of("x", "y"));
    assertArrayEquals(GRADIENT, e.graph().gradient(POINT).gradient());
  }

  @Test
  void refusalsAreTypedPathSumExceptions() {
    ParseException bad =
        assertThrows(ParseException.class, () -> Expression.compile("x + ", List.of("x")));
    assertInstanceOf(PathSumException.class, bad);
    Expression log = Expression.compile("log(x)", List.of("x"));
    NonFiniteValueException nan =
        assertThrows(NonFiniteValueException.class, () -> log.graph().gradient(-1));
    assertInstanceOf(PathSumException.class, nan);
    assertFalse(log.errorAt(nan.nodeIndex(), "log of a negative").isEmpty());
  }

  /**
   * Enough gradients that the library compiles the tape to a hidden class inside its module; the
   * answers stay those of the closed form ∂F/∂x = 2xy + 5y², ∂F/∂y = x² + 10xy + 12y².
   */
  @Test
  void manyGradientsAtNewPointsMatchTheClosedForm() {
    ComputationGraph graph = Lecture.graph();
    SplittableRandom random = new SplittableRandom(5);
    double[] into = new double[2];
    for (int i = 0; i < 5_000; i++) {
      double x = random.nextInt(-50, 50);
      double y = random.nextInt(-50, 50);
      double value = graph.valueAndGradient(new double[] {x, y}, into);
      String at = "seed 5, call " + i + " at (" + x + ", " + y + ")";
      // integers below 2^53 throughout: exact, up to the sign of a zero
      assertEquals(x * x * y + 5 * x * y * y + 4 * y * y * y, value, 0.0, at);
      assertEquals(2 * x * y + 5 * y * y, into[0], 0.0, at);
      assertEquals(x * x + 10 * x * y + 12 * y * y, into[1], 0.0, at);
    }
  }
}
