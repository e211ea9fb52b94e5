package org.pathsum.semiring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The values {@link ShippedSemiringLawsTest} leaves out really do break the laws, as the semirings'
 * Javadoc says: the exclusions hide documented limits, not bugs.
 */
class DocumentedLimitsTest {

  @Test
  void realInfinityBreaksAnnihilation() {
    double inf = Double.POSITIVE_INFINITY;
    LawCheckReport<Double> report =
        SemiringLawChecker.forSemiring(Semirings.real()).withSamples(List.of(inf)).check();
    // 0 × ∞ = NaN, which is not 0 and not even a member
    assertTrue(report.violationCount(SemiringLaw.ZERO_LEFT_ANNIHILATES) > 0, report::toString);
    assertTrue(report.violationCount(SemiringLaw.CLOSED) > 0, report::toString);
  }

  @Test
  void hugeMagnitudesOfBothSignsCancelBeyondTheTolerance() {
    // (1e300 + −1e300) + 1 = 1 but 1e300 + (−1e300 + 1) = 0
    for (DoubleSemiring s : List.of(Semirings.tropical(), Semirings.maxPlus(), Semirings.log())) {
      LawCheckReport<Double> report =
          SemiringLawChecker.forSemiring(s).withSamples(List.of(1e300, -1e300, 1.0)).check();
      assertTrue(
          report.violationsOf(SemiringLaw.TIMES_ASSOCIATIVE).stream()
              .anyMatch(v -> v.operands().equals(List.of(1e300, -1e300, 1.0))),
          () -> s.name() + ": " + report);
    }
    LawCheckReport<Double> real =
        SemiringLawChecker.forSemiring(Semirings.real())
            .withSamples(List.of(1e300, -1e300, 1.0))
            .check();
    assertTrue(real.violationCount(SemiringLaw.PLUS_ASSOCIATIVE) > 0, real::toString);
  }

  @Test
  void tropicalOverflowToInfinityBreaksAssociativity() {
    // (MAX + MAX) + (−MAX) = ∞ but MAX + (MAX − MAX) = MAX
    double max = Double.MAX_VALUE;
    LawCheckReport<Double> report =
        SemiringLawChecker.forSemiring(Semirings.tropical())
            .withSamples(List.of(max, -max))
            .check();
    assertTrue(report.violationCount(SemiringLaw.TIMES_ASSOCIATIVE) > 0, report::toString);
  }
}
