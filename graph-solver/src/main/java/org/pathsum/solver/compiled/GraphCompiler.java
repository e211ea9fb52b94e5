package org.pathsum.solver.compiled;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.pathsum.semiring.Semiring;

/**
 * Turns a JGraphT graph into a {@link CompiledGraph}: one pass over the vertices and edges (reading
 * each edge's weight once, if asked), the strongly connected components once, and a renumbering of
 * the vertices in component order, so that every component is a contiguous range and the ranges
 * are in topological order. On a DAG that order is Kahn's, ties broken by the graph's vertex order.
 */
public final class GraphCompiler {

  private GraphCompiler() {}

  /**
   * A compiled graph and the weights read while compiling it.
   *
   * @param graph the compiled graph
   * @param weights the weight of each compiled edge, by edge id; {@code null} if none were read
   * @param <V> the vertex type
   * @param <E> the edge type
   */
  public record Compiled<V, E>(CompiledGraph<V, E> graph, Object[] weights) {}

  /**
   * Compiles {@code graph}. Cost O(|V| + |E|) time, hash maps for the vertex index, and one call of
   * {@code weights} per edge.
   *
   * @param weights the weight of each edge, or {@code null} to read none
   * @param semiring with {@code weights}: the semiring whose zero marks an edge to drop (no path
   *     through it contributes, so a cycle closed by it is no cycle); {@code null} to keep all
   * @throws IllegalArgumentException if the graph is not directed
   * @throws NullPointerException if {@code weights} returns null, naming the edge
   */
  public static <V, E, W> Compiled<V, E> compile(
      Graph<V, E> graph, Function<? super E, ? extends W> weights, Semiring<W> semiring) {
    Objects.requireNonNull(graph, "graph");
    if (!graph.getType().isDirected()) {
      throw new IllegalArgumentException(
          "path problems need a directed graph, but the graph's type is "
              + graph.getType()
              + "; build it as a directed graph (e.g. DirectedWeightedPseudograph)");
    }
    int n = graph.vertexSet().size();
    Object[] byOldIndex = graph.vertexSet().toArray();
    Map<Object, Integer> oldIndex = new HashMap<>(Math.max(16, n * 4 / 3 + 1));
    for (int i = 0; i < n; i++) {
      oldIndex.put(byOldIndex[i], i);
    }
    int m = graph.edgeSet().size();
    List<E> edges = new ArrayList<>(m);
    List<Object> kept = weights == null ? null : new ArrayList<>(m);
    int[] from = new int[m];
    int[] to = new int[m];
    int k = 0;
    for (E e : graph.edgeSet()) {
      if (weights != null) {
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
        if (semiring != null && semiring.isZero(w)) {
          continue;
        }
        kept.add(w);
      }
      edges.add(e);
      from[k] = oldIndex.get(graph.getEdgeSource(e));
      to[k] = oldIndex.get(graph.getEdgeTarget(e));
      k++;
    }
    if (k < m) {
      from = java.util.Arrays.copyOf(from, k);
      to = java.util.Arrays.copyOf(to, k);
    }
    Components components = Components.of(new IntGraph(n, from, to));
    int[] order = components.members(); // new index → old index
    int[] newIndex = new int[n];
    Object[] vertices = new Object[n];
    for (int i = 0; i < n; i++) {
      newIndex[order[i]] = i;
      vertices[i] = byOldIndex[order[i]];
    }
    for (int e = 0; e < k; e++) {
      from[e] = newIndex[from[e]];
      to[e] = newIndex[to[e]];
    }
    CompiledGraph<V, E> compiled =
        new CompiledGraph<>(
            new IntGraph(n, from, to),
            components.contiguous(),
            new VertexIndex<>(vertices, newIndex),
            edges);
    return new Compiled<>(compiled, kept == null ? null : kept.toArray());
  }
}
