package org.pathsum.solver;

import java.util.Objects;
import java.util.function.Function;
import org.jgrapht.Graph;

/** Reads edge weights through a user's weight function, refusing {@code null} with the edge. */
final class EdgeWeights {

  private EdgeWeights() {}

  /**
   * Wraps {@code weights} so that a {@code null} weight fails at once, naming the edge and its
   * endpoints in {@code graph}'s orientation (not that of a reversed view).
   */
  static <V, E, W> Function<E, W> checked(
      Graph<V, E> graph, Function<? super E, ? extends W> weights) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(weights, "weights");
    return e -> {
      W w = weights.apply(e);
      if (w == null) {
        throw new NullPointerException(
            "the weight function returned null for edge "
                + e
                + " ("
                + graph.getEdgeSource(e)
                + " -> "
                + graph.getEdgeTarget(e)
                + "); return a weight of the semiring, its zero() for an edge to ignore");
      }
      return w;
    };
  }
}
