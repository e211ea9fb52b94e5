package org.pathsum.solver.compiled;

import java.util.function.Function;
import org.jgrapht.Graph;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.NotADagException;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSumSolvers;

/**
 * The compiled DAG solver, now the front door's own fast path: every factory here returns {@link
 * PathSumSolvers#forDag}, which compiles the graph once and answers with the sweeps of {@link
 * DagSweeps} (primitive for a {@link org.pathsum.semiring.DoubleSemiring}).
 *
 * @deprecated use {@link PathSumSolvers#forGraph} (any graph) or {@link PathSumSolvers#forDag}.
 */
@Deprecated
public final class CompiledPathSumSolver {

  private CompiledPathSumSolver() {}

  /**
   * See {@link PathSumSolvers#forDag}.
   *
   * @throws NotADagException if {@code graph} has a directed cycle; it carries one
   */
  public static <V, E, W> PathSumSolver<V, W> of(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights) {
    return PathSumSolvers.forDag(graph, semiring, weights);
  }

  /**
   * See {@link PathSumSolvers#forDag} with the graph's own edge weights.
   *
   * @throws NotADagException if {@code graph} has a directed cycle
   */
  public static <V, E> PathSumSolver<V, Double> ofEdgeWeights(
      Graph<V, E> graph, Semiring<Double> semiring) {
    return PathSumSolvers.forDag(graph, semiring, graph::getEdgeWeight);
  }
}
