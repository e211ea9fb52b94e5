package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.DagPathSolver;
import org.pathsum.solver.PathSums;

/**
 * The lecture's worked example: F(x, y) = (x + 4y)·((x + y)·y) at (3, 5). Expected numbers come
 * from the lecture (and by hand: ∂F/∂x = 2xy + 5y² = 30 + 125, ∂F/∂y = x² + 10xy + 12y² = 9 + 150
 * + 300).
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
  void forwardReverseAndDualGive155And459() {
    double[][] expected = {{155, 459}};
    assertArrayEquals(expected[0], AutoDiff.forwardJacobian(labeled).toArray()[0]);
    assertArrayEquals(expected[0], AutoDiff.reverseJacobian(labeled).toArray()[0]);
    assertArrayEquals(expected[0], DualEvaluator.jacobian(g, 3, 5).toArray()[0]);
    assertArrayEquals(expected[0], AutoDiff.gradient(labeled, 0));
    assertEquals(List.of("x", "y"), AutoDiff.jacobian(labeled).inputNames());
  }

  @Test
  void tangentsAndAdjointsOfEveryNode() {
    // d node / dx: x=1, y=0, 4=0, 4y=0, x+4y=1, x+y=1, (x+y)y=y=5, F=155
    assertArrayEquals(new double[] {1, 0, 0, 0, 1, 1, 5, 155}, AutoDiff.tangents(labeled, 0));
    // dF / d node: x=155, y=459, 4=dF/d4=y*40=200, 4y=40, x+4y=40, x+y=23*5, (x+y)y=23, F=1
    assertArrayEquals(
        new double[] {155, 459, 200, 40, 40, 115, 23, 1}, AutoDiff.adjoints(labeled, 0));
  }

  @Test
  void theSameProgramRunsOnDoublesAndDuals() {
    assertEquals(920.0, LectureExample.f(Arithmetic.ofDouble(), List.of(3.0, 5.0)));
    Dual dx = LectureExample.f(Arithmetic.ofDual(), DualEvaluator.seeded(new double[] {3, 5}, 0));
    Dual dy = LectureExample.f(Arithmetic.ofDual(), DualEvaluator.seeded(new double[] {3, 5}, 1));
    assertEquals(Dual.of(920, 155), dx);
    assertEquals(Dual.of(920, 459), dy);
  }

  @Test
  void genericDagSolverOnTheJGraphTViewAgrees() {
    DagPathSolver<LabeledNode, LabeledEdge, Double> solver =
        DagPathSolver.of(labeled.asGraph(), Semirings.real(), LabeledEdge::label);
    LabeledNode x = labeled.vertex(g.inputs().get(0));
    LabeledNode y = labeled.vertex(g.inputs().get(1));
    LabeledNode f = labeled.vertex(g.outputs().get(0));
    PathSums<LabeledNode, Double> fromX = solver.solveFrom(x);
    PathSums<LabeledNode, Double> toF = solver.solveTo(f);
    assertEquals(155.0, fromX.get(f));
    assertEquals(155.0, toF.get(x));
    assertEquals(459.0, toF.get(y));
    assertEquals(459.0, solver.solveFrom(y).get(f));
  }

  @Test
  void labelAtByNameMatchesByPosition() {
    assertArrayEquals(labeled.labels(), g.labelAt(Map.of("y", 5.0, "x", 3.0)).labels());
  }
}
