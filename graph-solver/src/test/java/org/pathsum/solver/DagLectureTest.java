package org.pathsum.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.pathsum.solver.testing.LectureExample.F;
import static org.pathsum.solver.testing.LectureExample.FOUR;
import static org.pathsum.solver.testing.LectureExample.FOUR_Y;
import static org.pathsum.solver.testing.LectureExample.X;
import static org.pathsum.solver.testing.LectureExample.X_PLUS_FOUR_Y;
import static org.pathsum.solver.testing.LectureExample.X_PLUS_Y;
import static org.pathsum.solver.testing.LectureExample.X_PLUS_Y_TIMES_Y;
import static org.pathsum.solver.testing.LectureExample.Y;

import java.util.Map;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.testing.LectureExample;

/**
 * The lecture's worked example, F(x, y) = x²y + 5xy² + 4y³ at (3, 5): ∂F/∂x = 2xy + 5y² = 155 and
 * ∂F/∂y = x² + 10xy + 12y² = 459. Every intermediate value below is derived by hand from the edge
 * labels (sum over paths of the product of labels), not produced by the solver.
 */
class DagLectureTest {

  private static final double EXACT = 0.0; // small integers: the real arithmetic here is exact

  private final PathSumSolver<String, Double> solver =
      PathSumSolvers.forGraph(
            LectureExample.graph(), Semirings.real(), LectureExample.graph()::getEdgeWeight);

  @Test
  void forwardFromXIsOneColumnOfTheJacobian() {
    PathSums<String, Double> dx = solver.solveFrom(X);
    assertEquals(X, dx.anchor());
    assertEquals(PathSums.Direction.FROM_SOURCE, dx.direction());
    assertEquals(1.0, dx.get(X), EXACT); // empty path
    assertEquals(0.0, dx.get(Y), EXACT); // unreachable
    assertEquals(0.0, dx.get(FOUR), EXACT);
    assertEquals(0.0, dx.get(FOUR_Y), EXACT);
    assertEquals(1.0, dx.get(X_PLUS_Y), EXACT);
    assertEquals(1.0, dx.get(X_PLUS_FOUR_Y), EXACT);
    assertEquals(1.0 * 5, dx.get(X_PLUS_Y_TIMES_Y), EXACT);
    assertEquals(1.0 * 40 + 1.0 * 5 * 23, dx.get(F), EXACT);
    assertEquals(155.0, dx.get(F), EXACT);
  }

  @Test
  void forwardFromYIsTheOtherColumn() {
    PathSums<String, Double> dy = solver.solveFrom(Y);
    assertEquals(1.0, dy.get(Y), EXACT);
    assertEquals(0.0, dy.get(X), EXACT);
    assertEquals(0.0, dy.get(FOUR), EXACT);
    assertEquals(4.0, dy.get(FOUR_Y), EXACT);
    assertEquals(1.0, dy.get(X_PLUS_Y), EXACT);
    assertEquals(4.0 * 1, dy.get(X_PLUS_FOUR_Y), EXACT);
    assertEquals(1.0 * 5 + 8, dy.get(X_PLUS_Y_TIMES_Y), EXACT); // ∂((x+y)y)/∂y = x + 2y = 13
    assertEquals(4.0 * 1 * 40 + (1.0 * 5 + 8) * 23, dy.get(F), EXACT);
    assertEquals(459.0, dy.get(F), EXACT);
  }

  @Test
  void forwardFromTheConstantGivesTheDerivativeInIt() {
    // F = (x + c·y)(x + y)y, so ∂F/∂c = y·(x + y)y = 5·40 = 200.
    assertEquals(200.0, solver.solveFrom(FOUR).get(F), EXACT);
  }

  @Test
  void reverseToFHoldsEveryAdjoint() {
    PathSums<String, Double> adj = solver.solveTo(F);
    assertEquals(F, adj.anchor());
    assertEquals(PathSums.Direction.TO_TARGET, adj.direction());
    assertEquals(1.0, adj.get(F), EXACT);
    assertEquals(40.0, adj.get(X_PLUS_FOUR_Y), EXACT);
    assertEquals(23.0, adj.get(X_PLUS_Y_TIMES_Y), EXACT);
    assertEquals(5.0 * 23, adj.get(X_PLUS_Y), EXACT); // 115
    assertEquals(1.0 * 40, adj.get(FOUR_Y), EXACT);
    assertEquals(5.0 * 40, adj.get(FOUR), EXACT);
    assertEquals(1.0 * 40 + 1.0 * 115, adj.get(X), EXACT);
    assertEquals(155.0, adj.get(X), EXACT);
    assertEquals(4.0 * 40 + 1.0 * 115 + 8.0 * 23, adj.get(Y), EXACT);
    assertEquals(459.0, adj.get(Y), EXACT);
  }

  @Test
  void reverseToAnIntermediateVertex() {
    PathSums<String, Double> adj = solver.solveTo(X_PLUS_FOUR_Y);
    assertEquals(1.0, adj.get(X), EXACT);
    assertEquals(4.0, adj.get(Y), EXACT);
    assertEquals(5.0, adj.get(FOUR), EXACT);
    assertEquals(0.0, adj.get(F), EXACT); // F is downstream
    assertEquals(0.0, adj.get(X_PLUS_Y), EXACT);
  }

  @Test
  void demandGivesTheSameNumbers() {
    assertEquals(155.0, solver.solveBetween(X, F), EXACT);
    assertEquals(459.0, solver.solveBetween(Y, F), EXACT);
    assertEquals(200.0, solver.solveBetween(FOUR, F), EXACT);
    assertEquals(13.0, solver.solveBetween(Y, X_PLUS_Y_TIMES_Y), EXACT);
    assertEquals(1.0, solver.solveBetween(Y, Y), EXACT);
    assertEquals(0.0, solver.solveBetween(X, Y), EXACT);
    assertEquals(0.0, solver.solveBetween(F, X), EXACT);
  }

  @Test
  void valuesListEveryVertexAndAreImmutable() {
    Map<String, Double> values = solver.solveFrom(X).values();
    assertEquals(LectureExample.graph().vertexSet(), values.keySet());
    assertEquals(155.0, values.get(F), EXACT);
    assertEquals(0.0, values.get(Y), EXACT);
    assertThrows(UnsupportedOperationException.class, () -> values.put(F, 0.0));
  }

  @Test
  void getOfAnUnknownVertexIsRefused() {
    PathSums<String, Double> dx = solver.solveFrom(X);
    assertThrows(IllegalArgumentException.class, () -> dx.get("z"));
  }
}
