package org.pathsum.solver;

import java.util.List;
import org.jgrapht.GraphPath;
import org.pathsum.semiring.DoubleSemiring;

/**
 * The k best walks between an anchor and every vertex, for the tropical (least weight first) or
 * max-plus (greatest weight first) semiring, with the walks themselves. Created by {@link
 * PathSumSolvers#kBestFrom} and {@link PathSumSolvers#kBestTo}.
 *
 * <p>A walk may repeat vertices and edges (go round a cycle); two walks are distinct when their
 * edge sequences differ, so parallel edges give distinct walks, and walks of equal weight are each
 * listed (ties are kept, in no promised order among themselves). A vertex has fewer than k walks
 * when fewer exist (none when the anchor and it are not joined); the anchor's best walk is the
 * empty one, of weight 1̄ = 0. The best weight is the one {@code solveFrom} or {@code solveTo}
 * gives.
 *
 * <p>A walk's weight is the sum of its edge weights (⊗ of both semirings), accumulated as the query
 * accumulates it, as for {@link WitnessPaths}: from the source {@code ((0 + w₁) + w₂) + …}, into
 * the target {@code w₁ + (w₂ + (… + 0))}; so the weights are exactly the sums of the listed edges'
 * weights in that order. Edges of weight 0̄ are no part of any walk. Immutable.
 *
 * @param <V> the vertex type
 * @param <E> the edge type (the edge index for edge arrays)
 */
public interface KBestPaths<V, E> {

  /** The semiring: tropical or max-plus arithmetic. */
  DoubleSemiring semiring();

  /** The fixed end: the source for {@link PathSums.Direction#FROM_SOURCE}, the target otherwise. */
  V anchor();

  /** Which end {@link #anchor()} is. */
  PathSums.Direction direction();

  /** The most walks kept per vertex. */
  int k();

  /**
   * The weights of the best walks between the anchor and {@code vertex}, best first: at most
   * {@link #k()}, fewer if fewer walks exist, none if there is none. A new array each call.
   *
   * @throws IllegalArgumentException if {@code vertex} is not a vertex of the graph, naming it
   */
  double[] weights(V vertex);

  /**
   * The walks behind {@link #weights(Object) weights(vertex)}, in the same order, each as its
   * edges in path order (from the anchor to {@code vertex} for a single-source query, from {@code
   * vertex} to the anchor for a single-target one). O(total length).
   *
   * @throws IllegalArgumentException if {@code vertex} is not a vertex of the graph, naming it
   */
  List<List<E>> walks(V vertex);

  /**
   * The walks of {@link #walks(Object) walks(vertex)} as JGraphT paths with their vertices, each
   * path's {@link GraphPath#getWeight()} its entry of {@link #weights(Object) weights(vertex)}.
   * Only for a JGraphT graph.
   *
   * @throws IllegalArgumentException if {@code vertex} is not a vertex of the graph, naming it
   * @throws UnsupportedOperationException for edge arrays, which have no JGraphT graph; use {@link
   *     #walks(Object)}
   */
  List<GraphPath<V, E>> paths(V vertex);
}
