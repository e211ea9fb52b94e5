package org.pathsum.solver.cyclic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.graph.GraphWalk;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.PathSums;

/**
 * Witness paths read off the predecessor edges of a residual iteration: in a selective semiring
 * each update sets a vertex's value to {@code d[u] ⊗ w(u, v)} for one edge, and strict improvements
 * only can close no cycle unless that cycle improves, so the edges form a tree.
 */
final class ResidualWitnessPaths<V, E, W> implements WitnessPaths<V, E, W> {

  private final Graph<V, E> graph;
  private final IndexedGraph<V, E, W> g;
  private final Semiring<W> semiring;
  private final int source;
  private final ResidualIteration<W> run;
  private final PathSums<V, W> sums;

  ResidualWitnessPaths(
      Graph<V, E> graph,
      IndexedGraph<V, E, W> g,
      Semiring<W> semiring,
      int source,
      ResidualIteration<W> run) {
    this.graph = graph;
    this.g = g;
    this.semiring = semiring;
    this.source = source;
    this.run = run;
    this.sums =
        new IndexedPathSums<>(
            semiring, g.vertices.get(source), PathSums.Direction.FROM_SOURCE, g, run.d.clone());
  }

  @Override
  public V source() {
    return g.vertices.get(source);
  }

  @Override
  public PathSums<V, W> sums() {
    return sums;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Optional<GraphPath<V, E>> pathTo(V target) {
    int t = g.indexOf(target, "target");
    W value = (W) run.d[t];
    if (semiring.isZero(value)) {
      return Optional.empty();
    }
    double weight = value instanceof Number ? ((Number) value).doubleValue() : Double.NaN;
    if (t == source) {
      return Optional.of(GraphWalk.singletonWalk(graph, target, weight));
    }
    List<E> edges = new ArrayList<>();
    List<V> vertices = new ArrayList<>();
    vertices.add(target);
    for (int v = t; v != source; v = run.predTail[v]) {
      if (edges.size() >= g.vertexCount()) {
        throw new IllegalStateException("predecessor edges close a cycle at " + g.vertices.get(v));
      }
      edges.add(g.edgeAt(run.predEdge[v]));
      vertices.add(g.vertices.get(run.predTail[v]));
    }
    Collections.reverse(edges);
    Collections.reverse(vertices);
    return Optional.of(new GraphWalk<>(graph, source(), target, vertices, edges, weight));
  }

  @Override
  public String toString() {
    return "WitnessPaths[from " + source() + ", " + semiring.name() + "]";
  }
}
