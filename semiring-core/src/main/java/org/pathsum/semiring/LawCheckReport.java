package org.pathsum.semiring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a {@link SemiringLawChecker} run: the violations found, how many law instances were
 * checked, and how many could not be evaluated because an operation threw {@link
 * ArithmeticException} (counting overflow, a diverging star). Immutable.
 *
 * <p>Violations are listed real ones first: {@linkplain LawViolation.Kind#SUBSTANTIVE substantive}
 * failures, then differences by {@linkplain LawViolation.Kind#ROUNDING rounding} only, then those
 * only in the {@linkplain LawViolation.Kind#SIGNED_ZERO sign of a zero}; a floating-point semiring
 * compared exactly (a plain {@code +}/{@code ×} on {@code Double} without an {@link
 * Semiring#equivalent} override) shows the latter two by the hundred, and {@link #describe} says
 * how to compare with a tolerance instead.
 *
 * <p>To keep reports small, at most {@link #MAX_KEPT_PER_LAW} violations of each law and kind are
 * kept; {@link #violationCount(SemiringLaw)} still counts all of them.
 *
 * @param <W> the weight type
 */
public final class LawCheckReport<W> {

  /** How many violations of each law and kind a report keeps. */
  public static final int MAX_KEPT_PER_LAW = 100;

  private final String semiringName;
  private final ImmutableList<LawViolation<W>> violations;
  private final Map<SemiringLaw, Long> counts;
  private final Map<LawViolation.Kind, Long> kinds;
  private final long checked;
  private final long skipped;

  LawCheckReport(
      String semiringName,
      List<LawViolation<W>> violations,
      EnumMap<SemiringLaw, Long> counts,
      EnumMap<LawViolation.Kind, Long> kinds,
      long checked,
      long skipped) {
    this.semiringName = Objects.requireNonNull(semiringName, "semiringName");
    // real failures first; the sort is stable, so each kind stays in the order found
    this.violations =
        ImmutableList.sortedCopyOf(Comparator.comparing(LawViolation::kind), violations);
    this.counts = Maps.immutableEnumMap(counts);
    this.kinds = Maps.immutableEnumMap(kinds);
    this.checked = checked;
    this.skipped = skipped;
  }

  /** The {@link Semiring#name()} of the semiring checked. */
  public String semiringName() {
    return semiringName;
  }

  /** Whether no law instance failed. */
  public boolean isLawful() {
    return counts.isEmpty();
  }

  /**
   * The kept violations (at most {@link #MAX_KEPT_PER_LAW} per law and kind): substantive ones
   * first, then rounding, then signed zeros, each in the order found.
   */
  public List<LawViolation<W>> violations() {
    return violations;
  }

  /** The kept violations of one law. */
  public List<LawViolation<W>> violationsOf(SemiringLaw law) {
    Objects.requireNonNull(law, "law");
    return violations.stream().filter(v -> v.law() == law).collect(ImmutableList.toImmutableList());
  }

  /** How many instances of {@code law} failed, kept or not. */
  public long violationCount(SemiringLaw law) {
    return counts.getOrDefault(Objects.requireNonNull(law, "law"), 0L);
  }

  /** How many law instances failed with a difference of this kind, kept or not. */
  public long violationCount(LawViolation.Kind kind) {
    return kinds.getOrDefault(Objects.requireNonNull(kind, "kind"), 0L);
  }

  /** How many law instances failed in all. */
  public long totalViolations() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** How many law instances were evaluated. */
  public long checkedCount() {
    return checked;
  }

  /** How many law instances were skipped because an operation threw {@link ArithmeticException}. */
  public long skippedCount() {
    return skipped;
  }

  /**
   * A multi-line summary: the semiring, the counts, and up to {@code maxListed} kept violations.
   *
   * @param maxListed how many violations to list
   */
  public String describe(int maxListed) {
    StringBuilder sb = new StringBuilder();
    sb.append("semiring ").append(semiringName).append(": ").append(checked).append(" checks, ");
    sb.append(totalViolations()).append(" violations, ").append(skipped).append(" skipped");
    long rounding = violationCount(LawViolation.Kind.ROUNDING);
    long signedZero = violationCount(LawViolation.Kind.SIGNED_ZERO);
    if (rounding + signedZero > 0) {
      sb.append(" (")
          .append(violationCount(LawViolation.Kind.SUBSTANTIVE))
          .append(" substantive, ")
          .append(rounding)
          .append(" rounding only, ")
          .append(signedZero)
          .append(" only in the sign of zero)");
    }
    if (!counts.isEmpty()) {
      sb.append(" ").append(counts);
    }
    if (rounding + signedZero > 0) {
      sb.append(System.lineSeparator())
          .append(
              "Floating-point noise: compare within a tolerance with"
                  + " SemiringLawChecker.withTolerance(1e-9), or override Semiring.equivalent.");
    }
    violations.stream().limit(maxListed).forEach(v -> sb.append(System.lineSeparator()).append(v));
    if (violations.size() > maxListed) {
      sb.append(System.lineSeparator()).append("…");
    }
    return sb.toString();
  }

  /** {@link #describe} with up to 10 violations listed. */
  @Override
  public String toString() {
    return describe(10);
  }
}
