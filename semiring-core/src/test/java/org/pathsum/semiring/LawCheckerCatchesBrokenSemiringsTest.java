package org.pathsum.semiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.Sets;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The law checker reports deliberately broken semirings, naming the law and the operands. */
class LawCheckerCatchesBrokenSemiringsTest {

  /** A double semiring built from lambdas, for breaking one thing at a time. */
  private static class Broken implements DoubleSemiring {
    private final double zero;
    private final java.util.function.DoubleBinaryOperator plus;
    private final java.util.function.DoubleBinaryOperator times;
    private final Set<SemiringProperty> properties;

    Broken(
        double zero,
        java.util.function.DoubleBinaryOperator plus,
        java.util.function.DoubleBinaryOperator times,
        Set<SemiringProperty> properties) {
      this.zero = zero;
      this.plus = plus;
      this.times = times;
      this.properties = properties;
    }

    @Override
    public double zeroAsDouble() {
      return zero;
    }

    @Override
    public double oneAsDouble() {
      return zero == 0.0 ? 1.0 : 0.0;
    }

    @Override
    public double plusAsDouble(double a, double b) {
      return plus.applyAsDouble(a, b);
    }

    @Override
    public double timesAsDouble(double a, double b) {
      return times.applyAsDouble(a, b);
    }

    @Override
    public boolean equivalentAsDouble(double a, double b) {
      return FloatingPoint.relativelyClose(a, b, 1e-9);
    }

    @Override
    public Set<SemiringProperty> properties() {
      return properties;
    }

    @Override
    public String name() {
      return "broken";
    }
  }

  private static <W> boolean reports(
      LawCheckReport<W> report, SemiringLaw law, List<W> operands, W left, W right) {
    return report.violationsOf(law).contains(new LawViolation<>(law, operands, left, right));
  }

  @Test
  void realWhosePlusIsSubtraction() {
    Broken minus =
        new Broken(
            0.0, (a, b) -> a - b, (a, b) -> a * b, EnumSet.of(SemiringProperty.COMMUTATIVE_TIMES));
    LawCheckReport<Double> report =
        SemiringLawChecker.forSemiring(minus).withSamples(List.of(1.0, 2.0, 3.0)).check();

    assertFalse(report.isLawful());
    // 1 − 2 = −1 but 2 − 1 = 1
    assertTrue(
        reports(report, SemiringLaw.PLUS_COMMUTATIVE, List.of(1.0, 2.0), -1.0, 1.0),
        report::toString);
    // (1 − 2) − 3 = −4 but 1 − (2 − 3) = 2
    assertTrue(
        reports(report, SemiringLaw.PLUS_ASSOCIATIVE, List.of(1.0, 2.0, 3.0), -4.0, 2.0),
        report::toString);
    // 0 − 1 = −1 ≠ 1, while a − 0 = a holds
    assertTrue(
        reports(report, SemiringLaw.PLUS_LEFT_IDENTITY, List.of(1.0), -1.0, 1.0), report::toString);
    assertEquals(0, report.violationCount(SemiringLaw.PLUS_RIGHT_IDENTITY));
    // 2·(1 − 3) = −4 = 2·1 − 2·3: left distributivity survives subtraction
    assertEquals(0, report.violationCount(SemiringLaw.LEFT_DISTRIBUTIVE));
    assertEquals(0, report.violationCount(SemiringLaw.TIMES_ASSOCIATIVE));
    assertThrows(AssertionError.class, () -> SemiringLawChecker.forSemiring(minus).assertLaws());
  }

  @Test
  void tropicalWithAFiniteZeroDoesNotAnnihilate() {
    // a common bug: "infinity" spelled 1e9
    Broken finite =
        new Broken(
            1e9,
            Math::min,
            Double::sum,
            EnumSet.of(SemiringProperty.COMMUTATIVE_TIMES, SemiringProperty.IDEMPOTENT_PLUS));
    LawCheckReport<Double> report =
        SemiringLawChecker.forSemiring(finite).withSamples(List.of(2.0, 5.0)).check();

    assertTrue(
        reports(report, SemiringLaw.ZERO_LEFT_ANNIHILATES, List.of(2.0), 1e9 + 2, 1e9),
        report::toString);
    assertTrue(
        reports(report, SemiringLaw.ZERO_RIGHT_ANNIHILATES, List.of(5.0), 1e9 + 5, 1e9),
        report::toString);
    // min(1e9, a) = a for the samples: the identity laws hold
    assertEquals(0, report.violationCount(SemiringLaw.PLUS_LEFT_IDENTITY));
  }

  @Test
  void genKillFalselyDeclaringCommutativeTimes() {
    Set<SemiringProperty> lie =
        Sets.union(
            Semirings.genKillUnion(2).properties(), Set.of(SemiringProperty.COMMUTATIVE_TIMES));
    Semiring<GenKill> liar = new Relabeled<>(Semirings.genKillUnion(2), lie);
    GenKill gen0 = GenKill.of(bits(0), bits());
    GenKill kill0 = GenKill.of(bits(), bits(0));
    LawCheckReport<GenKill> report =
        SemiringLawChecker.forSemiring(liar).withSamples(List.of(gen0, kill0)).check();

    // gen0 then kill0 removes bit 0; kill0 then gen0 adds it
    assertTrue(
        reports(report, SemiringLaw.TIMES_COMMUTATIVE, List.of(gen0, kill0), kill0, gen0),
        report::toString);
    // a "commutative" semiring is its own reversal, so the reversal is wrong too
    assertTrue(
        reports(report, SemiringLaw.REVERSED_TIMES, List.of(gen0, kill0), kill0, gen0),
        report::toString);
    // nothing else is wrong
    assertEquals(
        report.totalViolations(),
        report.violationCount(SemiringLaw.TIMES_COMMUTATIVE)
            + report.violationCount(SemiringLaw.REVERSED_TIMES));
  }

  @Test
  void tropicalFalselyDeclaringBoundedAndProductFalselyDeclaringSelective() {
    Set<SemiringProperty> lie =
        Sets.union(Semirings.tropical().properties(), Set.of(SemiringProperty.BOUNDED));
    LawCheckReport<Double> bounded =
        SemiringLawChecker.forSemiring(new Relabeled<>(Semirings.tropical(), lie))
            .withSamples(List.of(-1.0, 4.0))
            .check();
    // min(0, −1) = −1 ≠ 0: a negative cycle improves the path
    assertTrue(reports(bounded, SemiringLaw.BOUNDED, List.of(-1.0), -1.0, 0.0), bounded::toString);
    assertEquals(1, bounded.totalViolations(), bounded::toString);

    Semiring<Pair<Double, Double>> product =
        Semirings.product(Semirings.tropical(), Semirings.tropical());
    assertFalse(product.has(SemiringProperty.SELECTIVE_PLUS));
    Set<SemiringProperty> selective =
        Sets.union(product.properties(), Set.of(SemiringProperty.SELECTIVE_PLUS));
    Pair<Double, Double> a = Pair.of(1.0, 2.0);
    Pair<Double, Double> b = Pair.of(2.0, 1.0);
    LawCheckReport<Pair<Double, Double>> report =
        SemiringLawChecker.forSemiring(new Relabeled<>(product, selective))
            .withSamples(List.of(a, b))
            .check();
    assertTrue(
        reports(report, SemiringLaw.PLUS_SELECTIVE, List.of(a, b), Pair.of(1.0, 1.0), a),
        report::toString);
  }

  @Test
  void wrongStarIsReported() {
    Semiring<Double> wrongStar =
        new Relabeled<>(Semirings.real(), Semirings.real().properties()) {
          @Override
          public Double star(Double a) {
            return 1.0 + a; // only the first two terms of the series
          }
        };
    LawCheckReport<Double> report =
        SemiringLawChecker.forSemiring(wrongStar).withSamples(List.of(0.5)).check();
    // 0.5* claimed 1.5, but 1 + 0.5·1.5 = 1.75
    assertTrue(
        reports(report, SemiringLaw.STAR_LEFT_UNFOLD, List.of(0.5), 1.5, 1.75), report::toString);
    assertTrue(
        reports(report, SemiringLaw.STAR_RIGHT_UNFOLD, List.of(0.5), 1.5, 1.75), report::toString);
  }

  @Test
  void lexicographicOverBottleneckFailsDistributivity() {
    // min(1, 2) = min(1, 3) = 1: ⊗ is not cancellative, so a tie appears on one side only
    Semiring<Pair<Double, Long>> lex =
        Semirings.lexicographic(Semirings.bottleneck(), Semirings.counting());
    Pair<Double, Long> x = Pair.of(1.0, 1L);
    Pair<Double, Long> y = Pair.of(2.0, 1L);
    Pair<Double, Long> z = Pair.of(3.0, 1L);
    LawCheckReport<Pair<Double, Long>> report =
        SemiringLawChecker.forSemiring(lex).withSamples(List.of(x, y, z)).check();
    // x ⊗ (y ⊕ z) = (1,1) ⊗ (3,1) = (1,1); (x ⊗ y) ⊕ (x ⊗ z) = (1,1) ⊕ (1,1) = (1,2)
    assertTrue(
        reports(report, SemiringLaw.LEFT_DISTRIBUTIVE, List.of(x, y, z), x, Pair.of(1.0, 2L)),
        report::toString);
    assertTrue(
        reports(report, SemiringLaw.RIGHT_DISTRIBUTIVE, List.of(y, z, x), x, Pair.of(1.0, 2L)),
        report::toString);
  }

  @Test
  void nonMemberSampleIsRejectedAndGeneratorNonMemberNamesTheSeed() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            SemiringLawChecker.forSemiring(Semirings.viterbi())
                .withSamples(List.of(0.5, 1.5))
                .check());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            SemiringLawChecker.forSemiring(Semirings.counting())
                .withGenerator(r -> -r.nextLong(1, 10))
                .withSeed(3)
                .check());
  }

  @Test
  void sameSeedSameReport() {
    Broken minus =
        new Broken(0.0, (a, b) -> a - b, (a, b) -> a * b, EnumSet.noneOf(SemiringProperty.class));
    SemiringLawChecker<Double> checker =
        SemiringLawChecker.forSemiring(minus)
            .withGenerator(r -> r.nextDouble(-1, 1))
            .withRandomTriples(50)
            .withSeed(99);
    assertEquals(checker.check().violations(), checker.check().violations(), "seed 99");
  }

  private static BitSet bits(int... indices) {
    BitSet b = new BitSet();
    for (int i : indices) {
      b.set(i);
    }
    return b;
  }

  /**
   * Declaring an arithmetic is a promise the checker holds the semiring to: max-plus that calls
   * itself min-plus, and real whose 1̄ is not the declared one, are reported with the law {@link
   * SemiringLaw#DECLARED_ARITHMETIC}; the shipped semirings keep their promises.
   */
  @Test
  void aFalselyDeclaredArithmeticIsReported() {
    DoubleSemiring maxPlusClaimingMinPlus =
        new Broken(
            Double.NEGATIVE_INFINITY,
            Math::max,
            Double::sum,
            EnumSet.of(SemiringProperty.COMMUTATIVE_TIMES, SemiringProperty.IDEMPOTENT_PLUS)) {
          @Override
          public Arithmetic arithmetic() {
            return Arithmetic.MIN_PLUS;
          }
        };
    LawCheckReport<Double> report =
        SemiringLawChecker.forSemiring(maxPlusClaimingMinPlus)
            .withSamples(List.of(-1.0, 2.0, 3.5))
            .check();
    assertTrue(report.violationCount(SemiringLaw.DECLARED_ARITHMETIC) > 0, report.describe(5));
    for (DoubleSemiring shipped :
        List.of(
            Semirings.real(),
            Semirings.log(),
            Semirings.tropical(),
            Semirings.maxPlus(),
            Semirings.viterbi(),
            Semirings.bottleneck())) {
      assertFalse(shipped.arithmetic() == DoubleSemiring.Arithmetic.UNSPECIFIED, shipped.name());
      LawCheckReport<Double> ok =
          SemiringLawChecker.forSemiring(shipped)
              .withSamples(List.of(0.25, 0.5, 1.0))
              .withGenerator(r -> shipped.arithmetic() == DoubleSemiring.Arithmetic.LOG_SUM_EXP
                  ? -r.nextDouble(0, 50) : r.nextDouble(0, 1))
              .check();
      assertEquals(0, ok.violationCount(SemiringLaw.DECLARED_ARITHMETIC), shipped.name());
    }
  }

  /** Viterbi tells 10⁻¹⁰ from 2·10⁻¹⁰: its tolerance is relative to the probabilities compared. */
  @Test
  void viterbiComparesSmallProbabilitiesRelatively() {
    DoubleSemiring viterbi = Semirings.viterbi();
    assertFalse(viterbi.equivalentAsDouble(1e-10, 2e-10));
    assertTrue(viterbi.equivalentAsDouble(1e-10, 1e-10 * (1 + 1e-12)));
    assertFalse(viterbi.equivalentAsDouble(0, 1e-300));
  }
}
