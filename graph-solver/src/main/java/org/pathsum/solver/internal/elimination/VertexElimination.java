package org.pathsum.solver.internal.elimination;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.jgrapht.Graph;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.internal.compiled.CompiledDag;
import org.pathsum.solver.internal.compiled.CompiledGraph;

/**
 * Cross-country (vertex) elimination: the path sum from every source to every target of a DAG,
 * accumulated by eliminating the intermediate vertices in a chosen {@link EliminationOrder}.
 *
 * <pre>{@code
 * u ─a─▶ v ─b─▶ w      eliminate v      u ──(a ⊗ b)──▶ w   (⊕ onto an existing u → w)
 * }</pre>
 *
 * <p><b>Algorithm.</b> First the vertices on no source→target path are dropped with their edges,
 * and parallel edges are merged by ⊕. The <em>intermediate</em> vertices — those on such a path
 * that are neither a source nor a target — are then eliminated one by one: for every in-edge {@code
 * (u, v)} of weight {@code a} and out-edge {@code (v, w)} of weight {@code b}, {@code a ⊗ b} (in
 * path order, so non-commutative semirings are right) is ⊕-ed onto {@code (u, w)}; then {@code v}
 * is removed. Each step keeps the path sum between every two remaining vertices. Sources and
 * targets are never eliminated, and keep their edges: a path through another source or target (a
 * source downstream of a source, a target upstream of a target) is therefore still summed, by a
 * final sweep over the remaining sources and targets in topological order. In automatic
 * differentiation, where no input has an in-edge and no output lies on a path to another, that
 * sweep does no work.
 *
 * <p><b>Requirements.</b> Any semiring; ⊕ must be commutative and associative (a semiring law),
 * since the order of accumulation depends on the elimination order. Sources and targets may
 * overlap; a vertex that is both gets {@code 1̄} to itself.
 *
 * <p><b>Cost.</b> Time O(n + m + Σ<sub>v</sub> indeg(v)·outdeg(v)), the degrees taken in the graph
 * at the moment v is eliminated (fill-in can make this superlinear, up to O(n³) in the worst case),
 * times O(log n) for {@link EliminationOrder#MARKOWITZ}, plus O(|sources| · (k + e)) for the final
 * sweep over the k remaining vertices and e remaining edges. Space O(n + m + fill-in). Nothing
 * recurses.
 */
public final class VertexElimination {

  private VertexElimination() {}

  /**
   * Eliminates over a {@link CompiledDag} with one weight per edge id.
   *
   * @param dag the DAG; its indices are a topological order, used by FORWARD and REVERSE
   * @param semiring the semiring of the weights
   * @param edgeWeights {@code dag.edgeCount()} weights, by edge id; read once
   * @param sources the source vertices (indices); duplicates are ignored; order kept in the result
   * @param targets the target vertices (indices); duplicates are ignored; order kept in the result
   * @param order the elimination order; an explicit one lists {@code Integer} indices
   * @throws IllegalArgumentException if the weight count is not the edge count, a weight is not a
   *     member of the semiring, a source or target is out of range, or an explicit order is not a
   *     sequence of distinct in-range vertices covering exactly the non-source, non-target ones
   */
  public static <W> EliminationResult<Integer, W> eliminate(
      CompiledDag dag,
      Semiring<W> semiring,
      List<W> edgeWeights,
      Collection<Integer> sources,
      Collection<Integer> targets,
      EliminationOrder order) {
    return eliminate(dag, semiring, edgeWeights, sources, targets, order, v -> v);
  }

  /** As the public method; {@code name} gives a vertex's name for error messages. */
  private static <W> EliminationResult<Integer, W> eliminate(
      CompiledDag dag,
      Semiring<W> semiring,
      List<W> edgeWeights,
      Collection<Integer> sources,
      Collection<Integer> targets,
      EliminationOrder order,
      IntFunction<Object> name) {
    Objects.requireNonNull(dag, "dag");
    Objects.requireNonNull(semiring, "semiring");
    Objects.requireNonNull(edgeWeights, "edgeWeights");
    Objects.requireNonNull(order, "order");
    if (edgeWeights.size() != dag.edgeCount()) {
      throw new IllegalArgumentException(
          edgeWeights.size()
              + " edge weights for "
              + dag.edgeCount()
              + " edges; pass one weight per edge id");
    }
    int n = dag.vertexCount();
    List<Integer> sourceList = distinctVertices(sources, n, "source");
    List<Integer> targetList = distinctVertices(targets, n, "target");
    boolean[] isSource = new boolean[n];
    boolean[] isTarget = new boolean[n];
    boolean[] terminal = new boolean[n];
    sourceList.forEach(s -> isSource[s] = terminal[s] = true);
    targetList.forEach(t -> isTarget[t] = terminal[t] = true);
    int[] explicit =
        order.kind() == EliminationOrder.Kind.EXPLICIT
            ? explicitOrder(order.vertices(), terminal, name)
            : null;

    WorkingGraph<W> g =
        new WorkingGraph<>(dag, semiring, edgeWeights, isSource, isTarget, terminal);
    switch (order.kind()) {
      case FORWARD -> g.eliminateTopological(true);
      case REVERSE -> g.eliminateTopological(false);
      case MARKOWITZ -> g.eliminateMarkowitz();
      case EXPLICIT -> {
        for (int v : explicit) {
          if (g.pending(v)) {
            g.eliminate(v);
          }
        }
      }
    }

    List<Integer> remaining = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      if (terminal[v] && g.relevant(v)) {
        remaining.add(v);
      }
    }
    Object[][] sums = new Object[sourceList.size()][targetList.size()];
    for (int i = 0; i < sourceList.size(); i++) {
      int s = sourceList.get(i);
      Map<Integer, W> acc = g.sweepFrom(s, remaining);
      for (int j = 0; j < targetList.size(); j++) {
        int t = targetList.get(j);
        sums[i][j] = s == t ? semiring.one() : acc.getOrDefault(t, semiring.zero());
      }
    }
    return new EliminationResult<>(
        semiring,
        sourceList,
        targetList,
        positions(sourceList),
        positions(targetList),
        sums,
        g.eliminated(),
        g.counts());
  }

  /**
   * Eliminates over a JGraphT DAG, through {@link CompiledDag#compile}: FORWARD and REVERSE follow
   * its topological numbering (Kahn's algorithm, ties by the graph's vertex order), and MARKOWITZ
   * breaks ties by that numbering. Compiling adds O(n + m) time and hash maps.
   *
   * @param graph a directed acyclic graph; parallel edges are allowed
   * @param weights the weight of each edge; called once per edge
   * @param sources the source vertices; duplicates ignored
   * @param targets the target vertices; duplicates ignored
   * @param order the elimination order; an explicit one lists vertices of {@code graph}
   * @throws IllegalArgumentException as {@link #eliminate(CompiledDag, Semiring, List, Collection,
   *     Collection, EliminationOrder)}, or if a vertex is not in the graph or the graph is not
   *     directed
   * @throws org.pathsum.solver.internal.NotADagException if the graph has a directed cycle
   */
  public static <V, E, W> EliminationResult<V, W> eliminate(
      Graph<V, E> graph,
      Semiring<W> semiring,
      Function<? super E, ? extends W> weights,
      Collection<V> sources,
      Collection<V> targets,
      EliminationOrder order) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(order, "order");
    CompiledGraph<V, E> compiled = CompiledDag.compile(graph);
    List<W> edgeWeights = compiled.weights(weights);
    EliminationOrder indexed = order;
    if (order.kind() == EliminationOrder.Kind.EXPLICIT) {
      List<Integer> indices = new ArrayList<>();
      for (Object v : order.vertices()) {
        indices.add(indexOf(compiled, v));
      }
      indexed = EliminationOrder.explicit(indices);
    }
    EliminationResult<Integer, W> r =
        eliminate(
            compiled.dag(),
            semiring,
            edgeWeights,
            indicesOf(compiled, sources, "sources"),
            indicesOf(compiled, targets, "targets"),
            indexed,
            compiled::vertex);
    List<V> vs = toVertices(compiled, r.sources());
    List<V> vt = toVertices(compiled, r.targets());
    Object[][] sums = new Object[vs.size()][vt.size()];
    for (int i = 0; i < vs.size(); i++) {
      for (int j = 0; j < vt.size(); j++) {
        sums[i][j] = r.get(r.sources().get(i), r.targets().get(j));
      }
    }
    long[] counts = {r.multiplications(), r.additions(), r.fillIn()};
    return new EliminationResult<>(
        semiring,
        vs,
        vt,
        positions(vs),
        positions(vt),
        sums,
        toVertices(compiled, r.eliminated()),
        counts);
  }

  @SuppressWarnings("unchecked")
  private static <V> int indexOf(CompiledGraph<V, ?> compiled, Object v) {
    // Only a hash lookup: an object of another type is simply not a vertex (an exception).
    return compiled.indexOf((V) v);
  }

  private static <V> List<Integer> indicesOf(
      CompiledGraph<V, ?> compiled, Collection<V> vertices, String what) {
    Objects.requireNonNull(vertices, what);
    List<Integer> out = new ArrayList<>(vertices.size());
    for (V v : vertices) {
      out.add(compiled.indexOf(v));
    }
    return out;
  }

  private static <V> List<V> toVertices(CompiledGraph<V, ?> compiled, List<Integer> indices) {
    List<V> out = new ArrayList<>(indices.size());
    for (int i : indices) {
      out.add(compiled.vertex(i));
    }
    return out;
  }

  private static <V> Map<V, Integer> positions(List<V> list) {
    Map<V, Integer> map = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      map.put(list.get(i), i);
    }
    return map;
  }

  private static List<Integer> distinctVertices(Collection<Integer> vertices, int n, String what) {
    Objects.requireNonNull(vertices, what + "s");
    LinkedHashSet<Integer> set = new LinkedHashSet<>();
    for (Integer v : vertices) {
      Objects.requireNonNull(v, what);
      if (v < 0 || v >= n) {
        throw new IllegalArgumentException(
            what + " " + v + " is not a vertex; vertices are 0 to " + (n - 1));
      }
      set.add(v);
    }
    return List.copyOf(set);
  }

  private static int[] explicitOrder(
      List<Object> vertices, boolean[] terminal, IntFunction<Object> name) {
    int n = terminal.length;
    boolean[] seen = new boolean[n];
    int[] order = new int[vertices.size()];
    for (int k = 0; k < order.length; k++) {
      if (!(vertices.get(k) instanceof Integer v) || v < 0 || v >= n) {
        throw new IllegalArgumentException(
            "explicit order entry " + vertices.get(k) + " is not a vertex index in [0, " + n + ")");
      }
      if (terminal[v]) {
        throw new IllegalArgumentException(
            "explicit order lists vertex " + name.apply(v) + ", a source or target; remove it");
      }
      if (seen[v]) {
        throw new IllegalArgumentException(
            "explicit order lists vertex " + name.apply(v) + " twice");
      }
      seen[v] = true;
      order[k] = v;
    }
    for (int v = 0; v < n; v++) {
      if (!terminal[v] && !seen[v]) {
        throw new IllegalArgumentException(
            "explicit order misses vertex "
                + name.apply(v)
                + "; list every non-source, non-target vertex");
      }
    }
    return order;
  }
}
