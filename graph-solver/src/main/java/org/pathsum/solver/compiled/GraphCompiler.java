package org.pathsum.solver.compiled;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jgrapht.Graph;
import org.pathsum.solver.NotADagException;

/** Turns a JGraphT DAG into a {@link CompiledGraph}: Kahn's topological sort, then CSR arrays. */
final class GraphCompiler {

  private GraphCompiler() {}

  static <V, E> CompiledGraph<V, E> compile(Graph<V, E> graph) {
    Objects.requireNonNull(graph, "graph");
    if (!graph.getType().isDirected()) {
      throw new IllegalArgumentException(
          "graph must be directed, got a graph of type "
              + graph.getType()
              + "; path sums here follow edge directions");
    }
    int n = graph.vertexSet().size();
    List<V> byOldIndex = new ArrayList<>(graph.vertexSet());
    Map<V, Integer> oldIndex = new HashMap<>(2 * n);
    for (int i = 0; i < n; i++) {
      oldIndex.put(byOldIndex.get(i), i);
    }
    int m = graph.edgeSet().size();
    @SuppressWarnings("unchecked")
    E[] edges = (E[]) graph.edgeSet().toArray();
    int[] from = new int[m];
    int[] to = new int[m];
    for (int e = 0; e < m; e++) {
      from[e] = oldIndex.get(graph.getEdgeSource(edges[e]));
      to[e] = oldIndex.get(graph.getEdgeTarget(edges[e]));
    }
    // The same edges over the old numbering, unchecked: the graph may still have a cycle.
    CompiledDag byOld = CompiledDag.unchecked(n, from, to);

    // Kahn's algorithm over the old numbering; order[k] is the old index of the k-th vertex.
    int[] remaining = new int[n];
    for (int e = 0; e < m; e++) {
      remaining[to[e]]++;
    }
    int[] order = new int[n];
    int head = 0;
    int tail = 0;
    for (int v = 0; v < n; v++) {
      if (remaining[v] == 0) {
        order[tail++] = v;
      }
    }
    CompiledDag.OutAdjacency out = byOld.outAdjacency();
    while (head < tail) {
      int u = order[head++];
      for (int i = out.offsets[u]; i < out.offsets[u + 1]; i++) {
        int v = to[out.edgeIds[i]];
        if (--remaining[v] == 0) {
          order[tail++] = v;
        }
      }
    }
    if (tail < n) {
      throw new NotADagException(findCycle(byOld, remaining, byOldIndex));
    }

    int[] newIndex = new int[n];
    List<V> vertices = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      newIndex[order[k]] = k;
      vertices.add(byOldIndex.get(order[k]));
    }
    CompiledDag.Builder builder = CompiledDag.builder(n, m);
    for (int e = 0; e < m; e++) {
      builder.addEdge(newIndex[from[e]], newIndex[to[e]]);
    }
    oldIndex.replaceAll((v, old) -> newIndex[old]); // reuse the map: it now maps to new indices
    return new CompiledGraph<>(builder.build(), vertices, oldIndex, Arrays.asList(edges));
  }

  /**
   * After Kahn's algorithm stalls, every vertex with {@code remaining > 0} has an in-edge from
   * another such vertex. Walking those in-edges backwards must revisit a vertex; the walk between
   * the two visits, reversed, is a directed cycle. Iterative, O(|V| + |E|).
   */
  private static <V> List<V> findCycle(CompiledDag g, int[] remaining, List<V> byOldIndex) {
    int n = g.vertexCount;
    int start = 0;
    while (remaining[start] == 0) {
      start++;
    }
    int[] step = new int[n]; // 1 + position on the walk, 0 if not visited
    int[] walk = new int[n + 1];
    int length = 0;
    int v = start;
    while (step[v] == 0) {
      step[v] = ++length;
      walk[length - 1] = v;
      int pred = -1;
      for (int i = g.inOffsets[v]; i < g.inOffsets[v + 1]; i++) {
        int u = g.source[g.inEdgeAt(i)];
        if (remaining[u] > 0) {
          pred = u;
          break;
        }
      }
      v = pred;
    }
    List<V> cycle = new ArrayList<>();
    for (int k = length - 1; k >= step[v] - 1; k--) {
      cycle.add(byOldIndex.get(walk[k]));
    }
    // The walk went against the edges; walk[k] ← walk[k+1], so reading it backwards follows them.
    Collections.rotate(cycle, -cycle.indexOf(byOldIndex.get(v)));
    return cycle;
  }
}
