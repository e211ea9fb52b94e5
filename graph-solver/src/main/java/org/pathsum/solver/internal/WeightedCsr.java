package org.pathsum.solver.internal;

import java.util.Objects;
import org.pathsum.solver.internal.compiled.IntGraph;

/**
 * A weighted graph in compressed sparse rows, in one direction, as the iterative solvers read it:
 * the edges leaving local vertex {@code u} are the positions {@code start(u) … end(u)−1}; at
 * position {@code i} the edge enters {@link #end(int) endAt(i)}, weighs {@link #weight(int)
 * weight(i)} and is edge {@link #edgeId(int) edgeId(i)} of the {@linkplain IntGraph core}.
 *
 * <p>It is either a whole compiled graph in one direction ({@link #of}; on the in-adjacency with
 * the reversed semiring it solves backward problems) or one strongly connected component handed
 * to a {@link ComponentSolver} ({@link #component}): local vertices {@code 0 … size()−1} are the
 * component's vertices in index order, and only the edges inside the component are listed. For a
 * {@link org.pathsum.semiring.DoubleSemiring} the weights are also available unboxed, {@link
 * #doubleWeights()}; when the graph was compiled from a {@code double[]} only those are kept, and
 * {@link #weight(int)} boxes one per call.
 *
 * <p>Immutable by contract: the arrays are shared with the solver and must not be modified.
 *
 * @param <W> the weight type
 */
public final class WeightedCsr<W> {

  final int size;
  final int[] offsets;
  final int[] ends;
  final int[] edgeIds;
  final Object[] weights;
  final double[] doubleWeights;
  final int firstVertex;

  private WeightedCsr(
      int size,
      int[] offsets,
      int[] ends,
      int[] edgeIds,
      Object[] weights,
      double[] doubleWeights,
      int firstVertex) {
    this.size = size;
    this.offsets = offsets;
    this.ends = ends;
    this.edgeIds = edgeIds;
    this.weights = weights;
    this.doubleWeights = doubleWeights;
    this.firstVertex = firstVertex;
  }

  /**
   * The whole graph along {@code adjacency}; O(n + m).
   *
   * @param weightsById weight by core edge id, or {@code null} if only {@code doublesById} are kept
   * @param doublesById the same unboxed, or {@code null}; at least one of the two is given
   */
  static <W> WeightedCsr<W> of(
      IntGraph g, IntGraph.Adjacency adjacency, Object[] weightsById, double[] doublesById) {
    return component(g, adjacency, weightsById, doublesById, 0, g.vertexCount());
  }

  /**
   * The vertices {@code lo … hi−1} (a union of whole components) and the edges among them along
   * {@code adjacency}, renumbered from 0. O(their vertices and edges).
   */
  static <W> WeightedCsr<W> component(
      IntGraph g,
      IntGraph.Adjacency adjacency,
      Object[] weightsById,
      double[] doublesById,
      int lo,
      int hi) {
    int size = hi - lo;
    int[] offsets = new int[size + 1];
    int count = 0;
    for (int v = lo; v < hi; v++) {
      for (int i = adjacency.start(v), end = adjacency.end(v); i < end; i++) {
        int w = adjacency.endAt(i);
        if (w >= lo && w < hi) {
          count++;
        }
      }
      offsets[v - lo + 1] = count;
    }
    int[] ends = new int[count];
    int[] ids = new int[count];
    Object[] ws = weightsById == null ? null : new Object[count];
    double[] ds = doublesById == null ? null : new double[count];
    int k = 0;
    for (int v = lo; v < hi; v++) {
      for (int i = adjacency.start(v), end = adjacency.end(v); i < end; i++) {
        int w = adjacency.endAt(i);
        if (w >= lo && w < hi) {
          int e = adjacency.edgeAt(i);
          ends[k] = w - lo;
          ids[k] = e;
          if (ws != null) {
            ws[k] = weightsById[e];
          }
          if (ds != null) {
            ds[k] = doublesById[e];
          }
          k++;
        }
      }
    }
    return new WeightedCsr<>(size, offsets, ends, ids, ws, ds, lo);
  }

  /**
   * The same vertices and edges with other weights, unboxed: what a {@link
   * org.pathsum.semiring.ConvergenceProjection} admission hands to the projected semiring's
   * strategy, whose evidence (local vertices, edge positions) then holds for this graph too.
   *
   * @param projected one weight per position
   */
  WeightedCsr<Double> withDoubleWeights(double[] projected) {
    if (projected.length != ends.length) {
      throw new IllegalArgumentException(
          "expected " + ends.length + " weights, got " + projected.length);
    }
    return new WeightedCsr<>(size, offsets, ends, edgeIds, null, projected, firstVertex);
  }

  /** The number of local vertices. */
  public int size() {
    return size;
  }

  /** The number of edges. */
  public int edgeCount() {
    return ends.length;
  }

  /** The first position of local vertex {@code u}'s edges. */
  public int start(int u) {
    return offsets[u];
  }

  /** One past the last position of local vertex {@code u}'s edges. */
  public int end(int u) {
    return offsets[u + 1];
  }

  /** The local vertex the edge at position {@code i} enters. */
  public int endAt(int i) {
    return ends[i];
  }

  /** The weight of the edge at position {@code i} (boxed here when only doubles are kept). */
  @SuppressWarnings("unchecked")
  public W weight(int i) {
    return weights != null ? (W) weights[i] : (W) (Double) doubleWeights[i];
  }

  /**
   * The weights by position unboxed, for a {@link org.pathsum.semiring.DoubleSemiring}; {@code
   * null} otherwise. Shared: do not modify.
   */
  public double[] doubleWeights() {
    return doubleWeights;
  }

  /** The core edge id of the edge at position {@code i}. */
  public int edgeId(int i) {
    return edgeIds[i];
  }

  /** The core vertex index of local vertex {@code u}. */
  public int globalVertex(int u) {
    return firstVertex + Objects.checkIndex(u, size);
  }

  @Override
  public String toString() {
    return "WeightedCsr[vertices=" + size + ", edges=" + ends.length + "]";
  }
}
