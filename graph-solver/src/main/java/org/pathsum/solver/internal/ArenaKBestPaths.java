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
 * The one {@link KBestPaths} implementation, over an arena of walks ({@link KBestSearch.Arena}:
 * parent node, last edge, weight) and, per vertex, where its best walks are: from {@link
 * KBestSearch} (the nodes its walk search popped, grouped by vertex) or from {@link KBestDagSweep}
 * (each vertex's nodes contiguous in the arena). Walks are read back by following parent nodes,
 * iteratively.
 */
final class ArenaKBestPaths<V, E> implements KBestPaths<V, E> {

  private final SolverGraph<V, E, Double> sg;
  private final Graph<V, E> graph;
  private final V anchor;
  private final int k;
  private final boolean backward;
  private final KBestSearch.Arena arena;
  // The best walks of vertex v, best first, are the nodes at slots start[v] … start[v] + count[v]
  // − 1: slot i is node nodes[i], or node i itself when nodes is null.
  private final int[] start;
  private final int[] count;
  private final int[] nodes;

  /**
   * @param start each vertex's first slot
   * @param count how many walks each vertex has, at most k
   * @param nodes slot → node, or {@code null} when every slot is its node
   */
  ArenaKBestPaths(
      SolverGraph<V, E, Double> sg,
      Graph<V, E> graph,
      V anchor,
      int k,
      boolean backward,
      KBestSearch.Arena arena,
      int[] start,
      int[] count,
      int[] nodes) {
    this.sg = sg;
    this.graph = graph;
    this.anchor = anchor;
    this.k = k;
    this.backward = backward;
    this.arena = arena;
    this.start = start;
    this.count = count;
    this.nodes = nodes;
  }

  /**
   * The walks of a walk search.
   *
   * @param popped the nodes in the order the search popped them (by key)
   * @param pops how many nodes each vertex popped
   */
  static <V, E> ArenaKBestPaths<V, E> ofPopped(
      SolverGraph<V, E, Double> sg,
      Graph<V, E> graph,
      V anchor,
      int anchorIndex,
      int k,
      boolean backward,
      KBestSearch.Arena arena,
      int[] popped,
      int[] pops) {
    int n = pops.length;
    int[] first = new int[n];
    for (int v = 1; v < n; v++) {
      first[v] = first[v - 1] + pops[v - 1];
    }
    int[] nodes = new int[popped.length];
    int[] next = java.util.Arrays.copyOf(first, n);
    for (int x : popped) {
      nodes[next[arena.vertex(x, sg.g, backward, anchorIndex)]++] = x;
    }
    boolean maxPlus =
        ((DoubleSemiring) sg.semiring).arithmetic() == DoubleSemiring.Arithmetic.MAX_PLUS;
    // The search pops in key order, which is weight order at one vertex up to the rounding of the
    // potential; an insertion sort per vertex (k entries, already nearly sorted) makes the reported
    // order exact. Stable, so tied walks stay in the order found.
    for (int v = 0; v < n; v++) {
      int end = first[v] + pops[v];
      for (int i = first[v] + 1; i < end; i++) {
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
    return new ArenaKBestPaths<>(sg, graph, anchor, k, backward, arena, first, pops, nodes);
  }

  private int node(int v, int i) {
    int slot = start[v] + i;
    return nodes == null ? slot : nodes[slot];
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
    double[] out = new double[count[v]];
    for (int i = 0; i < out.length; i++) {
      out[i] = arena.weight[node(v, i)];
    }
    return out;
  }

  @Override
  public List<List<E>> walks(V vertex) {
    int v = sg.index.indexOf(vertex, "vertex");
    List<List<E>> out = new ArrayList<>(count[v]);
    for (int i = 0; i < count[v]; i++) {
      out.add(Collections.unmodifiableList(edges(node(v, i))));
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
    List<GraphPath<V, E>> out = new ArrayList<>(count[v]);
    for (int i = 0; i < count[v]; i++) {
      int x = node(v, i);
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
        + java.util.Arrays.stream(count).asLongStream().sum()
        + " walks]";
  }
}
