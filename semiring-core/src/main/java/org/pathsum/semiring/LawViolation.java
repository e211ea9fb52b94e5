package org.pathsum.semiring;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * One failure of a {@link SemiringLaw} found by {@link SemiringLawChecker}: the law, the operands
 * (a, b, c in the law's {@linkplain SemiringLaw#formula() formula}, as many as it uses) and the
 * values of its two sides, and what {@linkplain Kind kind} of difference separates them. Immutable.
 *
 * @param <W> the weight type
 */
public final class LawViolation<W> {

  /**
   * How far apart the two sides of a failed law are, so that real failures can be told from the
   * noise of floating-point arithmetic. Compared leaf by leaf: {@code Double}s (also inside {@link
   * Pair}s) numerically, anything else with {@code equals}.
   */
  public enum Kind {
    /** The sides differ for real: a law that does not hold (listed first). */
    SUBSTANTIVE,
    /**
     * The sides differ only by rounding: every {@code double} within a relative {@link
     * Semirings#DEFAULT_TOLERANCE} of its counterpart. Compare with a tolerance ({@link
     * SemiringLawChecker#withTolerance}, or an {@link Semiring#equivalent} that allows one).
     */
    ROUNDING,
    /**
     * The sides are the same real numbers and differ only in the sign of a zero ({@code -0.0} vs
     * {@code 0.0}, e.g. {@code 0 × −2.5}); {@code Double.equals} tells them apart, arithmetic does
     * not (listed last).
     */
    SIGNED_ZERO;

    /** The kind of difference between {@code left} and {@code right}. */
    static Kind of(Object left, Object right) {
      boolean rounding = false;
      boolean signedZero = false;
      Deque<Object[]> pending = new ArrayDeque<>();
      pending.push(new Object[] {left, right});
      while (!pending.isEmpty()) {
        Object[] pair = pending.pop();
        Object a = pair[0];
        Object b = pair[1];
        if (a instanceof Pair<?, ?> p && b instanceof Pair<?, ?> q) {
          pending.push(new Object[] {p.first(), q.first()});
          pending.push(new Object[] {p.second(), q.second()});
        } else if (a instanceof Double x && b instanceof Double y) {
          if (x.equals(y)) {
            continue;
          }
          if (x.doubleValue() == y.doubleValue()) {
            signedZero = true;
          } else if (FloatingPoint.relativelyClose(x, y, Semirings.DEFAULT_TOLERANCE)) {
            rounding = true;
          } else {
            return SUBSTANTIVE;
          }
        } else if (!Objects.equals(a, b)) {
          return SUBSTANTIVE;
        }
      }
      return rounding ? ROUNDING : signedZero ? SIGNED_ZERO : SUBSTANTIVE;
    }
  }

  private final SemiringLaw law;
  private final List<W> operands;
  private final W left;
  private final W right;
  private final Kind kind;

  /**
   * @param law the law that failed
   * @param operands the operands, in the order of the law's formula; may be empty (e.g. for 0̄ not
   *     being a member)
   * @param left the value of the formula's left side
   * @param right the value of the formula's right side
   */
  public LawViolation(SemiringLaw law, List<? extends W> operands, W left, W right) {
    this.law = Objects.requireNonNull(law, "law");
    this.operands = List.copyOf(operands);
    this.left = Objects.requireNonNull(left, "left");
    this.right = Objects.requireNonNull(right, "right");
    this.kind = Kind.of(left, right);
  }

  /** How far apart the two sides are: a real failure, rounding, or only the sign of a zero. */
  public Kind kind() {
    return kind;
  }

  /** The law that failed. */
  public SemiringLaw law() {
    return law;
  }

  /** The operands a, b, c… of the law's formula, in order. Immutable. */
  public List<W> operands() {
    return operands;
  }

  /** The value of the left side of the law's formula. */
  public W left() {
    return left;
  }

  /** The value of the right side of the law's formula. */
  public W right() {
    return right;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LawViolation<?>)) {
      return false;
    }
    LawViolation<?> v = (LawViolation<?>) o;
    return law == v.law
        && operands.equals(v.operands)
        && left.equals(v.left)
        && right.equals(v.right);
  }

  @Override
  public int hashCode() {
    return Objects.hash(law, operands, left, right);
  }

  /**
   * E.g. {@code PLUS_COMMUTATIVE [a ⊕ b ≡ b ⊕ a] for [1.0, 2.0]: left -1.0, right 1.0}, followed by
   * {@code (rounding only)} or {@code (only the sign of zero)} for those kinds.
   */
  @Override
  public String toString() {
    String note =
        kind == Kind.ROUNDING
            ? " (rounding only)"
            : kind == Kind.SIGNED_ZERO ? " (only the sign of zero)" : "";
    return law
        + " ["
        + law.formula()
        + "] for "
        + operands
        + ": left "
        + left
        + ", right "
        + right
        + note;
  }
}
