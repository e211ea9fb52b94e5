package org.pathsum.wpds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.pathsum.semiring.PathSumException;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;

/**
 * A weighted pushdown system: control states P, stack symbols Γ and rules {@code ⟨p, γ⟩ ↪ ⟨p′,
 * w⟩} with {@code |w| ≤ 2}, each weighted by an element of a semiring. A configuration is {@code
 * ⟨p, γ₁ … γₖ⟩}, top first. A rule sequence from c to c′ has the ⊗-product of its rule weights in
 * the order they are applied; the value of (c, c′) is the ⊕ over all such sequences (0̄ if none, 1̄
 * for c = c′ through the empty sequence, ⊕ any others).
 *
 * <p><b>Solvers.</b> {@link #postStar} (forward: from a regular set of configurations, the value to
 * every configuration) and {@link #preStar} (backward: to a regular set, the value from every
 * configuration), by saturating a weighted P-automaton with a worklist (Reps, Schwoon, Jha and
 * Melski 2005). Both keep the operands of ⊗ in execution order, so non-commutative weights
 * (gen/kill transfer functions) come out right.
 *
 * <p><b>Requirements.</b> The semiring must be idempotent ({@link SemiringProperty#IDEMPOTENT_PLUS})
 * and bounded on the weights saturation builds, so that a transition's weight can improve only
 * finitely often. {@link #builder} refuses other semirings with {@link
 * org.pathsum.semiring.MissingSemiringPropertyException}; unless the semiring declares {@link
 * SemiringProperty#BOUNDED}, each rule weight must satisfy {@code w ⊕ (w ⊗ w) = w} (repeating the
 * rule never improves a value: tropical weights ≥ 0, max-plus weights ≤ 0, any boolean,
 * bottleneck, Viterbi or gen/kill weight), else {@link UnboundedWeightException}. That per-rule
 * test cannot see a product of rules that improves under a non-commutative ⊗, nor a return
 * transformer that keeps improving, nor a semiring that breaks its declared properties; for those
 * the <b>update bound</b> guarantees an end: no automaton transition's weight may change more than
 * {@link #updateBound()} times ({@value #DEFAULT_UPDATE_BOUND} unless {@link Builder#updateBound}
 * says otherwise), else the solver stops with {@link WeightedAutomaton.UpdateBoundException}. A
 * terminating saturation changes a weight at most as often as the longest strictly improving chain
 * of weights it builds: once for boolean weights, at most 2·width times for gen/kill functions of
 * that width (each bit goes from kill to identity to gen).
 *
 * <p><b>Refusals.</b> A product of non-zero weights that gives 0̄ (a tropical sum past {@link
 * Double#MAX_VALUE}, which reads as +∞; a Viterbi product below {@link Double#MIN_VALUE}, which
 * reads as 0), or an {@link ArithmeticException} from the semiring or a return transformer, is
 * refused with {@link WeightedAutomaton.WeightOverflowException}: never a transition silently
 * dropped, never a value read as "no rule sequence". A configuration or regular set given to a solver or a query
 * must name only control states and stack symbols that some rule mentions (on either side), else
 * {@link IllegalArgumentException} naming the first unknown name: no rule can read or write such a
 * name, so its only value would be 1̄ to itself and 0̄ otherwise, which is almost always a
 * misspelling. {@code <p, g>} with both names known is accepted even if no rule starts there.
 *
 * <p><b>Return transformers</b> (an extended WPDS with merge functions {@code g(a, b) = a ⊗ h(b)};
 * Lal, Reps and Balakrishnan 2005): a push may carry {@code h}, a map that preserves ⊕ and 0̄. A
 * rule sequence in which this push is later matched by the pop of the symbol it pushed on top then
 * weighs {@code a ⊗ f ⊗ h(b) ⊗ c} instead of {@code a ⊗ f ⊗ b ⊗ c}, with {@code b} the weight of
 * the matched segment (from the rule after the push up to and including the pop). Pushes with the
 * same right-hand side must have the same transformer.
 *
 * <p>Cost: post* and pre* take O(|Q|² |Δ|) semiring operations in the worst case, for |Q|
 * automaton states and |Δ| rules, times the number of times a weight changes (at most the update
 * bound); in practice a few operations per rule and automaton transition. Immutable and
 * thread-safe.
 *
 * @param <W> the weight type
 */
public final class WeightedPushdownSystem<W> {

  /** The update bound of a system whose builder did not set one. */
  public static final int DEFAULT_UPDATE_BOUND = 100_000;

  final Semiring<W> semiring;
  final List<Rule<W>> rules;
  final RuleIndex index;
  final int updateBound;

  private WeightedPushdownSystem(Builder<W> b) {
    this.semiring = b.semiring;
    this.rules = List.copyOf(b.rules);
    this.index = new RuleIndex(rules, b.stateIds, b.symbolIds);
    this.updateBound = b.updateBound;
  }

  /**
   * A builder of a system over {@code semiring}.
   *
   * @throws org.pathsum.semiring.MissingSemiringPropertyException if the semiring is not
   *     idempotent
   */
  public static <W> Builder<W> builder(Semiring<W> semiring) {
    Objects.requireNonNull(semiring, "semiring");
    semiring.require("a weighted pushdown system", SemiringProperty.IDEMPOTENT_PLUS);
    return new Builder<>(semiring);
  }

  /** The semiring of the weights. */
  public Semiring<W> semiring() {
    return semiring;
  }

  /** The rules, in the order they were added. Immutable. */
  public List<Rule<W>> rules() {
    return rules;
  }

  /** The control states named by the rules, in order of first mention. Immutable. */
  public List<String> controlStates() {
    return index.stateNames;
  }

  /** The stack symbols named by the rules, in order of first mention. Immutable. */
  public List<String> stackSymbols() {
    return index.symbolNames;
  }

  /** How many times the solvers let one automaton transition's weight change (see the class). */
  public int updateBound() {
    return updateBound;
  }

  /**
   * post*: saturates a weighted P-automaton for the configurations reachable from {@code initial}.
   * Its {@link WeightedAutomaton#value(Configuration) value} of c is the ⊕ over c₀ in the initial
   * set and rule sequences from c₀ to c of their weights.
   *
   * <p>Cost: see the class comment; memory O(transitions of the result).
   *
   * @throws IllegalArgumentException if {@code initial} names a control state or stack symbol that
   *     no rule mentions
   * @throws WeightedAutomaton.UpdateBoundException if a transition's weight changes more than
   *     {@link #updateBound()} times
   * @throws WeightedAutomaton.WeightOverflowException if a weight leaves the semiring's range
   */
  public WeightedAutomaton<W> postStar(RegularConfigurations initial) {
    requireKnown(Objects.requireNonNull(initial, "initial"));
    return new Saturation<>(this, initial, true).run();
  }

  /** {@link #postStar(RegularConfigurations)} from one configuration. */
  public WeightedAutomaton<W> postStar(Configuration initial) {
    requireKnown(Objects.requireNonNull(initial, "initial"));
    return postStar(RegularConfigurations.of(initial));
  }

  /**
   * pre*: saturates a weighted P-automaton for the configurations that can reach {@code target}.
   * Its {@link WeightedAutomaton#value(Configuration) value} of c is the ⊕ over c₁ in the target
   * set and rule sequences from c to c₁ of their weights. Cost and refusals as for {@link
   * #postStar(RegularConfigurations)}.
   */
  public WeightedAutomaton<W> preStar(RegularConfigurations target) {
    requireKnown(Objects.requireNonNull(target, "target"));
    return new Saturation<>(this, target, false).run();
  }

  /** {@link #preStar(RegularConfigurations)} to one configuration. */
  public WeightedAutomaton<W> preStar(Configuration target) {
    requireKnown(Objects.requireNonNull(target, "target"));
    return preStar(RegularConfigurations.of(target));
  }

  /** Refuses a configuration that names a state or symbol no rule mentions. */
  void requireKnown(Configuration c) {
    index.requireKnown(c);
  }

  /** Refuses a regular set whose control states or transition labels no rule mentions. */
  void requireKnown(RegularConfigurations set) {
    index.requireKnown(set);
  }

  @Override
  public String toString() {
    return "WeightedPushdownSystem["
        + semiring.name()
        + ", "
        + index.stateNames.size()
        + " control states, "
        + index.symbolNames.size()
        + " stack symbols, "
        + rules.size()
        + " rules]";
  }

  /**
   * Collects rules; single use, not thread-safe. Each method validates its rule at once.
   *
   * @param <W> the weight type
   */
  public static final class Builder<W> {
    private final Semiring<W> semiring;
    private final boolean bounded;
    private final List<Rule<W>> rules = new ArrayList<>();
    private final Map<String, Integer> stateIds = new LinkedHashMap<>();
    private final Map<String, Integer> symbolIds = new LinkedHashMap<>();
    private final Map<List<String>, UnaryOperator<W>> transformers = new HashMap<>();
    private int updateBound = DEFAULT_UPDATE_BOUND;

    private Builder(Semiring<W> semiring) {
      this.semiring = semiring;
      this.bounded = semiring.has(SemiringProperty.BOUNDED);
    }

    /** Adds the pop {@code ⟨p, γ⟩ ↪ ⟨q, ε⟩}. Refusals as for {@link #rule}. */
    public Builder<W> pop(String p, String gamma, String q, W weight) {
      return add(p, gamma, q, List.of(), weight, null);
    }

    /** Adds the step {@code ⟨p, γ⟩ ↪ ⟨q, h⟩}. Refusals as for {@link #rule}. */
    public Builder<W> step(String p, String gamma, String q, String h, W weight) {
      return add(p, gamma, q, List.of(h), weight, null);
    }

    /** Adds the push {@code ⟨p, γ⟩ ↪ ⟨q, h₁ h₂⟩}, {@code h₁} on top. Refusals as for {@link #rule}. */
    public Builder<W> push(String p, String gamma, String q, String h1, String h2, W weight) {
      return add(p, gamma, q, List.of(h1, h2), weight, null);
    }

    /**
     * Adds a push with a return transformer {@code onReturn} (see the class comment).
     *
     * @param onReturn must preserve ⊕ and 0̄ ({@code h(a ⊕ b) = h(a) ⊕ h(b)}, {@code h(0̄) = 0̄});
     *     all pushes with the right-hand side {@code ⟨q, h₁ h₂⟩} must pass the same object
     * @throws IllegalArgumentException if another push with this right-hand side has a different
     *     transformer
     */
    public Builder<W> push(
        String p, String gamma, String q, String h1, String h2, W weight, UnaryOperator<W> onReturn) {
      return add(p, gamma, q, List.of(h1, h2), weight, Objects.requireNonNull(onReturn, "onReturn"));
    }

    /**
     * Adds the rule {@code from ↪ to}; {@code from} has one stack symbol, {@code to} at most two.
     *
     * @throws IllegalArgumentException if the stacks have the wrong size, a name is not a valid
     *     name, or the weight is not a member of the semiring
     * @throws UnboundedWeightException if the semiring does not declare {@link
     *     SemiringProperty#BOUNDED} and {@code weight ⊕ (weight ⊗ weight) ≠ weight} (a square that
     *     overflows is not refused here: saturation refuses it if the rule repeats)
     */
    public Builder<W> rule(Configuration from, Configuration to, W weight) {
      if (from.stack().size() != 1 || to.stack().size() > 2) {
        throw new IllegalArgumentException(
            "a rule is <p, g> -> <q, w> with |w| <= 2; got " + from + " -> " + to);
      }
      return add(from.state(), from.stack().get(0), to.state(), to.stack(), weight, null);
    }

    /**
     * Sets the update bound: how many times post*, pre* and the value queries let the weight of
     * one automaton transition change before they stop with {@link
     * WeightedAutomaton.UpdateBoundException}.
     *
     * @param bound at least 1; {@link #DEFAULT_UPDATE_BOUND} by default
     * @throws IllegalArgumentException if {@code bound < 1}
     */
    public Builder<W> updateBound(int bound) {
      if (bound < 1) {
        throw new IllegalArgumentException("the update bound must be at least 1, got " + bound);
      }
      this.updateBound = bound;
      return this;
    }

    private Builder<W> add(
        String p, String gamma, String q, List<String> w, W weight, UnaryOperator<W> onReturn) {
      Configuration.checkName(p, "control state");
      Configuration.checkName(q, "control state");
      Configuration.checkName(gamma, "stack symbol");
      w.forEach(s -> Configuration.checkName(s, "stack symbol"));
      Objects.requireNonNull(weight, "weight");
      Rule<W> rule = new Rule<>(rules.size(), p, gamma, q, w, weight, onReturn);
      if (!semiring.isMember(weight)) {
        throw new IllegalArgumentException(
            "rule " + rule + ": the weight is not in the " + semiring.name() + " semiring");
      }
      if (!bounded && RuleIndex.improvesWhenRepeated(semiring, weight)) {
        throw new UnboundedWeightException(rule, semiring.name());
      }
      if (w.size() == 2) {
        UnaryOperator<W> mine = onReturn == null ? identityMark() : onReturn;
        UnaryOperator<W> known = transformers.putIfAbsent(List.of(q, w.get(0), w.get(1)), mine);
        if (known != null && known != mine) {
          throw new IllegalArgumentException(
              "pushes to "
                  + Configuration.of(q, w)
                  + " have different return transformers; pushes with the same right-hand side"
                  + " must share one");
        }
      }
      stateIds.putIfAbsent(p, stateIds.size());
      stateIds.putIfAbsent(q, stateIds.size());
      symbolIds.putIfAbsent(gamma, symbolIds.size());
      w.forEach(s -> symbolIds.putIfAbsent(s, symbolIds.size()));
      rules.add(rule);
      return this;
    }

    @SuppressWarnings("unchecked")
    private UnaryOperator<W> identityMark() {
      return (UnaryOperator<W>) IDENTITY;
    }

    /** The system. The builder must not be used afterwards. Cost: O(rules). */
    public WeightedPushdownSystem<W> build() {
      return new WeightedPushdownSystem<>(this);
    }
  }

  private static final UnaryOperator<Object> IDENTITY = x -> x;

  /**
   * One rule {@code ⟨p, γ⟩ ↪ ⟨p′, w⟩} of a weighted pushdown system, {@code |w| ≤ 2}: a pop
   * ({@code w = ε}), a step ({@code |w| = 1}) or a push ({@code |w| = 2}, top of stack first), with
   * a weight. A push may carry a return transformer. Immutable; made by {@link Builder}.
   *
   * @param <W> the weight type
   */
  public static final class Rule<W> {

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

    /** The return transformer of a push, or null for the identity. */
    UnaryOperator<W> onReturn() {
      return onReturn;
    }

    /** Whether this push has a return transformer other than the identity. */
    public boolean hasReturnTransformer() {
      return onReturn != null;
    }

    /** The text of a rule without its weight, e.g. {@code <p, g> -> <q, h1 h2>}. */
    public String shape() {
      return "<" + fromState + ", " + fromSymbol + "> -> " + Configuration.of(toState, toStack);
    }

    /** {@code <p, g> -> <q, h1 h2> weight}. */
    @Override
    public String toString() {
      return shape() + " " + weight;
    }
  }

  /**
   * A rule weight under which saturation need not terminate: repeating the rule improves the value
   * ({@code w ⊕ (w ⊗ w) ≠ w}), e.g. a negative weight in the tropical semiring or a positive one in
   * max-plus. Carries the rule.
   */
  public static final class UnboundedWeightException extends PathSumException {

    private static final long serialVersionUID = 1L;

    private final transient Rule<?> rule;

    UnboundedWeightException(Rule<?> rule, String semiringName) {
      super(
          "rule "
              + rule
              + " has a weight that improves when repeated in the "
              + semiringName
              + " semiring (w ⊕ w⊗w ≠ w), so post*/pre* need not terminate; weighted pushdown"
              + " systems need bounded weights (e.g. tropical weights ≥ 0, max-plus weights ≤ 0)");
      this.rule = rule;
    }

    /** The rule whose weight was refused. */
    public Rule<?> rule() {
      return rule;
    }
  }
}
