package org.pathsum.solver.cyclic;

import java.util.Optional;
import org.jgrapht.GraphPath;
import org.pathsum.solver.PathSums;

/**
 * Single-source path sums of a selective semiring together with, for every vertex, one path that
 * attains its value: a shortest-path tree for the tropical semiring, a widest-path tree for
 * bottleneck, a most-probable-path tree for Viterbi. Created by {@link org.pathsum.solver.PathSumSolvers#witnesses}.
 *
 * <p>For every vertex {@code t} with a path, the ⊗-product of the edge weights of {@code
 * pathTo(t)}, in path order, is {@linkplain org.pathsum.semiring.Semiring#equivalent equivalent} to
 * {@code sums().get(t)}. Immutable.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 * @param <W> the weight type
 */
public interface WitnessPaths<V, E, W> {

  /** The source every path starts at. */
  V source();

  /** The path sums from {@link #source()}, as {@code solveFrom(source)} would give them. */
  PathSums<V, W> sums();

  /**
   * A path from the source to {@code target} whose weight is {@code sums().get(target)}; empty if
   * there is no path. For {@code target == source} it is the path with no edges. The path's {@link
   * GraphPath#getWeight()} is the value as a {@code double} when the weight type is a {@link
   * Number}, and NaN otherwise. Cost O(length of the path).
   *
   * @throws IllegalArgumentException if {@code target} is not a vertex of the graph
   */
  Optional<GraphPath<V, E>> pathTo(V target);
}
