package org.pathsum.solver.cyclic;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.PathSums;

/** {@link PathSums} over an int-indexed value array; immutable once built. */
final class IndexedPathSums<V, W> implements PathSums<V, W> {

  private final Semiring<W> semiring;
  private final V anchor;
  private final Direction direction;
  private final IndexedGraph<V, ?, ?> graph;
  private final Object[] values;

  /** Takes ownership of {@code values}: one entry per vertex, zero where there is no path. */
  IndexedPathSums(
      Semiring<W> semiring,
      V anchor,
      Direction direction,
      IndexedGraph<V, ?, ?> graph,
      Object[] values) {
    this.semiring = semiring;
    this.anchor = anchor;
    this.direction = direction;
    this.graph = graph;
    this.values = values;
  }

  @Override
  public Semiring<W> semiring() {
    return semiring;
  }

  @Override
  public V anchor() {
    return anchor;
  }

  @Override
  public Direction direction() {
    return direction;
  }

  @Override
  @SuppressWarnings("unchecked")
  public W get(V vertex) {
    return (W) values[graph.indexOf(vertex, "vertex")];
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<V, W> values() {
    ImmutableMap.Builder<V, W> b = ImmutableMap.builderWithExpectedSize(values.length);
    for (int i = 0; i < values.length; i++) {
      b.put(graph.vertices.get(i), (W) values[i]);
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "PathSums[" + direction + " " + anchor + ", " + semiring.name() + "]";
  }
}
