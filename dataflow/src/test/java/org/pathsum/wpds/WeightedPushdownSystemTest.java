package org.pathsum.wpds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.GenKill;
import org.pathsum.semiring.MissingSemiringPropertyException;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;
import org.pathsum.semiring.Semirings;
import org.pathsum.wpds.WeightedAutomaton.Witness;
import org.pathsum.wpds.WeightedPushdownSystem.Rule;
import org.pathsum.wpds.WeightedPushdownSystem.UnboundedWeightException;

class WeightedPushdownSystemTest {

  private static final int WIDTH = 4;

  @Test
  void callAndReturnExample() {
    WeightedPushdownSystem<Double> pds =
        WeightedPushdownSystem.builder(Semirings.tropical())
            .push("p", "main", "p", "f", "ret", 1.0)
            .pop("p", "f", "p", 2.0)
            .step("p", "ret", "p", "end", 0.5)
            .build();
    WeightedAutomaton<Double> post = pds.postStar(Configuration.parse("<p, main>"));
    assertEquals(3.5, post.value(Configuration.parse("<p, end>")));
    assertEquals(1.0, post.value(Configuration.parse("<p, f ret>")));
    assertEquals(0.0, post.value(Configuration.parse("<p, main>")));
    assertEquals(Double.POSITIVE_INFINITY, post.value(Configuration.parse("<p, f>")));
    assertThrows(IllegalArgumentException.class, () -> post.value(Configuration.parse("<zz, f>")));
    WeightedAutomaton<Double> pre = pds.preStar(Configuration.parse("<p, end>"));
    assertEquals(3.5, pre.value(Configuration.parse("<p, main>")));
    assertEquals(2.5, pre.value(Configuration.parse("<p, f ret>")));
    Witness<Double> w = post.witness(Configuration.parse("<p, end>")).orElseThrow();
    assertEquals(List.of(0, 1, 2), w.rules().stream().map(Rule::index).toList());
    assertEquals(Configuration.parse("<p, main>"), w.from());
  }

  /**
   * A name no rule mentions is refused everywhere a configuration is given; a configuration whose
   * names all appear in rules is accepted even where no rule starts (its value is then 1̄ to itself).
   */
  @Test
  void namesThatNoRuleMentionsAreRefused() {
    WeightedPushdownSystem<Double> pds =
        WeightedPushdownSystem.builder(Semirings.tropical())
            .push("p", "main", "p", "f", "ret", 1.0)
            .pop("p", "f", "p", 2.0)
            .step("p", "ret", "p", "end", 0.5)
            .build();
    for (Configuration bad :
        List.of(Configuration.of("q", "main"), Configuration.of("p", "mian"), Configuration.of("q"))) {
      assertThrows(IllegalArgumentException.class, () -> pds.postStar(bad), bad.toString());
      assertThrows(IllegalArgumentException.class, () -> pds.preStar(bad), bad.toString());
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> pds.postStar(RegularConfigurations.withTop("p", "zz")));
    WeightedAutomaton<Double> post = pds.postStar(Configuration.of("p", "main"));
    Configuration typo = Configuration.of("p", "end", "zz");
    assertThrows(IllegalArgumentException.class, () -> post.value(typo));
    assertThrows(IllegalArgumentException.class, () -> post.witness(typo));
    assertThrows(IllegalArgumentException.class, () -> post.valueWithTop("p", "zz"));
    assertThrows(IllegalArgumentException.class, () -> post.valueWithTop("zz", "main"));
    assertThrows(IllegalArgumentException.class, () -> post.value(RegularConfigurations.of(typo)));
    // "end" only appears on a right-hand side, and <p> has no stack: both are configurations.
    WeightedAutomaton<Double> fromEnd = pds.postStar(Configuration.of("p", "end"));
    assertEquals(0.0, fromEnd.value(Configuration.of("p", "end")));
    assertEquals(Double.POSITIVE_INFINITY, fromEnd.value(Configuration.of("p", "main")));
    assertEquals(4.0, pds.preStar(Configuration.of("p")).value(Configuration.of("p", "f", "f")));
    RegularConfigurations endOrEmpty =
        RegularConfigurations.builder()
            .control("p")
            .transition("p", "end", "x")
            .transition("x", RegularConfigurations.ANY, "x")
            .accept("x")
            .accept("p")
            .build();
    assertEquals(3.5, post.value(endOrEmpty));
  }

  @Test
  void postStarAgreesWithDijkstraOverBoundedStacks() {
    int solved = 0;
    for (long seed = 1; seed <= 150; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      WeightedPushdownSystem<Double> pds =
          RandomSystems.random(Semirings.tropical(), rnd, 4 + rnd.nextInt(8), r -> (double) r.nextInt(6));
      Configuration start = Configuration.of("p", "a");
      if (!RandomSystems.knows(pds, start)) {
        assertThrows(IllegalArgumentException.class, () -> pds.postStar(start), "seed " + seed);
        continue;
      }
      solved++;
      WeightedAutomaton<Double> post = pds.postStar(start);
      Map<Configuration, Double> oracle = BoundedConfigurationSearch.dijkstra(pds, start, 9);
      for (Configuration c : RandomSystems.configurations(pds, post, 3)) {
        double expected = oracle.getOrDefault(c, Double.POSITIVE_INFINITY);
        assertEquals(expected, post.value(c), "seed " + seed + " at " + c + " in " + pds.rules());
        if (expected < Double.POSITIVE_INFINITY) {
          Witness<Double> w = post.witness(c).orElseThrow();
          assertEquals(start, w.from(), "seed " + seed);
          assertEquals(expected, replay(pds.semiring(), w), "seed " + seed + " witness for " + c);
        }
      }
    }
    assertTrue(solved >= 120, "only " + solved + " of 150 systems name <p, a>");
  }

  @Test
  void preStarWitnessesReplayToTheTarget() {
    int solved = 0;
    for (long seed = 1; seed <= 100; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      WeightedPushdownSystem<Double> pds =
          RandomSystems.random(Semirings.tropical(), rnd, 4 + rnd.nextInt(8), r -> (double) r.nextInt(6));
      Configuration target = Configuration.of("q", "b");
      if (!RandomSystems.knows(pds, target)) {
        assertThrows(IllegalArgumentException.class, () -> pds.preStar(target), "seed " + seed);
        continue;
      }
      solved++;
      WeightedAutomaton<Double> pre = pds.preStar(target);
      for (Configuration c : RandomSystems.configurations(pds, pre, 2)) {
        double v = pre.value(c);
        double expected =
            BoundedConfigurationSearch.dijkstra(pds, c, 9)
                .getOrDefault(target, Double.POSITIVE_INFINITY);
        assertEquals(expected, v, "seed " + seed + " from " + c);
        if (v < Double.POSITIVE_INFINITY) {
          Witness<Double> w = pre.witness(c).orElseThrow();
          assertEquals(target, w.to());
          assertEquals(v, replay(pds.semiring(), w), "seed " + seed);
        }
      }
    }
    assertTrue(solved >= 80, "only " + solved + " of 100 systems name <q, b>");
  }

  /**
   * Gen/kill weights do not commute: post* from c₀ and pre* to c₁ must give the same value for
   * (c₀, c₁), and both must match a search over configurations; likewise over the reversed
   * semiring, where the value is the product in the opposite order.
   */
  @Test
  void postStarAndPreStarAgreeOnNonCommutativeWeights() {
    int solved = 0;
    Semiring<GenKill> forward = Semirings.genKillUnion(WIDTH);
    for (Semiring<GenKill> s : List.of(forward, forward.reversed())) {
      for (long seed = 1; seed <= 30; seed++) {
        SplittableRandom rnd = new SplittableRandom(seed);
        WeightedPushdownSystem<GenKill> pds =
            RandomSystems.random(s, rnd, 4 + rnd.nextInt(7), r -> RandomSystems.genKill(r, WIDTH));
        Configuration start = Configuration.of("p", "a");
        if (!RandomSystems.knows(pds, start)) {
          continue;
        }
        solved++;
        WeightedAutomaton<GenKill> post = pds.postStar(start);
        Map<Configuration, GenKill> oracle = BoundedConfigurationSearch.from(pds, start, 8);
        for (Configuration c : RandomSystems.configurations(pds, post, 2)) {
          GenKill expected = oracle.getOrDefault(c, GenKill.zero());
          assertEquals(expected, post.value(c), s.name() + " seed " + seed + " post* at " + c);
          assertEquals(
              expected,
              pds.preStar(c).value(start),
              s.name() + " seed " + seed + " pre* from " + start + " to " + c);
        }
      }
    }
    assertTrue(solved >= 45, "only " + solved + " of 60 systems name <p, a>");
  }

  @Test
  void reversedSemiringGivesTheMirroredProduct() {
    // One path <p,a> -> <p,b> -> <p,c> with f then g: forward value f⊗g, reversed g⊗f.
    Semiring<GenKill> s = Semirings.genKillUnion(2);
    GenKill f = gk(new int[] {0}, new int[] {});
    GenKill g = gk(new int[] {}, new int[] {0});
    for (Semiring<GenKill> sr : List.of(s, s.reversed())) {
      WeightedPushdownSystem<GenKill> pds =
          WeightedPushdownSystem.builder(sr).step("p", "a", "p", "b", f).step("p", "b", "p", "c", g).build();
      GenKill expected = sr == s ? s.times(f, g) : s.times(g, f);
      assertEquals(expected, pds.postStar(Configuration.of("p", "a")).value(Configuration.of("p", "c")));
      assertEquals(expected, pds.preStar(Configuration.of("p", "c")).value(Configuration.of("p", "a")));
    }
  }

  @Test
  void regularSetValuesAreSumsOfTheirMembers() {
    int solved = 0;
    for (long seed = 1; seed <= 80; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      WeightedPushdownSystem<GenKill> pds =
          RandomSystems.random(
              Semirings.genKillUnion(WIDTH), rnd, 5 + rnd.nextInt(6), r -> RandomSystems.genKill(r, WIDTH));
      Semiring<GenKill> s = pds.semiring();
      if (!RandomSystems.knows(pds, Configuration.of("p", "a"))
          || !RandomSystems.knows(pds, Configuration.of("q", "b"))) {
        continue;
      }
      solved++;
      WeightedAutomaton<GenKill> post = pds.postStar(Configuration.of("p", "a"));
      List<Configuration> some = RandomSystems.configurations(pds, post, 2);
      some = some.subList(0, Math.min(10, some.size()));
      GenKill sum = s.zero();
      for (Configuration c : some) {
        sum = s.plus(sum, post.value(c));
      }
      assertEquals(sum, post.value(RegularConfigurations.of(some)), "seed " + seed);
      // <q, b Γ*> is at least the sum over its members with short stacks, and equals the search's
      // sum over all the configurations it reaches (the oracle's bound 8 is ample here).
      Map<Configuration, GenKill> oracle =
          BoundedConfigurationSearch.from(pds, Configuration.of("p", "a"), 8);
      GenKill top = s.zero();
      for (Map.Entry<Configuration, GenKill> e : oracle.entrySet()) {
        if (e.getKey().state().equals("q")
            && !e.getKey().stack().isEmpty()
            && e.getKey().stack().get(0).equals("b")) {
          top = s.plus(top, e.getValue());
        }
      }
      assertEquals(top, post.valueWithTop("q", "b"), "seed " + seed);
      assertEquals(top, post.value(RegularConfigurations.withTop("q", "b")), "seed " + seed);
    }
    assertTrue(solved >= 60, "only " + solved + " of 80 systems name <p, a> and <q, b>");
  }

  @Test
  void returnTransformerAppliesToMatchedSegmentsOnly() {
    // Bits: 0 "local", 1 "static". The callee kills both; h keeps only the static part.
    Semiring<GenKill> s = Semirings.genKillUnion(2);
    GenKill genBoth = gk(new int[] {0, 1}, new int[] {});
    GenKill killBoth = gk(new int[] {}, new int[] {0, 1});
    BitSet staticBits = new BitSet();
    staticBits.set(1);
    java.util.function.UnaryOperator<GenKill> h =
        w -> {
          if (w.isZero()) {
            return w;
          }
          BitSet gen = w.gen();
          gen.and(staticBits);
          BitSet kill = w.kill();
          kill.and(staticBits);
          return GenKill.of(gen, kill);
        };
    WeightedPushdownSystem<GenKill> pds =
        WeightedPushdownSystem.builder(s)
            .step("p", "start", "p", "call", genBoth)
            .push("p", "call", "p", "entry", "ret", s.one(), h)
            .step("p", "entry", "p", "exit", killBoth)
            .pop("p", "exit", "p", s.one())
            .build();
    WeightedAutomaton<GenKill> post = pds.postStar(Configuration.of("p", "start"));
    // After the return: the local survives (gen 0), the static was killed.
    assertEquals(gk(new int[] {0}, new int[] {1}), post.value(Configuration.of("p", "ret")));
    // Inside the callee (unmatched push): no transformer.
    assertEquals(gk(new int[] {}, new int[] {0, 1}), post.value(Configuration.of("p", "exit", "ret")));
    WeightedAutomaton<GenKill> pre = pds.preStar(Configuration.of("p", "ret"));
    assertEquals(gk(new int[] {0}, new int[] {1}), pre.value(Configuration.of("p", "start")));
  }

  @Test
  void refusesSemiringsAndWeightsWithoutABound() {
    MissingSemiringPropertyException e =
        assertThrows(
            MissingSemiringPropertyException.class,
            () -> WeightedPushdownSystem.builder(Semirings.real()));
    assertEquals(SemiringProperty.IDEMPOTENT_PLUS, e.missingProperty());
    assertThrows(
        MissingSemiringPropertyException.class,
        () -> WeightedPushdownSystem.builder(Semirings.counting()));
    UnboundedWeightException u =
        assertThrows(
            UnboundedWeightException.class,
            () -> WeightedPushdownSystem.builder(Semirings.tropical()).step("p", "a", "p", "a", -1.0));
    assertEquals(-1.0, u.rule().weight());
    assertThrows(
        UnboundedWeightException.class,
        () -> WeightedPushdownSystem.builder(Semirings.maxPlus()).pop("p", "a", "p", 2.0));
    WeightedPushdownSystem<GenKill> gk =
        WeightedPushdownSystem.builder(Semirings.genKillUnion(2)).pop("p", "a", "p", GenKill.identity()).build();
    assertThrows(
        MissingSemiringPropertyException.class,
        () -> gk.postStar(Configuration.of("p", "a")).witness(Configuration.of("p")));
  }

  @Test
  void deepRecursionDoesNotGrowTheJavaStack() {
    int n = 200_000;
    WeightedPushdownSystem.Builder<Double> b = WeightedPushdownSystem.builder(Semirings.tropical());
    for (int i = 0; i < n; i++) {
      b.push("p", "s" + i, "p", "s" + (i + 1), "r" + i, 1.0);
      b.pop("p", "r" + i, "p", 0.0);
    }
    b.pop("p", "s" + n, "p", 0.0);
    WeightedPushdownSystem<Double> pds = b.build();
    WeightedAutomaton<Double> post = pds.postStar(Configuration.of("p", "s0"));
    assertEquals((double) n, post.value(Configuration.of("p")));
    Witness<Double> w = post.witness(Configuration.of("p")).orElseThrow();
    assertEquals(2 * n + 1, w.rules().size());
    assertEquals((double) n, pds.preStar(Configuration.of("p")).value(Configuration.of("p", "s0")));
  }

  @Test
  void parsesConfigurationsWithColumns() {
    assertEquals(Configuration.of("p", "a", "b"), Configuration.parse(" <p, a  b> "));
    assertEquals(Configuration.of("p"), Configuration.parse("<p>"));
    assertEquals("<p, a b>", Configuration.parse("<p,a\tb>").toString());
    Configuration.SyntaxException e =
        assertThrows(Configuration.SyntaxException.class, () -> Configuration.parse("<p, a"));
    assertEquals(6, e.column());
    assertEquals(1, assertThrows(Configuration.SyntaxException.class, () -> Configuration.parse("p")).column());
    assertEquals(
        5, assertThrows(Configuration.SyntaxException.class, () -> Configuration.parse("<p> x")).column());
    assertEquals(
        4, assertThrows(Configuration.SyntaxException.class, () -> Configuration.parse("<p,>")).column());
  }

  private static GenKill gk(int[] gen, int[] kill) {
    BitSet g = new BitSet();
    BitSet k = new BitSet();
    for (int i : gen) {
      g.set(i);
    }
    for (int i : kill) {
      k.set(i);
    }
    return GenKill.of(g, k);
  }

  /** The weight of a witness, recomputed by applying its rules (no return transformers). */
  private static <W> W replay(Semiring<W> s, Witness<W> w) {
    Configuration c = w.from();
    W total = s.one();
    for (Rule<W> r : w.rules()) {
      c = c.apply(r);
      total = s.times(total, r.weight());
    }
    assertEquals(w.to(), c);
    return total;
  }
}
