package org.pathsum.wpds;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathsum.semiring.Semiring;

/**
 * The rules of a system as integers, indexed the ways saturation looks them up: by left-hand side,
 * steps and pushes by right-hand side, pushes by their second symbol, and the pops. Control states
 * and stack symbols are numbered in order of first mention; a name no rule mentions is refused by
 * {@link #requireKnown}. Immutable after construction.
 */
final class RuleIndex {

  final Map<String, Integer> stateIds;
  final Map<String, Integer> symbolIds;
  final List<String> stateNames;
  final List<String> symbolNames;
  // Rule i as ints; to1/to2 are -1 when absent.
  final int[] from;
  final int[] fromSym;
  final int[] to;
  final int[] to1;
  final int[] to2;
  final Map<Long, IntList> byLhs = new HashMap<>();
  final Map<Long, IntList> stepByRhs = new HashMap<>();
  final Map<Long, IntList> pushByRhsFirst = new HashMap<>();
  final Map<Integer, IntList> pushBySecond = new HashMap<>();
  final IntList pops = new IntList();

  RuleIndex(List<? extends WeightedPushdownSystem.Rule<?>> rules, Map<String, Integer> stateIds,
      Map<String, Integer> symbolIds) {
    this.stateIds = Map.copyOf(stateIds);
    this.symbolIds = Map.copyOf(symbolIds);
    this.stateNames = List.copyOf(stateIds.keySet());
    this.symbolNames = List.copyOf(symbolIds.keySet());
    int n = rules.size();
    from = new int[n];
    fromSym = new int[n];
    to = new int[n];
    to1 = new int[n];
    to2 = new int[n];
    for (int i = 0; i < n; i++) {
      WeightedPushdownSystem.Rule<?> r = rules.get(i);
      from[i] = stateIds.get(r.fromState());
      fromSym[i] = symbolIds.get(r.fromSymbol());
      to[i] = stateIds.get(r.toState());
      to1[i] = r.toStack().isEmpty() ? -1 : symbolIds.get(r.toStack().get(0));
      to2[i] = r.toStack().size() < 2 ? -1 : symbolIds.get(r.toStack().get(1));
      add(byLhs, key(from[i], fromSym[i]), i);
      if (to1[i] < 0) {
        pops.add(i);
      } else if (to2[i] < 0) {
        add(stepByRhs, key(to[i], to1[i]), i);
      } else {
        add(pushByRhsFirst, key(to[i], to1[i]), i);
        pushBySecond.computeIfAbsent(to2[i], k -> new IntList()).add(i);
      }
    }
  }

  private static void add(Map<Long, IntList> m, long key, int rule) {
    m.computeIfAbsent(key, k -> new IntList()).add(rule);
  }

  /** Refuses a configuration that names a state or symbol no rule mentions. */
  void requireKnown(Configuration c) {
    requireState(c.state(), c);
    for (String g : c.stack()) {
      requireSymbol(g, c);
    }
  }

  /** Refuses a regular set whose control states or transition labels no rule mentions. */
  void requireKnown(RegularConfigurations set) {
    for (String p : set.controlStates) {
      requireState(p, set);
    }
    for (String[] t : set.transitions) {
      if (!t[1].equals(RegularConfigurations.ANY)) {
        requireSymbol(t[1], set);
      }
    }
  }

  private void requireState(String p, Object in) {
    if (!stateIds.containsKey(p)) {
      throw new IllegalArgumentException(unknown("control state", p, in));
    }
  }

  private void requireSymbol(String g, Object in) {
    if (!symbolIds.containsKey(g)) {
      throw new IllegalArgumentException(unknown("stack symbol", g, in));
    }
  }

  private String unknown(String role, String name, Object in) {
    return in
        + ": "
        + role
        + " "
        + name
        + " appears in no rule of this system ("
        + from.length
        + " rules), so no rule can reach or leave it; check its spelling";
  }

  /**
   * Whether {@code w ⊕ (w ⊗ w) ≠ w}. A square that overflows decides nothing: such a rule is left
   * to saturation, which refuses the overflow if the rule ever repeats.
   */
  static <W> boolean improvesWhenRepeated(Semiring<W> semiring, W w) {
    W square;
    try {
      square = semiring.times(w, w);
      if (semiring.isZero(square) && !semiring.isZero(w)) {
        return false;
      }
      return !semiring.equivalent(semiring.plus(w, square), w);
    } catch (ArithmeticException e) {
      return false;
    }
  }

  /** One map key for a pair of ints. */
  static long key(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }
}
