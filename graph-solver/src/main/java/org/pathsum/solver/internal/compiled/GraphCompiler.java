package org.pathsum.solver.internal.compiled;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semiring;

/**
 * Turns a JGraphT graph into a {@link CompiledGraph}: one pass over the vertices and edges (reading
 * each edge's weight once, if asked), the strongly connected components once, and a renumbering of
 * the vertices in component order, so that every component is a contiguous range and the ranges
 * are in topological order.
 *
 * <p><b>Layout.</b> The sweeps read each vertex's in-edges, so the compiled graph is laid out for
 * them. A vertex order that is already topological (every edge from a lower to a higher vertex, as
 * a generator or a computation graph writes it) is kept as it is, and the components are not
 * searched; otherwise the vertices are renumbered in component order, on a DAG Kahn's, ties
 * broken by the graph's vertex order. The edges are then stored by target, keeping their input
 * order among the in-edges of one vertex (a stable sort), so that a vertex's in-edges and their
 * weights are adjacent in memory and the in-adjacency needs no edge-id map. The edge ids of the
 * compiled graph are those sorted positions; {@link CompiledGraph#edge(int)} gives each one's input
 * edge.
 */
public final class GraphCompiler {

  private GraphCompiler() {}

  /**
   * A compiled graph and the weights read while compiling it: boxed, or (when the caller gave them
   * as a {@code double[]}) primitive only, so that no {@code Double} per edge is ever made.
   *
   * @param graph the compiled graph
   * @param weights the weight of each compiled edge, by edge id; {@code null} if none were read or
   *     they were read as {@code doubles}
   * @param doubles the weight of each compiled edge, by edge id, unboxed; {@code null} unless the
   *     weights were given as a {@code double[]}
   * @param <V> the vertex type
   * @param <E> the edge type
   */
  public record Compiled<V, E>(CompiledGraph<V, E> graph, Object[] weights, double[] doubles) {

    /** A compiled graph with boxed weights (or none), {@code doubles} null. */
    public Compiled(CompiledGraph<V, E> graph, Object[] weights) {
      this(graph, weights, null);
    }
  }

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
    return renumbered(
        byOldIndex,
        from,
        to,
        order -> order == null ? edges : permuted(edges, order),
        kept == null ? null : kept.toArray(),
        null,
        false);
  }

  /**
   * Compiles a graph given as arrays: vertex {@code i} is {@code vertices.get(i)}, edge {@code e}
   * runs from {@code from[e]} to {@code to[e]} and weighs {@code weights.apply(e)}. For callers that
   * build the integer graph themselves (a file reader that interns names to ids), so that no
   * JGraphT graph and no per-edge object exists before compiling. The edges of the result are the
   * input edge indices ({@code edge(id)} is the position in {@code from}), edges of weight 0̄
   * dropped. Cost O(|V| + |E|), one call of {@code weights} per edge and one hash map of the
   * vertices (the {@link VertexIndex}, which also finds a repeated vertex); the arrays are not kept
   * (the compiled graph has its own, renumbered).
   *
   * @param vertices the distinct vertices; results list them in this order
   * @param from the source index of each edge, {@code 0 ≤ from[e] < vertices.size()}
   * @param to the target index of each edge, same length as {@code from}
   * @param weights the weight of edge {@code e}; never null
   * @param semiring the semiring whose zero marks an edge to drop
   * @throws IllegalArgumentException if the arrays differ in length, an index is out of range or
   *     a vertex is repeated (naming it)
   * @throws NullPointerException if a weight is null, naming the edge index
   */
  public static <V, W> Compiled<V, Integer> compile(
      List<V> vertices,
      int[] from,
      int[] to,
      java.util.function.IntFunction<? extends W> weights,
      Semiring<W> semiring) {
    Objects.requireNonNull(weights, "weights");
    return arrays(vertices, from, to, weights, null, semiring);
  }

  /**
   * {@link #compile(List, int[], int[], java.util.function.IntFunction, Semiring)} with the weights
   * in a {@code double[]} for a {@link DoubleSemiring}: the same graph, but the weights stay
   * primitive ({@link Compiled#doubles()}; {@link Compiled#weights()} is null), so compiling
   * boxes nothing and calls no function per edge. An edge is dropped where {@link
   * DoubleSemiring#isZeroAsDouble} holds, exactly where the boxed compile drops it.
   *
   * @param weights the weight of edge {@code e} at index {@code e}, as long as {@code from}; read,
   *     not kept
   * @throws IllegalArgumentException as the boxed compile does, and if {@code weights} is not as
   *     long as {@code from}
   */
  public static <V> Compiled<V, Integer> compile(
      List<V> vertices, int[] from, int[] to, double[] weights, DoubleSemiring semiring) {
    Objects.requireNonNull(weights, "weights");
    if (weights.length != from.length) {
      throw new IllegalArgumentException(
          "from has "
              + from.length
              + " edges but weights has "
              + weights.length
              + "; give one weight per edge");
    }
    return arrays(vertices, from, to, null, weights, semiring);
  }

  /** Both array compiles: exactly one of {@code boxed} and {@code doubles} is non-null. */
  private static <V, W> Compiled<V, Integer> arrays(
      List<V> vertices,
      int[] from,
      int[] to,
      java.util.function.IntFunction<? extends W> boxed,
      double[] doubles,
      Semiring<W> semiring) {
    Objects.requireNonNull(vertices, "vertices");
    Objects.requireNonNull(semiring, "semiring");
    if (from.length != to.length) {
      throw new IllegalArgumentException(
          "from has "
              + from.length
              + " edges but to has "
              + to.length
              + "; give one of each per edge");
    }
    int n = vertices.size();
    Object[] byIndex = vertices.toArray();
    DoubleSemiring primitive = doubles != null ? (DoubleSemiring) semiring : null;
    int m = from.length;
    int[] f = new int[m];
    int[] t = new int[m];
    int[] inputIndex = new int[m];
    Object[] kept = boxed != null ? new Object[m] : null;
    double[] keptDoubles = doubles != null ? new double[m] : null;
    int k = 0;
    for (int e = 0; e < m; e++) {
      if (from[e] < 0 || from[e] >= n || to[e] < 0 || to[e] >= n) {
        throw new IllegalArgumentException(
            "edge "
                + e
                + " ("
                + from[e]
                + " -> "
                + to[e]
                + ") names a vertex index outside 0.."
                + (n - 1));
      }
      if (primitive != null) {
        double d = doubles[e];
        if (primitive.isZeroAsDouble(d)) {
          continue;
        }
        keptDoubles[k] = d;
      } else {
        W w = boxed.apply(e);
        if (w == null) {
          throw new NullPointerException(
              "the weight of edge "
                  + e
                  + " is null; give a weight of the semiring, its zero() to drop it");
        }
        if (semiring.isZero(w)) {
          continue;
        }
        kept[k] = w;
      }
      f[k] = from[e];
      t[k] = to[e];
      inputIndex[k] = e;
      k++;
    }
    int count = k;
    java.util.function.Function<int[], List<Integer>> edges =
        order -> {
          int[] ids = inputIndex;
          if (order != null) {
            ids = new int[count];
            for (int i = 0; i < count; i++) {
              ids[i] = inputIndex[order[i]];
            }
          }
          int[] byId = ids;
          return new java.util.AbstractList<Integer>() {
            @Override
            public Integer get(int i) {
              Objects.checkIndex(i, count);
              return byId[i];
            }

            @Override
            public int size() {
              return count;
            }
          };
        };
    int[] fk = k == m ? f : java.util.Arrays.copyOf(f, k);
    int[] tk = k == m ? t : java.util.Arrays.copyOf(t, k);
    if (primitive != null) {
      return renumbered(
          byIndex,
          fk,
          tk,
          edges,
          null,
          k == m ? keptDoubles : java.util.Arrays.copyOf(keptDoubles, k),
          true);
    }
    return renumbered(
        byIndex, fk, tk, edges, k == m ? kept : java.util.Arrays.copyOf(kept, k), null, true);
  }

  /**
   * The shared tail of both compilers: components of the graph on {@code from}/{@code to} (indices
   * into {@code byOldIndex}), vertices renumbered in component order unless their order already is
   * topological, then the edges stably sorted by target (see the class comment). {@code from},
   * {@code to}, {@code weights} and {@code doubles} are rewritten or replaced.
   *
   * @param edges given the sort's order (new edge id → input position; {@code null} if the edges
   *     were already sorted), the input edges in compiled order
   * @param checkDistinct whether the vertices may repeat (a caller's list) and must be checked
   */
  private static <V, E> Compiled<V, E> renumbered(
      Object[] byOldIndex,
      int[] from,
      int[] to,
      java.util.function.Function<int[], List<E>> edges,
      Object[] weights,
      double[] doubles,
      boolean checkDistinct) {
    int n = byOldIndex.length;
    int k = from.length;
    Components contiguous;
    Object[] vertices;
    int[] newIndex;
    if (isTopological(from, to)) {
      contiguous = Components.topological(n);
      vertices = byOldIndex;
      newIndex = null;
    } else {
      Components components = Components.of(new IntGraph(n, from, to));
      int[] order = components.members(); // new index → old index
      newIndex = new int[n];
      vertices = new Object[n];
      for (int i = 0; i < n; i++) {
        newIndex[order[i]] = i;
        vertices[i] = byOldIndex[order[i]];
      }
      for (int e = 0; e < k; e++) {
        from[e] = newIndex[from[e]];
        to[e] = newIndex[to[e]];
      }
      contiguous = components.contiguous();
    }
    int[] order = byTarget(n, to);
    if (order != null) {
      from = permuted(from, order);
      to = permuted(to, order);
      if (weights != null) {
        Object[] w = new Object[k];
        for (int i = 0; i < k; i++) {
          w[i] = weights[order[i]];
        }
        weights = w;
      }
      if (doubles != null) {
        double[] d = new double[k];
        for (int i = 0; i < k; i++) {
          d[i] = doubles[order[i]];
        }
        doubles = d;
      }
    }
    CompiledGraph<V, E> compiled =
        new CompiledGraph<>(
            new IntGraph(n, from, to),
            contiguous,
            new VertexIndex<>(vertices, newIndex, checkDistinct),
            edges.apply(order));
    return new Compiled<>(compiled, weights, doubles);
  }

  /** Whether every edge goes from a lower to a higher vertex (so there is no cycle). */
  private static boolean isTopological(int[] from, int[] to) {
    for (int e = 0; e < from.length; e++) {
      if (from[e] >= to[e]) {
        return false;
      }
    }
    return true;
  }

  /**
   * A stable counting sort of the edges by target: new position → old edge; {@code null} if they
   * are already in nondecreasing order of target.
   */
  private static int[] byTarget(int n, int[] to) {
    boolean sorted = true;
    for (int e = 1; e < to.length && sorted; e++) {
      sorted = to[e - 1] <= to[e];
    }
    if (sorted) {
      return null;
    }
    int[] next = new int[n + 1];
    for (int t : to) {
      next[t + 1]++;
    }
    for (int v = 0; v < n; v++) {
      next[v + 1] += next[v];
    }
    int[] order = new int[to.length];
    for (int e = 0; e < to.length; e++) {
      order[next[to[e]]++] = e;
    }
    return order;
  }

  private static int[] permuted(int[] a, int[] order) {
    int[] out = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      out[i] = a[order[i]];
    }
    return out;
  }

  private static <E> List<E> permuted(List<E> edges, int[] order) {
    List<E> out = new ArrayList<>(order.length);
    for (int i : order) {
      out.add(edges.get(i));
    }
    return out;
  }
}
