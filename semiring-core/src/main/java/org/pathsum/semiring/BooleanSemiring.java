package org.pathsum.semiring;

import com.google.common.collect.Sets;
import java.util.Set;

/**
 * The Boolean semiring ({false, true}, ∨, ∧, false, true): reachability ("is there a path?"), and
 * Jacobian sparsity when the graph is a computation graph.
 *
 * <p><b>Laws.</b> A bounded distributive lattice: every law holds exactly; ∨ is idempotent and
 * selective, ∧ is commutative.
 *
 * <p><b>Carrier.</b> Both Boolean values; only {@code null} is not a member.
 *
 * <p><b>Bounded.</b> {@code true ∨ a = true}. <b>Star.</b> {@code a* = true} for both values.
 */
final class BooleanSemiring implements Semiring<Boolean> {

  static final BooleanSemiring INSTANCE = new BooleanSemiring();

  private static final Set<SemiringProperty> PROPERTIES =
      Sets.immutableEnumSet(
          SemiringProperty.COMMUTATIVE_TIMES,
          SemiringProperty.IDEMPOTENT_PLUS,
          SemiringProperty.SELECTIVE_PLUS,
          SemiringProperty.BOUNDED,
          SemiringProperty.STAR);

  private BooleanSemiring() {}

  @Override
  public Boolean zero() {
    return Boolean.FALSE;
  }

  @Override
  public Boolean one() {
    return Boolean.TRUE;
  }

  @Override
  public Boolean plus(Boolean a, Boolean b) {
    return a | b; // unboxing both operands rejects null
  }

  @Override
  public Boolean times(Boolean a, Boolean b) {
    return a & b;
  }

  @Override
  public Boolean star(Boolean a) {
    return Boolean.TRUE;
  }

  @Override
  public Set<SemiringProperty> properties() {
    return PROPERTIES;
  }

  @Override
  public String name() {
    return "boolean";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BooleanSemiring;
  }

  @Override
  public int hashCode() {
    return name().hashCode();
  }

  @Override
  public String toString() {
    return "BooleanSemiring[∨, ∧, false, true]";
  }
}
