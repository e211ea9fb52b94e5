package org.pathsum.semiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the public law checker on every shipped semiring with curated edge values and seeded random
 * triples, and asserts that no law fails.
 *
 * <p>What the samples exclude, and why: for real, ±∞ (0 × ∞ is NaN: annihilation fails, as its
 * Javadoc says) and huge magnitudes of opposite sign (1e300 − 1e300 + 1 cancels beyond any relative
 * tolerance); for tropical, max-plus and log, huge magnitudes of <em>both</em> signs (the same
 * cancellation in ⊗ = +) and sums beyond Double.MAX_VALUE (overflow). Edge values that are members
 * and lawful are included: ±0.0, the semiring's infinities, MIN_VALUE, MIN_NORMAL, one huge
 * magnitude.
 */
class ShippedSemiringLawsTest {

  private static final long SEED = 20261126L;

  private static <W> LawCheckReport<W> assertLawful(SemiringLawChecker<W> checker) {
    LawCheckReport<W> report = checker.withSeed(SEED).check();
    assertTrue(report.isLawful(), () -> "seed " + SEED + ": " + report.describe(20));
    assertTrue(report.checkedCount() > 1000, () -> "too few checks: " + report);
    return report;
  }

  @Test
  void real() {
    assertLawful(
        SemiringLawChecker.forSemiring(Semirings.real())
            .withSamples(
                List.of(
                    -0.0,
                    0.0,
                    1.0,
                    -1.0,
                    0.5,
                    -2.25,
                    3.0,
                    1e-3,
                    -1e3,
                    1e3,
                    Double.MIN_VALUE,
                    Double.MIN_NORMAL,
                    0.1))
            .withGenerator(r -> r.nextDouble(-10, 10)));
  }

  @Test
  void booleans() {
    assertLawful(
        SemiringLawChecker.forSemiring(Semirings.booleans())
            .withSamples(List.of(true, false))
            .withGenerator(r -> r.nextBoolean()));
  }

  @Test
  void tropical() {
    assertLawful(
        SemiringLawChecker.forSemiring(Semirings.tropical())
            .withSamples(
                List.of(
                    -0.0,
                    0.0,
                    Double.POSITIVE_INFINITY,
                    1.0,
                    -1.0,
                    2.5,
                    -3.75,
                    1e300,
                    Double.MIN_VALUE,
                    Double.MIN_NORMAL,
                    1e6,
                    0.1))
            .withGenerator(
                r -> r.nextInt(10) == 0 ? Double.POSITIVE_INFINITY : r.nextDouble(-50, 50)));
  }

  @Test
  void maxPlus() {
    assertLawful(
        SemiringLawChecker.forSemiring(Semirings.maxPlus())
            .withSamples(
                List.of(
                    -0.0,
                    0.0,
                    Double.NEGATIVE_INFINITY,
                    1.0,
                    -1.0,
                    2.5,
                    -3.75,
                    -1e300,
                    -Double.MIN_VALUE,
                    Double.MIN_NORMAL,
                    -1e6,
                    0.1))
            .withGenerator(
                r -> r.nextInt(10) == 0 ? Double.NEGATIVE_INFINITY : r.nextDouble(-50, 50)));
  }

  @Test
  void counting() {
    LawCheckReport<Long> report =
        assertLawful(
            SemiringLawChecker.forSemiring(Semirings.counting())
                .withSamples(List.of(0L, 1L, 2L, 3L, 7L, 1000L, 1L << 31, 3_037_000_499L))
                .withGenerator(r -> r.nextLong(0, 1_000_000)));
    // products of the two big samples overflow: those instances are skipped, not wrapped
    assertTrue(report.skippedCount() > 0, report::toString);
  }

  @Test
  void bottleneck() {
    assertLawful(
        SemiringLawChecker.forSemiring(Semirings.bottleneck())
            .withSamples(
                List.of(
                    -0.0,
                    0.0,
                    Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY,
                    1.0,
                    -1.0,
                    Double.MIN_VALUE,
                    -Double.MAX_VALUE,
                    Double.MAX_VALUE,
                    42.0))
            .withGenerator(r -> (double) r.nextInt(-5, 6)));
  }

  @Test
  void viterbi() {
    assertLawful(
        SemiringLawChecker.forSemiring(Semirings.viterbi())
            .withSamples(
                List.of(
                    -0.0,
                    0.0,
                    1.0,
                    0.5,
                    0.25,
                    0.1,
                    0.999_999,
                    1e-300,
                    Double.MIN_VALUE,
                    Double.MIN_NORMAL))
            .withGenerator(r -> r.nextDouble()));
  }

  @Test
  void log() {
    assertLawful(
        SemiringLawChecker.forSemiring(Semirings.log())
            .withSamples(
                List.of(
                    -0.0,
                    0.0,
                    Double.NEGATIVE_INFINITY,
                    1.0,
                    -1.0,
                    700.0,
                    -700.0,
                    1e-10,
                    3.5,
                    -2.0,
                    Double.MIN_VALUE,
                    -Math.log(2)))
            .withGenerator(r -> r.nextDouble(-30, 30)));
  }

  @Test
  void genKillUnionAndIntersectionOnEveryFunctionOfWidthThree() {
    List<GenKill> all = allFunctions(3);
    assertEquals(27, all.size());
    for (Semiring<GenKill> s :
        List.of(Semirings.genKillUnion(3), Semirings.genKillIntersection(3))) {
      LawCheckReport<GenKill> report =
          assertLawful(SemiringLawChecker.forSemiring(s).withSamples(all));
      assertEquals(0, report.skippedCount(), s::name);
      assertLawful(SemiringLawChecker.forSemiring(s.reversed()).withSamples(all));
    }
  }

  @Test
  void symbolic() {
    SymbolicSum x = SymbolicSum.atom("x");
    SymbolicSum y = SymbolicSum.atom("y");
    SymbolicSum one = SymbolicSum.atom("1");
    List<SymbolicSum> samples =
        List.of(x, y, one, x.plus(y), x.times(y), y.times(x), x.plus(x), x.plus(SymbolicSum.one()));
    Semiring<SymbolicSum> s = Semirings.symbolic();
    assertLawful(SemiringLawChecker.forSemiring(s).withSamples(samples));
    assertLawful(SemiringLawChecker.forSemiring(s.reversed()).withSamples(samples));
  }

  @Test
  void productOfRealAndCountingAndOfTwoNonCommutativeSemirings() {
    List<Pair<Double, Long>> samples = new ArrayList<>();
    for (double a : new double[] {1.0, -2.5, 0.5, 3.0}) {
      for (long b : new long[] {0, 1, 4}) {
        samples.add(Pair.of(a, b));
      }
    }
    assertLawful(
        SemiringLawChecker.forSemiring(Semirings.product(Semirings.real(), Semirings.counting()))
            .withSamples(samples));

    List<Pair<GenKill, SymbolicSum>> mixed = new ArrayList<>();
    List<GenKill> functions = allFunctions(2);
    List<SymbolicSum> formulas =
        List.of(
            SymbolicSum.atom("a"),
            SymbolicSum.atom("b"),
            SymbolicSum.atom("a").plus(SymbolicSum.one()));
    for (int i = 0; i < functions.size(); i++) {
      mixed.add(Pair.of(functions.get(i), formulas.get(i % formulas.size())));
    }
    Semiring<Pair<GenKill, SymbolicSum>> product =
        Semirings.product(Semirings.genKillUnion(2), Semirings.symbolic());
    assertLawful(SemiringLawChecker.forSemiring(product).withSamples(mixed));
    assertLawful(SemiringLawChecker.forSemiring(product.reversed()).withSamples(mixed));
  }

  @Test
  void lexicographicOverCancellativeFirstComponents() {
    List<Pair<Double, Long>> distances = new ArrayList<>();
    for (double d : new double[] {-1.0, 0.0, 1.0, 2.0, 3.5}) {
      for (long n : new long[] {0, 1, 2, 5}) {
        distances.add(Pair.of(d, n));
      }
    }
    assertLawful(
        SemiringLawChecker.forSemiring(
                Semirings.lexicographic(Semirings.tropical(), Semirings.counting()))
            .withSamples(distances));
    assertLawful(
        SemiringLawChecker.forSemiring(
                Semirings.lexicographic(Semirings.maxPlus(), Semirings.counting()))
            .withSamples(distances));

    List<Pair<Double, GenKill>> witnesses = new ArrayList<>();
    List<GenKill> functions = allFunctions(2);
    for (int i = 0; i < functions.size(); i++) {
      witnesses.add(Pair.of((double) (i % 3), functions.get(i)));
    }
    Semiring<Pair<Double, GenKill>> lex =
        Semirings.lexicographic(Semirings.tropical(), Semirings.genKillUnion(2));
    assertLawful(SemiringLawChecker.forSemiring(lex).withSamples(witnesses));
    assertLawful(SemiringLawChecker.forSemiring(lex.reversed()).withSamples(witnesses));
  }

  /** Every gen/kill function over bits 0..width−1 in canonical form: 3^width of them. */
  static List<GenKill> allFunctions(int width) {
    List<GenKill> all = new ArrayList<>();
    int count = (int) Math.pow(3, width);
    for (int code = 0; code < count; code++) {
      BitSet gen = new BitSet();
      BitSet kill = new BitSet();
      int c = code;
      for (int bit = 0; bit < width; bit++, c /= 3) {
        if (c % 3 == 1) {
          gen.set(bit);
        } else if (c % 3 == 2) {
          kill.set(bit);
        }
      }
      all.add(GenKill.of(gen, kill));
    }
    return all;
  }
}
