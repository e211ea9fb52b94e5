package org.pathsum.solver;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a reachable cycle <em>improves</em> every path through it, so that going around it
 * again and again gives ever better path sums: a cycle of weight {@code c} with {@code 1̄ ⊕ c ≠ 1̄}
 * whose star does not exist. In the tropical (min, +) semiring that is a cycle of negative total
 * weight; in max-plus, one of positive weight. Carries the cycle (as {@link #cycle()}) and its
 * weight, like JGraphT's {@code NegativeCycleDetectedException}.
 */
public class NegativeCycleException extends DivergentPathSumException {

  private static final long serialVersionUID = 1L;

  private final transient Object cycleWeight;

  /**
   * @param cycle the vertices of the cycle, in order; not empty
   * @param cycleWeight the ⊗-product of its edge weights, starting at {@code cycle.get(0)}
   * @param semiringName the semiring's name
   */
  public NegativeCycleException(List<?> cycle, Object cycleWeight, String semiringName) {
    super(
        cycle,
        semiringName,
        "the graph has a cycle of weight "
            + Objects.requireNonNull(cycleWeight, "cycleWeight")
            + " that improves every path through it, so there is no best path");
    this.cycleWeight = cycleWeight;
  }

  /**
   * The ⊗-product of the cycle's edge weights, in cycle order from its first vertex; {@code W} is
   * the semiring's weight type, chosen by the caller.
   */
  @SuppressWarnings("unchecked")
  public <W> W cycleWeight() {
    return (W) cycleWeight;
  }
}
