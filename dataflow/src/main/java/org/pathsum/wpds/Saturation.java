package org.pathsum.wpds;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;

/**
 * The saturation engine behind {@link WeightedPushdownSystem#postStar} and {@link
 * WeightedPushdownSystem#preStar}: a weighted P-automaton with indexed transitions and a FIFO
 * worklist of transitions whose weight changed. Single use.
 *
 * <p><b>Weights of transitions.</b> pre*: the weight of {@code (p, γ, q)} is the value of the rule
 * sequences from {@code ⟨p, γ⟩} that pop γ and reach q, read top of stack first. post*: the weight
 * of {@code (p, γ, q)} is the value of the sequences from the moment q's part of the stack was in
 * place (the push that created q, or the initial configuration) to {@code ⟨p, γ …⟩}; a path is
 * therefore read bottom of stack first. A post* state {@code q[p′, γ′]} is made for every push
 * right-hand side {@code ⟨p′, γ′ γ″⟩}; its entry transition {@code (p′, γ′, q[p′, γ′])} weighs 1̄
 * and {@code (q[p′, γ′], γ″, q)} carries the weight up to and including the push. A pop makes an ε
 * transition, combined at once with the transitions leaving its target (ε-closure), which is where
 * a return transformer is applied.
 *
 * <p><b>Termination and range.</b> Every change of a transition's weight is counted; past the
 * system's update bound the run stops with {@link WeightedAutomaton.UpdateBoundException}.
 * Every product of two non-zero weights is checked for 0̄, and an {@link ArithmeticException} from
 * the semiring or a transformer is caught, so that an overflow stops the run with {@link
 * WeightedAutomaton.WeightOverflowException} instead of dropping a transition. Both carry the
 * transition being processed and the rule being applied, which the run keeps in two fields.
 *
 * <p><b>Provenance</b> (for witnesses, kept only for selective semirings): each transition records
 * the rule and the one or two transitions that last improved it.
 */
final class Saturation<W> {

  static final int EPS = -1;
  static final int ANY = -2;
  // Provenance kinds in pRule when no rule applies.
  static final int INITIAL = -1;
  static final int ENTRY = -2;
  static final int COMBINE = -3;

  final WeightedPushdownSystem<W> pds;
  final RuleIndex ix;
  final Semiring<W> s;
  final boolean post;
  final boolean selective;
  final int controlCount;
  final int bound;
  final List<String> stateNames = new ArrayList<>();
  final BitSet finals = new BitSet();

  final IntList tFrom = new IntList(1024);
  final IntList tSym = new IntList(1024);
  final IntList tTo = new IntList(1024);
  final ArrayList<W> tW = new ArrayList<>(1024);
  final IntList pRule = new IntList(1024);
  final IntList pA1 = new IntList(1024);
  final IntList pA2 = new IntList(1024);
  private final IntList changes = new IntList(1024);
  final Map<Long, IntList> byFromSym = new HashMap<>();
  final ArrayList<IntList> outByState = new ArrayList<>();
  final ArrayList<IntList> epsByTarget = new ArrayList<>();
  final Map<Long, Integer> midStates = new HashMap<>();
  final Map<Long, UnaryOperator<W>> transformers = new HashMap<>();

  private int[] queue = new int[1024];
  private int head;
  private int tail;
  private final BitSet queued = new BitSet();
  // What the run is doing, for the evidence of a refusal: -1 when nothing.
  private int curTransition = -1;
  private int curRule = -1;

  /** Requires every name of {@code set} to be known to {@code pds} (its callers check). */
  Saturation(WeightedPushdownSystem<W> pds, RegularConfigurations set, boolean post) {
    this.pds = pds;
    this.ix = pds.index;
    this.s = pds.semiring;
    this.post = post;
    this.selective = s.has(SemiringProperty.SELECTIVE_PLUS);
    this.bound = pds.updateBound;
    for (String p : ix.stateNames) {
      newState(p);
    }
    this.controlCount = stateNames.size();
    Map<String, Integer> other = new HashMap<>();
    for (String q : set.otherStates) {
      other.put(q, newState(q));
    }
    for (String f : set.finals) {
      finals.set(ix.stateIds.containsKey(f) ? ix.stateIds.get(f) : other.get(f));
    }
    W one = s.one();
    for (String[] t : set.transitions) {
      int from = ix.stateIds.containsKey(t[0]) ? ix.stateIds.get(t[0]) : other.get(t[0]);
      int to = other.get(t[2]);
      if (t[1].equals(RegularConfigurations.ANY)) {
        for (int g = 0; g < ix.symbolNames.size(); g++) {
          update(from, g, to, one, INITIAL, -1, -1);
        }
      } else {
        update(from, ix.symbolIds.get(t[1]), to, one, INITIAL, -1, -1);
      }
    }
  }

  /** The id of a stack symbol, or -1 if no rule names it. */
  int symbolId(String name) {
    return ix.symbolIds.getOrDefault(name, -1);
  }

  private int newState(String name) {
    stateNames.add(name);
    outByState.add(null);
    epsByTarget.add(null);
    return stateNames.size() - 1;
  }

  String solverName() {
    return post ? "post*" : "pre*";
  }

  WeightedAutomaton<W> run() {
    try {
      if (!post) {
        for (int i = 0; i < ix.pops.size(); i++) {
          int r = ix.pops.get(i);
          curRule = r;
          update(ix.from[r], ix.fromSym[r], ix.to[r], weight(r), r, -1, -1);
        }
      }
      while (head != tail) {
        int t = queue[head];
        head = (head + 1) % queue.length;
        queued.clear(t);
        curTransition = t;
        curRule = -1;
        if (post) {
          processPost(t);
        } else {
          processPre(t);
        }
      }
    } catch (ArithmeticException e) {
      throw overflow(e);
    }
    return new WeightedAutomaton<>(this);
  }

  private WeightedAutomaton.WeightOverflowException overflow(ArithmeticException cause) {
    return new WeightedAutomaton.WeightOverflowException(
        solverName(),
        s.name(),
        curTransition < 0 ? "(none yet)" : describe(curTransition),
        curRule < 0 ? null : pds.rules.get(curRule),
        cause);
  }

  /** {@code a ⊗ b}; refuses a 0̄ made from two non-zero weights. */
  private W times(W a, W b) {
    W r = productOrNull(s, a, b);
    if (r == null) {
      throw overflow(null);
    }
    return r;
  }

  /**
   * {@code a ⊗ b}, or null when two non-zero operands give 0̄: the one test for a product that left
   * the carrier's range. One {@link Semiring#isZero} test unless the product is 0̄.
   */
  static <W> W productOrNull(Semiring<W> s, W a, W b) {
    W r = s.times(a, b);
    if (!s.isZero(r)) {
      return r;
    }
    return s.isZero(a) || s.isZero(b) ? r : null;
  }

  private W weight(int rule) {
    return pds.rules.get(rule).weight();
  }

  private UnaryOperator<W> onReturn(int rule) {
    UnaryOperator<W> h = pds.rules.get(rule).onReturn();
    return h == null ? UnaryOperator.identity() : h;
  }

  private void processPost(int t) {
    int a = tFrom.get(t);
    int x = tSym.get(t);
    int b = tTo.get(t);
    W w = tW.get(t);
    if (x == EPS) {
      curRule = pRule.get(t);
      IntList outs = outByState.get(b);
      for (int i = 0; outs != null && i < outs.size(); i++) {
        int t2 = outs.get(i);
        int g = tSym.get(t2);
        update(a, g, tTo.get(t2), times(tW.get(t2), returned(b, g, w)), COMBINE, t2, t);
      }
      return;
    }
    if (a < controlCount) {
      IntList rs = ix.byLhs.get(RuleIndex.key(a, x));
      for (int i = 0; rs != null && i < rs.size(); i++) {
        int r = rs.get(i);
        curRule = r;
        W fw = times(w, weight(r));
        int to = ix.to[r];
        if (ix.to1[r] < 0) {
          update(to, EPS, b, fw, r, t, -1);
        } else if (ix.to2[r] < 0) {
          update(to, ix.to1[r], b, fw, r, t, -1);
        } else {
          int m = midState(to, ix.to1[r]);
          UnaryOperator<W> h = pds.rules.get(r).onReturn();
          if (h != null) {
            transformers.put(RuleIndex.key(m, ix.to2[r]), h);
          }
          update(to, ix.to1[r], m, s.one(), ENTRY, -1, -1);
          update(m, ix.to2[r], b, fw, r, t, -1);
        }
      }
    } else {
      IntList eps = epsByTarget.get(a);
      for (int i = 0; eps != null && i < eps.size(); i++) {
        int e = eps.get(i);
        curRule = pRule.get(e);
        update(tFrom.get(e), x, b, times(w, returned(a, x, tW.get(e))), COMBINE, t, e);
      }
    }
  }

  /** The weight {@code b} of a segment that returns to state {@code mid} with γ″ below it. */
  private W returned(int mid, int g, W b) {
    if (transformers.isEmpty()) {
      return b;
    }
    UnaryOperator<W> h = transformers.get(RuleIndex.key(mid, g));
    return h == null ? b : h.apply(b);
  }

  private int midState(int p, int g) {
    long k = RuleIndex.key(p, g);
    Integer m = midStates.get(k);
    if (m == null) {
      m = newState("q[" + stateNames.get(p) + ", " + ix.symbolNames.get(g) + "]");
      midStates.put(k, m);
    }
    return m;
  }

  private void processPre(int t) {
    int a = tFrom.get(t);
    int x = tSym.get(t);
    int b = tTo.get(t);
    W w = tW.get(t);
    if (a < controlCount) {
      long k = RuleIndex.key(a, x);
      IntList steps = ix.stepByRhs.get(k);
      for (int i = 0; steps != null && i < steps.size(); i++) {
        int r = steps.get(i);
        curRule = r;
        update(ix.from[r], ix.fromSym[r], b, times(weight(r), w), r, t, -1);
      }
      IntList pushes = ix.pushByRhsFirst.get(k);
      for (int i = 0; pushes != null && i < pushes.size(); i++) {
        int r = pushes.get(i);
        curRule = r;
        W head = times(weight(r), onReturn(r).apply(w));
        IntList t2s = byFromSym.get(RuleIndex.key(b, ix.to2[r]));
        for (int j = 0; t2s != null && j < t2s.size(); j++) {
          int t2 = t2s.get(j);
          update(ix.from[r], ix.fromSym[r], tTo.get(t2), times(head, tW.get(t2)), r, t, t2);
        }
      }
    }
    IntList seconds = ix.pushBySecond.get(x);
    for (int i = 0; seconds != null && i < seconds.size(); i++) {
      int r = seconds.get(i);
      curRule = r;
      IntList t1s = byFromSym.get(RuleIndex.key(ix.to[r], ix.to1[r]));
      for (int j = 0; t1s != null && j < t1s.size(); j++) {
        int t1 = t1s.get(j);
        if (tTo.get(t1) == a) {
          W v = times(times(weight(r), onReturn(r).apply(tW.get(t1))), w);
          update(ix.from[r], ix.fromSym[r], b, v, r, t1, t);
        }
      }
    }
  }

  /** The transition (from, sym, to), or -1. */
  int find(int from, int sym, int to) {
    IntList l = byFromSym.get(RuleIndex.key(from, sym));
    for (int i = 0; l != null && i < l.size(); i++) {
      if (tTo.get(l.get(i)) == to) {
        return l.get(i);
      }
    }
    return -1;
  }

  /** {@code (from, symbol, to)} with the automaton's state names; {@code ε} for a pop's. */
  String describe(int t) {
    int g = tSym.get(t);
    String symbol = g == EPS ? "ε" : ix.symbolNames.get(g);
    return "(" + stateNames.get(tFrom.get(t)) + ", " + symbol + ", " + stateNames.get(tTo.get(t)) + ")";
  }

  private void update(int from, int sym, int to, W w, int rule, int a1, int a2) {
    if (s.isZero(w)) {
      return; // a 0̄ operand: a rule of weight 0̄ or a transformer that cuts the path
    }
    int t = find(from, sym, to);
    if (t < 0) {
      t = tW.size();
      tFrom.add(from);
      tSym.add(sym);
      tTo.add(to);
      tW.add(w);
      pRule.add(rule);
      pA1.add(a1);
      pA2.add(a2);
      changes.add(0);
      byFromSym.computeIfAbsent(RuleIndex.key(from, sym), k -> new IntList(2)).add(t);
      if (sym == EPS) {
        list(epsByTarget, to).add(t);
      } else {
        list(outByState, from).add(t);
      }
      enqueue(t);
      return;
    }
    W old = tW.get(t);
    W now = s.plus(old, w);
    if (s.equivalent(now, old)) {
      return;
    }
    int changed = changes.get(t) + 1;
    if (changed > bound) {
      throw new WeightedAutomaton.UpdateBoundException(
          solverName(), bound, describe(t), curRule < 0 ? null : pds.rules.get(curRule));
    }
    changes.set(t, changed);
    tW.set(t, now);
    if (selective) {
      pRule.set(t, rule);
      pA1.set(t, a1);
      pA2.set(t, a2);
    }
    enqueue(t);
  }

  private static IntList list(ArrayList<IntList> lists, int i) {
    IntList l = lists.get(i);
    if (l == null) {
      l = new IntList(2);
      lists.set(i, l);
    }
    return l;
  }

  private void enqueue(int t) {
    if (queued.get(t)) {
      return;
    }
    queued.set(t);
    int size = (tail - head + queue.length) % queue.length;
    if (size + 1 >= queue.length) {
      int[] bigger = new int[queue.length * 2];
      for (int i = 0; i < size; i++) {
        bigger[i] = queue[(head + i) % queue.length];
      }
      queue = bigger;
      head = 0;
      tail = size;
    }
    queue[tail] = t;
    tail = (tail + 1) % queue.length;
  }
}
