package org.pathsum.solver.compiled;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A {@link CompiledDag} together with the JGraphT vertices and edges it was compiled from: vertex
 * {@code v} of the graph is index {@link #indexOf(Object) indexOf(v)} of the DAG and edge {@code e}
 * is edge id {@link #idOf(Object) idOf(e)}. Made by {@link CompiledDag#compile}.
 *
 * <p>Weights are extracted once, by edge id, with {@link #weights(ToDoubleFunction)} (primitive) or
 * {@link #weights(Function)} (any type), and then passed to {@link DagSweeps}.
 *
 * <p>The two {@code weights} overloads make a call with an implicitly typed lambda ambiguous; give
 * the lambda's parameter a type ({@code (MyEdge e) -> e.cost()}) or pass a method reference.
 *
 * <p><b>Cost.</b> The vertex-to-index map is a hash map built at compile time; the edge-to-id map
 * is built on the first {@link #idOf} call. Both hold references to the graph's own vertex and edge
 * objects.
 *
 * <p>Immutable; the mappings are snapshots of the graph at compile time.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public final class CompiledGraph<V, E> {

  private final CompiledDag dag;
  private final List<V> vertices;
  private final Map<V, Integer> indexOf;
  private final List<E> edges;
  // Built on the first idOf call: many users only extract weights, and a hash map of every edge
  // would cost more time and memory than the whole compiled DAG.
  private volatile Map<E, Integer> idOf;

  CompiledGraph(CompiledDag dag, List<V> vertices, Map<V, Integer> indexOf, List<E> edges) {
    this.dag = dag;
    this.vertices = Collections.unmodifiableList(vertices);
    this.indexOf = indexOf;
    this.edges = Collections.unmodifiableList(edges);
  }

  /** The compiled, topologically numbered DAG. */
  public CompiledDag dag() {
    return dag;
  }

  /**
   * The DAG index of a graph vertex. O(1) expected (a hash lookup).
   *
   * @throws IllegalArgumentException if {@code v} was not a vertex of the compiled graph
   */
  public int indexOf(V v) {
    Integer i = indexOf.get(Objects.requireNonNull(v, "v"));
    if (i == null) {
      throw new IllegalArgumentException(
          "vertex "
              + v
              + " is not in the compiled graph; compile the graph again after changing it");
    }
    return i;
  }

  /**
   * The graph vertex at a DAG index.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 ≤ index < dag().vertexCount()}
   */
  public V vertex(int index) {
    return vertices.get(index);
  }

  /** The graph's vertices in DAG index order (a topological order). Immutable. */
  public List<V> vertices() {
    return vertices;
  }

  /**
   * The DAG edge id of a graph edge. O(1) expected (a hash lookup); the first call builds the
   * edge-to-id map in O(|E|).
   *
   * @throws IllegalArgumentException if {@code e} was not an edge of the compiled graph
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
   * The graph edge with a DAG edge id.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 ≤ id < dag().edgeCount()}
   */
  public E edge(int id) {
    return edges.get(id);
  }

  /**
   * Primitive edge weights by edge id, for the {@code double} sweeps of {@link DagSweeps}. O(|E|).
   *
   * @param w the weight of each graph edge
   * @return a new array of length {@code dag().edgeCount()}
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
   * @return an immutable list of length {@code dag().edgeCount()}
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

  @Override
  public String toString() {
    return "CompiledGraph[vertices=" + vertices.size() + ", edges=" + edges.size() + "]";
  }
}
