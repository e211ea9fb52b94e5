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
    assertEquals(Double.POSITIVE_INFINITY, post.value(Configuration.parse("<zz, f>")));
    WeightedAutomaton<Double> pre = pds.preStar(Configuration.parse("<p, end>"));
    assertEquals(3.5, pre.value(Configuration.parse("<p, main>")));
    assertEquals(2.5, pre.value(Configuration.parse("<p, f ret>")));
    Witness<Double> w = post.witness(Configuration.parse("<p, end>")).orElseThrow();
    assertEquals(List.of(0, 1, 2), w.rules().stream().map(Rule::index).toList());
    assertEquals(Configuration.parse("<p, main>"), w.from());
  }

  @Test
  void postStarAgreesWithDijkstraOverBoundedStacks() {
    for (long seed = 1; seed <= 150; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      WeightedPushdownSystem<Double> pds =
          RandomSystems.random(Semirings.tropical(), rnd, 4 + rnd.nextInt(8), r -> (double) r.nextInt(6));
      Configuration start = Configuration.of("p", "a");
      WeightedAutomaton<Double> post = pds.postStar(start);
      Map<Configuration, Double> oracle = BoundedConfigurationSearch.dijkstra(pds, start, 9);
      for (Configuration c : RandomSystems.configurations(3)) {
        double expected = oracle.getOrDefault(c, Double.POSITIVE_INFINITY);
        assertEquals(expected, post.value(c), "seed " + seed + " at " + c + " in " + pds.rules());
        if (expected < Double.POSITIVE_INFINITY) {
          Witness<Double> w = post.witness(c).orElseThrow();
          assertEquals(start, w.from(), "seed " + seed);
          assertEquals(expected, replay(pds.semiring(), w), "seed " + seed + " witness for " + c);
        }
      }
    }
  }

  @Test
  void preStarWitnessesReplayToTheTarget() {
    for (long seed = 1; seed <= 100; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      WeightedPushdownSystem<Double> pds =
          RandomSystems.random(Semirings.tropical(), rnd, 4 + rnd.nextInt(8), r -> (double) r.nextInt(6));
      Configuration target = Configuration.of("q", "b");
      WeightedAutomaton<Double> pre = pds.preStar(target);
      for (Configuration c : RandomSystems.configurations(2)) {
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
  }

  /**
   * Gen/kill weights do not commute: post* from c₀ and pre* to c₁ must give the same value for
   * (c₀, c₁), and both must match a search over configurations; likewise over the reversed
   * semiring, where the value is the product in the opposite order.
   */
  @Test
  void postStarAndPreStarAgreeOnNonCommutativeWeights() {
    Semiring<GenKill> forward = Semirings.genKillUnion(WIDTH);
    for (Semiring<GenKill> s : List.of(forward, forward.reversed())) {
      for (long seed = 1; seed <= 30; seed++) {
        SplittableRandom rnd = new SplittableRandom(seed);
        WeightedPushdownSystem<GenKill> pds =
            RandomSystems.random(s, rnd, 4 + rnd.nextInt(7), r -> RandomSystems.genKill(r, WIDTH));
        Configuration start = Configuration.of("p", "a");
        WeightedAutomaton<GenKill> post = pds.postStar(start);
        Map<Configuration, GenKill> oracle = BoundedConfigurationSearch.from(pds, start, 8);
        for (Configuration c : RandomSystems.configurations(2)) {
          GenKill expected = oracle.getOrDefault(c, GenKill.zero());
          assertEquals(expected, post.value(c), s.name() + " seed " + seed + " post* at " + c);
          assertEquals(
              expected,
              pds.preStar(c).value(start),
              s.name() + " seed " + seed + " pre* from " + start + " to " + c);
        }
      }
    }
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
    for (long seed = 1; seed <= 80; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      WeightedPushdownSystem<GenKill> pds =
          RandomSystems.random(
              Semirings.genKillUnion(WIDTH), rnd, 5 + rnd.nextInt(6), r -> RandomSystems.genKill(r, WIDTH));
      Semiring<GenKill> s = pds.semiring();
      WeightedAutomaton<GenKill> post = pds.postStar(Configuration.of("p", "a"));
      List<Configuration> some = RandomSystems.configurations(2).subList(0, 10);
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
  void parsesConfigurationsAndRulesWithColumns() {
    assertEquals(Configuration.of("p", "a", "b"), Configuration.parse(" <p, a  b> "));
    assertEquals(Configuration.of("p"), Configuration.parse("<p>"));
    ConfigurationSyntaxException e =
        assertThrows(ConfigurationSyntaxException.class, () -> Configuration.parse("<p, a"));
    assertEquals(6, e.column());
    Rule.Text t = Rule.Text.parse("<p, g> -> <q, h1 h2> 3.5");
    assertEquals("3.5", t.weightText());
    assertEquals(22, t.weightColumn());
    ConfigurationSyntaxException three =
        assertThrows(ConfigurationSyntaxException.class, () -> Rule.Text.parse("<p, g> -> <q, a b c>"));
    assertEquals(11, three.column());
    assertTrue(
        assertThrows(ConfigurationSyntaxException.class, () -> Rule.Text.parse("<p, g> <q>")).column()
            == 8);
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
