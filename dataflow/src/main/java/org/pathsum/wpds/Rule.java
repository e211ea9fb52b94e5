package org.pathsum.wpds;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One rule {@code ⟨p, γ⟩ ↪ ⟨p′, w⟩} of a weighted pushdown system, {@code |w| ≤ 2}: a pop ({@code
 * w = ε}), a step ({@code |w| = 1}) or a push ({@code |w| = 2}, top of stack first), with a weight.
 * A push may carry a return transformer (see {@link WeightedPushdownSystem}). Immutable; made by
 * {@link WeightedPushdownSystem.Builder}.
 *
 * @param <W> the weight type
 */
public final class Rule<W> {

  private final int index;
  private final String fromState;
  private final String fromSymbol;
  private final String toState;
  private final List<String> toStack;
  private final W weight;
  private final UnaryOperator<W> onReturn;

  Rule(
      int index,
      String fromState,
      String fromSymbol,
      String toState,
      List<String> toStack,
      W weight,
      UnaryOperator<W> onReturn) {
    this.index = index;
    this.fromState = fromState;
    this.fromSymbol = fromSymbol;
    this.toState = toState;
    this.toStack = List.copyOf(toStack);
    this.weight = weight;
    this.onReturn = onReturn;
  }

  /** The position of this rule in its system, from 0, in the order the rules were added. */
  public int index() {
    return index;
  }

  /** {@code p}. */
  public String fromState() {
    return fromState;
  }

  /** {@code γ}. */
  public String fromSymbol() {
    return fromSymbol;
  }

  /** {@code p′}. */
  public String toState() {
    return toState;
  }

  /** {@code w}, top first: empty for a pop, one symbol for a step, two for a push. Immutable. */
  public List<String> toStack() {
    return toStack;
  }

  /** The rule's weight. */
  public W weight() {
    return weight;
  }

  /** The return transformer of a push; the identity for every other rule. */
  UnaryOperator<W> onReturn() {
    return onReturn;
  }

  /** Whether this push has a return transformer other than the identity. */
  public boolean hasReturnTransformer() {
    return onReturn != null;
  }

  /** {@code <p, g> -> <q, h1 h2> weight}. */
  @Override
  public String toString() {
    return "<"
        + fromState
        + ", "
        + fromSymbol
        + "> -> "
        + Configuration.of(toState, toStack)
        + " "
        + weight;
  }

  /** The text of a rule without its weight, e.g. {@code <p, g> -> <q, h1 h2>}. */
  public String shape() {
    return "<" + fromState + ", " + fromSymbol + "> -> " + Configuration.of(toState, toStack);
  }

  /**
   * A rule line split into its parts, before the weight is interpreted: {@code <p, g> -> <q, h1
   * h2> WEIGHT}.
   *
   * @param from the left-hand side, with exactly one stack symbol
   * @param to the right-hand side, with at most two
   * @param weightText the text after the right-hand side, stripped; empty if absent
   * @param weightColumn the 1-based column where the weight text starts
   */
  public record Text(Configuration from, Configuration to, String weightText, int weightColumn) {

    /** Validates the parts. */
    public Text {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(weightText, "weightText");
    }

    /**
     * Parses one rule line ({@code #} comments must already be removed).
     *
     * @throws ConfigurationSyntaxException naming the 1-based column of the first problem, e.g. a
     *     left-hand side with two stack symbols or a right-hand side with three
     */
    public static Text parse(String line) {
      ConfigurationSyntaxException.Cursor c = new ConfigurationSyntaxException.Cursor(line);
      c.skipBlanks();
      int lhsColumn = c.position() + 1;
      Configuration from = c.configuration();
      if (from.stack().size() != 1) {
        throw new ConfigurationSyntaxException(
            lhsColumn,
            "the left-hand side of a rule has exactly one stack symbol, <p, g>; got " + from);
      }
      c.expect("->", "'->' between the two sides of a rule");
      c.skipBlanks();
      int rhsColumn = c.position() + 1;
      Configuration to = c.configuration();
      if (to.stack().size() > 2) {
        throw new ConfigurationSyntaxException(
            rhsColumn,
            "the right-hand side of a rule has at most two stack symbols, <q, h1 h2>; got " + to);
      }
      c.skipBlanks();
      int weightColumn = c.position() + 1;
      return new Text(from, to, c.rest(), weightColumn);
    }
  }
}
