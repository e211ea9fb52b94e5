package org.pathsum.solver;

import java.util.Optional;
import org.jgrapht.GraphPath;
import org.pathsum.solver.PathSums;

/**
 * Single-source or single-target path sums of a selective semiring together with, for every
 * vertex, one path that attains its value: a shortest-path tree for the tropical semiring, a
 * widest-path tree for bottleneck, a most-probable-path tree for Viterbi. Created by {@link
 * org.pathsum.solver.PathSumSolvers#witnessesFrom} and {@link
 * org.pathsum.solver.PathSumSolvers#witnessesTo}.
 *
 * <p>Values and paths come from one solve: for every vertex {@code v} with a path, the ⊗-product
 * of the edge weights of {@code path(v)} in path order is exactly {@code sums().get(v)}, bit for
 * bit, when accumulated as the query accumulates it: from the source, {@code ((1̄ ⊗ w₁) ⊗ w₂) ⊗ …};
 * into the target, {@code w₁ ⊗ (w₂ ⊗ (… ⊗ 1̄))}. (Where ⊗ rounds, the two orders may differ in the
 * last bit.) Immutable.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 * @param <W> the weight type
 */
public interface WitnessPaths<V, E, W> {

  /** The path sums, as {@code solveFrom(anchor)} or {@code solveTo(anchor)} gives them. */
  PathSums<V, W> sums();

  /**
   * A path between {@code vertex} and the anchor whose weight is {@code sums().get(vertex)}, in
   * path order: from the anchor to {@code vertex} for a single-source query, from {@code vertex}
   * to the anchor for a single-target one; empty if there is no path. For the anchor itself it is
   * the path with no edges. The path's {@link GraphPath#getWeight()} is the value as a {@code
   * double} when the weight type is a {@link Number}, and NaN otherwise. Cost O(length of the
   * path).
   *
   * @throws IllegalArgumentException if {@code vertex} is not a vertex of the graph
   */
  Optional<GraphPath<V, E>> path(V vertex);
}
