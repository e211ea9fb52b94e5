package org.pathsum.wpds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;
import org.pathsum.semiring.Semirings;
import org.pathsum.wpds.WeightedAutomaton.UpdateBoundException;
import org.pathsum.wpds.WeightedAutomaton.WeightOverflowException;

/**
 * Saturation ends on every input: semirings that break the contract (written here, on purpose)
 * are stopped by the update bound, and weights that leave the semiring's range are refused rather
 * than dropped. Each adversary would run forever without the bound; the timeouts are far above
 * the time the refusals take, so a regression fails instead of hanging the build.
 */
class SaturationRefusalTest {

  /** A semiring from its parts; equality is exact ({@link Object#equals}). */
  private record Algebra<W>(
      String name,
      W zero,
      W one,
      java.util.function.BinaryOperator<W> plus,
      java.util.function.BinaryOperator<W> times,
      Set<SemiringProperty> properties)
      implements Semiring<W> {
    @Override
    public W plus(W a, W b) {
      return plus.apply(a, b);
    }

    @Override
    public W times(W a, W b) {
      return times.apply(a, b);
    }
  }

  /** Counting (ℕ, +, ×) that claims an idempotent, bounded ⊕ it does not have. */
  private static final Semiring<BigInteger> LYING_COUNTING =
      new Algebra<>(
          "lying-counting",
          BigInteger.ZERO,
          BigInteger.ONE,
          BigInteger::add,
          BigInteger::multiply,
          Set.of(SemiringProperty.IDEMPOTENT_PLUS, SemiringProperty.BOUNDED));

  /** Tropical (min, +) on doubles that claims to be bounded although weights may be negative. */
  private static final Semiring<Double> LYING_TROPICAL =
      new Algebra<>(
          "lying-tropical",
          Double.POSITIVE_INFINITY,
          0.0,
          Math::min,
          Double::sum,
          Set.of(SemiringProperty.IDEMPOTENT_PLUS, SemiringProperty.BOUNDED));

  /** A 2×2 matrix over (min, +); +∞ is "no entry". */
  private record Mat(double a, double b, double c, double d) {
    Mat times(Mat o) {
      return new Mat(
          Math.min(a + o.a, b + o.c),
          Math.min(a + o.b, b + o.d),
          Math.min(c + o.a, d + o.c),
          Math.min(c + o.b, d + o.d));
    }

    Mat plus(Mat o) {
      return new Mat(Math.min(a, o.a), Math.min(b, o.b), Math.min(c, o.c), Math.min(d, o.d));
    }
  }

  private static final double INF = Double.POSITIVE_INFINITY;

  /**
   * 2×2 matrices over (min, +): an honest semiring with an idempotent ⊕ and a non-commutative ⊗,
   * which declares nothing more. Each rule weight below passes the per-rule test {@code w ⊕ w⊗w =
   * w}, but their product improves without end.
   */
  private static final Semiring<Mat> MIN_PLUS_MATRICES =
      new Algebra<>(
          "min-plus-2x2",
          new Mat(INF, INF, INF, INF),
          new Mat(0, INF, INF, 0),
          Mat::plus,
          Mat::times,
          Set.of(SemiringProperty.IDEMPOTENT_PLUS));

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aPlusThatIsNotIdempotentHitsTheBound() {
    WeightedPushdownSystem<BigInteger> pds =
        WeightedPushdownSystem.builder(LYING_COUNTING)
            .updateBound(2_000)
            .step("p", "a", "p", "a", BigInteger.ONE)
            .step("p", "a", "p", "b", BigInteger.ONE)
            .build();
    UpdateBoundException post =
        assertThrows(UpdateBoundException.class, () -> pds.postStar(Configuration.of("p", "a")));
    assertEquals(2_000, post.bound());
    assertEquals(pds.rules().get(0), post.rule().orElseThrow());
    assertTrue(post.transition().startsWith("(p, a, "), post.transition());
    UpdateBoundException pre =
        assertThrows(UpdateBoundException.class, () -> pds.preStar(Configuration.of("p", "b")));
    assertEquals(2_000, pre.bound());
    assertEquals(pds.rules().get(0), pre.rule().orElseThrow());
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aProductOfRulesWhosePowersNeverStabilizeHitsTheDefaultBound() {
    Mat a = new Mat(0, -1, INF, 0);
    Mat b = new Mat(0, INF, -1, 0);
    Semiring<Mat> s = MIN_PLUS_MATRICES;
    // The per-rule test passes for each weight, and the product does not commute ...
    assertEquals(a, s.plus(a, s.times(a, a)));
    assertEquals(b, s.plus(b, s.times(b, b)));
    assertFalse(s.times(a, b).equals(s.times(b, a)));
    // ... but AB ⊕ (AB)(AB) ≠ AB: the loop a -> b -> a improves forever.
    Mat ab = s.times(a, b);
    assertFalse(ab.equals(s.plus(ab, s.times(ab, ab))));
    WeightedPushdownSystem<Mat> pds =
        WeightedPushdownSystem.builder(s)
            .step("p", "a", "p", "b", a)
            .step("p", "b", "p", "a", b)
            .build();
    assertEquals(WeightedPushdownSystem.DEFAULT_UPDATE_BOUND, pds.updateBound());
    UpdateBoundException post =
        assertThrows(UpdateBoundException.class, () -> pds.postStar(Configuration.of("p", "a")));
    assertEquals(WeightedPushdownSystem.DEFAULT_UPDATE_BOUND, post.bound());
    assertTrue(pds.rules().contains(post.rule().orElseThrow()));
    UpdateBoundException pre =
        assertThrows(UpdateBoundException.class, () -> pds.preStar(Configuration.of("p", "a")));
    assertEquals(WeightedPushdownSystem.DEFAULT_UPDATE_BOUND, pre.bound());
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aReturnTransformerThatGrowsHitsTheDefaultBound() {
    // main calls f, f returns at once, the return site calls f again; each return subtracts 1.
    Function<WeightedPushdownSystem.Builder<Double>, WeightedPushdownSystem<Double>> build =
        b ->
            b.push("p", "m", "p", "f", "r", 0.0, w -> w - 1)
                .pop("p", "f", "p", 0.0)
                .step("p", "r", "p", "m", 0.0)
                .build();
    WeightedPushdownSystem<Double> pds = build.apply(WeightedPushdownSystem.builder(Semirings.tropical()));
    assertTrue(pds.rules().get(0).hasReturnTransformer());
    UpdateBoundException post =
        assertThrows(UpdateBoundException.class, () -> pds.postStar(Configuration.of("p", "m")));
    assertEquals(WeightedPushdownSystem.DEFAULT_UPDATE_BOUND, post.bound());
    assertTrue(post.rule().isPresent());
    UpdateBoundException pre =
        assertThrows(UpdateBoundException.class, () -> pds.preStar(Configuration.of("p", "r")));
    assertEquals(WeightedPushdownSystem.DEFAULT_UPDATE_BOUND, pre.bound());
    // A lower bound stops it sooner, with that bound as the evidence.
    WeightedPushdownSystem<Double> low =
        build.apply(WeightedPushdownSystem.builder(Semirings.tropical()).updateBound(10));
    assertEquals(
        10,
        assertThrows(UpdateBoundException.class, () -> low.postStar(Configuration.of("p", "m")))
            .bound());
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aSemiringThatClaimsToBeBoundedIsStillStopped() {
    // BOUNDED skips the per-rule test, so a negative loop is accepted by the builder.
    WeightedPushdownSystem<Double> pds =
        WeightedPushdownSystem.builder(LYING_TROPICAL).step("p", "a", "p", "a", -1.0).build();
    UpdateBoundException e =
        assertThrows(UpdateBoundException.class, () -> pds.postStar(Configuration.of("p", "a")));
    assertEquals(pds.rules().get(0), e.rule().orElseThrow());
    assertEquals(WeightedPushdownSystem.DEFAULT_UPDATE_BOUND, e.bound());
  }

  @Test
  void theBoundMustBePositive() {
    WeightedPushdownSystem.Builder<Double> b = WeightedPushdownSystem.builder(Semirings.tropical());
    assertThrows(IllegalArgumentException.class, () -> b.updateBound(0));
    assertThrows(IllegalArgumentException.class, () -> b.updateBound(-5));
    assertEquals(7, b.updateBound(7).step("p", "a", "p", "b", 1.0).build().updateBound());
  }

  @Test
  void honestSystemsStayFarBelowTheBound() {
    // With the bound at 1 a transition's weight may change once: enough for boolean weights.
    WeightedPushdownSystem<Boolean> pds =
        WeightedPushdownSystem.builder(Semirings.booleans())
            .updateBound(1)
            .push("p", "a", "p", "b", "a", true)
            .step("p", "b", "p", "a", true)
            .pop("p", "b", "p", true)
            .pop("p", "a", "p", true)
            .build();
    assertTrue(pds.postStar(Configuration.of("p", "a")).value(Configuration.of("p", "a", "a")));
    assertTrue(pds.preStar(Configuration.of("p")).value(Configuration.of("p", "b", "a")));
  }

  @Test
  void tropicalOverflowIsRefusedNotDroppedInBothDirections() {
    WeightedPushdownSystem<Double> pds =
        WeightedPushdownSystem.builder(Semirings.tropical())
            .step("p", "a", "p", "b", 1e308)
            .step("p", "b", "p", "c", 1e308)
            .build();
    WeightOverflowException post =
        assertThrows(WeightOverflowException.class, () -> pds.postStar(Configuration.of("p", "a")));
    assertEquals(pds.rules().get(1), post.rule().orElseThrow());
    assertTrue(post.transition().startsWith("(p, b, "), post.transition());
    WeightOverflowException pre =
        assertThrows(WeightOverflowException.class, () -> pds.preStar(Configuration.of("p", "c")));
    assertEquals(pds.rules().get(0), pre.rule().orElseThrow());
  }

  @Test
  void viterbiUnderflowAndMaxPlusOverflowAreRefused() {
    WeightedPushdownSystem<Double> viterbi =
        WeightedPushdownSystem.builder(Semirings.viterbi())
            .step("p", "a", "p", "b", 1e-200)
            .step("p", "b", "p", "c", 1e-200)
            .build();
    assertThrows(WeightOverflowException.class, () -> viterbi.postStar(Configuration.of("p", "a")));
    assertThrows(WeightOverflowException.class, () -> viterbi.preStar(Configuration.of("p", "c")));
    WeightedPushdownSystem<Double> maxPlus =
        WeightedPushdownSystem.builder(Semirings.maxPlus())
            .push("p", "a", "p", "b", "b", -1e308)
            .pop("p", "b", "p", -1e308)
            .build();
    assertThrows(WeightOverflowException.class, () -> maxPlus.postStar(Configuration.of("p", "a")));
    assertThrows(WeightOverflowException.class, () -> maxPlus.preStar(Configuration.of("p")));
  }

  @Test
  void anArithmeticExceptionFromTheSemiringIsRefusedWithItsCause() {
    Semiring<Long> exactTropical =
        new Algebra<>(
            "exact-tropical",
            Long.MAX_VALUE,
            0L,
            Math::min,
            (x, y) -> x == Long.MAX_VALUE || y == Long.MAX_VALUE ? Long.MAX_VALUE : Math.addExact(x, y),
            Set.of(SemiringProperty.IDEMPOTENT_PLUS));
    long big = Long.MAX_VALUE / 3 + 1; // two of them fit, three do not
    WeightedPushdownSystem<Long> pds =
        WeightedPushdownSystem.builder(exactTropical)
            .step("p", "a", "p", "b", big)
            .step("p", "b", "p", "c", big)
            .step("p", "c", "p", "d", big)
            .build();
    WeightOverflowException e =
        assertThrows(WeightOverflowException.class, () -> pds.postStar(Configuration.of("p", "a")));
    assertInstanceOf(ArithmeticException.class, e.getCause());
    assertEquals(pds.rules().get(2), e.rule().orElseThrow());
    assertInstanceOf(
        ArithmeticException.class,
        assertThrows(WeightOverflowException.class, () -> pds.preStar(Configuration.of("p", "d")))
            .getCause());
    // A weight whose square overflows is left to saturation, which refuses only if it repeats.
    WeightedPushdownSystem<Long> once =
        WeightedPushdownSystem.builder(exactTropical).step("p", "a", "p", "b", Long.MAX_VALUE - 1).build();
    assertEquals(
        Long.MAX_VALUE - 1, once.postStar(Configuration.of("p", "a")).value(Configuration.of("p", "b")));
  }

  @Test
  void aValueQueryThatOverflowsIsRefused() {
    // Each transition is finite; the configuration <p, d c> reads two of them: 1e308 + 1e308.
    WeightedPushdownSystem<Double> pds =
        WeightedPushdownSystem.builder(Semirings.tropical())
            .push("p", "a", "p", "b", "c", 1e308)
            .step("p", "b", "p", "d", 1e308)
            .build();
    WeightedAutomaton<Double> post = pds.postStar(Configuration.of("p", "a"));
    assertEquals(1e308, post.value(Configuration.of("p", "b", "c")));
    WeightOverflowException e =
        assertThrows(WeightOverflowException.class, () -> post.value(Configuration.of("p", "d", "c")));
    assertTrue(e.rule().isEmpty());
    assertThrows(WeightOverflowException.class, () -> post.witness(Configuration.of("p", "d", "c")));
    assertThrows(WeightOverflowException.class, () -> post.valueWithTop("p", "d"));
  }

  @Test
  void aZeroRuleWeightOrATransformerThatCutsIsNotAnOverflow() {
    WeightedPushdownSystem<Double> pds =
        WeightedPushdownSystem.builder(Semirings.tropical())
            .step("p", "a", "p", "b", Double.POSITIVE_INFINITY)
            .push("p", "a", "p", "f", "r", 1.0, w -> Double.POSITIVE_INFINITY)
            .pop("p", "f", "p", 0.0)
            .build();
    WeightedAutomaton<Double> post = pds.postStar(Configuration.of("p", "a"));
    assertEquals(INF, post.value(Configuration.of("p", "b")));
    assertEquals(INF, post.value(Configuration.of("p", "r")));
    assertEquals(1.0, post.value(Configuration.of("p", "f", "r")));
  }

}
