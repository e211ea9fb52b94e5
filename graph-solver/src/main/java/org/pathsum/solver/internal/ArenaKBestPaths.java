package org.pathsum.solver.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.graph.GraphWalk;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.solver.KBestPaths;
import org.pathsum.solver.PathSums;

/**
 * The one {@link KBestPaths} implementation: the arena of a {@link KBestSearch} and, per vertex,
 * the nodes popped there (its best walks), grouped by vertex in one {@code int[]}. Walks are read
 * back by following parent nodes, iteratively.
 */
final class ArenaKBestPaths<V, E> implements KBestPaths<V, E> {

  private final SolverGraph<V, E, Double> sg;
  private final Graph<V, E> graph;
  private final V anchor;
  private final int anchorIndex;
  private final int k;
  private final boolean backward;
  private final KBestSearch.Arena arena;
  // The best walks of vertex v are nodes[first[v] … first[v + 1]), best first.
  private final int[] first;
  private final int[] nodes;

  /**
   * @param popped the nodes in the order the search popped them (by key)
   * @param pops how many nodes each vertex popped
   */
  ArenaKBestPaths(
      SolverGraph<V, E, Double> sg,
      Graph<V, E> graph,
      V anchor,
      int anchorIndex,
      int k,
      boolean backward,
      KBestSearch.Arena arena,
      int[] popped,
      int[] pops) {
    this.sg = sg;
    this.graph = graph;
    this.anchor = anchor;
    this.anchorIndex = anchorIndex;
    this.k = k;
    this.backward = backward;
    this.arena = arena;
    int n = pops.length;
    first = new int[n + 1];
    for (int v = 0; v < n; v++) {
      first[v + 1] = first[v] + pops[v];
    }
    nodes = new int[popped.length];
    int[] next = java.util.Arrays.copyOf(first, n);
    for (int x : popped) {
      nodes[next[arena.vertex(x, sg.g, backward, anchorIndex)]++] = x;
    }
    boolean maxPlus = semiring().arithmetic() == DoubleSemiring.Arithmetic.MAX_PLUS;
    // The search pops in key order, which is weight order at one vertex up to the rounding of the
    // potential; an insertion sort per vertex (k entries, already nearly sorted) makes the reported
    // order exact. Stable, so tied walks stay in the order found.
    for (int v = 0; v < n; v++) {
      for (int i = first[v] + 1; i < first[v + 1]; i++) {
        int x = nodes[i];
        double wx = arena.weight[x];
        int j = i - 1;
        while (j >= first[v] && better(wx, arena.weight[nodes[j]], maxPlus)) {
          nodes[j + 1] = nodes[j];
          j--;
        }
        nodes[j + 1] = x;
      }
    }
  }

  private static boolean better(double a, double b, boolean maxPlus) {
    return maxPlus ? a > b : a < b;
  }

  @Override
  public DoubleSemiring semiring() {
    return (DoubleSemiring) sg.semiring;
  }

  @Override
  public V anchor() {
    return anchor;
  }

  @Override
  public PathSums.Direction direction() {
    return backward ? PathSums.Direction.TO_TARGET : PathSums.Direction.FROM_SOURCE;
  }

  @Override
  public int k() {
    return k;
  }

  @Override
  public double[] weights(V vertex) {
    int v = sg.index.indexOf(vertex, "vertex");
    double[] out = new double[first[v + 1] - first[v]];
    for (int i = 0; i < out.length; i++) {
      out[i] = arena.weight[nodes[first[v] + i]];
    }
    return out;
  }

  @Override
  public List<List<E>> walks(V vertex) {
    int v = sg.index.indexOf(vertex, "vertex");
    List<List<E>> out = new ArrayList<>(first[v + 1] - first[v]);
    for (int i = first[v]; i < first[v + 1]; i++) {
      out.add(Collections.unmodifiableList(edges(nodes[i])));
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public List<GraphPath<V, E>> paths(V vertex) {
    if (graph == null) {
      throw new UnsupportedOperationException(
          "these walks were found on edge arrays, which have no JGraphT graph; use walks(vertex)");
    }
    int v = sg.index.indexOf(vertex, "vertex");
    List<GraphPath<V, E>> out = new ArrayList<>(first[v + 1] - first[v]);
    for (int i = first[v]; i < first[v + 1]; i++) {
      int x = nodes[i];
      double weight = arena.weight[x];
      List<E> edges = edges(x);
      if (edges.isEmpty()) {
        out.add(GraphWalk.singletonWalk(graph, anchor, weight));
        continue;
      }
      List<V> vertices = new ArrayList<>(edges.size() + 1);
      vertices.add(graph.getEdgeSource(edges.get(0)));
      for (E e : edges) {
        vertices.add(graph.getEdgeTarget(e));
      }
      out.add(
          new GraphWalk<>(
              graph, vertices.get(0), vertices.get(vertices.size() - 1), vertices, edges, weight));
    }
    return Collections.unmodifiableList(out);
  }

  /** The edges of node x's walk in path order. */
  private List<E> edges(int x) {
    List<E> edges = new ArrayList<>();
    for (int y = x; arena.edge[y] >= 0; y = arena.parent[y]) {
      edges.add(sg.compiled.edge(arena.edge[y]));
    }
    if (!backward) {
      Collections.reverse(edges);
    }
    return edges;
  }

  /** The anchor, the direction and k. */
  @Override
  public String toString() {
    return "KBestPaths["
        + direction()
        + " "
        + anchor
        + ", "
        + sg.semiring.name()
        + ", k = "
        + k
        + ", "
        + nodes.length
        + " walks]";
  }
}
