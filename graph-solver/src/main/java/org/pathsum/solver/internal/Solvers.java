package org.pathsum.solver.internal;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jgrapht.Graph;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSumSolvers;
import org.pathsum.solver.WitnessPaths;

/**
 * What {@link PathSumSolvers} builds, behind its public signatures: the graph compiled once ({@link
 * SolverGraph}), then the sweeps of an acyclic graph or the walk over the components of one with
 * cycles, with the strategy {@link Strategies} chooses.
 */
public final class Solvers {

  private Solvers() {}

  /** The solver for a JGraphT graph. */
  public static <V, E, W> PathSumSolver<V, W> forGraph(
      Graph<V, E> graph,
      Semiring<W> semiring,
      Function<? super E, ? extends W> weights,
      PathSumSolvers.Algorithm algorithm,
      double accuracy) {
    return solver(SolverGraph.compile(graph, semiring, weights), algorithm, accuracy);
  }

  /** The solver for a graph given as arrays with boxed weights. */
  public static <V, W> PathSumSolver<V, W> forEdgeArrays(
      List<V> vertices,
      int[] from,
      int[] to,
      Semiring<W> semiring,
      IntFunction<? extends W> weights,
      PathSumSolvers.Algorithm algorithm,
      double accuracy) {
    return solver(
        SolverGraph.compile(vertices, from, to, weights, semiring), algorithm, accuracy);
  }

  /** The solver for a graph given as arrays with primitive weights. */
  public static <V> PathSumSolver<V, Double> forEdgeArrays(
      List<V> vertices,
      int[] from,
      int[] to,
      DoubleSemiring semiring,
      double[] weights,
      PathSumSolvers.Algorithm algorithm,
      double accuracy) {
    return solver(
        SolverGraph.compile(vertices, from, to, weights, semiring), algorithm, accuracy);
  }

  private static <V, E, W> PathSumSolver<V, W> solver(
      SolverGraph<V, E, W> sg, PathSumSolvers.Algorithm algorithm, double accuracy) {
    if (sg.compiled.isAcyclic()) {
      return new CompiledDagSolver<>(sg);
    }
    return new CondensationSolver<>(sg, Strategies.of(algorithm, sg.semiring, accuracy));
  }

  /** Witness paths from (or, {@code backward}, to) {@code anchor}: one walk with predecessors. */
  public static <V, E, W> WitnessPaths<V, E, W> witnesses(
      Graph<V, E> graph,
      Semiring<W> semiring,
      Function<? super E, ? extends W> weights,
      V anchor,
      boolean backward) {
    semiring.require("witness paths", SemiringProperty.SELECTIVE_PLUS);
    SolverGraph<V, E, W> sg = SolverGraph.compile(graph, semiring, weights);
    CondensationSolver<V, E, W> solver =
        new CondensationSolver<>(
            sg,
            Strategies.automatic(
                semiring, PathSumSolvers.Options.defaults().accuracy()));
    return solver.witnesses(graph, anchor, backward);
  }
}
