package org.pathsum.solver;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pathsum.semiring.Semiring;

/**
 * The immutable {@link PathSums} of one solve: the sums of the vertices the solve reached, and
 * {@code zero()} for every other vertex of the graph. The full map is built only if {@link
 * #values()} is called, so a solve that reaches few vertices of a large graph stays cheap.
 */
final class SolvedPathSums<V, W> implements PathSums<V, W> {

  private final Semiring<W> semiring;
  private final V anchor;
  private final Direction direction;
  private final Map<V, W> reached;
  private final Set<V> vertices;
  private final Supplier<ImmutableMap<V, W>> values;

  /**
   * @param reached the sums of the reached vertices; owned by this object from now on
   * @param vertices every vertex of the solved graph, in the graph's order
   */
  SolvedPathSums(
      Semiring<W> semiring, V anchor, Direction direction, Map<V, W> reached, Set<V> vertices) {
    this.semiring = Objects.requireNonNull(semiring, "semiring");
    this.anchor = Objects.requireNonNull(anchor, "anchor");
    this.direction = Objects.requireNonNull(direction, "direction");
    this.reached = Objects.requireNonNull(reached, "reached");
    this.vertices = Objects.requireNonNull(vertices, "vertices");
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
    Objects.requireNonNull(vertex, "vertex");
    W w = reached.get(vertex);
    if (w != null) {
      return w;
    }
    if (!vertices.contains(vertex)) {
      throw new IllegalArgumentException(
          "vertex " + vertex + " is not in the solved graph; ask for one of its vertices");
    }
    return semiring.zero();
  }

  @Override
  public Map<V, W> values() {
    return values.get();
  }

  private ImmutableMap<V, W> buildValues() {
    ImmutableMap.Builder<V, W> b = ImmutableMap.builderWithExpectedSize(vertices.size());
    W zero = semiring.zero();
    for (V v : vertices) {
      b.put(v, reached.getOrDefault(v, zero));
    }
    return b.buildOrThrow();
  }

  @Override
  public String toString() {
    return "PathSums["
        + direction
        + " "
        + anchor
        + ", "
        + semiring.name()
        + ", "
        + reached.size()
        + " of "
        + vertices.size()
        + " vertices reached]";
  }
}
