package org.pathsum.semiring;

import java.util.List;
import java.util.Objects;

/**
 * One failure of a {@link SemiringLaw} found by {@link SemiringLawChecker}: the law, the operands
 * (a, b, c in the law's {@linkplain SemiringLaw#formula() formula}, as many as it uses) and the
 * values of its two sides. Immutable.
 *
 * @param <W> the weight type
 */
public final class LawViolation<W> {

  private final SemiringLaw law;
  private final List<W> operands;
  private final W left;
  private final W right;

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

  /** E.g. {@code PLUS_COMMUTATIVE [a ⊕ b ≡ b ⊕ a] for [1.0, 2.0]: left -1.0, right 1.0}. */
  @Override
  public String toString() {
    return law + " [" + law.formula() + "] for " + operands + ": left " + left + ", right " + right;
  }
}
