package org.pathsum.solver.cyclic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.pathsum.semiring.Semiring;

/**
 * An immutable int-indexed snapshot of a weighted directed graph, in compressed sparse rows.
 *
 * <p>Vertices are numbered in the graph's vertex order. Edges whose weight is equivalent to the
 * semiring's zero are dropped: no path through them contributes, and dropping them keeps cycles of
 * weight zero from counting as cycles. Building costs O(|V| + |E|).
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 * @param <W> the weight type
 */
final class IndexedGraph<V, E, W> {

  final List<V> vertices;
  final Map<V, Integer> index;

  /** Out-edges of vertex v are positions {@code start[v] .. start[v+1]-1}. */
  final int[] start;

  final int[] head;
  final Object[] weight;
  final Object[] edge;

  private IndexedGraph(
      List<V> vertices,
      Map<V, Integer> index,
      int[] start,
      int[] head,
      Object[] weight,
      Object[] edge) {
    this.vertices = vertices;
    this.index = index;
    this.start = start;
    this.head = head;
    this.weight = weight;
    this.edge = edge;
  }

  /**
   * Snapshots {@code graph}; it must be directed and every edge must have a weight.
   *
   * @throws NullPointerException if the weight function returns null, naming the edge
   */
  static <V, E, W> IndexedGraph<V, E, W> of(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(semiring, "semiring");
    Objects.requireNonNull(weights, "weights");
    if (!graph.getType().isDirected()) {
      throw new IllegalArgumentException(
          "the graph must be directed, got an undirected or mixed graph; wrap it in a directed"
              + " one");
    }
    List<V> vertices = List.copyOf(graph.vertexSet());
    Map<V, Integer> index = new HashMap<>(vertices.size() * 2);
    for (int i = 0; i < vertices.size(); i++) {
      index.put(vertices.get(i), i);
    }
    int n = vertices.size();
    List<E> kept = new ArrayList<>();
    List<W> keptWeights = new ArrayList<>();
    int[] degree = new int[n];
    for (V v : vertices) {
      for (E e : graph.outgoingEdgesOf(v)) {
        W w = weights.apply(e);
        if (w == null) {
          throw new NullPointerException(
              "the weight function returned null for edge "
                  + e
                  + " ("
                  + v
                  + " -> "
                  + graph.getEdgeTarget(e)
                  + "); return a weight of the semiring, its zero() for an edge to ignore");
        }
        if (!semiring.isZero(w)) {
          kept.add(e);
          keptWeights.add(w);
          degree[index.get(v)]++;
        }
      }
    }
    int[] start = new int[n + 1];
    for (int v = 0; v < n; v++) {
      start[v + 1] = start[v] + degree[v];
    }
    int m = kept.size();
    int[] head = new int[m];
    Object[] weight = new Object[m];
    Object[] edge = new Object[m];
    // Edges were collected vertex by vertex, so they are already grouped by tail.
    for (int i = 0; i < m; i++) {
      E e = kept.get(i);
      head[i] = index.get(graph.getEdgeTarget(e));
      weight[i] = keptWeights.get(i);
      edge[i] = e;
    }
    return new IndexedGraph<>(
        vertices, Collections.unmodifiableMap(index), start, head, weight, edge);
  }

  /** The same vertices with every edge reversed (tail and head swapped); O(|V| + |E|). */
  IndexedGraph<V, E, W> reversed() {
    int n = vertexCount();
    int m = head.length;
    int[] rstart = new int[n + 1];
    for (int i = 0; i < m; i++) {
      rstart[head[i] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      rstart[v + 1] += rstart[v];
    }
    int[] fill = rstart.clone();
    int[] rhead = new int[m];
    Object[] rweight = new Object[m];
    Object[] redge = new Object[m];
    for (int u = 0; u < n; u++) {
      for (int i = start[u]; i < start[u + 1]; i++) {
        int pos = fill[head[i]]++;
        rhead[pos] = u;
        rweight[pos] = weight[i];
        redge[pos] = edge[i];
      }
    }
    return new IndexedGraph<>(vertices, index, rstart, rhead, rweight, redge);
  }

  int vertexCount() {
    return vertices.size();
  }

  /** The index of {@code v}, or an IllegalArgumentException naming it. */
  int indexOf(V v, String role) {
    Objects.requireNonNull(v, role);
    Integer i = index.get(v);
    if (i == null) {
      throw new IllegalArgumentException(
          role + " " + v + " is not a vertex of the graph; pass one of its vertices");
    }
    return i;
  }

  @SuppressWarnings("unchecked")
  W weightAt(int edgePosition) {
    return (W) weight[edgePosition];
  }

  @SuppressWarnings("unchecked")
  E edgeAt(int edgePosition) {
    return (E) edge[edgePosition];
  }

  /** Vertices reachable from {@code from} (itself included), as a mask; O(|V| + |E|). */
  boolean[] reachableFrom(int from) {
    boolean[] seen = new boolean[vertexCount()];
    int[] stack = new int[vertexCount()];
    int top = 0;
    seen[from] = true;
    stack[top++] = from;
    while (top > 0) {
      int u = stack[--top];
      for (int i = start[u]; i < start[u + 1]; i++) {
        int v = head[i];
        if (!seen[v]) {
          seen[v] = true;
          stack[top++] = v;
        }
      }
    }
    return seen;
  }
}
