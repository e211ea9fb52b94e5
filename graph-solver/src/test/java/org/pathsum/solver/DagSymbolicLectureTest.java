package org.pathsum.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pathsum.solver.testing.LectureExample.F;
import static org.pathsum.solver.testing.LectureExample.X;
import static org.pathsum.solver.testing.LectureExample.X_PLUS_Y_TIMES_Y;
import static org.pathsum.solver.testing.LectureExample.Y;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.semiring.SymbolicSum;
import org.pathsum.solver.testing.LectureExample;

/**
 * The lecture's "symbolic" column: the same example over the symbolic semiring, each edge labeled
 * with the atom of its number, so each path sum is the formula the lecture writes, word by word in
 * path order, whether solved forward, backward or on demand.
 */
class DagSymbolicLectureTest {

  private final Graph<String, DefaultWeightedEdge> graph = LectureExample.graph();
  private final Semiring<SymbolicSum> symbolic = Semirings.symbolic();
  private final PathSumSolver<String, SymbolicSum> solver =
      PathSumSolvers.forGraph(
          graph, symbolic, e -> SymbolicSum.atom(String.valueOf((int) graph.getEdgeWeight(e))));

  private static SymbolicSum word(String... atoms) {
    return SymbolicSum.word(List.of(atoms));
  }

  @Test
  void derivativeInXIsOneTimesFortyPlusOneTimesFiveTimesTwentyThree() {
    // paths x → x+4y → F and x → x+y → (x+y)y → F
    SymbolicSum expected = word("1", "40").plus(word("1", "5", "23"));
    assertEquals(expected, solver.solveFrom(X).get(F));
    assertEquals(expected, solver.solveTo(F).get(X));
    assertEquals(expected, solver.solveBetween(X, F));
  }

  @Test
  void derivativeInYHasThreePaths() {
    // 4·1·40 + (1·5 + 8)·23, distributed: paths via 4y, via x+y, and the direct y → (x+y)y
    SymbolicSum expected = word("4", "1", "40").plus(word("1", "5", "23")).plus(word("8", "23"));
    assertEquals(expected, solver.solveFrom(Y).get(F));
    assertEquals(expected, solver.solveTo(F).get(Y));
    assertEquals(expected, solver.solveBetween(Y, F));
    assertEquals(word("1", "5").plus(word("8")), solver.solveFrom(Y).get(X_PLUS_Y_TIMES_Y));
  }
}
