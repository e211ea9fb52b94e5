package org.pathsum.solver.cyclic;

import java.util.function.Function;
import org.jgrapht.Graph;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.PathSumSolver;

/**
 * The former front door, kept so that existing callers compile: every method delegates to {@link
 * org.pathsum.solver.PathSumSolvers}, which compiles the graph once and solves an acyclic graph
 * with the primitive sweeps.
 *
 * @deprecated use {@link org.pathsum.solver.PathSumSolvers}; this class will be removed.
 */
@Deprecated
public final class PathSumSolvers {

  /** See {@link org.pathsum.solver.PathSumSolvers#EXTRA_POPS_NON_SELECTIVE}. */
  public static final long EXTRA_POPS_NON_SELECTIVE =
      org.pathsum.solver.PathSumSolvers.EXTRA_POPS_NON_SELECTIVE;

  private PathSumSolvers() {}

  /** See {@link org.pathsum.solver.PathSumSolvers#forGraph}. */
  public static <V, E, W> PathSumSolver<V, W> forGraph(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights) {
    return org.pathsum.solver.PathSumSolvers.forGraph(graph, semiring, weights);
  }

  /** See {@link org.pathsum.solver.PathSumSolvers#starElimination}. */
  public static <V, E, W> PathSumSolver<V, W> starElimination(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights) {
    return org.pathsum.solver.PathSumSolvers.starElimination(graph, semiring, weights);
  }

  /** See {@link org.pathsum.solver.PathSumSolvers#residual(Graph, Semiring, Function, QueueDiscipline)}. */
  public static <V, E, W> PathSumSolver<V, W> residual(
      Graph<V, E> graph,
      Semiring<W> semiring,
      Function<? super E, ? extends W> weights,
      QueueDiscipline discipline) {
    return org.pathsum.solver.PathSumSolvers.residual(graph, semiring, weights, discipline);
  }

  /**
   * See {@link org.pathsum.solver.PathSumSolvers#residual(Graph, Semiring, Function,
   * QueueDiscipline, long)}.
   */
  public static <V, E, W> PathSumSolver<V, W> residual(
      Graph<V, E> graph,
      Semiring<W> semiring,
      Function<? super E, ? extends W> weights,
      QueueDiscipline discipline,
      long maxPopsPerVertex) {
    return org.pathsum.solver.PathSumSolvers.residual(
        graph, semiring, weights, discipline, maxPopsPerVertex);
  }

  /** See {@link org.pathsum.solver.PathSumSolvers#witnesses}. */
  public static <V, E, W> WitnessPaths<V, E, W> witnesses(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights, V source) {
    return org.pathsum.solver.PathSumSolvers.witnesses(graph, semiring, weights, source);
  }
}
