package org.pathsum.solver;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a solver that needs a directed acyclic graph is given one with a cycle. Carries one
 * cycle as its list of vertices, {@code v0 → v1 → … → vk → v0} (a self-loop is a one-vertex list).
 * The message shows the first vertices of a long cycle only; {@link #cycle()} has them all.
 */
public class NotADagException extends IllegalArgumentException {

  /** Vertices shown in the message; a longer cycle is abbreviated (it may have millions). */
  private static final int SHOWN = 10;

  private final transient List<?> cycle;

  /**
   * @param cycle the vertices of one directed cycle, in order; not empty
   */
  public NotADagException(List<?> cycle) {
    super(
        "the graph has a directed cycle "
            + describe(cycle)
            + "; this solver needs a DAG (use a solver for cyclic graphs, or remove the cycle)");
    this.cycle = List.copyOf(Objects.requireNonNull(cycle, "cycle"));
  }

  private static String describe(List<?> cycle) {
    if (cycle.isEmpty()) {
      throw new IllegalArgumentException("a cycle has at least one vertex");
    }
    StringBuilder sb = new StringBuilder();
    for (Object v : cycle.subList(0, Math.min(SHOWN, cycle.size()))) {
      sb.append(v).append(" -> ");
    }
    if (cycle.size() > SHOWN) {
      sb.append("(").append(cycle.size() - SHOWN).append(" more vertices) -> ");
    }
    return sb.append(cycle.get(0)).toString();
  }

  /** The vertices of the cycle, in order; the last has an edge back to the first. */
  public List<?> cycle() {
    return cycle;
  }
}
