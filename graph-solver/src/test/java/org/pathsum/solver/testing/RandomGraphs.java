package org.pathsum.solver.testing;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;

/** Seeded random directed multigraphs with self-loops and parallel edges, for the tests. */
public final class RandomGraphs {

  private RandomGraphs() {}

  /**
   * {@code n} vertices 0..n-1 and {@code m} edges with uniformly random ends (so self-loops and
   * parallel edges occur), weighted by {@code weight}, which may look at the random source.
   */
  public static Graph<Integer, DefaultWeightedEdge> multigraph(
      SplittableRandom rnd, int n, int m, ToDoubleFunction<SplittableRandom> weight) {
    Graph<Integer, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < n; v++) {
      g.addVertex(v);
    }
    for (int i = 0; i < m; i++) {
      DefaultWeightedEdge e = g.addEdge(rnd.nextInt(n), rnd.nextInt(n));
      g.setEdgeWeight(e, weight.applyAsDouble(rnd));
    }
    return g;
  }

  /** The weight function of a JGraphT weighted graph, boxed. */
  public static <E> java.util.function.Function<E, Double> weightsOf(Graph<Integer, E> g) {
    return e -> g.getEdgeWeight(e);
  }
}
