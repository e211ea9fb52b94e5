package org.pathsum.wpds;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pathsum.semiring.MissingSemiringPropertyException;
import org.pathsum.semiring.PathSumException;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;
import org.pathsum.wpds.WeightedPushdownSystem.Rule;

/**
 * The weighted P-automaton that {@link WeightedPushdownSystem#postStar} or {@link
 * WeightedPushdownSystem#preStar} saturated: a finite representation of the value of infinitely
 * many configurations. Queries:
 *
 * <ul>
 *   <li>{@link #value(Configuration)}: the ⊕ over the rule sequences between the configuration and
 *       the solver's regular set, 0̄ if there is none;
 *   <li>{@link #value(RegularConfigurations)}: the ⊕ of that value over a regular set;
 *   <li>{@link #valueWithTop}: the ⊕ over every configuration with a given control state and top
 *       symbol, whatever the stack beneath — the meet over all valid paths of interprocedural
 *       dataflow;
 *   <li>{@link #witness}: one best rule sequence, for selective semirings.
 * </ul>
 *
 * <p><b>Refusals.</b> Every query refuses, with {@link IllegalArgumentException}, a configuration,
 * state or symbol that no rule of the system mentions (see {@link WeightedPushdownSystem}); a value
 * whose computation forms a product of non-zero weights that gives 0̄ (or makes the semiring throw
 * {@link ArithmeticException}) with {@link WeightOverflowException}; and a
 * fixed point ({@link #valueWithTop}, {@link #value(RegularConfigurations)}) in which one value
 * changes more often than the system's update bound with {@link
 * UpdateBoundException}. {@link #valueWithTop} solves one fixed point for
 * every state at once, so a product that overflows anywhere in it refuses every such query.
 *
 * <p>Cost: {@link #value(Configuration)} is O(k · transitions per (state, symbol)) for a stack of
 * k symbols; the first {@link #valueWithTop} call solves a fixed point over the automaton (O(its
 * transitions × the number of times a value changes)) and later calls are O(transitions from the
 * state on the symbol); {@link #value(RegularConfigurations)} solves a fixed point over the
 * product with the set's automaton on every call. Immutable after construction; {@link
 * #valueWithTop} fills a cache under a lock.
 *
 * @param <W> the weight type
 */
public final class WeightedAutomaton<W> {

  private final Saturation<W> sat;
  private final AutomatonPaths<W> paths;
  private final Semiring<W> s;
  private List<W> toFinal; // lazily: per state, the ⊕ of the paths from it to a final state

  WeightedAutomaton(Saturation<W> sat) {
    this.sat = sat;
    this.paths = new AutomatonPaths<>(sat);
    this.s = sat.s;
  }

  /** The semiring of the weights. */
  public Semiring<W> semiring() {
    return s;
  }

  /** Whether this automaton came from post* (else pre*). */
  public boolean isPostStar() {
    return sat.post;
  }

  /** The number of transitions, ε transitions included. */
  public int transitionCount() {
    return sat.tW.size();
  }

  /** The number of states, control states included. */
  public int stateCount() {
    return sat.stateNames.size();
  }

  /**
   * The value of {@code c}: for post*, the ⊕ over configurations c₀ of the initial set and rule
   * sequences from c₀ to c; for pre*, over sequences from c to a configuration of the target set.
   * 0̄ if there is none.
   *
   * @throws IllegalArgumentException if {@code c} names a state or symbol no rule mentions
   */
  public W value(Configuration c) {
    return best(c).map(b -> b.weight).orElse(s.zero());
  }

  /**
   * One rule sequence of best weight for {@code c}, or empty if {@code c}'s value is 0̄.
   *
   * @throws MissingSemiringPropertyException if the semiring is not selective (then no single
   *     sequence need attain the value)
   * @throws IllegalArgumentException if {@code c} names a state or symbol no rule mentions
   */
  public Optional<Witness<W>> witness(Configuration c) {
    Objects.requireNonNull(c, "c");
    s.require("a witness rule sequence", SemiringProperty.SELECTIVE_PLUS);
    Optional<AutomatonPaths.Best<W>> b = best(c);
    if (b.isEmpty()) {
      return Optional.empty();
    }
    List<Rule<W>> rules = new ArrayList<>();
    List<Integer> path = new ArrayList<>(b.get().path);
    if (sat.post) {
      Collections.reverse(path); // bottom of stack first
    }
    for (int t : path) {
      paths.expand(t, rules);
    }
    Configuration other = replay(c, rules, !sat.post);
    return Optional.of(
        sat.post
            ? new Witness<>(other, c, rules, b.get().weight)
            : new Witness<>(c, other, rules, b.get().weight));
  }

  private Optional<AutomatonPaths.Best<W>> best(Configuration c) {
    Objects.requireNonNull(c, "c");
    sat.pds.requireKnown(c);
    int[] word = new int[c.stack().size()];
    for (int i = 0; i < word.length; i++) {
      word[i] = sat.symbolId(c.stack().get(i));
    }
    return paths.best(sat.ix.stateIds.get(c.state()), word);
  }

  /** Applies {@code rules} to {@code c} forward, or undoes them last first; O(rules + stack). */
  private static <W> Configuration replay(Configuration c, List<Rule<W>> rules, boolean forward) {
    ArrayDeque<String> stack = new ArrayDeque<>(c.stack()); // top first
    String state = c.state();
    for (int i = 0; i < rules.size(); i++) {
      Rule<W> r = rules.get(forward ? i : rules.size() - 1 - i);
      List<String> w = r.toStack();
      if (forward) {
        if (!r.fromState().equals(state) || !r.fromSymbol().equals(stack.peekFirst())) {
          throw new IllegalStateException("witness rule " + r + " does not apply");
        }
        stack.pollFirst();
        for (int j = w.size() - 1; j >= 0; j--) {
          stack.addFirst(w.get(j));
        }
        state = r.toState();
      } else {
        if (!r.toState().equals(state)) {
          throw new IllegalStateException("witness rule " + r + " does not end in " + state);
        }
        for (String g : w) {
          if (!g.equals(stack.pollFirst())) {
            throw new IllegalStateException("witness rule " + r + " does not end here");
          }
        }
        stack.addFirst(r.fromSymbol());
        state = r.fromState();
      }
    }
    return Configuration.of(state, List.copyOf(stack));
  }

  /**
   * The ⊕ of {@link #value(Configuration)} over every configuration with control state {@code
   * state} and {@code symbol} on top, any stack beneath: the value of the regular set {@code
   * ⟨state, symbol Γ*⟩}.
   *
   * @throws IllegalArgumentException if no rule mentions {@code state} or {@code symbol}
   */
  public W valueWithTop(String state, String symbol) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(symbol, "symbol");
    Configuration top = Configuration.of(state, symbol);
    sat.pds.requireKnown(top);
    int p = sat.ix.stateIds.get(state);
    int g = sat.symbolId(symbol);
    List<W> b = toFinal();
    W total = s.zero();
    IntList ts = sat.byFromSym.get(RuleIndex.key(p, g));
    for (int j = 0; ts != null && j < ts.size(); j++) {
      int t = ts.get(j);
      W rest = b.get(sat.tTo.get(t));
      if (!s.isZero(rest)) {
        total = plusAt(total, sat.tW.get(t), rest, t);
      }
    }
    return total;
  }

  /** {@code total ⊕ (w ⊗ rest)} in the solver's order, refusing an overflow. */
  private W plusAt(W total, W w, W rest, int t) {
    try {
      W term =
          sat.post ? Saturation.productOrNull(s, rest, w) : Saturation.productOrNull(s, w, rest);
      if (term == null) {
        throw new WeightOverflowException(
            "value query", s.name(), sat.describe(t), null, null);
      }
      return s.plus(total, term);
    } catch (ArithmeticException e) {
      throw new WeightOverflowException(
          "value query", s.name(), sat.describe(t), null, e);
    }
  }

  private synchronized List<W> toFinal() {
    if (toFinal == null) {
      toFinal = paths.productFixpoint(null);
    }
    return toFinal;
  }

  /**
   * The ⊕ of {@link #value(Configuration)} over every configuration in {@code set} (idempotent ⊕,
   * so a configuration accepted along several paths counts once).
   *
   * @throws IllegalArgumentException if {@code set} names a control state or symbol no rule
   *     mentions
   */
  public W value(RegularConfigurations set) {
    Objects.requireNonNull(set, "set");
    sat.pds.requireKnown(set);
    AutomatonPaths.Query q = new AutomatonPaths.Query(set, sat);
    List<W> b = paths.productFixpoint(q);
    W total = s.zero();
    for (String p : set.controlStates) {
      int pid = sat.ix.stateIds.get(p);
      total = s.plus(total, b.get(pid * q.size + q.ids.get(p)));
      if (set.finals.contains(p)) {
        // The empty-stack configuration: its ε paths (the fixpoint covers p final in both).
        total = s.plus(total, value(Configuration.of(p)));
      }
    }
    return total;
  }

  @Override
  public String toString() {
    return "WeightedAutomaton["
        + (sat.post ? "post*" : "pre*")
        + ", "
        + s.name()
        + ", "
        + stateCount()
        + " states, "
        + transitionCount()
        + " transitions]";
  }

  /**
   * One best rule sequence, found for a selective semiring: applying {@link #rules()} in order
   * takes {@link #from()} to {@link #to()}, and the ⊗-product of their weights (with return
   * transformers applied to matched call–return segments) is {@link #weight()}, the value of the
   * query. Immutable.
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

  /**
   * A solver or value query stopped because the weight of one automaton transition changed more
   * than the {@linkplain WeightedPushdownSystem#updateBound() update bound} allows: the weights it builds may improve
   * forever (a ⊕ that is not idempotent, a product of rules or a return transformer that keeps
   * improving, a semiring that breaks its declared properties), or the bound is too low for this
   * system. Carries the bound, the transition and the rule applied last.
   */
  public static final class UpdateBoundException extends PathSumException {

    private static final long serialVersionUID = 1L;

    private final int bound;
    private final String transition;
    private final transient Rule<?> rule;

    UpdateBoundException(String solver, int bound, String transition, Rule<?> rule) {
      super(
          solver
              + ": the weight of automaton transition "
              + transition
              + " changed more than "
              + bound
              + " times"
              + (rule == null ? "" : " (last by rule " + rule + ")")
              + "; the weights may improve forever. If they do not, raise the update bound");
      this.bound = bound;
      this.transition = transition;
      this.rule = rule;
    }

    /** The update bound that was hit. */
    public int bound() {
      return bound;
    }

    /**
     * The automaton transition whose weight kept changing, written {@code (from, symbol, to)}:
     * control states by name, a post* state below a push {@code <q, h1 h2>} as {@code q[q, h1]},
     * the states of the given regular set by their names, {@code ε} for a pop's transition.
     */
    public String transition() {
      return transition;
    }

    /** The rule applied in the last change, if the change came from a rule. */
    public Optional<Rule<?>> rule() {
      return Optional.ofNullable(rule);
    }
  }

  /**
   * A weight left the semiring's range: a product of non-zero weights gave 0̄ (tropical past
   * {@link Double#MAX_VALUE}, Viterbi below {@link Double#MIN_VALUE}), or the semiring or a return
   * transformer threw an {@link ArithmeticException} (then the {@linkplain #getCause() cause}).
   * Never dropped as "no rule sequence". Carries the transition being processed and the rule.
   */
  public static final class WeightOverflowException extends PathSumException {

    private static final long serialVersionUID = 1L;

    private final String transition;
    private final transient Rule<?> rule;

    WeightOverflowException(
        String solver, String semiringName, String transition, Rule<?> rule, Throwable cause) {
      super(
          solver
              + ": a weight at automaton transition "
              + transition
              + (rule == null ? "" : " with rule " + rule)
              + " leaves the "
              + semiringName
              + " semiring's range ("
              + (cause == null
                  ? "a product of non-zero weights gave 0̄"
                  : "the arithmetic failed: " + cause.getMessage())
              + "); rescale the weights",
          cause);
      this.transition = transition;
      this.rule = rule;
    }

    /** The automaton transition being processed, written as in {@link UpdateBoundException}. */
    public String transition() {
      return transition;
    }

    /** The rule being applied, if one was. */
    public Optional<Rule<?>> rule() {
      return Optional.ofNullable(rule);
    }
  }
}
