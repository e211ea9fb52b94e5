package org.pathsum.semiring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * The law evaluations behind {@link SemiringLawChecker}, accumulating a {@link LawCheckReport}. One
 * instance per run; not thread-safe.
 */
final class LawChecks<W> {

  private final Semiring<W> s;
  private final Semiring<W> reversed;
  private final BiPredicate<? super W, ? super W> exact;
  private final BiPredicate<? super W, ? super W> equivalence;
  private final boolean commutative;
  private final boolean idempotent;
  private final boolean selective;
  private final boolean bounded;
  private final boolean star;
  /** The declared arithmetic of a {@link DoubleSemiring}; null if none is declared. */
  private final DoubleSemiring.Arithmetic arithmetic;

  private final List<LawViolation<W>> kept = new ArrayList<>();
  private final EnumMap<SemiringLaw, Long> counts = new EnumMap<>(SemiringLaw.class);
  private final Map<List<Object>, Long> keptPerLawAndKind = new HashMap<>();
  private final EnumMap<LawViolation.Kind, Long> kinds = new EnumMap<>(LawViolation.Kind.class);
  private long checked;
  private long skipped;

  /**
   * @param exact the comparison of identities and annihilation
   * @param equivalence the comparison of every other law (by default the semiring's {@link
   *     Semiring#equivalent})
   */
  LawChecks(
      Semiring<W> semiring,
      BiPredicate<? super W, ? super W> exact,
      BiPredicate<? super W, ? super W> equivalence) {
    this.s = semiring;
    this.reversed = semiring.reversed();
    this.exact = exact;
    this.equivalence = equivalence;
    this.commutative = semiring.has(SemiringProperty.COMMUTATIVE_TIMES);
    this.selective = semiring.has(SemiringProperty.SELECTIVE_PLUS);
    this.idempotent = selective || semiring.has(SemiringProperty.IDEMPOTENT_PLUS);
    this.bounded = semiring.has(SemiringProperty.BOUNDED);
    this.star = semiring.has(SemiringProperty.STAR);
    DoubleSemiring.Arithmetic declared =
        semiring instanceof DoubleSemiring ? ((DoubleSemiring) semiring).arithmetic() : null;
    this.arithmetic = declared == DoubleSemiring.Arithmetic.UNSPECIFIED ? null : declared;
  }

  /** Checks that 0̄ and 1̄ are members; run once. */
  void constants() {
    member(List.of(), s.zero());
    member(List.of(), s.one());
    if (arithmetic != null) {
      declared(List.of(), s.zero(), arithmetic.zero(), true);
      declared(List.of(), s.one(), arithmetic.one(), true);
    }
  }

  /**
   * Checks one result against the declared arithmetic's ({@code W} is {@code Double} whenever an
   * arithmetic is declared).
   */
  @SuppressWarnings("unchecked")
  private void declared(List<W> ops, W actual, double reference, boolean exactly) {
    checked++;
    W expected = (W) (Double) reference;
    if (!(exactly ? exact.test(actual, expected) : equivalence.test(actual, expected))) {
      violation(SemiringLaw.DECLARED_ARITHMETIC, ops, actual, expected);
    }
  }

  /** The laws with one operand. */
  void unary(W a) {
    List<W> ops = List.of(a);
    evaluate(SemiringLaw.EQUIVALENCE_REFLEXIVE, ops, () -> a, () -> a, false);
    evaluate(SemiringLaw.PLUS_LEFT_IDENTITY, ops, () -> s.plus(s.zero(), a), () -> a, true);
    evaluate(SemiringLaw.PLUS_RIGHT_IDENTITY, ops, () -> s.plus(a, s.zero()), () -> a, true);
    evaluate(SemiringLaw.TIMES_LEFT_IDENTITY, ops, () -> s.times(s.one(), a), () -> a, true);
    evaluate(SemiringLaw.TIMES_RIGHT_IDENTITY, ops, () -> s.times(a, s.one()), () -> a, true);
    evaluate(SemiringLaw.ZERO_LEFT_ANNIHILATES, ops, () -> s.times(s.zero(), a), s::zero, true);
    evaluate(SemiringLaw.ZERO_RIGHT_ANNIHILATES, ops, () -> s.times(a, s.zero()), s::zero, true);
    if (idempotent) {
      evaluate(SemiringLaw.PLUS_IDEMPOTENT, ops, () -> s.plus(a, a), () -> a, false);
    }
    if (bounded) {
      evaluate(SemiringLaw.BOUNDED, ops, () -> s.plus(s.one(), a), s::one, false);
    }
    if (star) {
      starLaws(a);
    }
  }

  private void starLaws(W a) {
    W aStar;
    try {
      aStar = s.star(a);
    } catch (ArithmeticException diverges) {
      skipped += 2;
      return;
    }
    List<W> ops = List.of(a);
    evaluate(
        SemiringLaw.STAR_LEFT_UNFOLD,
        ops,
        () -> aStar,
        () -> s.plus(s.one(), s.times(a, aStar)),
        false);
    evaluate(
        SemiringLaw.STAR_RIGHT_UNFOLD,
        ops,
        () -> aStar,
        () -> s.plus(s.one(), s.times(aStar, a)),
        false);
  }

  /** The laws with two operands. */
  void binary(W a, W b) {
    List<W> ops = List.of(a, b);
    checked++;
    if (s.equivalent(a, b) != s.equivalent(b, a)) {
      violation(SemiringLaw.EQUIVALENCE_SYMMETRIC, ops, a, b);
    }
    W sum = attempt(() -> s.plus(a, b));
    W product = attempt(() -> s.times(a, b));
    if (sum != null) {
      member(ops, sum);
    }
    if (product != null) {
      member(ops, product);
    }
    if (arithmetic != null) {
      double x = (Double) a;
      double y = (Double) b;
      if (sum != null) {
        declared(
            ops, sum, arithmetic.plus(x, y), arithmetic != DoubleSemiring.Arithmetic.LOG_SUM_EXP);
      }
      if (product != null) {
        declared(ops, product, arithmetic.times(x, y), true);
      }
    }
    evaluate(SemiringLaw.PLUS_COMMUTATIVE, ops, () -> s.plus(a, b), () -> s.plus(b, a), false);
    if (commutative) {
      evaluate(SemiringLaw.TIMES_COMMUTATIVE, ops, () -> s.times(a, b), () -> s.times(b, a), false);
    }
    if (selective && sum != null) {
      checked++;
      if (!equivalence.test(sum, a) && !equivalence.test(sum, b)) {
        violation(SemiringLaw.PLUS_SELECTIVE, ops, sum, a);
      }
    }
    evaluate(
        SemiringLaw.REVERSED_TIMES, ops, () -> reversed.times(a, b), () -> s.times(b, a), false);
    evaluate(SemiringLaw.REVERSED_PLUS, ops, () -> reversed.plus(a, b), () -> s.plus(a, b), false);
  }

  /** The laws with three operands. */
  void ternary(W a, W b, W c) {
    List<W> ops = List.of(a, b, c);
    evaluate(
        SemiringLaw.PLUS_ASSOCIATIVE,
        ops,
        () -> s.plus(s.plus(a, b), c),
        () -> s.plus(a, s.plus(b, c)),
        false);
    evaluate(
        SemiringLaw.TIMES_ASSOCIATIVE,
        ops,
        () -> s.times(s.times(a, b), c),
        () -> s.times(a, s.times(b, c)),
        false);
    evaluate(
        SemiringLaw.LEFT_DISTRIBUTIVE,
        ops,
        () -> s.times(a, s.plus(b, c)),
        () -> s.plus(s.times(a, b), s.times(a, c)),
        false);
    evaluate(
        SemiringLaw.RIGHT_DISTRIBUTIVE,
        ops,
        () -> s.times(s.plus(a, b), c),
        () -> s.plus(s.times(a, c), s.times(b, c)),
        false);
  }

  LawCheckReport<W> report() {
    return new LawCheckReport<>(s.name(), kept, counts, kinds, checked, skipped);
  }

  /** Evaluates both sides; an {@link ArithmeticException} skips the instance. */
  private void evaluate(
      SemiringLaw law, List<W> ops, Supplier<W> leftSide, Supplier<W> rightSide, boolean exactly) {
    W left;
    W right;
    try {
      left = leftSide.get();
      right = rightSide.get();
    } catch (ArithmeticException notRepresentable) {
      skipped++;
      return;
    }
    checked++;
    boolean holds = exactly ? exact.test(left, right) : equivalence.test(left, right);
    if (!holds) {
      violation(law, ops, left, right);
    }
  }

  private W attempt(Supplier<W> op) {
    try {
      return op.get();
    } catch (ArithmeticException notRepresentable) {
      skipped++;
      return null;
    }
  }

  private void member(List<W> ops, W value) {
    checked++;
    if (!s.isMember(value)) {
      violation(SemiringLaw.CLOSED, ops, value, value);
    }
  }

  /**
   * Counts a violation and keeps it if fewer than {@link LawCheckReport#MAX_KEPT_PER_LAW} of its law
   * and kind are kept: a flood of signed-zero or rounding differences cannot crowd out a real one.
   */
  private void violation(SemiringLaw law, List<W> ops, W left, W right) {
    counts.merge(law, 1L, Long::sum);
    LawViolation<W> v = new LawViolation<>(law, ops, left, right);
    kinds.merge(v.kind(), 1L, Long::sum);
    long n = keptPerLawAndKind.merge(List.of(law, v.kind()), 1L, Long::sum);
    if (n <= LawCheckReport.MAX_KEPT_PER_LAW) {
      kept.add(v);
    }
  }
}
