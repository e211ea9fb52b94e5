package org.pathsum.solver.compiled;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.PathSums;

/** The {@link PathSums} of a compiled solve: values by DAG index, looked up through the mapping. */
final class CompiledPathSums<V, W> implements PathSums<V, W> {

  private final Semiring<W> semiring;
  private final V anchor;
  private final Direction direction;
  private final CompiledGraph<V, ?> compiled;
  private final List<V> graphOrder;
  private final List<W> byIndex;

  CompiledPathSums(
      Semiring<W> semiring,
      V anchor,
      Direction direction,
      CompiledGraph<V, ?> compiled,
      List<V> graphOrder,
      List<W> byIndex) {
    this.semiring = semiring;
    this.anchor = anchor;
    this.direction = direction;
    this.compiled = compiled;
    this.graphOrder = graphOrder;
    this.byIndex = byIndex;
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
  public W get(V vertex) {
    return byIndex.get(compiled.indexOf(vertex));
  }

  /** {@inheritDoc} Built on each call, O(|V|). */
  @Override
  public Map<V, W> values() {
    ImmutableMap.Builder<V, W> b = ImmutableMap.builderWithExpectedSize(graphOrder.size());
    for (V v : graphOrder) {
      b.put(v, get(v));
    }
    return b.build();
  }

  @Override
  public String toString() {
    // Not the values: a compiled graph may have millions of vertices.
    return "PathSums[" + direction + " " + anchor + ", " + semiring.name() + "]";
  }
}
