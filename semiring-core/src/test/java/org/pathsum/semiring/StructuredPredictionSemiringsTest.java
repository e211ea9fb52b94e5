package org.pathsum.semiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The semirings for exact counting and structured prediction: every law, the star law and the
 * declared properties by the public law checker, the stars against their series summed term by
 * term, the projections as homomorphisms, and the edge cases of each carrier.
 */
class StructuredPredictionSemiringsTest {

  private static final long SEED = 20261207L;

  private static <W> LawCheckReport<W> assertLawful(SemiringLawChecker<W> checker) {
    LawCheckReport<W> report = checker.withSeed(SEED).check();
    assertTrue(report.isLawful(), () -> "seed " + SEED + ": " + report.describe(20));
    assertTrue(report.checkedCount() > 1000, () -> "too few checks: " + report);
    return report;
  }

  // ---- exact counting

  @Test
  void exactCountingLaws() {
    BigInteger big = BigInteger.TWO.pow(100);
    LawCheckReport<BigInteger> report =
        assertLawful(
            SemiringLawChecker.forSemiring(Semirings.exactCounting())
                .withSamples(
                    List.of(
                        BigInteger.TWO,
                        BigInteger.valueOf(7),
                        BigInteger.valueOf(Long.MAX_VALUE),
                        big,
                        big.add(BigInteger.ONE)))
                .withGenerator(
                    r ->
                        BigInteger.valueOf(r.nextLong(0, Long.MAX_VALUE))
                            .shiftLeft(r.nextInt(80))));
    // nothing overflows, so nothing is skipped
    assertEquals(0, report.skippedCount());
  }

  @Test
  void exactCountingGoesPastLongWithoutWrapping() {
    Semiring<BigInteger> s = Semirings.exactCounting();
    BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
    assertEquals(new BigInteger("9223372036854775808"), s.plus(max, BigInteger.ONE));
    assertEquals(new BigInteger("85070591730234615847396907784232501249"), s.times(max, max));
    assertFalse(s.isMember(BigInteger.valueOf(-1)));
    assertTrue(s.isMember(BigInteger.ZERO));
    assertEquals(Set.of(SemiringProperty.COMMUTATIVE_TIMES), s.properties());
    assertThrows(MissingSemiringPropertyException.class, () -> s.star(BigInteger.ONE));
    assertEquals("exact-counting", s.name());
  }

  // ---- expectation

  private static Expectation randomExpectation(SplittableRandom r) {
    return Expectation.of(r.nextDouble(-0.95, 0.95), r.nextDouble(-10, 10));
  }

  @Test
  void expectationLawsIncludingTheStar() {
    LawCheckReport<Expectation> report =
        assertLawful(
            SemiringLawChecker.forSemiring(Semirings.expectation())
                .withSamples(
                    List.of(
                        Expectation.of(0.5, 1.0),
                        Expectation.of(-0.25, 3.0),
                        Expectation.of(0.0, 2.0), // a pure "cost" with no weight
                        Expectation.of(2.0, -1.5), // no star: skipped there
                        Expectation.of(-0.0, 0.0),
                        Expectation.of(1e-3, -1e3),
                        Expectation.of(0.9, 0.1)))
                .withGenerator(StructuredPredictionSemiringsTest::randomExpectation));
    assertTrue(report.skippedCount() > 0, "the star of p = 2 must be skipped, not checked");
  }

  @Test
  void expectationStarIsItsSeriesAndRefusesWhereTheSeriesDiverges() {
    Semiring<Expectation> s = Semirings.expectation();
    SplittableRandom r = new SplittableRandom(SEED);
    for (int i = 0; i < 200; i++) {
      Expectation a = Expectation.of(r.nextDouble(-0.8, 0.8), r.nextDouble(-5, 5));
      assertTrue(
          s.equivalent(series(s, a, 400), s.star(a)), () -> "seed " + SEED + ", a = " + a);
    }
    // p* = 2, r-part 2 · 3 · 2
    assertEquals(Expectation.of(2.0, 12.0), s.star(Expectation.of(0.5, 3.0)));
    for (double p : new double[] {1.0, -1.0, 2.0, Double.NaN}) {
      assertThrows(ArithmeticException.class, () -> s.star(Expectation.of(p, 0.0)));
    }
  }

  @Test
  void expectationCarrierAndValueType() {
    Semiring<Expectation> s = Semirings.expectation();
    assertEquals(Expectation.of(0.0, 0.0), Expectation.of(-0.0, -0.0));
    assertEquals(Expectation.of(0.0, 0.0).hashCode(), Expectation.of(-0.0, -0.0).hashCode());
    assertEquals(Expectation.of(Double.NaN, 1), Expectation.of(Double.NaN, 1));
    assertNotEquals(Expectation.of(1, 2), Expectation.of(2, 1));
    assertEquals("[0.5, 1.5]", Expectation.of(0.5, 1.5).toString());
    assertFalse(s.isMember(Expectation.of(Double.NaN, 0)));
    assertFalse(s.isMember(Expectation.of(1, Double.POSITIVE_INFINITY)));
    assertTrue(s.isZero(s.times(Expectation.of(0, 0), Expectation.of(-2, 5))));
    // ⟨0.5, 0.5·3⟩ ⊗ ⟨0.25, 0.25·4⟩: probability 0.125, cost 7
    Expectation path = s.times(Expectation.of(0.5, 1.5), Expectation.of(0.25, 1.0));
    assertEquals(0.125, path.p());
    assertEquals(7.0, path.r() / path.p());
    assertEquals(
        Set.of(SemiringProperty.COMMUTATIVE_TIMES, SemiringProperty.STAR), s.properties());
    assertEquals("expectation", s.name());
  }

  @Test
  void projectionsAreHomomorphismsWhoseStarsExistExactlyWhereTheirImagesDo() {
    assertHomomorphism(
        Semirings.expectation(),
        Semirings.real(),
        StructuredPredictionSemiringsTest::randomExpectation);
    assertHomomorphism(
        Semirings.secondOrder(),
        Semirings.real(),
        StructuredPredictionSemiringsTest::randomSecondOrder);
    assertHomomorphism(Semirings.kTropical(3), Semirings.tropical(), r -> randomKBest(r, 3, false));
    assertHomomorphism(Semirings.kMaxPlus(2), Semirings.maxPlus(), r -> randomKBest(r, 2, true));
  }

  @SuppressWarnings("unchecked")
  private static <W> void assertHomomorphism(
      Semiring<W> s, DoubleSemiring expected, Function<SplittableRandom, W> draw) {
    assertTrue(s instanceof ConvergenceProjection, s.name());
    ConvergenceProjection<W> h = (ConvergenceProjection<W>) s;
    DoubleSemiring d = h.projectedSemiring();
    assertEquals(expected, d, s.name());
    assertEquals(d.zeroAsDouble(), h.project(s.zero()), s.name());
    assertEquals(d.oneAsDouble(), h.project(s.one()), s.name());
    SplittableRandom r = new SplittableRandom(SEED);
    for (int i = 0; i < 500; i++) {
      W a = draw.apply(r);
      W b = draw.apply(r);
      assertTrue(
          d.equivalentAsDouble(
              h.project(s.plus(a, b)), d.plusAsDouble(h.project(a), h.project(b))),
          () -> s.name() + " " + a + " + " + b);
      assertTrue(
          d.equivalentAsDouble(
              h.project(s.times(a, b)), d.timesAsDouble(h.project(a), h.project(b))),
          () -> s.name() + " " + a + " * " + b);
      boolean starred = defined(() -> s.star(a));
      boolean projected = defined(() -> d.star(h.project(a)));
      assertEquals(projected, starred, () -> s.name() + " star of " + a);
    }
  }

  private static boolean defined(Runnable r) {
    try {
      r.run();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  /** 1̄ ⊕ a ⊕ a² ⊕ … ⊕ aⁿ, term by term. */
  private static <W> W series(Semiring<W> s, W a, int n) {
    W sum = s.one();
    W power = s.one();
    for (int i = 1; i <= n; i++) {
      power = s.times(power, a);
      sum = s.plus(sum, power);
    }
    return sum;
  }

  // ---- second order

  private static SecondOrder randomSecondOrder(SplittableRandom r) {
    return SecondOrder.of(
        r.nextDouble(-0.95, 0.95), r.nextDouble(-5, 5), r.nextDouble(-5, 5), r.nextDouble(-5, 5));
  }

  @Test
  void secondOrderLawsIncludingTheDerivedStar() {
    assertLawful(
        SemiringLawChecker.forSemiring(Semirings.secondOrder())
            .withSamples(
                List.of(
                    SecondOrder.of(0.5, 1, 2, 3),
                    SecondOrder.of(-0.5, 0, 1, -1),
                    SecondOrder.of(0, 1, 1, 1),
                    SecondOrder.of(3, 1, 0, 2),
                    SecondOrder.of(0.9, -2, 4, 0.5)))
            .withGenerator(StructuredPredictionSemiringsTest::randomSecondOrder));
  }

  @Test
  void secondOrderStarIsItsSeriesAndCarriesTheExpectationStar() {
    Semiring<SecondOrder> s = Semirings.secondOrder();
    Semiring<Expectation> e = Semirings.expectation();
    SplittableRandom r = new SplittableRandom(SEED);
    for (int i = 0; i < 200; i++) {
      SecondOrder a =
          SecondOrder.of(
              r.nextDouble(-0.8, 0.8),
              r.nextDouble(-3, 3),
              r.nextDouble(-3, 3),
              r.nextDouble(-3, 3));
      SecondOrder star = s.star(a);
      assertTrue(s.equivalent(series(s, a, 600), star), () -> "seed " + SEED + ", a = " + a);
      // ⟨p, r⟩ alone is an expectation weight
      Expectation pr = e.star(Expectation.of(a.p(), a.r()));
      assertEquals(pr.r(), star.r(), 1e-12 * Math.max(1, Math.abs(pr.r())));
    }
    assertThrows(ArithmeticException.class, () -> s.star(SecondOrder.of(1.5, 0, 0, 0)));
    assertEquals("[1.0, 2.0, 3.0, 4.0]", SecondOrder.of(1, 2, 3, 4).toString());
    assertEquals(SecondOrder.of(0, 0, 0, 0), SecondOrder.of(-0.0, 0, -0.0, 0));
    assertFalse(s.isMember(SecondOrder.of(0, 0, 0, Double.NaN)));
    assertEquals("second-order", s.name());
    assertEquals(
        Set.of(SemiringProperty.COMMUTATIVE_TIMES, SemiringProperty.STAR), s.properties());
  }

  // ---- k best

  private static KBest randomKBest(SplittableRandom r, int k, boolean max) {
    double[] w = new double[r.nextInt(k + 1)];
    for (int i = 0; i < w.length; i++) {
      // small integers and halves: ties are common, and sums are exact
      w[i] = r.nextInt(-2, 9) * (r.nextInt(4) == 0 ? 0.5 : 1.0);
    }
    Arrays.sort(w);
    if (max) {
      for (int i = 0; i < w.length / 2; i++) {
        double t = w[i];
        w[i] = w[w.length - 1 - i];
        w[w.length - 1 - i] = t;
      }
    }
    return KBest.of(w);
  }

  @Test
  void kTropicalAndKMaxPlusLawsIncludingTheStar() {
    for (int k : new int[] {1, 2, 3, 5}) {
      for (boolean max : new boolean[] {false, true}) {
        Semiring<KBest> s = max ? Semirings.kMaxPlus(k) : Semirings.kTropical(k);
        List<KBest> samples = new ArrayList<>();
        SplittableRandom r = new SplittableRandom(SEED + k);
        for (int i = 0; i < 12; i++) {
          samples.add(randomKBest(r, k, max));
        }
        samples.add(KBest.of(0.25));
        samples.add(KBest.of(max ? -0.1 : 0.1));
        int kk = k;
        LawCheckReport<KBest> report =
            assertLawful(
                SemiringLawChecker.forSemiring(s)
                    .withSamples(samples)
                    .withGenerator(g -> randomKBest(g, kk, max)));
        assertTrue(report.skippedCount() > 0, "improving weights have no star: skipped");
      }
    }
  }

  @Test
  void kBestKeepsTiesAndTheKBestSums() {
    Semiring<KBest> s = Semirings.kTropical(3);
    assertEquals(KBest.of(1, 1), s.plus(KBest.of(1), KBest.of(1)));
    assertEquals(KBest.of(1, 2, 3), s.plus(KBest.of(1, 3, 5), KBest.of(2, 4)));
    // pairwise sums 11 12 12 13 13 14: the three smallest
    assertEquals(KBest.of(11, 12, 12), s.times(KBest.of(1, 2, 3), KBest.of(10, 11)));
    assertEquals(KBest.of(), s.times(KBest.of(1, 2), s.zero()));
    Semiring<KBest> m = Semirings.kMaxPlus(2);
    assertEquals(KBest.of(23, 22), m.times(KBest.of(3, 2, 1), KBest.of(20, 19)));
    assertEquals(KBest.of(5, 5), m.plus(KBest.of(5), KBest.of(5, 4)));
    // neither idempotent nor selective
    assertNotEquals(KBest.of(1), s.plus(KBest.of(1), KBest.of(1)));
    assertEquals(
        Set.of(SemiringProperty.COMMUTATIVE_TIMES, SemiringProperty.STAR), s.properties());
    assertEquals("[1.0, 2.5]", KBest.of(1, 2.5).toString());
    assertEquals("[]", s.zero().toString());
    assertEquals("k-tropical", s.name());
    assertEquals("k-max-plus", m.name());
    assertEquals(Semirings.kTropical(3), s);
    assertNotEquals(Semirings.kTropical(2), s);
    assertNotEquals(Semirings.kMaxPlus(3), s);
  }

  @Test
  void kBestCarrier() {
    Semiring<KBest> s = Semirings.kTropical(2);
    assertTrue(s.isMember(KBest.of(1, 1)));
    assertFalse(s.isMember(KBest.of(2, 1)), "not best first");
    assertFalse(s.isMember(KBest.of(1, 2, 3)), "more than k");
    assertFalse(s.isMember(KBest.of(Double.POSITIVE_INFINITY)));
    assertFalse(s.isMember(KBest.of(Double.NaN)));
    assertTrue(Semirings.kMaxPlus(2).isMember(KBest.of(2, 1)));
    assertFalse(Semirings.kMaxPlus(2).isMember(KBest.of(1, 2)));
    assertThrows(IllegalArgumentException.class, () -> Semirings.kTropical(0));
    assertThrows(IllegalArgumentException.class, () -> Semirings.kMaxPlus(-3));
    KBest w = KBest.of(1, 2);
    double[] copy = w.toArray();
    copy[0] = 99;
    assertEquals(1.0, w.get(0));
    assertEquals(2, w.size());
    assertThrows(IndexOutOfBoundsException.class, () -> w.get(2));
    assertEquals(KBest.of(0.0), KBest.of(-0.0));
    assertEquals(KBest.of(0.0).hashCode(), KBest.of(-0.0).hashCode());
  }

  @Test
  void kBestStarIsTheSeriesWhereTheBestWeightDoesNotImprove() {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int k = 1; k <= 4; k++) {
      for (boolean max : new boolean[] {false, true}) {
        Semiring<KBest> s = max ? Semirings.kMaxPlus(k) : Semirings.kTropical(k);
        for (int i = 0; i < 100; i++) {
          KBest a = randomKBest(r, k, max);
          boolean improving = a.size() > 0 && (max ? a.get(0) > 0 : a.get(0) < 0);
          if (improving) {
            assertThrows(ArithmeticException.class, () -> s.star(a), a::toString);
          } else {
            // more powers than the star sums: the extra ones must not change the k best
            assertEquals(series(s, a, 2 * k + 2), s.star(a), a::toString);
          }
        }
      }
    }
    // a zero-weight cycle: k walks of weight 0
    assertEquals(KBest.of(0, 0, 0), Semirings.kTropical(3).star(KBest.of(0)));
    assertEquals(KBest.of(0, 2, 4), Semirings.kTropical(3).star(KBest.of(2)));
    assertEquals(KBest.of(0, -1), Semirings.kMaxPlus(2).star(KBest.of(-1, -5)));
  }

  // ---- provenance

  private static Polynomial randomPolynomial(SplittableRandom r) {
    String[] vars = {"a", "b", "c"};
    Polynomial p = Polynomial.constant(BigInteger.valueOf(r.nextInt(3)));
    for (int t = r.nextInt(3); t > 0; t--) {
      Polynomial m = Polynomial.constant(BigInteger.valueOf(r.nextInt(1, 4)));
      for (int f = r.nextInt(3); f > 0; f--) {
        m = m.times(Polynomial.variable(vars[r.nextInt(vars.length)]));
      }
      p = p.plus(m);
    }
    return p;
  }

  @Test
  void provenanceLaws() {
    Polynomial a = Polynomial.variable("a");
    Polynomial b = Polynomial.variable("b");
    assertLawful(
        SemiringLawChecker.forSemiring(Semirings.provenance())
            .withSamples(
                List.of(
                    a,
                    b,
                    a.plus(b),
                    a.times(a),
                    a.times(b).plus(Polynomial.constant(BigInteger.TWO)),
                    Polynomial.constant(BigInteger.valueOf(3))))
            .withGenerator(StructuredPredictionSemiringsTest::randomPolynomial)
            .withRandomTriples(300));
  }

  @Test
  void polynomialPrintsByDegreeThenText() {
    Polynomial a = Polynomial.variable("a");
    Polynomial b = Polynomial.variable("b");
    Polynomial c = Polynomial.variable("c");
    Polynomial two = Polynomial.constant(BigInteger.TWO);
    assertEquals("2*a*b + c^2", c.times(c).plus(b.times(a)).plus(a.times(b)).toString());
    assertEquals(
        "a^2*b + 3*c + 2",
        two.plus(c.times(Polynomial.constant(BigInteger.valueOf(3))))
            .plus(a.times(b).times(a))
            .toString());
    assertEquals("0", Semirings.provenance().zero().toString());
    assertEquals("1", Semirings.provenance().one().toString());
    assertEquals("0", a.times(Polynomial.constant(BigInteger.ZERO)).toString());
    assertEquals(a.times(b), b.times(a));
    assertEquals(a.plus(a), two.times(a));
    assertEquals(a.plus(a).hashCode(), two.times(a).hashCode());
    assertThrows(IllegalArgumentException.class, () -> Polynomial.variable(""));
    assertThrows(IllegalArgumentException.class, () -> Polynomial.variable("a*b"));
    assertThrows(IllegalArgumentException.class, () -> Polynomial.variable("a b"));
    assertThrows(
        IllegalArgumentException.class, () -> Polynomial.constant(BigInteger.valueOf(-1)));
    assertThrows(MissingSemiringPropertyException.class, () -> Semirings.provenance().star(a));
    assertEquals("provenance", Semirings.provenance().name());
    assertEquals(
        Set.of(SemiringProperty.COMMUTATIVE_TIMES), Semirings.provenance().properties());
  }

  @Test
  void polynomialEvaluatesInAnyCommutativeSemiring() {
    Polynomial a = Polynomial.variable("a");
    Polynomial b = Polynomial.variable("b");
    // 3·a²·b + 5
    Polynomial p =
        Polynomial.constant(BigInteger.valueOf(3))
            .times(a)
            .times(a)
            .times(b)
            .plus(Polynomial.constant(BigInteger.valueOf(5)));
    assertEquals(
        3 * 4.0 * 7.0 + 5, p.evaluate(Semirings.real(), x -> x.equals("a") ? 2.0 : 7.0));
    assertEquals(
        BigInteger.valueOf(8), p.evaluate(Semirings.exactCounting(), x -> BigInteger.ONE));
    // tropical: min(2a + b, 0), a constant being 1̄ = 0 however many times added
    assertEquals(0.0, p.evaluate(Semirings.tropical(), x -> 5.0));
    assertEquals(-3.0, p.evaluate(Semirings.tropical(), x -> -1.0));
    assertThrows(
        MissingSemiringPropertyException.class,
        () -> p.evaluate(Semirings.symbolic(), SymbolicSum::atom));
  }
}
