package org.pathsum.solver.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jgrapht.Graph;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSums;

/** Differential assertions between solvers on one graph. */
public final class SolverAgreement {

  private SolverAgreement() {}

  /**
   * Asserts that {@code candidate}'s forward, backward and demand answers equal {@code reference}'s
   * for every (source, target) pair, under {@code semiring.equivalent}.
   */
  public static <V, W> void assertAgree(
      Graph<V, ?> graph,
      PathSumSolver<V, W> reference,
      PathSumSolver<V, W> candidate,
      String context) {
    Semiring<W> semiring = reference.semiring();
    for (V s : graph.vertexSet()) {
      PathSums<V, W> expectedFrom = reference.solveFrom(s);
      PathSums<V, W> actualFrom = candidate.solveFrom(s);
      PathSums<V, W> expectedTo = reference.solveTo(s);
      PathSums<V, W> actualTo = candidate.solveTo(s);
      Map<V, W> fromValues = actualFrom.values();
      Map<V, W> toValues = actualTo.values();
      for (V t : graph.vertexSet()) {
        W expected = expectedFrom.get(t);
        assertEquivalent(semiring, expected, actualFrom.get(t), context, "solveFrom", s, t);
        assertEquivalent(semiring, expected, fromValues.get(t), context, "solveFrom values", s, t);
        assertEquivalent(
            semiring, expected, candidate.solveBetween(s, t), context, "solveBetween", s, t);
        // solveTo(s) holds at t the sum over paths t → s
        assertEquivalent(semiring, expectedTo.get(t), actualTo.get(t), context, "solveTo", t, s);
        assertEquivalent(
            semiring, expectedTo.get(t), toValues.get(t), context, "solveTo values", t, s);
      }
    }
  }

  public static <V, W> void assertEquivalent(
      Semiring<W> semiring, W expected, W actual, String context, String query, V s, V t) {
    assertTrue(
        semiring.equivalent(expected, actual),
        () ->
            context
                + ": "
                + query
                + " for paths "
                + s
                + " -> "
                + t
                + " over "
                + semiring.name()
                + ": expected "
                + expected
                + " but was "
                + actual);
  }
}
