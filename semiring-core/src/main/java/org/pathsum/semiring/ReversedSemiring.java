package org.pathsum.semiring;

import java.util.Objects;
import java.util.Set;

/** The view {@code a ⊗ʳ b = b ⊗ a} of a semiring; everything else is delegated. */
final class ReversedSemiring<W> implements Semiring<W> {

  private final Semiring<W> base;

  ReversedSemiring(Semiring<W> base) {
    this.base = Objects.requireNonNull(base, "base");
  }

  @Override
  public W zero() {
    return base.zero();
  }

  @Override
  public W one() {
    return base.one();
  }

  @Override
  public W plus(W a, W b) {
    return base.plus(a, b);
  }

  @Override
  public W times(W a, W b) {
    return base.times(b, a);
  }

  @Override
  public Set<SemiringProperty> properties() {
    return base.properties();
  }

  @Override
  public String name() {
    return "reversed(" + base.name() + ")";
  }

  @Override
  public boolean equivalent(W a, W b) {
    return base.equivalent(a, b);
  }

  @Override
  public boolean isZero(W w) {
    return base.isZero(w);
  }

  @Override
  public boolean isMember(W w) {
    return base.isMember(w);
  }

  @Override
  public W star(W a) {
    // a* is a sum of powers of a alone, and powers of a single element do not depend on the order.
    return base.star(a);
  }

  @Override
  public Semiring<W> reversed() {
    return base;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReversedSemiring<?> && ((ReversedSemiring<?>) o).base.equals(base);
  }

  @Override
  public int hashCode() {
    return ~base.hashCode();
  }

  @Override
  public String toString() {
    return name();
  }
}
