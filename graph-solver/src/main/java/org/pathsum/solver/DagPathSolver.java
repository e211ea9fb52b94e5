package org.pathsum.solver;

import java.util.Objects;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.pathsum.semiring.Semiring;

/**
 * Solves algebraic path problems on a directed acyclic graph: a thin adapter over the front door
 * ({@link PathSumSolvers#forDag}) that refuses a graph with a cycle when it is built. Kept for the
 * callers written against it; new code calls {@link PathSumSolvers#forGraph}.
 *
 * <p><b>Algorithm.</b> The graph is compiled once onto the integer core, renumbered in topological
 * order (Kahn's algorithm, ties by the graph's vertex order), and each query is one sweep: {@code
 * solveFrom(s)} sets {@code S(s) = 1̄} and {@code S(n) = ⊕_{(m,n)∈E} S(m) ⊗ w(m,n)} in order;
 * {@code solveTo(t)} computes {@code B(m) = ⊕_{(m,n)∈E} w(m,n) ⊗ B(n)} with products in path order,
 * so the reported values are in the semiring's path order even when ⊗ does not commute; {@code
 * solveBetween(s, t)} sweeps only the index range from s to t. Primitive {@code double} sweeps run
 * for a {@link org.pathsum.semiring.DoubleSemiring}.
 *
 * <p><b>Requirements.</b> The semiring laws; ⊗ need not commute. The graph must be directed and
 * acyclic; multigraphs and pseudographs are fine (a self-loop is a cycle and is refused).
 *
 * <p><b>Edge cases.</b> A vertex's sum to or from itself is {@code one()}; a vertex with no path
 * gets {@code zero()}; parallel edges are distinct paths; isolated vertices are fine.
 *
 * <p><b>Cost.</b> Construction O(|V| + |E|) and one call of the weight function per edge (the
 * weights are snapshotted then: later changes to the graph or the weights are not seen). Each
 * query O(|V| + |E|), no recursion.
 *
 * <p><b>Example.</b> The lecture's F(x, y) = (x + 4y)·((x + y)·y) at (3, 5), each edge labeled with
 * the local partial derivative of its target with respect to its source: over {@code
 * Semirings.real()}, {@code solveFrom(x).get(F) = 155 = ∂F/∂x} (forward-mode AD) and {@code
 * solveTo(F).get(y) = 459 = ∂F/∂y} (reverse-mode AD, i.e. backpropagation).
 *
 * <p>Immutable and thread-safe.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 * @param <W> the weight type
 */
public final class DagPathSolver<V, E, W> implements PathSumSolver<V, W> {

  private final PathSumSolver<V, W> delegate;

  private DagPathSolver(PathSumSolver<V, W> delegate) {
    this.delegate = delegate;
  }

  /**
   * A solver for {@code graph} with the weight of each edge given by {@code weights}.
   *
   * @param graph a directed acyclic graph
   * @param semiring the semiring of the weights
   * @param weights the weight of each edge; never {@code null}, called once per edge now
   * @throws IllegalArgumentException if {@code graph} is not directed
   * @throws NotADagException if {@code graph} has a directed cycle (a self-loop included); it
   *     carries one such cycle
   */
  public static <V, E, W> DagPathSolver<V, E, W> of(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights) {
    return new DagPathSolver<>(PathSumSolvers.forDag(graph, semiring, weights));
  }

  /**
   * A solver for {@code graph} weighted by its own {@link Graph#getEdgeWeight edge weights} (1.0
   * for an unweighted graph), e.g. with {@code Semirings.real()}.
   *
   * @throws IllegalArgumentException if {@code graph} is not directed
   * @throws NotADagException if {@code graph} has a directed cycle
   */
  public static <V, E> DagPathSolver<V, E, Double> ofEdgeWeights(
      Graph<V, E> graph, Semiring<Double> semiring) {
    Objects.requireNonNull(graph, "graph");
    return of(graph, semiring, graph::getEdgeWeight);
  }

  @Override
  public Semiring<W> semiring() {
    return delegate.semiring();
  }

  @Override
  public PathSums<V, W> solveFrom(V source) {
    return delegate.solveFrom(source);
  }

  @Override
  public PathSums<V, W> solveTo(V target) {
    return delegate.solveTo(target);
  }

  @Override
  public W solveBetween(V source, V target) {
    return delegate.solveBetween(source, target);
  }

  @Override
  public String toString() {
    return delegate.toString();
  }
}
