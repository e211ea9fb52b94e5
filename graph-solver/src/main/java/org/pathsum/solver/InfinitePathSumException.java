package org.pathsum.solver;

import java.util.List;

/**
 * Thrown when a cycle lies on the paths asked about and the semiring can sum only finitely many
 * paths: its ⊕ is not idempotent and it has no {@linkplain org.pathsum.semiring.Semiring#star
 * star}. Counting paths on a graph with a reachable cycle is the typical case: there are infinitely
 * many. Carries the cycle as {@link #cycle()}.
 */
public class InfinitePathSumException extends DivergentPathSumException {

  private static final long serialVersionUID = 1L;

  /**
   * @param cycle the vertices of the cycle, in order; not empty
   * @param semiringName the semiring's name
   */
  public InfinitePathSumException(List<?> cycle, String semiringName) {
    super(
        cycle,
        semiringName,
        "infinitely many paths go around a cycle, and the semiring can only sum finitely many");
  }
}
