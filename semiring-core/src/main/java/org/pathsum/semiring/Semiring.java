package org.pathsum.semiring;

import java.util.Set;

/**
 * A semiring (W, ⊕, ⊗, 0̄, 1̄): the algebra of weights of an algebraic path problem.
 *
 * <p>A semiring is a stateless algebra object, like a Hipparchus {@code Field}: the weights are
 * plain values of type {@code W} and the operations live here. Implementations are immutable and
 * thread-safe.
 *
 * <h2>The contract</h2>
 *
 * <ul>
 *   <li>{@link #plus ⊕} (<em>combine</em>: the sum over alternative paths) is associative and
 *       commutative, with identity {@link #zero 0̄};
 *   <li>{@link #times ⊗} (<em>extend</em>: the product along one path, left operand first in path
 *       order) is associative, with identity {@link #one 1̄};
 *   <li>0̄ annihilates: {@code a ⊗ 0̄ = 0̄ ⊗ a = 0̄};
 *   <li>⊗ distributes over ⊕ on both sides: {@code a ⊗ (b ⊕ c) = (a ⊗ b) ⊕ (a ⊗ c)} and {@code
 *       (a ⊕ b) ⊗ c = (a ⊗ c) ⊕ (b ⊗ c)}.
 * </ul>
 *
 * <p>⊗ need <em>not</em> be commutative (composition of transfer functions, concatenation). A path
 * e₁ e₂ … eₖ has the weight {@code w(e₁) ⊗ w(e₂) ⊗ … ⊗ w(eₖ)}, in that order. Solving a path
 * problem backwards over reversed edges must therefore use the {@linkplain #reversed() reversed
 * semiring}.
 *
 * <p>Algorithms state the {@linkplain SemiringProperty properties} they need and refuse a semiring
 * that lacks them by {@link #require}, which throws a {@link MissingSemiringPropertyException}
 * naming the algorithm and the property.
 *
 * <p>Weights are compared with {@link #equivalent}, which is exact equality for exact semirings and
 * a stated tolerance for floating-point ones. {@link SemiringLawChecker} verifies the laws above on
 * sample elements of any semiring, shipped or user-written.
 *
 * <p>No method accepts or returns {@code null}.
 *
 * @param <W> the type of weights
 */
public interface Semiring<W> {

  /** The identity of ⊕ and annihilator of ⊗: the weight of "no path". */
  W zero();

  /** The identity of ⊗: the weight of the empty path. */
  W one();

  /**
   * Combines the weights of two alternative paths: {@code a ⊕ b}.
   *
   * @throws NullPointerException if an argument is null
   * @throws ArithmeticException if the result is not representable (e.g. counting overflow)
   */
  W plus(W a, W b);

  /**
   * Extends a path of weight {@code a} by one of weight {@code b}: {@code a ⊗ b}, with {@code a}
   * first in path order.
   *
   * @throws NullPointerException if an argument is null
   * @throws ArithmeticException if the result is not representable (e.g. counting overflow)
   */
  W times(W a, W b);

  /** The properties this semiring guarantees, beyond the semiring laws. Immutable. */
  Set<SemiringProperty> properties();

  /** A short, stable name, e.g. {@code "real"} or {@code "tropical"}. */
  String name();

  /**
   * Whether {@code a} and {@code b} denote the same weight. Exact {@link Object#equals} by default;
   * floating-point semirings override it with the tolerance they document. Must be reflexive and
   * symmetric on members.
   */
  default boolean equivalent(W a, W b) {
    return a.equals(b);
  }

  /**
   * Whether {@code w} is exactly {@link #zero()}: the test for "no path". Unlike {@link
   * #equivalent}, which may allow a tolerance, this is exact, so a tiny but real path sum (say
   * {@code 1e-300} in the real semiring) is never taken for "no path". Solvers use it to skip
   * work; skipping is only ever done for weights that are exactly zero.
   */
  default boolean isZero(W w) {
    return w.equals(zero());
  }

  /**
   * Whether {@code w} is an element of this semiring's carrier set. A value of type {@code W} can
   * still lie outside it, e.g. {@code NaN} for the real semiring or a negative count. Solvers do not
   * check membership on the hot path; the law checker and input validators do.
   */
  default boolean isMember(W w) {
    return w != null;
  }

  /**
   * The Kleene star {@code a* = 1̄ ⊕ a ⊕ a⊗a ⊕ …}, for semirings with {@link SemiringProperty#STAR}.
   *
   * @throws MissingSemiringPropertyException if this semiring has no star
   * @throws ArithmeticException if the series does not converge for {@code a}, with a message
   *     naming {@code a} (e.g. the real star of {@code a} with {@code |a| ≥ 1})
   */
  default W star(W a) {
    throw new MissingSemiringPropertyException(this, SemiringProperty.STAR, "star");
  }

  /**
   * Whether this semiring has the given property.
   *
   * @param property the property
   */
  default boolean has(SemiringProperty property) {
    return properties().contains(property);
  }

  /**
   * Throws if this semiring lacks any of {@code required}.
   *
   * @param algorithm the name of the algorithm that needs the properties, for the message
   * @param required the properties the algorithm needs
   * @throws MissingSemiringPropertyException naming the algorithm and the first missing property
   */
  default void require(String algorithm, SemiringProperty... required) {
    for (SemiringProperty p : required) {
      if (!has(p)) {
        throw new MissingSemiringPropertyException(this, p, algorithm);
      }
    }
  }

  /**
   * The reversed semiring: same carrier, ⊕, 0̄ and 1̄, with {@code a ⊗ʳ b = b ⊗ a}. Solving a path
   * problem over reversed edges with the reversed semiring gives the same value for every (source,
   * target) pair as solving forward with this one. For a commutative ⊗ it may return {@code this}.
   * Reversing twice gives back an equal semiring.
   */
  default Semiring<W> reversed() {
    return has(SemiringProperty.COMMUTATIVE_TIMES) ? this : new ReversedSemiring<>(this);
  }
}
