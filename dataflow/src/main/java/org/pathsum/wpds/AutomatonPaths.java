package org.pathsum.wpds;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;

/**
 * The path computations behind {@link WeightedAutomaton}'s queries, over a finished {@link
 * Saturation}: the value of one word (a configuration) with a best path, the ⊕ over all paths to
 * final states (a worklist fixed point, bounded like saturation), and the rule sequence behind a
 * transition. Stateless apart from the saturation it reads; every method is safe to call from
 * several threads.
 *
 * <p>Products are read in the solver's order: post* automata read a path bottom of stack first,
 * pre* automata top first. Every product of non-zero weights is checked as in saturation, so a
 * value that leaves the semiring's range is refused, never read as 0̄.
 */
final class AutomatonPaths<W> {

  private static final String QUERY = "value query";

  final Saturation<W> sat;
  final Semiring<W> s;

  AutomatonPaths(Saturation<W> sat) {
    this.sat = sat;
    this.s = sat.s;
  }

  /** A value and, for selective semirings, the transitions of a best path, top of stack first. */
  static final class Best<W> {
    final W weight;
    final List<Integer> path;

    Best(W weight, List<Integer> path) {
      this.weight = weight;
      this.path = path;
    }
  }

  /** {@code rest} extended by transition {@code t} in the solver's order, refusing an overflow. */
  private W extend(W rest, int t) {
    try {
      W w = sat.tW.get(t);
      W r = sat.post ? Saturation.productOrNull(s, rest, w) : Saturation.productOrNull(s, w, rest);
      if (r == null) {
        throw new WeightedAutomaton.WeightOverflowException(
            QUERY, s.name(), sat.describe(t), null, null);
      }
      return r;
    } catch (ArithmeticException e) {
      throw new WeightedAutomaton.WeightOverflowException(
          QUERY, s.name(), sat.describe(t), null, e);
    }
  }

  private W plus(W a, W b, int t) {
    try {
      return s.plus(a, b);
    } catch (ArithmeticException e) {
      throw new WeightedAutomaton.WeightOverflowException(
          QUERY, s.name(), sat.describe(t), null, e);
    }
  }

  /** The value of the word {@code p word} and, for selective semirings, a best accepting path. */
  Optional<Best<W>> best(int p, int[] word) {
    int k = word.length;
    if (k == 0) {
      return emptyStack(p);
    }
    // Forward: the states reachable after i symbols.
    List<List<Integer>> layers = new ArrayList<>();
    List<Integer> layer = List.of(p);
    layers.add(layer);
    for (int i = 0; i < k; i++) {
      List<Integer> next = new ArrayList<>();
      Set<Integer> seen = new HashSet<>();
      for (int q : layer) {
        IntList ts = sat.byFromSym.get(RuleIndex.key(q, word[i]));
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
        IntList ts = sat.byFromSym.get(RuleIndex.key(q, word[i]));
        for (int j = 0; ts != null && j < ts.size(); j++) {
          int t = ts.get(j);
          W rest = v.get(sat.tTo.get(t));
          if (rest == null) {
            continue;
          }
          W w = extend(rest, t);
          W old = u.get(q);
          W now = old == null ? w : plus(old, w, t);
          if (old == null || (!s.equivalent(now, old) && s.equivalent(now, w))) {
            choice.get(i).put(q, t);
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
    IntList eps = sat.byFromSym.get(RuleIndex.key(p, Saturation.EPS));
    for (int j = 0; eps != null && j < eps.size(); j++) {
      int e = eps.get(j);
      if (sat.finals.get(sat.tTo.get(e))) {
        W now = plus(total, sat.tW.get(e), e);
        if (!s.equivalent(now, total)) {
          path = List.of(e);
        }
        total = now;
      }
    }
    return s.isZero(total) ? Optional.empty() : Optional.of(new Best<>(total, path));
  }

  /** Appends the rule sequence behind transition {@code root}, without recursion. */
  void expand(int root, List<WeightedPushdownSystem.Rule<W>> out) {
    // Frames: a transition to expand (>= 0) or a rule to emit (encoded as -2 - rule).
    ArrayDeque<Integer> stack = new ArrayDeque<>();
    stack.push(root);
    int steps = 0;
    while (!stack.isEmpty()) {
      int f = stack.pop();
      if (f < 0) {
        out.add(sat.pds.rules.get(-2 - f));
        continue;
      }
      if (++steps > 50_000_000) {
        throw new IllegalStateException("witness expansion does not end; provenance has a cycle");
      }
      int rule = sat.pRule.get(f);
      int a1 = sat.pA1.get(f);
      int a2 = sat.pA2.get(f);
      if (rule == Saturation.INITIAL || rule == Saturation.ENTRY) {
        continue;
      }
      if (rule == Saturation.COMBINE) {
        stack.push(a2); // seq(a1) then seq(a2)
        stack.push(a1);
      } else if (sat.post) {
        stack.push(-2 - rule); // seq(a1) then the rule
        if (a1 >= 0) {
          stack.push(a1);
        }
      } else {
        if (a2 >= 0) { // the rule, then seq(a1), then seq(a2)
          stack.push(a2);
        }
        if (a1 >= 0) {
          stack.push(a1);
        }
        stack.push(-2 - rule);
      }
    }
  }

  /**
   * A regular set as integers for the product: its states numbered, transitions {@code {from,
   * symbol or ANY, to}}, final states. Every label must be known to the system (checked before).
   */
  static final class Query {
    final Map<String, Integer> ids = new HashMap<>();
    final int size;
    final List<int[]> transitions = new ArrayList<>();
    final BitSet finals = new BitSet();

    Query(RegularConfigurations set, Saturation<?> sat) {
      set.controlStates.forEach(p -> ids.put(p, ids.size()));
      set.otherStates.forEach(p -> ids.putIfAbsent(p, ids.size()));
      size = ids.size();
      set.finals.forEach(f -> finals.set(ids.get(f)));
      for (String[] t : set.transitions) {
        int g = t[1].equals(RegularConfigurations.ANY) ? Saturation.ANY : sat.symbolId(t[1]);
        transitions.add(new int[] {ids.get(t[0]), g, ids.get(t[2])});
      }
    }
  }

  /**
   * Per product state (automaton state × query state, or automaton state alone when {@code q} is
   * null), the ⊕ over paths to a pair of final states, read in the solver's order. A worklist over
   * predecessors; each value may change at most the update bound times.
   */
  List<W> productFixpoint(Query q) {
    int qs = q == null ? 1 : q.size;
    int n = sat.stateNames.size();
    List<W> b = new ArrayList<>(Collections.nCopies(n * qs, s.zero()));
    int[] changes = new int[n * qs];
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
    BitSet queued = new BitSet();
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
        W w = extend(rest, t);
        int from = sat.tFrom.get(t);
        if (q == null) {
          relax(b, changes, from, w, t, work, queued);
        } else {
          for (int[] qt : qIn.getOrDefault(j, List.of())) {
            if (qt[1] == Saturation.ANY || qt[1] == sat.tSym.get(t)) {
              relax(b, changes, from * qs + qt[0], w, t, work, queued);
            }
          }
        }
      }
    }
    return b;
  }

  private void relax(
      List<W> b, int[] changes, int node, W w, int t, ArrayDeque<Integer> work, BitSet queued) {
    W old = b.get(node);
    W now = plus(old, w, t);
    if (s.equivalent(now, old)) {
      return;
    }
    if (++changes[node] > sat.bound) {
      throw new WeightedAutomaton.UpdateBoundException(QUERY, sat.bound, sat.describe(t), null);
    }
    b.set(node, now);
    if (!queued.get(node)) {
      queued.set(node);
      work.add(node);
    }
  }
}
