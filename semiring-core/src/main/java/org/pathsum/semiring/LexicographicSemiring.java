package org.pathsum.semiring;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The lexicographic semiring A ⋉ B over a selective first component: the first component decides
 * which alternative is better, the second one is carried along and combined on ties. The classic
 * instance is tropical ⋉ counting: (shortest distance, number of shortest paths).
 *
 * <p><b>Operations.</b> With ≡ the first semiring's {@code equivalent}:
 *
 * <ul>
 *   <li>{@code (a₁, b₁) ⊕ (a₂, b₂)} = {@code (a₁, b₁ ⊕ b₂)} if a₁ ≡ a₂ (a tie); otherwise the
 *       operand whose first component is a₁ ⊕ a₂ (it is one of them: A is selective).
 *   <li>{@code (a₁, b₁) ⊗ (a₂, b₂) = (a₁ ⊗ a₂, b₁ ⊗ b₂)}, except that a result whose first
 *       component is ≡ 0̄_A becomes 0̄ = (0̄_A, 0̄_B): "no path" carries no second component.
 *   <li>0̄ = (0̄_A, 0̄_B), 1̄ = (1̄_A, 1̄_B).
 * </ul>
 *
 * <p><b>Carrier.</b> Pairs of members whose first component is not ≡ 0̄_A, and 0̄ itself.
 *
 * <p><b>Laws and their restriction.</b> ⊕ is associative and commutative with identity 0̄ (ties
 * merge with B's ⊕, which is); ⊗ is associative with identity 1̄; 0̄ annihilates. Distributivity
 * needs more: {@code x ⊗ (y ⊕ z)} keeps only the better of y, z, while {@code (x⊗y) ⊕ (x⊗z)} merges
 * both second components when x⊗y and x⊗z tie. So the laws hold when A's ⊗ is <em>cancellative on
 * non-zero elements</em> — {@code x ⊗ y ≡ x ⊗ z ⇒ y ≡ z} and {@code y ⊗ x ≡ z ⊗ x ⇒ y ≡ z} for x ≢
 * 0̄ — and ≡ is transitive on the values met. That is true of tropical and max-plus on finite
 * values of moderate magnitude (no absorption, as in {@code 1e20 + 1 == 1e20 + 2}), of Viterbi on
 * (0, 1] without underflow, and of boolean. It is <em>false</em> for bottleneck: {@code min(x, y) =
 * min(x, z) = x} whenever x ≤ y, z, and distributivity then fails (the law checker shows it). A
 * floating-point tolerance can likewise merge near-ties non-transitively.
 *
 * <p><b>Properties.</b> ⊗ is commutative if both components' are; ⊕ is idempotent (selective) if
 * B's is; bounded if both are. No star.
 */
final class LexicographicSemiring<A, B> implements Semiring<Pair<A, B>> {

  private final Semiring<A> first;
  private final Semiring<B> second;
  private final Set<SemiringProperty> properties;

  LexicographicSemiring(Semiring<A> first, Semiring<B> second) {
    this.first = Objects.requireNonNull(first, "first");
    this.second = Objects.requireNonNull(second, "second");
    first.require("lexicographic semiring (first component)", SemiringProperty.SELECTIVE_PLUS);
    EnumSet<SemiringProperty> props = EnumSet.noneOf(SemiringProperty.class);
    if (first.has(SemiringProperty.COMMUTATIVE_TIMES)
        && second.has(SemiringProperty.COMMUTATIVE_TIMES)) {
      props.add(SemiringProperty.COMMUTATIVE_TIMES);
    }
    if (second.has(SemiringProperty.IDEMPOTENT_PLUS)) {
      props.add(SemiringProperty.IDEMPOTENT_PLUS);
    }
    if (second.has(SemiringProperty.SELECTIVE_PLUS)) {
      props.add(SemiringProperty.SELECTIVE_PLUS);
    }
    if (first.has(SemiringProperty.BOUNDED) && second.has(SemiringProperty.BOUNDED)) {
      props.add(SemiringProperty.BOUNDED);
    }
    this.properties = Sets.immutableEnumSet(props);
  }

  @Override
  public Pair<A, B> zero() {
    return Pair.of(first.zero(), second.zero());
  }

  @Override
  public Pair<A, B> one() {
    return Pair.of(first.one(), second.one());
  }

  @Override
  public Pair<A, B> plus(Pair<A, B> a, Pair<A, B> b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (first.equivalent(a.first(), b.first())) {
      return Pair.of(a.first(), second.plus(a.second(), b.second()));
    }
    A best = first.plus(a.first(), b.first());
    return first.equivalent(best, a.first()) ? a : b;
  }

  @Override
  public Pair<A, B> times(Pair<A, B> a, Pair<A, B> b) {
    A f = first.times(a.first(), b.first());
    if (first.isZero(f)) {
      return zero();
    }
    return Pair.of(f, second.times(a.second(), b.second()));
  }

  @Override
  public boolean equivalent(Pair<A, B> a, Pair<A, B> b) {
    return first.equivalent(a.first(), b.first()) && second.equivalent(a.second(), b.second());
  }

  @Override
  public boolean isMember(Pair<A, B> w) {
    if (w == null || !first.isMember(w.first()) || !second.isMember(w.second())) {
      return false;
    }
    return !first.isZero(w.first()) || second.isZero(w.second());
  }

  @Override
  public Set<SemiringProperty> properties() {
    return properties;
  }

  @Override
  public String name() {
    return "lexicographic(" + first.name() + ", " + second.name() + ")";
  }

  @Override
  public Semiring<Pair<A, B>> reversed() {
    if (has(SemiringProperty.COMMUTATIVE_TIMES)) {
      return this;
    }
    return new LexicographicSemiring<>(first.reversed(), second.reversed());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LexicographicSemiring<?, ?>)) {
      return false;
    }
    LexicographicSemiring<?, ?> other = (LexicographicSemiring<?, ?>) o;
    return first.equals(other.first) && second.equals(other.second);
  }

  @Override
  public int hashCode() {
    return 37 * first.hashCode() + second.hashCode() + 1;
  }

  @Override
  public String toString() {
    return name();
  }
}
