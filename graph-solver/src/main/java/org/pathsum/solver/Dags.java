package org.pathsum.solver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jgrapht.Graph;

/**
 * Structural checks and searches shared by the DAG solvers. Everything here is iterative: a
 * million-vertex chain needs no more stack than a triangle.
 */
final class Dags {

  private Dags() {}

  /**
   * Refuses a graph that is not directed (undirected and mixed graphs).
   *
   * @throws IllegalArgumentException if {@code graph} is not directed
   */
  static void requireDirected(Graph<?, ?> graph) {
    Objects.requireNonNull(graph, "graph");
    if (!graph.getType().isDirected()) {
      throw new IllegalArgumentException(
          "path problems need a directed graph, but the graph's type is "
              + graph.getType()
              + "; build it as a directed graph (e.g. DirectedWeightedPseudograph)");
    }
  }

  /**
   * Refuses a graph with a directed cycle (a self-loop included), reporting one cycle. Kahn's
   * algorithm removes every vertex that lies on no cycle; each vertex left has an incoming edge
   * from another vertex left, so walking such edges backwards must revisit a vertex, closing a
   * cycle. O(|V| + |E|) time and memory.
   *
   * @throws NotADagException carrying one cycle of {@code graph}, in edge order
   */
  static <V, E> void requireAcyclic(Graph<V, E> graph) {
    Map<V, int[]> inDegree = new HashMap<>();
    ArrayDeque<V> ready = new ArrayDeque<>();
    for (V v : graph.vertexSet()) {
      int d = graph.inDegreeOf(v);
      if (d == 0) {
        ready.add(v);
      } else {
        inDegree.put(v, new int[] {d});
      }
    }
    while (!ready.isEmpty()) {
      V m = ready.poll();
      for (E e : graph.outgoingEdgesOf(m)) {
        V n = graph.getEdgeTarget(e);
        int[] d = inDegree.get(n);
        if (--d[0] == 0) {
          inDegree.remove(n);
          ready.add(n);
        }
      }
    }
    if (!inDegree.isEmpty()) {
      throw new NotADagException(cycleAmong(graph, inDegree.keySet()));
    }
  }

  /**
   * A cycle among {@code left}, the vertices Kahn's algorithm could not remove; every one of them
   * has an incoming edge from another one of them.
   */
  private static <V, E> List<V> cycleAmong(Graph<V, E> graph, Set<V> left) {
    Map<V, Integer> position = new HashMap<>();
    List<V> walk = new ArrayList<>();
    V v = left.iterator().next();
    while (!position.containsKey(v)) {
      position.put(v, walk.size());
      walk.add(v);
      v = predecessorAmong(graph, v, left);
    }
    // walk[i+1] -> walk[i]: reversed, the segment from v's first visit is the cycle in edge order.
    List<V> cycle = new ArrayList<>(walk.subList(position.get(v), walk.size()));
    Collections.reverse(cycle);
    return cycle;
  }

  private static <V, E> V predecessorAmong(Graph<V, E> graph, V v, Set<V> left) {
    for (E e : graph.incomingEdgesOf(v)) {
      V m = graph.getEdgeSource(e);
      if (left.contains(m)) {
        return m;
      }
    }
    throw new IllegalStateException(
        "vertex " + v + " has no predecessor left by Kahn's algorithm; was the graph modified?");
  }

  /**
   * Refuses a vertex that is not in the graph.
   *
   * @param role what the vertex is for, e.g. {@code "source"}, for the message
   * @throws IllegalArgumentException naming the vertex
   */
  static <V> void requireVertex(Graph<V, ?> graph, V vertex, String role) {
    Objects.requireNonNull(vertex, role);
    if (!graph.containsVertex(vertex)) {
      throw new IllegalArgumentException(
          role + " vertex " + vertex + " is not in the graph; pass one of the graph's vertices");
    }
  }

  /**
   * The vertices reachable from {@code start} (itself included) along outgoing edges of {@code
   * graph}, entering only vertices that satisfy {@code allowed} ({@code start} is not tested).
   * Iterative depth-first search; O(reached vertices + their outgoing edges). Reads no weights.
   */
  static <V, E> Set<V> reachable(Graph<V, E> graph, V start, Predicate<? super V> allowed) {
    Set<V> seen = new HashSet<>();
    ArrayDeque<V> stack = new ArrayDeque<>();
    seen.add(start);
    stack.push(start);
    while (!stack.isEmpty()) {
      V m = stack.pop();
      for (E e : graph.outgoingEdgesOf(m)) {
        V n = graph.getEdgeTarget(e);
        if (allowed.test(n) && seen.add(n)) {
          stack.push(n);
        }
      }
    }
    return seen;
  }
}
