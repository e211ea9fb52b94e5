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
 * therefore read bottom of stack first. A post* state {@code q_{p′,γ′}} is made for every push
 * right-hand side {@code ⟨p′, γ′ γ″⟩}; its entry transition {@code (p′, γ′, q_{p′,γ′})} weighs 1̄
 * and {@code (q_{p′,γ′}, γ″, q)} carries the weight up to and including the push. A pop makes an ε
 * transition, combined at once with the transitions leaving its target (ε-closure), which is where
 * a return transformer is applied.
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
  final Semiring<W> s;
  final boolean post;
  final boolean selective;
  final int controlCount;
  final List<String> stateNames = new ArrayList<>();
  final Map<String, Integer> controlIds = new HashMap<>();
  final Map<String, Integer> extraSymbols = new HashMap<>();
  final List<String> extraSymbolNames = new ArrayList<>();
  final BitSet finals = new BitSet();

  final IntList tFrom = new IntList(1024);
  final IntList tSym = new IntList(1024);
  final IntList tTo = new IntList(1024);
  final ArrayList<W> tW = new ArrayList<>(1024);
  final IntList pRule = new IntList(1024);
  final IntList pA1 = new IntList(1024);
  final IntList pA2 = new IntList(1024);
  final Map<Long, IntList> byFromSym = new HashMap<>();
  final ArrayList<IntList> outByState = new ArrayList<>();
  final ArrayList<IntList> epsByTarget = new ArrayList<>();
  final Map<Long, Integer> midStates = new HashMap<>();
  final Map<Long, UnaryOperator<W>> transformers = new HashMap<>();

  private int[] queue = new int[1024];
  private int head;
  private int tail;
  private final BitSet queued = new BitSet();

  Saturation(WeightedPushdownSystem<W> pds, RegularConfigurations set, boolean post) {
    this.pds = pds;
    this.s = pds.semiring;
    this.post = post;
    this.selective = s.has(SemiringProperty.SELECTIVE_PLUS);
    for (String p : pds.stateNames) {
      controlIds.put(p, newState(p));
    }
    for (String p : set.controlStates) {
      controlIds.computeIfAbsent(p, this::newState);
    }
    this.controlCount = stateNames.size();
    Map<String, Integer> other = new HashMap<>();
    for (String q : set.otherStates) {
      other.put(q, newState(q));
    }
    for (String f : set.finals) {
      finals.set(controlIds.containsKey(f) ? controlIds.get(f) : other.get(f));
    }
    W one = s.one();
    for (String[] t : set.transitions) {
      if (!t[1].equals(RegularConfigurations.ANY)) {
        internSymbol(t[1]);
      }
    }
    for (String[] t : set.transitions) {
      int from = controlIds.containsKey(t[0]) ? controlIds.get(t[0]) : other.get(t[0]);
      int to = other.get(t[2]);
      if (t[1].equals(RegularConfigurations.ANY)) {
        for (int g = 0; g < pds.symbolNames.size(); g++) {
          update(from, g, to, one, INITIAL, -1, -1);
        }
        for (int g = 0; g < extraSymbolNames.size(); g++) {
          update(from, pds.symbolNames.size() + g, to, one, INITIAL, -1, -1);
        }
      } else {
        update(from, internSymbol(t[1]), to, one, INITIAL, -1, -1);
      }
    }
  }

  private int internSymbol(String name) {
    Integer g = pds.symbolIds.get(name);
    if (g != null) {
      return g;
    }
    return extraSymbols.computeIfAbsent(
        name,
        n -> {
          extraSymbolNames.add(n);
          return pds.symbolNames.size() + extraSymbolNames.size() - 1;
        });
  }

  /** The id of a stack symbol, or -1 if neither the system nor the initial set names it. */
  int symbolId(String name) {
    Integer g = pds.symbolIds.get(name);
    if (g != null) {
      return g;
    }
    return extraSymbols.getOrDefault(name, -1);
  }

  String symbolName(int g) {
    return g < pds.symbolNames.size()
        ? pds.symbolNames.get(g)
        : extraSymbolNames.get(g - pds.symbolNames.size());
  }

  private int newState(String name) {
    stateNames.add(name);
    outByState.add(null);
    epsByTarget.add(null);
    return stateNames.size() - 1;
  }

  WeightedAutomaton<W> run() {
    if (!post) {
      for (int i = 0; i < pds.pops.size(); i++) {
        int r = pds.pops.get(i);
        update(pds.rFrom[r], pds.rFromSym[r], pds.rTo[r], weight(r), r, -1, -1);
      }
    }
    while (head != tail) {
      int t = queue[head];
      head = (head + 1) % queue.length;
      queued.clear(t);
      if (post) {
        processPost(t);
      } else {
        processPre(t);
      }
    }
    return new WeightedAutomaton<>(this);
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
      IntList outs = outByState.get(b);
      for (int i = 0; outs != null && i < outs.size(); i++) {
        int t2 = outs.get(i);
        int g = tSym.get(t2);
        update(a, g, tTo.get(t2), s.times(tW.get(t2), returned(b, g, w)), COMBINE, t2, t);
      }
      return;
    }
    if (a < controlCount) {
      IntList rs = pds.byLhs.get(WeightedPushdownSystem.key(a, x));
      for (int i = 0; rs != null && i < rs.size(); i++) {
        int r = rs.get(i);
        W fw = s.times(w, weight(r));
        int to = pds.rTo[r];
        if (pds.rTo1[r] < 0) {
          update(to, EPS, b, fw, r, t, -1);
        } else if (pds.rTo2[r] < 0) {
          update(to, pds.rTo1[r], b, fw, r, t, -1);
        } else {
          int m = midState(to, pds.rTo1[r]);
          UnaryOperator<W> h = pds.rules.get(r).onReturn();
          if (h != null) {
            transformers.put(WeightedPushdownSystem.key(m, pds.rTo2[r]), h);
          }
          update(to, pds.rTo1[r], m, s.one(), ENTRY, -1, -1);
          update(m, pds.rTo2[r], b, fw, r, t, -1);
        }
      }
    } else {
      IntList eps = epsByTarget.get(a);
      for (int i = 0; eps != null && i < eps.size(); i++) {
        int e = eps.get(i);
        update(tFrom.get(e), x, b, s.times(w, returned(a, x, tW.get(e))), COMBINE, t, e);
      }
    }
  }

  /** The weight {@code b} of a segment that returns to state {@code mid} with γ″ below it. */
  private W returned(int mid, int g, W b) {
    if (transformers.isEmpty()) {
      return b;
    }
    UnaryOperator<W> h = transformers.get(WeightedPushdownSystem.key(mid, g));
    return h == null ? b : h.apply(b);
  }

  private int midState(int p, int g) {
    long k = WeightedPushdownSystem.key(p, g);
    Integer m = midStates.get(k);
    if (m == null) {
      m = newState("q_" + stateNames.get(p) + "_" + symbolName(g));
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
      long k = WeightedPushdownSystem.key(a, x);
      IntList steps = pds.stepByRhs.get(k);
      for (int i = 0; steps != null && i < steps.size(); i++) {
        int r = steps.get(i);
        update(pds.rFrom[r], pds.rFromSym[r], b, s.times(weight(r), w), r, t, -1);
      }
      IntList pushes = pds.pushByRhsFirst.get(k);
      for (int i = 0; pushes != null && i < pushes.size(); i++) {
        int r = pushes.get(i);
        W head = s.times(weight(r), onReturn(r).apply(w));
        IntList t2s = byFromSym.get(WeightedPushdownSystem.key(b, pds.rTo2[r]));
        for (int j = 0; t2s != null && j < t2s.size(); j++) {
          int t2 = t2s.get(j);
          update(pds.rFrom[r], pds.rFromSym[r], tTo.get(t2), s.times(head, tW.get(t2)), r, t, t2);
        }
      }
    }
    IntList seconds = pds.pushBySecond.get(x);
    for (int i = 0; seconds != null && i < seconds.size(); i++) {
      int r = seconds.get(i);
      IntList t1s = byFromSym.get(WeightedPushdownSystem.key(pds.rTo[r], pds.rTo1[r]));
      for (int j = 0; t1s != null && j < t1s.size(); j++) {
        int t1 = t1s.get(j);
        if (tTo.get(t1) == a) {
          W v = s.times(s.times(weight(r), onReturn(r).apply(tW.get(t1))), w);
          update(pds.rFrom[r], pds.rFromSym[r], b, v, r, t1, t);
        }
      }
    }
  }

  /** The transition (from, sym, to), or -1. */
  int find(int from, int sym, int to) {
    IntList l = byFromSym.get(WeightedPushdownSystem.key(from, sym));
    for (int i = 0; l != null && i < l.size(); i++) {
      if (tTo.get(l.get(i)) == to) {
        return l.get(i);
      }
    }
    return -1;
  }

  private void update(int from, int sym, int to, W w, int rule, int a1, int a2) {
    if (s.isZero(w)) {
      return;
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
      byFromSym.computeIfAbsent(WeightedPushdownSystem.key(from, sym), k -> new IntList(2)).add(t);
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
