package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathsum.ad.LabeledGraph.Edge;
import org.pathsum.ad.LabeledGraph.Vertex;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSumSolvers;
import org.pathsum.solver.PathSums;

/**
 * The lecture's worked example: F(x, y) = (x + 4y)·((x + y)·y) at (3, 5), through every door.
 * Expected numbers come from the lecture (and by hand: ∂F/∂x = 2xy + 5y² = 30 + 125, ∂F/∂y = x² +
 * 10xy + 12y² = 9 + 150 + 300).
 */
class WorkedExampleTest {

  private final ComputationGraph g = LectureExample.graph();
  private final LabeledGraph labeled = g.labelAt(3, 5);

  @Test
  void valuesOfEveryIntermediate() {
    assertArrayEquals(new double[] {920}, labeled.outputValues());
    // x, y, 4, 4y, x+4y, x+y, (x+y)y, F in creation order
    assertArrayEquals(new double[] {3, 5, 4, 20, 23, 8, 40, 920}, labeled.values());
    assertEquals(8, g.nodeCount());
    assertEquals(10, g.edgeCount());
  }

  @Test
  void labelsAreTheLecturesLocalPartials() {
    // edges in creation order: 4y{4<-,y<-}, x+4y{x,4y}, x+y{x,y}, (x+y)y{x+y,y}, F{a,b}
    assertArrayEquals(new double[] {5, 4, 1, 1, 1, 1, 5, 8, 40, 23}, labeled.labels());
  }

  @Test
  void everyDoorGives920And155And459() {
    Gradient gradient = g.gradient(3, 5);
    assertEquals(920, gradient.value());
    assertArrayEquals(new double[] {155, 459}, gradient.gradient());
    assertEquals(List.of("x", "y"), gradient.inputNames());
    assertEquals("F", gradient.outputName());
    double[] into = new double[2];
    assertEquals(920, g.valueAndGradient(new double[] {3, 5}, into));
    assertArrayEquals(new double[] {155, 459}, into);
    for (Jacobian.Mode mode : Jacobian.Mode.values()) {
      Jacobian j = g.jacobian(mode, 3, 5);
      assertEquals(mode, j.mode());
      assertArrayEquals(new double[][] {{155, 459}}, j.toArray(), mode.toString());
      assertArrayEquals(new double[] {920}, j.values(), mode.toString());
      assertEquals(List.of("F"), j.outputNames());
      assertEquals(List.of("x", "y"), j.inputNames());
    }
    // two inputs, one output: the cheaper mode is reverse
    assertEquals(Jacobian.Mode.REVERSE, g.jacobian(3, 5).mode());
  }

  @Test
  void tangentsAndAdjointsOfEveryNode() {
    // d node / dx: x=1, y=0, 4=0, 4y=0, x+4y=1, x+y=1, (x+y)y=y=5, F=155
    assertArrayEquals(new double[] {1, 0, 0, 0, 1, 1, 5, 155}, labeled.tangents(0));
    // dF / d node: x=155, y=459, 4=dF/d4=y*40=200, 4y=40, x+4y=40, x+y=23*5, (x+y)y=23, F=1
    assertArrayEquals(new double[] {155, 459, 200, 40, 40, 115, 23, 1}, labeled.adjoints(0));
  }

  @Test
  void theSameProgramRunsOnDoublesAndDuals() {
    assertEquals(920.0, LectureExample.f(Arithmetic.ofDouble(), List.of(3.0, 5.0)));
    Dual dx = LectureExample.f(Arithmetic.ofDual(), DualEvaluator.seeded(new double[] {3, 5}, 0));
    Dual dy = LectureExample.f(Arithmetic.ofDual(), DualEvaluator.seeded(new double[] {3, 5}, 1));
    assertEquals(Dual.of(920, 155), dx);
    assertEquals(Dual.of(920, 459), dy);
  }

  /** An independent solver: graph-solver's front door on the JGraphT view, with the labels. */
  @Test
  void theFrontDoorOnTheJGraphTViewAgrees() {
    PathSumSolver<Vertex, Double> solver =
        PathSumSolvers.forGraph(labeled.asGraph(), Semirings.real(), Edge::label);
    Vertex x = labeled.vertex(g.inputs().get(0));
    Vertex y = labeled.vertex(g.inputs().get(1));
    Vertex f = labeled.vertex(g.outputs().get(0));
    PathSums<Vertex, Double> fromX = solver.solveFrom(x);
    PathSums<Vertex, Double> toF = solver.solveTo(f);
    assertEquals(155.0, fromX.get(f));
    assertEquals(155.0, toF.get(x));
    assertEquals(459.0, toF.get(y));
    assertEquals(459.0, solver.solveFrom(y).get(f));
  }

  @Test
  void hessianOfTheLectureExample() {
    // F = x²y + 5xy² + 4y³: H = [[2y, 2x + 10y], [2x + 10y, 10x + 24y]] = [[10, 56], [56, 150]]
    double[] point = {3, 5};
    assertArrayEquals(new double[] {10, 56}, g.hessianVector(0, point, new double[] {1, 0}));
    assertArrayEquals(new double[] {56, 150}, g.hessianVector(0, point, new double[] {0, 1}));
  }
}
