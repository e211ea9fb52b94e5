package org.pathsum.wpds;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pathsum.semiring.MissingSemiringPropertyException;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;

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
 * <p>Cost: {@link #value(Configuration)} is O(k · transitions per (state, symbol)) for a stack of
 * k symbols; the first {@link #valueWithTop} call solves a fixed point over the automaton (O(its
 * transitions × the height of the weights)) and later calls are O(transitions from the state on
 * the symbol). Immutable after construction; {@link #valueWithTop} fills a cache under a lock.
 *
 * @param <W> the weight type
 */
public final class WeightedAutomaton<W> {

  private final Saturation<W> sat;
  private final Semiring<W> s;
  private List<W> toFinal; // lazily: per state, the ⊕ of the paths from it to a final state

  WeightedAutomaton(Saturation<W> sat) {
    this.sat = sat;
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
   * 0̄ for a configuration with unknown names or none.
   */
  public W value(Configuration c) {
    Objects.requireNonNull(c, "c");
    return best(c).map(b -> b.weight).orElse(s.zero());
  }

  /**
   * One rule sequence of best weight for {@code c}, or empty if {@code c}'s value is 0̄.
   *
   * @throws MissingSemiringPropertyException if the semiring is not selective (then no single
   *     sequence need attain the value)
   */
  public Optional<Witness<W>> witness(Configuration c) {
    Objects.requireNonNull(c, "c");
    s.require("a witness rule sequence", SemiringProperty.SELECTIVE_PLUS);
    Optional<Best<W>> b = best(c);
    if (b.isEmpty()) {
      return Optional.empty();
    }
    List<Rule<W>> rules = new ArrayList<>();
    List<Integer> path = new ArrayList<>(b.get().path);
    if (sat.post) {
      Collections.reverse(path); // bottom of stack first
    }
    for (int t : path) {
      expand(t, rules);
    }
    Configuration other = sat.post ? replay(c, rules, false) : replay(c, rules, true);
    return Optional.of(
        sat.post
            ? new Witness<>(other, c, rules, b.get().weight)
            : new Witness<>(c, other, rules, b.get().weight));
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

  /** Appends the rule sequence behind transition {@code t}, without recursion. */
  private void expand(int root, List<Rule<W>> out) {
    // Frames: a transition to expand (>= 0) or a rule to emit (encoded as -2 - rule).
    ArrayDeque<Integer> stack = new ArrayDeque<>();
    stack.push(root);
    int budget = 0;
    while (!stack.isEmpty()) {
      int f = stack.pop();
      if (f < 0) {
        out.add(sat.pds.rules.get(-2 - f));
        continue;
      }
      if (++budget > 50_000_000) {
        throw new IllegalStateException("witness expansion does not end; provenance has a cycle");
      }
      int rule = sat.pRule.get(f);
      int a1 = sat.pA1.get(f);
      int a2 = sat.pA2.get(f);
      if (rule == Saturation.INITIAL || rule == Saturation.ENTRY) {
        continue;
      }
      if (rule == Saturation.COMBINE) {
        // seq(a1) then seq(a2): push in reverse.
        stack.push(a2);
        stack.push(a1);
      } else if (sat.post) {
        // seq(a1) then the rule.
        stack.push(-2 - rule);
        if (a1 >= 0) {
          stack.push(a1);
        }
      } else {
        // The rule, then seq(a1), then seq(a2).
        if (a2 >= 0) {
          stack.push(a2);
        }
        if (a1 >= 0) {
          stack.push(a1);
        }
        stack.push(-2 - rule);
      }
    }
  }

  private static final class Best<W> {
    final W weight;
    final List<Integer> path; // transitions, top of stack first

    Best(W weight, List<Integer> path) {
      this.weight = weight;
      this.path = path;
    }
  }

  /** The value of c and, for selective semirings, a best accepting path. */
  private Optional<Best<W>> best(Configuration c) {
    Integer p = sat.controlIds.get(c.state());
    if (p == null) {
      return Optional.empty();
    }
    int k = c.stack().size();
    int[] word = new int[k];
    for (int i = 0; i < k; i++) {
      word[i] = sat.symbolId(c.stack().get(i));
      if (word[i] < 0) {
        return Optional.empty();
      }
    }
    if (k == 0) {
      return emptyStack(p);
    }
    // Forward: the states reachable after i symbols.
    List<List<Integer>> layers = new ArrayList<>();
    List<Integer> layer = List.of(p);
    layers.add(layer);
    for (int i = 0; i < k; i++) {
      List<Integer> next = new ArrayList<>();
      java.util.Set<Integer> seen = new java.util.HashSet<>();
      for (int q : layer) {
        IntList ts = sat.byFromSym.get(WeightedPushdownSystem.key(q, word[i]));
        for (int j = 0; ts != null && j < ts.size(); j++) {
          int to = sat.tTo.get(ts.get(j));
          if (seen.add(to)) {
            next.add(to);
          }
        }
      }
      layers.add(next);
      layer = next;
    }
    // Backward: value of the rest of the word from each state, and the transition chosen.
    Map<Integer, W> v = new HashMap<>();
    for (int q : layers.get(k)) {
      if (sat.finals.get(q)) {
        v.put(q, s.one());
      }
    }
    List<Map<Integer, Integer>> choice = new ArrayList<>();
    for (int i = 0; i <= k; i++) {
      choice.add(new HashMap<>());
    }
    for (int i = k - 1; i >= 0; i--) {
      Map<Integer, W> u = new HashMap<>();
      for (int q : layers.get(i)) {
        IntList ts = sat.byFromSym.get(WeightedPushdownSystem.key(q, word[i]));
        for (int j = 0; ts != null && j < ts.size(); j++) {
          int t = ts.get(j);
          W rest = v.get(sat.tTo.get(t));
          if (rest == null) {
            continue;
          }
          W w = sat.post ? s.times(rest, sat.tW.get(t)) : s.times(sat.tW.get(t), rest);
          W old = u.get(q);
          W now = old == null ? w : s.plus(old, w);
          if (old == null || !s.equivalent(now, old)) {
            if (old == null || s.equivalent(now, w)) {
              choice.get(i).put(q, t);
            }
          }
          u.put(q, now);
        }
      }
      v = u;
    }
    W total = v.get(p);
    if (total == null || s.isZero(total)) {
      return Optional.empty();
    }
    List<Integer> path = new ArrayList<>();
    if (s.has(SemiringProperty.SELECTIVE_PLUS)) {
      int q = p;
      for (int i = 0; i < k; i++) {
        int t = choice.get(i).get(q);
        path.add(t);
        q = sat.tTo.get(t);
      }
    }
    return Optional.of(new Best<>(total, path));
  }

  private Optional<Best<W>> emptyStack(int p) {
    W total = sat.finals.get(p) ? s.one() : s.zero();
    List<Integer> path = new ArrayList<>();
    IntList eps = sat.byFromSym.get(WeightedPushdownSystem.key(p, Saturation.EPS));
    for (int j = 0; eps != null && j < eps.size(); j++) {
      int e = eps.get(j);
      if (sat.finals.get(sat.tTo.get(e))) {
        W now = s.plus(total, sat.tW.get(e));
        if (!s.equivalent(now, total)) {
          path = List.of(e);
        }
        total = now;
      }
    }
    return s.isZero(total) ? Optional.empty() : Optional.of(new Best<>(total, path));
  }

  /**
   * The ⊕ of {@link #value(Configuration)} over every configuration with control state {@code
   * state} and {@code symbol} on top, any stack beneath: the value of the regular set {@code
   * ⟨state, symbol Γ*⟩}. 0̄ for unknown names.
   */
  public W valueWithTop(String state, String symbol) {
    Integer p = sat.controlIds.get(Objects.requireNonNull(state, "state"));
    int g = sat.symbolId(Objects.requireNonNull(symbol, "symbol"));
    if (p == null || g < 0) {
      return s.zero();
    }
    List<W> b = toFinal();
    W total = s.zero();
    IntList ts = sat.byFromSym.get(WeightedPushdownSystem.key(p, g));
    for (int j = 0; ts != null && j < ts.size(); j++) {
      int t = ts.get(j);
      W rest = b.get(sat.tTo.get(t));
      total = s.plus(total, sat.post ? s.times(rest, sat.tW.get(t)) : s.times(sat.tW.get(t), rest));
    }
    return total;
  }

  private synchronized List<W> toFinal() {
    if (toFinal == null) {
      toFinal = productFixpoint(null);
    }
    return toFinal;
  }

  /**
   * The ⊕ of {@link #value(Configuration)} over every configuration in {@code set} (idempotent ⊕,
   * so a configuration accepted along several paths counts once).
   */
  public W value(RegularConfigurations set) {
    Objects.requireNonNull(set, "set");
    QueryAutomaton q = new QueryAutomaton(set);
    List<W> b = productFixpoint(q);
    W total = s.zero();
    for (String p : set.controlStates) {
      Integer pid = sat.controlIds.get(p);
      if (pid == null) {
        continue;
      }
      int qs = q.ids.get(p);
      total = s.plus(total, b.get(pid * q.size + qs));
      if (set.finals.contains(p)) {
        // The empty-stack configuration: its ε paths (the fixpoint covers p final in both).
        total = s.plus(total, value(Configuration.of(p)));
      }
    }
    return total;
  }

  /** The query automaton, with ids, for the product. */
  private final class QueryAutomaton {
    final Map<String, Integer> ids = new HashMap<>();
    final int size;
    final List<int[]> transitions = new ArrayList<>(); // {from, symbolId or ANY, to}
    final java.util.BitSet finals = new java.util.BitSet();

    QueryAutomaton(RegularConfigurations set) {
      set.controlStates.forEach(p -> ids.put(p, ids.size()));
      set.otherStates.forEach(p -> ids.putIfAbsent(p, ids.size()));
      size = ids.size();
      set.finals.forEach(f -> finals.set(ids.get(f)));
      for (String[] t : set.transitions) {
        int g = t[1].equals(RegularConfigurations.ANY) ? Saturation.ANY : sat.symbolId(t[1]);
        if (g != -1) {
          transitions.add(new int[] {ids.get(t[0]), g, ids.get(t[2])});
        }
      }
    }
  }

  /**
   * Per product state (automaton state × query state, or automaton state alone when {@code q} is
   * null), the ⊕ over paths to a pair of final states, read in the solver's order. A worklist over
   * predecessors; terminates because the weights are bounded.
   */
  private List<W> productFixpoint(QueryAutomaton q) {
    int qs = q == null ? 1 : q.size;
    int n = sat.stateNames.size();
    List<W> b = new ArrayList<>(Collections.nCopies(n * qs, s.zero()));
    // Predecessors of automaton states (no ε transitions).
    List<IntList> in = new ArrayList<>(Collections.nCopies(n, null));
    for (int t = 0; t < sat.tW.size(); t++) {
      if (sat.tSym.get(t) != Saturation.EPS) {
        int to = sat.tTo.get(t);
        if (in.get(to) == null) {
          in.set(to, new IntList(2));
        }
        in.get(to).add(t);
      }
    }
    Map<Integer, List<int[]>> qIn = new HashMap<>();
    if (q != null) {
      for (int[] t : q.transitions) {
        qIn.computeIfAbsent(t[2], k -> new ArrayList<>()).add(t);
      }
    }
    ArrayDeque<Integer> work = new ArrayDeque<>();
    java.util.BitSet queued = new java.util.BitSet();
    for (int a = sat.finals.nextSetBit(0); a >= 0; a = sat.finals.nextSetBit(a + 1)) {
      for (int j = 0; j < qs; j++) {
        if (q == null || q.finals.get(j)) {
          b.set(a * qs + j, s.one());
          work.add(a * qs + j);
          queued.set(a * qs + j);
        }
      }
    }
    while (!work.isEmpty()) {
      int node = work.poll();
      queued.clear(node);
      int a = node / qs;
      int j = node % qs;
      W rest = b.get(node);
      IntList ts = in.get(a);
      for (int i = 0; ts != null && i < ts.size(); i++) {
        int t = ts.get(i);
        W w = sat.post ? s.times(rest, sat.tW.get(t)) : s.times(sat.tW.get(t), rest);
        int from = sat.tFrom.get(t);
        if (q == null) {
          relax(b, from, w, work, queued);
        } else {
          for (int[] qt : qIn.getOrDefault(j, List.of())) {
            if (qt[1] == Saturation.ANY || qt[1] == sat.tSym.get(t)) {
              relax(b, from * qs + qt[0], w, work, queued);
            }
          }
        }
      }
    }
    return b;
  }

  private void relax(
      List<W> b, int node, W w, ArrayDeque<Integer> work, java.util.BitSet queued) {
    W old = b.get(node);
    W now = s.plus(old, w);
    if (!s.equivalent(now, old)) {
      b.set(node, now);
      if (!queued.get(node)) {
        queued.set(node);
        work.add(node);
      }
    }
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
}
