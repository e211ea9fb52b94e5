package org.pathsum.wpds;

import org.pathsum.semiring.PathSumException;

/**
 * A rule weight under which saturation need not terminate: repeating the rule improves the value
 * ({@code w ⊕ (w ⊗ w) ≠ w}), e.g. a negative weight in the tropical semiring or a positive one in
 * max-plus. Carries the rule.
 */
public class UnboundedWeightException extends PathSumException {

  private static final long serialVersionUID = 1L;

  private final transient Rule<?> rule;

  /**
   * @param rule the refused rule
   * @param semiringName the semiring's name, for the message
   */
  public UnboundedWeightException(Rule<?> rule, String semiringName) {
    super(
        "rule "
            + rule
            + " has a weight that improves when repeated in the "
            + semiringName
            + " semiring (w ⊕ w⊗w ≠ w), so post*/pre* need not terminate; weighted pushdown systems"
            + " need bounded weights (e.g. tropical weights ≥ 0, max-plus weights ≤ 0)");
    this.rule = rule;
  }

  /** The rule whose weight was refused. */
  public Rule<?> rule() {
    return rule;
  }
}
