package org.pathsum.solver.internal.compiled;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pathsum.solver.internal.BoundedText;

/**
 * The one vertex ↔ index map of the library: the vertices of a graph in index order, and the index
 * of each. Made by the compiler ({@link CompiledGraph#vertexIndex()}) and shared by everything that
 * reads a compiled graph's results (path sums, witnesses, exceptions).
 *
 * <p>Cost: a hash map of n entries and an array of n references; {@link #indexOf} is one hash
 * lookup, {@link #vertex} one array read. Immutable.
 *
 * @param <V> the vertex type
 */
public final class VertexIndex<V> {

  private final Object[] vertices;
  // Null when the indices are the graph's own order.
  private final int[] graphOrder;
  private final Map<V, Integer> index;

  /**
   * @param vertices the vertices by index
   * @param graphOrder the indices in the order the graph listed its vertices; {@code null} when
   *     that is the index order (the compiler kept the graph's order)
   * @param checkDistinct whether to refuse a repeated vertex (a caller's list); a graph's vertex
   *     set needs no check. The check is the map's own insertion, so it costs nothing extra.
   * @throws IllegalArgumentException if {@code checkDistinct} and a vertex repeats, naming it
   */
  VertexIndex(Object[] vertices, int[] graphOrder, boolean checkDistinct) {
    this.vertices = vertices;
    this.graphOrder = graphOrder;
    this.index = new HashMap<>(Math.max(16, vertices.length * 4 / 3 + 1));
    for (int i = 0; i < vertices.length; i++) {
      @SuppressWarnings("unchecked")
      V v = (V) vertices[i];
      if (index.put(v, i) != null && checkDistinct) {
        throw new IllegalArgumentException(
            "the vertex list repeats vertex " + v + "; list each vertex once");
      }
    }
  }

  /** The number of vertices. */
  public int size() {
    return vertices.length;
  }

  /**
   * The index of {@code v}.
   *
   * @param role what the vertex is for ({@code "source"}, {@code "target"}, …), for the message
   * @throws IllegalArgumentException if {@code v} is not a vertex, naming it and the role
   */
  public int indexOf(V v, String role) {
    Objects.requireNonNull(v, role);
    Integer i = index.get(v);
    if (i == null) {
      throw new IllegalArgumentException(
          role
              + " vertex "
              + v
              + " is not in the graph; pass one of its vertices (compile the graph again after"
              + " changing it)");
    }
    return i;
  }

  /**
   * The index of the {@code k}-th vertex in the order the compiled graph listed them (its {@code
   * vertexSet()} order), which results iterate in.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 ≤ k < size()}
   */
  public int indexInGraphOrder(int k) {
    return graphOrder == null ? Objects.checkIndex(k, vertices.length) : graphOrder[k];
  }

  /**
   * The vertex at {@code index}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 ≤ index < size()}
   */
  @SuppressWarnings("unchecked")
  public V vertex(int index) {
    return (V) vertices[index];
  }

  /** The vertices in index order, as an immutable view. */
  public List<V> vertices() {
    return new AbstractList<V>() {
      @Override
      public V get(int i) {
        return vertex(i);
      }

      @Override
      public int size() {
        return vertices.length;
      }
    };
  }

  /** The vertices at the given indices, in order. */
  public List<V> vertices(int[] indices) {
    Object[] out = new Object[indices.length];
    for (int k = 0; k < indices.length; k++) {
      out[k] = vertices[indices[k]];
    }
    @SuppressWarnings("unchecked")
    List<V> list = (List<V>) List.of(out);
    return list;
  }

  /** At most the first ten vertices, then how many more: bounded for graphs of any size. */
  @Override
  public String toString() {
    return BoundedText.list(vertices());
  }
}
