package org.pathsum.examples.structured;

import java.util.List;

/**
 * The lattice of a linear chain of {@code T} positions with {@code L} labels each, as integer edge
 * arrays: vertex 0 is the start, vertex {@code 1 + t·L + y} is label {@code y} at position {@code
 * t}, vertex {@code 1 + T·L} is the end. A path from start to end is a labeling; its weight is the
 * ⊗-product of its edges'.
 *
 * <pre>
 *            (0,0) → (1,0) → … → (T−1,0)
 *   start ↗    ⋮   ⤨    ⋮          ⋮      ↘ end
 *            (0,L−1) → …     → (T−1,L−1)
 * </pre>
 *
 * <p>Edges, in this order: start → (0, y) for each y; then for t = 0 … T−2, for y, for y′, the
 * transition (t, y) → (t+1, y′); then (T−1, y) → end for each y. So the edge of a labeling's step
 * is found by arithmetic, and a path's edge list is read back as a labeling without a search.
 *
 * <p>Immutable. Size: {@code 2L + (T−1)L²} edges.
 */
final class ChainLattice {

  private final int length;
  private final int labels;
  private final int[] from;
  private final int[] to;

  ChainLattice(int length, int labels) {
    if (length < 1) {
      throw new IllegalArgumentException("a chain needs at least one position, got " + length);
    }
    if (labels < 1) {
      throw new IllegalArgumentException("a chain needs at least one label, got " + labels);
    }
    long edges = 2L * labels + (long) (length - 1) * labels * labels;
    if (edges > Integer.MAX_VALUE - 8 || 2L + (long) length * labels > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "a chain of " + length + " positions and " + labels + " labels is too large");
    }
    this.length = length;
    this.labels = labels;
    this.from = new int[(int) edges];
    this.to = new int[(int) edges];
    int e = 0;
    for (int y = 0; y < labels; y++, e++) {
      from[e] = start();
      to[e] = vertex(0, y);
    }
    for (int t = 0; t + 1 < length; t++) {
      for (int y = 0; y < labels; y++) {
        for (int z = 0; z < labels; z++, e++) {
          from[e] = vertex(t, y);
          to[e] = vertex(t + 1, z);
        }
      }
    }
    for (int y = 0; y < labels; y++, e++) {
      from[e] = vertex(length - 1, y);
      to[e] = end();
    }
  }

  int length() {
    return length;
  }

  int labels() {
    return labels;
  }

  int vertexCount() {
    return 2 + length * labels;
  }

  int edgeCount() {
    return from.length;
  }

  int start() {
    return 0;
  }

  int end() {
    return 1 + length * labels;
  }

  int vertex(int position, int label) {
    return 1 + position * labels + label;
  }

  /** The edge start → (0, y). */
  int startEdge(int label) {
    return label;
  }

  /** The edge (t, y) → (t + 1, z), for t + 1 < length. */
  int transitionEdge(int position, int label, int next) {
    return labels + (position * labels + label) * labels + next;
  }

  /** The edge (T − 1, y) → end. */
  int endEdge(int label) {
    return labels + (length - 1) * labels * labels + label;
  }

  /** The label a vertex other than start and end stands for. */
  int labelOf(int vertex) {
    return (vertex - 1) % labels;
  }

  /** The arrays the front door reads; not copied, never modified after construction. */
  int[] from() {
    return from;
  }

  int[] to() {
    return to;
  }

  /** The vertices as the front door names them: their own indices. */
  List<Integer> vertices() {
    return Lattices.indices(vertexCount());
  }

  /**
   * The labeling a start → end path spells, given the path's edges in order.
   *
   * @throws IllegalArgumentException if the edges are not a start → end path of this lattice
   */
  int[] labeling(List<Integer> edges) {
    if (edges.size() != length + 1) {
      throw new IllegalArgumentException(
          "a labeling path has " + (length + 1) + " edges, got " + edges.size());
    }
    int[] labeling = new int[length];
    int at = start();
    for (int t = 0; t <= length; t++) {
      int e = edges.get(t);
      if (from[e] != at) {
        throw new IllegalArgumentException("edge " + e + " does not continue the path at " + at);
      }
      at = to[e];
      if (t < length) {
        labeling[t] = labelOf(at);
      }
    }
    if (at != end()) {
      throw new IllegalArgumentException("the path does not end at the end vertex");
    }
    return labeling;
  }
}
