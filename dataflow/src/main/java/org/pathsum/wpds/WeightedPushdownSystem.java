package org.pathsum.wpds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
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
 * Melski 2005; WALi is the reference implementation). Both keep the operands of ⊗ in execution
 * order, so non-commutative weights (gen/kill transfer functions) come out right.
 *
 * <p><b>Requirements.</b> The semiring must be idempotent ({@link SemiringProperty#IDEMPOTENT_PLUS})
 * and bounded on the rule weights: every weight satisfies {@code w ⊕ (w ⊗ w) = w} (repeating a rule
 * never improves a value) — tropical weights ≥ 0, max-plus weights ≤ 0, any boolean, bottleneck,
 * Viterbi or gen/kill weight. {@link #builder} refuses other semirings with {@link
 * org.pathsum.semiring.MissingSemiringPropertyException} and other weights with {@link
 * UnboundedWeightException}. For a semiring written by a user, saturation terminates when the
 * weights it can build have no infinite descending chains; the shipped idempotent semirings with
 * the weights above have none.
 *
 * <p><b>Return transformers</b> (an extended WPDS with merge functions {@code g(a, b) = a ⊗ h(b)}):
 * a push may carry {@code h}, a map that preserves ⊕ and 0̄. A rule sequence in which this push is
 * later matched by the pop of the symbol it pushed on top then weighs {@code a ⊗ f ⊗ h(b) ⊗ c}
 * instead of {@code a ⊗ f ⊗ b ⊗ c}, with {@code b} the weight of the matched segment (from the rule
 * after the push up to and including the pop). Pushes with the same right-hand side must have the
 * same transformer.
 *
 * <p>Cost: post* takes O(|Q|² |Δ|) semiring operations in the worst case and pre* O(|Q|² |Δ|), for
 * |Q| automaton states and |Δ| rules, times the height of the weight domain; in practice a few
 * operations per rule and automaton transition. Immutable and thread-safe.
 *
 * @param <W> the weight type
 */
public final class WeightedPushdownSystem<W> {

  final Semiring<W> semiring;
  final List<Rule<W>> rules;
  final Map<String, Integer> stateIds;
  final Map<String, Integer> symbolIds;
  final List<String> stateNames;
  final List<String> symbolNames;
  // Rule i as ints; to1/to2 are -1 when absent.
  final int[] rFrom;
  final int[] rFromSym;
  final int[] rTo;
  final int[] rTo1;
  final int[] rTo2;
  // Rule indexes.
  final Map<Long, IntList> byLhs = new HashMap<>();
  final Map<Long, IntList> stepByRhs = new HashMap<>();
  final Map<Long, IntList> pushByRhsFirst = new HashMap<>();
  final Map<Integer, IntList> pushBySecond = new HashMap<>();
  final IntList pops = new IntList();

  private WeightedPushdownSystem(Builder<W> b) {
    this.semiring = b.semiring;
    this.rules = List.copyOf(b.rules);
    this.stateIds = Map.copyOf(b.stateIds);
    this.symbolIds = Map.copyOf(b.symbolIds);
    this.stateNames = List.copyOf(b.stateIds.keySet());
    this.symbolNames = List.copyOf(b.symbolIds.keySet());
    int n = rules.size();
    rFrom = new int[n];
    rFromSym = new int[n];
    rTo = new int[n];
    rTo1 = new int[n];
    rTo2 = new int[n];
    for (int i = 0; i < n; i++) {
      Rule<W> r = rules.get(i);
      rFrom[i] = stateIds.get(r.fromState());
      rFromSym[i] = symbolIds.get(r.fromSymbol());
      rTo[i] = stateIds.get(r.toState());
      rTo1[i] = r.toStack().isEmpty() ? -1 : symbolIds.get(r.toStack().get(0));
      rTo2[i] = r.toStack().size() < 2 ? -1 : symbolIds.get(r.toStack().get(1));
      index(byLhs, key(rFrom[i], rFromSym[i]), i);
      if (rTo1[i] < 0) {
        pops.add(i);
      } else if (rTo2[i] < 0) {
        index(stepByRhs, key(rTo[i], rTo1[i]), i);
      } else {
        index(pushByRhsFirst, key(rTo[i], rTo1[i]), i);
        pushBySecond.computeIfAbsent(rTo2[i], k -> new IntList()).add(i);
      }
    }
  }

  private static void index(Map<Long, IntList> m, long key, int rule) {
    m.computeIfAbsent(key, k -> new IntList()).add(rule);
  }

  static long key(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
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
    return stateNames;
  }

  /** The stack symbols named by the rules, in order of first mention. Immutable. */
  public List<String> stackSymbols() {
    return symbolNames;
  }

  /**
   * post*: saturates a weighted P-automaton for the configurations reachable from {@code initial}.
   * Its {@link WeightedAutomaton#value(Configuration) value} of c is the ⊕ over c₀ in the initial
   * set and rule sequences from c₀ to c of their weights.
   *
   * <p>Cost: see the class comment; memory O(transitions of the result).
   */
  public WeightedAutomaton<W> postStar(RegularConfigurations initial) {
    return new Saturation<>(this, Objects.requireNonNull(initial, "initial"), true).run();
  }

  /** {@link #postStar(RegularConfigurations)} from one configuration. */
  public WeightedAutomaton<W> postStar(Configuration initial) {
    return postStar(RegularConfigurations.of(initial));
  }

  /**
   * pre*: saturates a weighted P-automaton for the configurations that can reach {@code target}.
   * Its {@link WeightedAutomaton#value(Configuration) value} of c is the ⊕ over c₁ in the target
   * set and rule sequences from c to c₁ of their weights.
   */
  public WeightedAutomaton<W> preStar(RegularConfigurations target) {
    return new Saturation<>(this, Objects.requireNonNull(target, "target"), false).run();
  }

  /** {@link #preStar(RegularConfigurations)} to one configuration. */
  public WeightedAutomaton<W> preStar(Configuration target) {
    return preStar(RegularConfigurations.of(target));
  }

  @Override
  public String toString() {
    return "WeightedPushdownSystem["
        + semiring.name()
        + ", "
        + stateNames.size()
        + " control states, "
        + symbolNames.size()
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

    private Builder(Semiring<W> semiring) {
      this.semiring = semiring;
      this.bounded = semiring.has(SemiringProperty.BOUNDED);
    }

    /** Adds the pop {@code ⟨p, γ⟩ ↪ ⟨q, ε⟩}. */
    public Builder<W> pop(String p, String gamma, String q, W weight) {
      return add(p, gamma, q, List.of(), weight, null);
    }

    /** Adds the step {@code ⟨p, γ⟩ ↪ ⟨q, h⟩}. */
    public Builder<W> step(String p, String gamma, String q, String h, W weight) {
      return add(p, gamma, q, List.of(h), weight, null);
    }

    /** Adds the push {@code ⟨p, γ⟩ ↪ ⟨q, h₁ h₂⟩}, {@code h₁} on top. */
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
     * @throws IllegalArgumentException if the stacks have the wrong size
     */
    public Builder<W> rule(Configuration from, Configuration to, W weight) {
      if (from.stack().size() != 1 || to.stack().size() > 2) {
        throw new IllegalArgumentException(
            "a rule is <p, g> -> <q, w> with |w| <= 2; got " + from + " -> " + to);
      }
      return add(from.state(), from.stack().get(0), to.state(), to.stack(), weight, null);
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
      if (!bounded && !semiring.equivalent(semiring.plus(weight, semiring.times(weight, weight)), weight)) {
        throw new UnboundedWeightException(rule, semiring.name());
      }
      if (w.size() == 2) {
        List<String> rhs = List.of(q, w.get(0), w.get(1));
        UnaryOperator<W> known = transformers.putIfAbsent(rhs, onReturn == null ? identityMark() : onReturn);
        UnaryOperator<W> mine = onReturn == null ? identityMark() : onReturn;
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

    /** The system. The builder must not be used afterwards. */
    public WeightedPushdownSystem<W> build() {
      return new WeightedPushdownSystem<>(this);
    }
  }

  private static final UnaryOperator<Object> IDENTITY = x -> x;
}
