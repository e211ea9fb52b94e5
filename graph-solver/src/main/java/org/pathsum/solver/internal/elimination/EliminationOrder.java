package org.pathsum.solver.internal.elimination;

import java.util.List;
import java.util.Objects;

/**
 * The order in which {@link VertexElimination} eliminates the intermediate vertices. Immutable.
 *
 * <ul>
 *   <li>{@link #FORWARD}: topological order (increasing {@code CompiledDag} index) — forward-mode
 *       accumulation;
 *   <li>{@link #REVERSE}: reverse topological order — reverse-mode accumulation;
 *   <li>{@link #MARKOWITZ}: greedy — next, the remaining intermediate vertex with the smallest
 *       Markowitz degree {@code indegree × outdegree} in the <em>current</em> graph (parallel edges
 *       are merged, so degrees count distinct neighbours); ties go to the smallest {@code
 *       CompiledDag} index (for a JGraphT graph: its compiled topological index);
 *   <li>{@link #explicit(List)}: the given vertices, in the given order.
 * </ul>
 */
public final class EliminationOrder {

  /** The kind of an order. */
  public enum Kind {
    /** Topological order. */
    FORWARD,
    /** Reverse topological order. */
    REVERSE,
    /** Greedy smallest {@code indegree × outdegree}, ties by index. */
    MARKOWITZ,
    /** A caller-given sequence of vertices. */
    EXPLICIT
  }

  /** Topological order: forward mode. */
  public static final EliminationOrder FORWARD = new EliminationOrder(Kind.FORWARD, List.of());

  /** Reverse topological order: reverse mode. */
  public static final EliminationOrder REVERSE = new EliminationOrder(Kind.REVERSE, List.of());

  /** Greedy Markowitz order: smallest {@code indegree × outdegree} first, ties by index. */
  public static final EliminationOrder MARKOWITZ = new EliminationOrder(Kind.MARKOWITZ, List.of());

  private final Kind kind;
  private final List<Object> vertices;

  private EliminationOrder(Kind kind, List<Object> vertices) {
    this.kind = kind;
    this.vertices = vertices;
  }

  /**
   * An explicit order: eliminate {@code vertices} in list order. The vertices are in the terms of
   * the graph later passed to {@link VertexElimination} ({@code Integer} indices for a {@code
   * CompiledDag}, the vertex objects for a JGraphT graph). There they must be distinct, must not be
   * sources or targets, and must include <em>every</em> vertex that is neither; vertices on no
   * source–target path are accepted and skipped. Checked when eliminating. O(k) to copy.
   *
   * @param vertices the elimination sequence; no {@code null} elements
   */
  public static EliminationOrder explicit(List<?> vertices) {
    return new EliminationOrder(Kind.EXPLICIT, List.copyOf(vertices));
  }

  /** The kind of this order. */
  public Kind kind() {
    return kind;
  }

  /** For {@link Kind#EXPLICIT}, the sequence of vertices; empty for the other kinds. */
  public List<Object> vertices() {
    return vertices;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EliminationOrder other
        && kind == other.kind
        && vertices.equals(other.vertices);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, vertices);
  }

  @Override
  public String toString() {
    return kind == Kind.EXPLICIT ? "EXPLICIT" + vertices : kind.name();
  }
}
