package org.pathsum.wpds;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Assertions;
import org.pathsum.semiring.GenKill;
import org.pathsum.semiring.Semiring;

/** Seeded random pushdown systems for tests. */
final class RandomSystems {

  private RandomSystems() {}

  static final String[] STATES = {"p", "q", "r"};
  static final String[] SYMBOLS = {"a", "b", "c"};

  static <W> WeightedPushdownSystem<W> random(
      Semiring<W> s, SplittableRandom rnd, int ruleCount, Function<SplittableRandom, W> weight) {
    WeightedPushdownSystem.Builder<W> b = WeightedPushdownSystem.builder(s);
    for (int i = 0; i < ruleCount; i++) {
      String p = STATES[rnd.nextInt(STATES.length)];
      String g = SYMBOLS[rnd.nextInt(SYMBOLS.length)];
      String q = STATES[rnd.nextInt(STATES.length)];
      int kind = rnd.nextInt(10);
      W w = weight.apply(rnd);
      if (kind < 3) {
        b.pop(p, g, q, w);
      } else if (kind < 7) {
        b.step(p, g, q, SYMBOLS[rnd.nextInt(SYMBOLS.length)], w);
      } else {
        b.push(p, g, q, SYMBOLS[rnd.nextInt(SYMBOLS.length)], SYMBOLS[rnd.nextInt(SYMBOLS.length)], w);
      }
    }
    return b.build();
  }

  static GenKill genKill(SplittableRandom rnd, int width) {
    BitSet gen = new BitSet();
    BitSet kill = new BitSet();
    for (int i = 0; i < width; i++) {
      int k = rnd.nextInt(4);
      if (k == 0) {
        gen.set(i);
      } else if (k == 1) {
        kill.set(i);
      }
    }
    return GenKill.of(gen, kill);
  }

  /** Whether every name of {@code c} appears in a rule of {@code pds}. */
  static boolean knows(WeightedPushdownSystem<?> pds, Configuration c) {
    return pds.controlStates().contains(c.state()) && pds.stackSymbols().containsAll(c.stack());
  }

  /**
   * The configurations of {@link #configurations(int)} that {@code pds} knows; asserts on the way
   * that {@code a} refuses each of the others (and its witness query too, when selective).
   */
  static <W> List<Configuration> configurations(
      WeightedPushdownSystem<W> pds, WeightedAutomaton<W> a, int max) {
    List<Configuration> known = new ArrayList<>();
    for (Configuration c : configurations(max)) {
      if (knows(pds, c)) {
        known.add(c);
      } else {
        Assertions.assertThrows(IllegalArgumentException.class, () -> a.value(c), c.toString());
      }
    }
    return known;
  }

  /** Every configuration over the test alphabet with a stack of at most {@code max} symbols. */
  static List<Configuration> configurations(int max) {
    List<Configuration> out = new ArrayList<>();
    List<List<String>> stacks = new ArrayList<>();
    stacks.add(List.of());
    for (int len = 1; len <= max; len++) {
      List<List<String>> more = new ArrayList<>();
      for (List<String> st : stacks) {
        if (st.size() == len - 1) {
          for (String g : SYMBOLS) {
            List<String> n = new ArrayList<>(st);
            n.add(g);
            more.add(n);
          }
        }
      }
      stacks.addAll(more);
    }
    for (String p : STATES) {
      for (List<String> st : stacks) {
        out.add(Configuration.of(p, st));
      }
    }
    return out;
  }
}
