package org.pathsum.wpds;

import java.util.List;
import java.util.Objects;

/**
 * One best rule sequence, found for a selective semiring: applying {@link #rules()} in order takes
 * {@link #from()} to {@link #to()}, and the ⊗-product of their weights (with return transformers
 * applied to matched call–return segments) is {@link #weight()}, the value of the query. Immutable.
 *
 * @param <W> the weight type
 * @param from the configuration the sequence starts in (for post*, a member of the initial set)
 * @param to the configuration it ends in (for pre*, a member of the target set)
 * @param rules the rules, in the order they are applied; empty if {@code from} equals {@code to}
 * @param weight the sequence's weight
 */
public record Witness<W>(Configuration from, Configuration to, List<Rule<W>> rules, W weight) {

  /** Copies the rules. */
  public Witness {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    rules = List.copyOf(rules);
    Objects.requireNonNull(weight, "weight");
  }
}
