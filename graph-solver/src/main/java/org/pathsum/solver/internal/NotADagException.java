package org.pathsum.solver.internal;

import org.pathsum.solver.PathSumSolvers;

import java.util.List;
import java.util.Objects;
import org.pathsum.semiring.PathSumException;

/**
 * Thrown when a solver that needs a directed acyclic graph is given one with a cycle. Carries one
 * cycle as its list of vertices, {@code v0 → v1 → … → vk → v0} (a self-loop is a one-vertex list).
 * The message shows the first {@value BoundedText#SHOWN} vertices of a long cycle only; {@link
 * #cycle()} has them all.
 */
public class NotADagException extends PathSumException {

  private static final long serialVersionUID = 1L;

  private final transient List<?> cycle;

  /**
   * @param cycle the vertices of one directed cycle, in order; not empty
   * @throws IllegalArgumentException if {@code cycle} is empty
   */
  public NotADagException(List<?> cycle) {
    super(
        "the graph has a directed cycle "
            + BoundedText.cycle(Objects.requireNonNull(cycle, "cycle"))
            + "; this solver needs a DAG (use PathSumSolvers.forGraph for graphs with cycles, or"
            + " remove the cycle)");
    this.cycle = List.copyOf(cycle);
  }

  /**
   * The vertices of the cycle, in order; the last has an edge back to the first. The type {@code
   * V} is the graph's vertex type, chosen by the caller ({@code List<String> c = ex.cycle()}).
   */
  @SuppressWarnings("unchecked")
  public <V> List<V> cycle() {
    return (List<V>) cycle;
  }
}
