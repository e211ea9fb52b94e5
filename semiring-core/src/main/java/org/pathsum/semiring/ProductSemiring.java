package org.pathsum.semiring;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The direct product A × B of two semirings: weights are {@link Pair}s and every operation works
 * componentwise, e.g. the real and the counting semiring solved in one pass.
 *
 * <p><b>Laws.</b> Each law holds for the product exactly when it holds for both components; 0̄ =
 * (0̄_A, 0̄_B), 1̄ = (1̄_A, 1̄_B). {@link #equivalent} and {@link #isMember} are componentwise.
 *
 * <p><b>Properties.</b> Those both components have, except {@link SemiringProperty#SELECTIVE_PLUS}:
 * {@code (1, 2) ⊕ (2, 1) = (1, 1)} in tropical × tropical is neither operand. The star is
 * componentwise and throws when either component's does.
 *
 * <p>The {@linkplain #reversed() reversed} product is the product of the reversed components.
 */
final class ProductSemiring<A, B> implements Semiring<Pair<A, B>> {

  private final Semiring<A> first;
  private final Semiring<B> second;
  private final Set<SemiringProperty> properties;

  ProductSemiring(Semiring<A> first, Semiring<B> second) {
    this.first = Objects.requireNonNull(first, "first");
    this.second = Objects.requireNonNull(second, "second");
    EnumSet<SemiringProperty> both = EnumSet.noneOf(SemiringProperty.class);
    both.addAll(first.properties());
    both.retainAll(second.properties());
    both.remove(SemiringProperty.SELECTIVE_PLUS);
    this.properties = Sets.immutableEnumSet(both);
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
    return Pair.of(first.plus(a.first(), b.first()), second.plus(a.second(), b.second()));
  }

  @Override
  public Pair<A, B> times(Pair<A, B> a, Pair<A, B> b) {
    return Pair.of(first.times(a.first(), b.first()), second.times(a.second(), b.second()));
  }

  @Override
  public Pair<A, B> star(Pair<A, B> a) {
    require("product star", SemiringProperty.STAR);
    return Pair.of(first.star(a.first()), second.star(a.second()));
  }

  @Override
  public boolean equivalent(Pair<A, B> a, Pair<A, B> b) {
    return first.equivalent(a.first(), b.first()) && second.equivalent(a.second(), b.second());
  }

  @Override
  public boolean isMember(Pair<A, B> w) {
    return w != null && first.isMember(w.first()) && second.isMember(w.second());
  }

  @Override
  public Set<SemiringProperty> properties() {
    return properties;
  }

  @Override
  public String name() {
    return "product(" + first.name() + ", " + second.name() + ")";
  }

  @Override
  public Semiring<Pair<A, B>> reversed() {
    if (has(SemiringProperty.COMMUTATIVE_TIMES)) {
      return this;
    }
    return new ProductSemiring<>(first.reversed(), second.reversed());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ProductSemiring<?, ?>)) {
      return false;
    }
    ProductSemiring<?, ?> other = (ProductSemiring<?, ?>) o;
    return first.equals(other.first) && second.equals(other.second);
  }

  @Override
  public int hashCode() {
    return 31 * first.hashCode() + second.hashCode();
  }

  @Override
  public String toString() {
    return name();
  }
}
