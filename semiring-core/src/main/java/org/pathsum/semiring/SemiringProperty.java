package org.pathsum.semiring;

/**
 * Properties a semiring may have beyond the semiring laws. Algorithms check them at run time with
 * {@link Semiring#require} and name the missing one (OpenFst's property bits, as an enum).
 */
public enum SemiringProperty {
  /** ⊗ is commutative: {@code a ⊗ b = b ⊗ a}. Then the reversed semiring is the semiring itself. */
  COMMUTATIVE_TIMES,

  /** ⊕ is idempotent: {@code a ⊕ a = a}. Re-adding a path's weight does no harm. */
  IDEMPOTENT_PLUS,

  /**
   * ⊕ is selective: {@code a ⊕ b} is {@code a} or {@code b} (tropical, max-plus, bottleneck,
   * Viterbi, boolean). Then a single path attains every path sum: a witness path exists. Implies
   * {@link #IDEMPOTENT_PLUS}.
   */
  SELECTIVE_PLUS,

  /**
   * The semiring is bounded (0-closed): {@code 1̄ ⊕ a = 1̄} for every {@code a}. Going around a
   * cycle never improves a path sum, so sums over simple paths suffice and iterative solvers
   * terminate on graphs with cycles.
   */
  BOUNDED,

  /** {@link Semiring#star} is defined (possibly only on part of the carrier, as documented). */
  STAR
}
