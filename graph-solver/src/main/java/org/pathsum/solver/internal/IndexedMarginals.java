package org.pathsum.solver.internal;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.solver.Marginals;
import org.pathsum.solver.internal.compiled.VertexIndex;

/**
 * The one {@link Marginals} implementation: edge marginals in a {@code double[]} by edge position,
 * expected visits in a {@code double[]} by compiled vertex index, read through the compiled
 * graph's {@link VertexIndex}. The maps are built on their first call and kept; for a JGraphT
 * graph so is the edge → position map behind {@link #edge}.
 */
final class IndexedMarginals<V, E> implements Marginals<V, E> {

  private final DoubleSemiring semiring;
  private final V source;
  private final V target;
  private final double value;
  private final VertexIndex<V> index;
  // The graph's edges by position; null for edge arrays, whose edges are the positions.
  private final List<E> edgeList;
  private final double[] edgeMarginals;
  private final double[] visits;
  private final Supplier<Map<E, Integer>> positions;
  private final Supplier<ImmutableMap<E, Double>> edges;
  private final Supplier<ImmutableMap<V, Double>> vertices;

  /** Takes ownership of the arrays. */
  IndexedMarginals(
      DoubleSemiring semiring,
      V source,
      V target,
      double value,
      VertexIndex<V> index,
      List<E> edgeList,
      double[] edgeMarginals,
      double[] visits) {
    this.semiring = semiring;
    this.source = source;
    this.target = target;
    this.value = value;
    this.index = index;
    this.edgeList = edgeList;
    this.edgeMarginals = edgeMarginals;
    this.visits = visits;
    this.positions = Suppliers.memoize(this::buildPositions);
    this.edges = Suppliers.memoize(this::buildEdges);
    this.vertices = Suppliers.memoize(this::buildVertices);
  }

  @Override
  public DoubleSemiring semiring() {
    return semiring;
  }

  @Override
  public V source() {
    return source;
  }

  @Override
  public V target() {
    return target;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public double edge(E edge) {
    Objects.requireNonNull(edge, "edge");
    if (edgeList == null) {
      int e = (Integer) edge;
      if (e < 0 || e >= edgeMarginals.length) {
        throw new IllegalArgumentException(
            "edge " + e + " is not an edge index; the edges are 0.." + (edgeMarginals.length - 1));
      }
      return edgeMarginals[e];
    }
    Integer e = positions.get().get(edge);
    if (e == null) {
      throw new IllegalArgumentException(
          "edge " + edge + " is not in the graph; pass one of its edges (ask again after changing it)");
    }
    return edgeMarginals[e];
  }

  @Override
  public int edgeCount() {
    return edgeMarginals.length;
  }

  @Override
  public double edgeAt(int position) {
    return edgeMarginals[Objects.checkIndex(position, edgeMarginals.length)];
  }

  @Override
  public double visits(V vertex) {
    return visits[index.indexOf(vertex, "vertex")];
  }

  @Override
  public Map<E, Double> edges() {
    return edges.get();
  }

  @Override
  public Map<V, Double> vertices() {
    return vertices.get();
  }

  private Map<E, Integer> buildPositions() {
    Map<E, Integer> map = new HashMap<>(Math.max(16, edgeList.size() * 4 / 3 + 1));
    for (int e = 0; e < edgeList.size(); e++) {
      map.put(edgeList.get(e), e);
    }
    return map;
  }

  @SuppressWarnings("unchecked")
  private ImmutableMap<E, Double> buildEdges() {
    ImmutableMap.Builder<E, Double> b = ImmutableMap.builderWithExpectedSize(edgeMarginals.length);
    for (int e = 0; e < edgeMarginals.length; e++) {
      b.put(edgeList == null ? (E) Integer.valueOf(e) : edgeList.get(e), edgeMarginals[e]);
    }
    return b.buildOrThrow();
  }

  private ImmutableMap<V, Double> buildVertices() {
    ImmutableMap.Builder<V, Double> b = ImmutableMap.builderWithExpectedSize(index.size());
    for (int k = 0; k < index.size(); k++) {
      int i = index.indexInGraphOrder(k);
      b.put(index.vertex(i), visits[i]);
    }
    return b.buildOrThrow();
  }

  /** The pair, the value and the sizes; bounded for graphs of any size. */
  @Override
  public String toString() {
    return "Marginals["
        + semiring.name()
        + ", "
        + source
        + " -> "
        + target
        + ", value "
        + value
        + ", "
        + edgeMarginals.length
        + " edges, "
        + index.size()
        + " vertices]";
  }
}
