package org.pathsum.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.graph.GraphWalk;
import org.pathsum.solver.cyclic.WitnessPaths;

/**
 * Witness paths read off the predecessor edges of a residual iteration: in a selective semiring
 * each update sets a vertex's value to {@code d[u] ⊗ w(u, v)} for one edge, and strict improvements
 * only can close no cycle unless that cycle improves, so the edges form a tree.
 */
final class ResidualWitnessPaths<V, E, W> implements WitnessPaths<V, E, W> {

  private final Graph<V, E> graph;
  private final SolverGraph<V, E, W> sg;
  private final WeightedCsr<W> csr;
  private final int source;
  private final ResidualIteration<W> run;
  private final PathSums<V, W> sums;

  ResidualWitnessPaths(
      Graph<V, E> graph,
      SolverGraph<V, E, W> sg,
      WeightedCsr<W> csr,
      int source,
      ResidualIteration<W> run) {
    this.graph = graph;
    this.sg = sg;
    this.csr = csr;
    this.source = source;
    this.run = run;
    this.sums =
        new IndexedPathSums<>(
            sg.semiring,
            sg.index.vertex(source),
            PathSums.Direction.FROM_SOURCE,
            sg.index,
            null,
            run.d.clone());
  }

  @Override
  public V source() {
    return sg.index.vertex(source);
  }

  @Override
  public PathSums<V, W> sums() {
    return sums;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Optional<GraphPath<V, E>> pathTo(V target) {
    int t = sg.index.indexOf(target, "target");
    W value = (W) run.d[t];
    if (sg.semiring.isZero(value)) {
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
      if (edges.size() >= sg.index.size()) {
        throw new IllegalStateException(
            "predecessor edges close a cycle at " + sg.index.vertex(v));
      }
      edges.add(sg.compiled.edge(csr.edgeId(run.predEdge[v])));
      vertices.add(sg.index.vertex(run.predTail[v]));
    }
    Collections.reverse(edges);
    Collections.reverse(vertices);
    return Optional.of(new GraphWalk<>(graph, source(), target, vertices, edges, weight));
  }

  @Override
  public String toString() {
    return "WitnessPaths[from " + source() + ", " + sg.semiring.name() + ", " + sums + "]";
  }
}
