package org.pathsum.solver.internal.compiled;

import org.pathsum.solver.PathSumSolvers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.pathsum.solver.internal.NotADagException;

/**
 * A JGraphT graph compiled onto the {@linkplain IntGraph integer graph core}, with the vertices
 * and edges it was compiled from: vertex {@code v} of the graph is index {@link #indexOf(Object)
 * indexOf(v)} of the core and edge {@code e} is edge id {@link #idOf(Object) idOf(e)}. Made by
 * {@link CompiledDag#compile} (which refuses a cycle) and by the front door {@code
 * PathSumSolvers.forGraph} (which does not).
 *
 * <p>The vertices are numbered in {@linkplain Components component} order: each strongly connected
 * component is a contiguous range of indices and the ranges are in topological order, so on an
 * acyclic graph the numbering is topological and {@link #dag()} is the same core as a {@link
 * CompiledDag}.
 *
 * <p>Weights are extracted once, by edge id, with {@link #weights(ToDoubleFunction)} (primitive) or
 * {@link #weights(Function)} (any type), and then passed to {@link DagSweeps}. The two {@code
 * weights} overloads make a call with an implicitly typed lambda ambiguous; give the lambda's
 * parameter a type ({@code (MyEdge e) -> e.cost()}) or pass a method reference.
 *
 * <p><b>Cost.</b> The vertex index is a hash map built at compile time; the edge-to-id map is built
 * on the first {@link #idOf} call. Both hold references to the graph's own vertex and edge objects.
 *
 * <p>Immutable; the mappings are snapshots of the graph at compile time.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class CompiledGraph<V, E> {

  private final IntGraph graph;
  private final Components components;
  private final VertexIndex<V> index;
  private final List<E> edges;
  private volatile CompiledDag dag;
  // Built on the first idOf call: many users only extract weights, and a hash map of every edge
  // would cost more time and memory than the whole compiled DAG.
  private volatile Map<E, Integer> idOf;

  CompiledGraph(IntGraph graph, Components components, VertexIndex<V> index, List<E> edges) {
    this.graph = graph;
    this.components = components;
    this.index = index;
    this.edges = Collections.unmodifiableList(edges);
  }

  /** The integer graph core. */
  public IntGraph graph() {
    return graph;
  }

  /** The strongly connected components, each a contiguous range of indices, in topological order. */
  public Components components() {
    return components;
  }

  /** The vertex ↔ index map. */
  public VertexIndex<V> vertexIndex() {
    return index;
  }

  /** Whether the graph has no directed cycle (self-loops included). */
  public boolean isAcyclic() {
    return components.isAcyclic();
  }

  /**
   * The compiled, topologically numbered DAG: the same core with the acyclic sweeps' in-adjacency.
   * Built on the first call, O(|V| + |E|).
   *
   * @throws NotADagException if the graph has a directed cycle; it carries a shortest cycle through
   *     the lowest-numbered vertex on a cycle
   */
  public CompiledDag dag() {
    CompiledDag d = dag;
    if (d == null) {
      if (!components.isAcyclic()) {
        throw new NotADagException(cycleThrough(firstCyclicVertex()));
      }
      d = new CompiledDag(graph);
      dag = d;
    }
    return d;
  }

  private int firstCyclicVertex() {
    for (int c = 0; ; c++) {
      if (components.isCyclic(c)) {
        return components.member(components.start(c));
      }
    }
  }

  /**
   * A shortest cycle through vertex index {@code v}, as graph vertices in edge order.
   *
   * @throws IllegalArgumentException if {@code v} lies on no cycle
   */
  public List<V> cycleThrough(int v) {
    return cycleVertices(components.cycleThrough(graph, graph.out(), v), false);
  }

  /**
   * The vertices of a cycle given by its edge ids, in the direction of the original edges.
   *
   * @param reversed whether the ids were found walking against the edges (on {@link IntGraph#in()})
   */
  public List<V> cycleVertices(int[] edgeIds, boolean reversed) {
    int[] tails = new int[edgeIds.length];
    for (int k = 0; k < edgeIds.length; k++) {
      int e = reversed ? edgeIds[edgeIds.length - 1 - k] : edgeIds[k];
      tails[k] = graph.source[e];
    }
    return index.vertices(tails);
  }

  /**
   * The index of a graph vertex. O(1) expected (a hash lookup).
   *
   * @throws IllegalArgumentException if {@code v} was not a vertex of the compiled graph
   */
  public int indexOf(V v) {
    return index.indexOf(Objects.requireNonNull(v, "v"), "the");
  }

  /**
   * The graph vertex at an index.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 ≤ index < graph().vertexCount()}
   */
  public V vertex(int index) {
    Objects.checkIndex(index, this.index.size());
    return this.index.vertex(index);
  }

  /** The graph's vertices in index order (topological on a DAG). Immutable. */
  public List<V> vertices() {
    return index.vertices();
  }

  /**
   * The edge id of a graph edge. O(1) expected (a hash lookup); the first call builds the
   * edge-to-id map in O(|E|).
   *
   * @throws IllegalArgumentException if {@code e} was not an edge of the compiled graph (or was
   *     dropped for having the zero weight)
   */
  public int idOf(E e) {
    Objects.requireNonNull(e, "e");
    Map<E, Integer> map = idOf;
    if (map == null) {
      map = new HashMap<>(2 * edges.size());
      for (int id = 0; id < edges.size(); id++) {
        map.put(edges.get(id), id);
      }
      idOf = map; // a racing thread may build an equal map; either is complete when published
    }
    Integer i = map.get(e);
    if (i == null) {
      throw new IllegalArgumentException(
          "edge " + e + " is not in the compiled graph; compile the graph again after changing it");
    }
    return i;
  }

  /**
   * The graph edge with an edge id.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 ≤ id < graph().edgeCount()}
   */
  public E edge(int id) {
    return edges.get(id);
  }

  /**
   * Primitive edge weights by edge id, for the {@code double} sweeps of {@link DagSweeps}. O(|E|).
   *
   * @param w the weight of each graph edge
   * @return a new array of length {@code graph().edgeCount()}
   */
  public double[] weights(ToDoubleFunction<? super E> w) {
    Objects.requireNonNull(w, "w");
    double[] out = new double[edges.size()];
    for (int e = 0; e < out.length; e++) {
      out[e] = w.applyAsDouble(edges.get(e));
    }
    return out;
  }

  /**
   * Edge weights of any type by edge id, for the generic sweeps of {@link DagSweeps}. O(|E|).
   *
   * @param w the weight of each graph edge; must not return null
   * @return an immutable list of length {@code graph().edgeCount()}
   * @throws NullPointerException if {@code w} returns null, naming the edge
   */
  public <W> List<W> weights(Function<? super E, ? extends W> w) {
    Objects.requireNonNull(w, "w");
    List<W> out = new ArrayList<>(edges.size());
    for (E e : edges) {
      out.add(Objects.requireNonNull(w.apply(e), () -> "weight of edge " + e));
    }
    return Collections.unmodifiableList(out);
  }

  /** The sizes and the first vertices; bounded for graphs of any size. */
  @Override
  public String toString() {
    return "CompiledGraph[vertices="
        + index.size()
        + ", edges="
        + edges.size()
        + ", "
        + components
        + ", "
        + index
        + "]";
  }
}
