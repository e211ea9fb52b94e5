package org.pathsum.solver.internal;

import org.pathsum.solver.PathSums;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.graph.GraphWalk;
import org.pathsum.solver.WitnessPaths;

/**
 * Witness paths read off the predecessor edges that one solve recorded: in a selective semiring
 * each value is {@code x[u] ⊗ w(e)} for one edge e (or the anchor's 1̄), and those edges form a
 * tree rooted at the anchor. For a single-target solve the edges point the other way: a vertex's
 * predecessor is the first edge of its best path to the target.
 */
final class PredecessorWitnessPaths<V, E, W> implements WitnessPaths<V, E, W> {

  private final Graph<V, E> graph;
  private final SolverGraph<V, E, W> sg;
  private final int anchor;
  private final boolean backward;
  private final int[] predEdge;
  private final PathSums<V, W> sums;

  PredecessorWitnessPaths(
      Graph<V, E> graph,
      SolverGraph<V, E, W> sg,
      int anchor,
      boolean backward,
      Object[] values,
      int[] predEdge) {
    this.graph = graph;
    this.sg = sg;
    this.anchor = anchor;
    this.backward = backward;
    this.predEdge = predEdge;
    this.sums =
        new IndexedPathSums<>(
            sg.semiring,
            sg.index.vertex(anchor),
            backward ? PathSums.Direction.TO_TARGET : PathSums.Direction.FROM_SOURCE,
            sg.index,
            null,
            values);
  }

  @Override
  public PathSums<V, W> sums() {
    return sums;
  }

  @Override
  public Optional<GraphPath<V, E>> path(V vertex) {
    int v = sg.index.indexOf(vertex, "vertex");
    W value = sums.get(vertex);
    if (sg.semiring.isZero(value)) {
      return Optional.empty();
    }
    double weight = value instanceof Number ? ((Number) value).doubleValue() : Double.NaN;
    V start = sg.index.vertex(anchor);
    if (v == anchor) {
      return Optional.of(GraphWalk.singletonWalk(graph, start, weight));
    }
    List<E> edges = new ArrayList<>();
    List<V> vertices = new ArrayList<>();
    vertices.add(vertex);
    for (int x = v; x != anchor; ) {
      int e = predEdge[x];
      if (e < 0 || edges.size() >= sg.index.size()) {
        throw new IllegalStateException("no predecessor chain from " + sg.index.vertex(x));
      }
      edges.add(sg.compiled.edge(e));
      x = backward ? sg.g.edgeTarget(e) : sg.g.edgeSource(e);
      vertices.add(sg.index.vertex(x));
    }
    if (!backward) {
      Collections.reverse(edges);
      Collections.reverse(vertices);
      return Optional.of(new GraphWalk<>(graph, start, vertex, vertices, edges, weight));
    }
    return Optional.of(new GraphWalk<>(graph, vertex, start, vertices, edges, weight));
  }

  @Override
  public String toString() {
    return "WitnessPaths[" + sums + "]";
  }
}
