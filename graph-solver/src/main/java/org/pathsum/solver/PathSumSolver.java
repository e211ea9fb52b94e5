package org.pathsum.solver;

import org.pathsum.semiring.Semiring;

/**
 * A solver of algebraic path problems on one graph with one edge-weight function and one semiring.
 *
 * <p>The three queries differ only in which end of the paths is fixed; for every (source, target)
 * pair they agree: {@code solveFrom(s).get(t)}, {@code solveTo(t).get(s)} and {@code
 * solveBetween(s, t)} are equivalent under the semiring.
 *
 * @param <V> the vertex type
 * @param <W> the weight type
 */
public interface PathSumSolver<V, W> {

  /** The semiring this solver works in. */
  Semiring<W> semiring();

  /**
   * Single-source (forward) solve: for every vertex v, the sum over paths source → v.
   *
   * @throws IllegalArgumentException if {@code source} is not in the graph
   */
  PathSums<V, W> solveFrom(V source);

  /**
   * Single-target (backward) solve: for every vertex v, the sum over paths v → target.
   *
   * @throws IllegalArgumentException if {@code target} is not in the graph
   */
  PathSums<V, W> solveTo(V target);

  /**
   * Demand solve: the sum over paths source → target alone, visiting only vertices that lie on some
   * such path. {@code one()} ⊕ … when {@code source == target}; {@code zero()} if there is no path.
   *
   * @throws IllegalArgumentException if either vertex is not in the graph
   */
  W solveBetween(V source, V target);
}
