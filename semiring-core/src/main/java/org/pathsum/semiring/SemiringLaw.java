package org.pathsum.semiring;

/**
 * The laws {@link SemiringLawChecker} verifies: the semiring axioms of {@link Semiring} (checked on
 * every semiring), the law of each declared {@link SemiringProperty} (checked only when declared),
 * and the consistency of {@link Semiring#equivalent}, {@link Semiring#isMember} and {@link
 * Semiring#reversed}.
 *
 * <p>Laws marked <em>exact</em> compare with exact equality; the others with {@link
 * Semiring#equivalent}.
 */
public enum SemiringLaw {
  /** ≡ is reflexive: {@code a ≡ a}. */
  EQUIVALENCE_REFLEXIVE("a ≡ a"),
  /** ≡ is symmetric: {@code a ≡ b} exactly when {@code b ≡ a}. */
  EQUIVALENCE_SYMMETRIC("a ≡ b ⇔ b ≡ a"),
  /** 0̄, 1̄, {@code a ⊕ b} and {@code a ⊗ b} are members; both sides hold the offending value. */
  CLOSED("0̄, 1̄, a ⊕ b, a ⊗ b are members"),
  /** {@code (a ⊕ b) ⊕ c ≡ a ⊕ (b ⊕ c)}. */
  PLUS_ASSOCIATIVE("(a ⊕ b) ⊕ c ≡ a ⊕ (b ⊕ c)"),
  /** {@code a ⊕ b ≡ b ⊕ a}. */
  PLUS_COMMUTATIVE("a ⊕ b ≡ b ⊕ a"),
  /** {@code 0̄ ⊕ a = a}, exact. */
  PLUS_LEFT_IDENTITY("0̄ ⊕ a = a"),
  /** {@code a ⊕ 0̄ = a}, exact. */
  PLUS_RIGHT_IDENTITY("a ⊕ 0̄ = a"),
  /** {@code (a ⊗ b) ⊗ c ≡ a ⊗ (b ⊗ c)}. */
  TIMES_ASSOCIATIVE("(a ⊗ b) ⊗ c ≡ a ⊗ (b ⊗ c)"),
  /** {@code 1̄ ⊗ a = a}, exact. */
  TIMES_LEFT_IDENTITY("1̄ ⊗ a = a"),
  /** {@code a ⊗ 1̄ = a}, exact. */
  TIMES_RIGHT_IDENTITY("a ⊗ 1̄ = a"),
  /** {@code 0̄ ⊗ a = 0̄}, exact. */
  ZERO_LEFT_ANNIHILATES("0̄ ⊗ a = 0̄"),
  /** {@code a ⊗ 0̄ = 0̄}, exact. */
  ZERO_RIGHT_ANNIHILATES("a ⊗ 0̄ = 0̄"),
  /** {@code a ⊗ (b ⊕ c) ≡ (a ⊗ b) ⊕ (a ⊗ c)}. */
  LEFT_DISTRIBUTIVE("a ⊗ (b ⊕ c) ≡ (a ⊗ b) ⊕ (a ⊗ c)"),
  /** {@code (a ⊕ b) ⊗ c ≡ (a ⊗ c) ⊕ (b ⊗ c)}. */
  RIGHT_DISTRIBUTIVE("(a ⊕ b) ⊗ c ≡ (a ⊗ c) ⊕ (b ⊗ c)"),
  /** {@link SemiringProperty#COMMUTATIVE_TIMES}: {@code a ⊗ b ≡ b ⊗ a}. */
  TIMES_COMMUTATIVE("a ⊗ b ≡ b ⊗ a"),
  /**
   * {@link SemiringProperty#IDEMPOTENT_PLUS} (also checked for {@link
   * SemiringProperty#SELECTIVE_PLUS}, which implies it): {@code a ⊕ a ≡ a}.
   */
  PLUS_IDEMPOTENT("a ⊕ a ≡ a"),
  /**
   * {@link SemiringProperty#SELECTIVE_PLUS}: {@code a ⊕ b ≡ a} or {@code a ⊕ b ≡ b}; the left side
   * holds {@code a ⊕ b}, the right side {@code a}.
   */
  PLUS_SELECTIVE("a ⊕ b ≡ a or a ⊕ b ≡ b"),
  /** {@link SemiringProperty#BOUNDED}: {@code 1̄ ⊕ a ≡ 1̄}. */
  BOUNDED("1̄ ⊕ a ≡ 1̄"),
  /** {@link SemiringProperty#STAR}, where the star converges: {@code a* ≡ 1̄ ⊕ a ⊗ a*}. */
  STAR_LEFT_UNFOLD("a* ≡ 1̄ ⊕ a ⊗ a*"),
  /** {@link SemiringProperty#STAR}, where the star converges: {@code a* ≡ 1̄ ⊕ a* ⊗ a}. */
  STAR_RIGHT_UNFOLD("a* ≡ 1̄ ⊕ a* ⊗ a"),
  /** The reversed semiring multiplies the other way: {@code reversed().times(a, b) ≡ b ⊗ a}. */
  REVERSED_TIMES("a ⊗ʳ b ≡ b ⊗ a"),
  /** The reversed semiring keeps ⊕: {@code reversed().plus(a, b) ≡ a ⊕ b}. */
  REVERSED_PLUS("a ⊕ʳ b ≡ a ⊕ b"),
  /**
   * A {@link DoubleSemiring} that declares an {@linkplain DoubleSemiring#arithmetic() arithmetic}
   * computes it: 0̄ and 1̄ are the declared constants and {@code a ⊕ b}, {@code a ⊗ b} the declared
   * operations, exactly (log-sum-exp ⊕ up to ≡); the left side holds the semiring's result, the
   * right side the declared one.
   */
  DECLARED_ARITHMETIC("0̄, 1̄, ⊕, ⊗ are those of the declared arithmetic");

  private final String formula;

  SemiringLaw(String formula) {
    this.formula = formula;
  }

  /** The law as a formula, e.g. {@code "(a ⊕ b) ⊕ c ≡ a ⊕ (b ⊕ c)"}. */
  public String formula() {
    return formula;
  }
}
