package org.pathsum.semiring;

import java.util.Set;

/** A test double: a semiring that delegates everything but declares the properties it is given. */
class Relabeled<W> implements Semiring<W> {

  private final Semiring<W> base;
  private final Set<SemiringProperty> properties;

  Relabeled(Semiring<W> base, Set<SemiringProperty> properties) {
    this.base = base;
    this.properties = Set.copyOf(properties);
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
    return base.times(a, b);
  }

  @Override
  public W star(W a) {
    return base.star(a);
  }

  @Override
  public boolean equivalent(W a, W b) {
    return base.equivalent(a, b);
  }

  @Override
  public boolean isMember(W w) {
    return base.isMember(w);
  }

  @Override
  public Set<SemiringProperty> properties() {
    return properties;
  }

  @Override
  public String name() {
    return "relabeled(" + base.name() + ")";
  }
}
