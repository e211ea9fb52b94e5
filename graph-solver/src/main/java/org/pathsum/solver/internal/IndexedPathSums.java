package org.pathsum.solver.internal;

import org.pathsum.solver.PathSums;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.internal.compiled.VertexIndex;

/**
 * The one {@link PathSums} implementation: the values of one solve in an array by vertex index,
 * {@code double[]} for a primitive sweep (boxed one at a time, on {@link #get}) or {@code Object[]}
 * otherwise, read through the compiled graph's {@link VertexIndex}. {@link #values()} builds its
 * map on the first call and keeps it. {@link #toString()} shows the first values only.
 */
final class IndexedPathSums<V, W> implements PathSums<V, W> {

  private final Semiring<W> semiring;
  private final V anchor;
  private final Direction direction;
  private final VertexIndex<V> index;
  private final double[] doubles;
  private final Object[] objects;
  private final Supplier<ImmutableMap<V, W>> values;

  /** Takes ownership of exactly one of {@code doubles} and {@code objects}; the other is null. */
  IndexedPathSums(
      Semiring<W> semiring,
      V anchor,
      Direction direction,
      VertexIndex<V> index,
      double[] doubles,
      Object[] objects) {
    this.semiring = Objects.requireNonNull(semiring, "semiring");
    this.anchor = Objects.requireNonNull(anchor, "anchor");
    this.direction = Objects.requireNonNull(direction, "direction");
    this.index = index;
    this.doubles = doubles;
    this.objects = objects;
    this.values = Suppliers.memoize(this::buildValues);
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
    return at(index.indexOf(vertex, "vertex"));
  }

  @SuppressWarnings("unchecked")
  private W at(int i) {
    return doubles != null ? (W) (Double) doubles[i] : (W) objects[i];
  }

  /** {@inheritDoc} Built on the first call in O(|V|), then kept. */
  @Override
  public Map<V, W> values() {
    return values.get();
  }

  /** {@inheritDoc} Reads the array in graph order; neither builds nor needs {@link #values()}. */
  @Override
  public void forEach(java.util.function.BiConsumer<? super V, ? super W> action) {
    Objects.requireNonNull(action, "action");
    for (int k = 0; k < index.size(); k++) {
      int i = index.indexInGraphOrder(k);
      action.accept(index.vertex(i), at(i));
    }
  }

  private ImmutableMap<V, W> buildValues() {
    ImmutableMap.Builder<V, W> b = ImmutableMap.builderWithExpectedSize(index.size());
    for (int k = 0; k < index.size(); k++) {
      int i = index.indexInGraphOrder(k);
      b.put(index.vertex(i), at(i));
    }
    return b.buildOrThrow();
  }

  /** The anchor, the semiring and the first {@value BoundedText#SHOWN} values in graph order. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("PathSums[");
    sb.append(direction).append(' ').append(anchor).append(", ").append(semiring.name());
    sb.append(", {");
    int shown = Math.min(BoundedText.SHOWN, index.size());
    for (int k = 0; k < shown; k++) {
      int i = index.indexInGraphOrder(k);
      sb.append(k == 0 ? "" : ", ").append(index.vertex(i)).append('=').append(at(i));
    }
    if (index.size() > shown) {
      sb.append(", … (").append(index.size() - shown).append(" more)");
    }
    return sb.append("}]").toString();
  }
}
