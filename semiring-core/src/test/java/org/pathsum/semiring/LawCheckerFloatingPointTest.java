package org.pathsum.semiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A user's own floating-point semiring, written the plain way (a {@code Semiring<Double>} with
 * {@code +} and {@code ×} and no {@code equivalent} override): the law checker's documented way to
 * check it with a tolerance, and violations ordered so that real ones come before the noise.
 */
class LawCheckerFloatingPointTest {

  /** (ℝ, +, ×, 0, 1) as a user would write it; {@code bug} breaks ⊗-associativity for real. */
  private static Semiring<Double> plainReal(boolean bug) {
    return new Semiring<>() {
      @Override
      public Double zero() {
        return 0.0;
      }

      @Override
      public Double one() {
        return 1.0;
      }

      @Override
      public Double plus(Double a, Double b) {
        return a + b;
      }

      @Override
      public Double times(Double a, Double b) {
        // the bug: a product involving 3 is off by one
        return bug && (a == 3.0 || b == 3.0) ? a * b + 1 : a * b;
      }

      @Override
      public Set<SemiringProperty> properties() {
        return Set.of(SemiringProperty.COMMUTATIVE_TIMES);
      }

      @Override
      public String name() {
        return bug ? "buggy-real" : "plain-real";
      }
    };
  }

  private static final List<Double> SAMPLES = List.of(-2.5, -1.0, 0.1, 0.2, 0.3, 1e-3, 7.0, 1e6);

  @Test
  void exactComparisonReportsNoiseAndSaysHowToUseATolerance() {
    LawCheckReport<Double> report =
        SemiringLawChecker.forSemiring(plainReal(false)).withSamples(SAMPLES).check();
    assertFalse(report.isLawful(), "Double.equals sees rounding and signed zeros");
    assertEquals(0, report.violationCount(LawViolation.Kind.SUBSTANTIVE), report.toString());
    assertTrue(report.violationCount(LawViolation.Kind.SIGNED_ZERO) > 0, report.toString());
    assertTrue(report.violationCount(LawViolation.Kind.ROUNDING) > 0, report.toString());
    assertTrue(report.describe(5).contains("withTolerance"), report.describe(5));
  }

  @Test
  void withToleranceTheSameSemiringIsLawful() {
    LawCheckReport<Double> report =
        SemiringLawChecker.forSemiring(plainReal(false))
            .withSamples(SAMPLES)
            .withGenerator(rng -> rng.nextDouble(-10, 10))
            .withSeed(11)
            .withTolerance(1e-9)
            .assertLaws();
    assertTrue(report.checkedCount() > 1000, report.toString());
  }

  @Test
  void aToleranceDoesNotHideARealBug() {
    LawCheckReport<Double> tolerant =
        SemiringLawChecker.forSemiring(plainReal(true))
            .withSamples(List.of(3.0, 2.0, 0.5))
            .withTolerance(1e-9)
            .check();
    assertTrue(tolerant.violationCount(SemiringLaw.TIMES_ASSOCIATIVE) > 0, tolerant.toString());
  }

  @Test
  void realViolationsAreListedBeforeSignedZeroAndRoundingNoise() {
    // Exact comparison: the bug's violations are mixed with hundreds of noisy ones.
    LawCheckReport<Double> report =
        SemiringLawChecker.forSemiring(plainReal(true))
            .withSamples(List.of(3.0, -2.5, -1.0, 0.1, 0.2, 0.3, 1e-3))
            .check();
    List<LawViolation<Double>> listed = report.violations();
    assertTrue(report.violationCount(LawViolation.Kind.SUBSTANTIVE) > 0, report.toString());
    assertTrue(report.violationCount(LawViolation.Kind.SIGNED_ZERO) > 0, report.toString());
    assertEquals(LawViolation.Kind.SUBSTANTIVE, listed.get(0).kind(), report.toString());
    int last = 0;
    for (LawViolation<Double> v : listed) {
      assertTrue(v.kind().ordinal() >= last, () -> "ordered by kind: " + listed);
      last = v.kind().ordinal();
    }
    String firstLine = report.describe(1).lines().skip(2).findFirst().orElseThrow();
    assertFalse(firstLine.contains("sign of zero"), firstLine);
    assertTrue(firstLine.contains("3.0"), firstLine);
  }

  @Test
  void kindsAreClassifiedFromTheTwoSides() {
    assertEquals(LawViolation.Kind.SIGNED_ZERO, LawViolation.Kind.of(-0.0, 0.0));
    assertEquals(LawViolation.Kind.ROUNDING, LawViolation.Kind.of(0.1 + 0.2, 0.3));
    assertEquals(LawViolation.Kind.SUBSTANTIVE, LawViolation.Kind.of(1.0, 2.0));
    assertEquals(LawViolation.Kind.SUBSTANTIVE, LawViolation.Kind.of(3L, 4L));
    assertEquals(
        LawViolation.Kind.SIGNED_ZERO, LawViolation.Kind.of(Pair.of(-0.0, 1L), Pair.of(0.0, 1L)));
    assertEquals(
        LawViolation.Kind.SUBSTANTIVE, LawViolation.Kind.of(Pair.of(-0.0, 1L), Pair.of(0.0, 2L)));
    assertEquals(LawViolation.Kind.SUBSTANTIVE, LawViolation.Kind.of(Double.NaN, Double.NaN));
  }

  @Test
  void toleranceMustBeANonNegativeNumber() {
    SemiringLawChecker<Double> c = SemiringLawChecker.forSemiring(plainReal(false));
    assertThrows(IllegalArgumentException.class, () -> c.withTolerance(-1));
    assertThrows(IllegalArgumentException.class, () -> c.withTolerance(Double.NaN));
  }
}
