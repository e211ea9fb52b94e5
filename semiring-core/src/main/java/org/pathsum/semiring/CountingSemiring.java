package org.pathsum.semiring;

import com.google.common.collect.Sets;
import java.util.Set;

/**
 * The counting semiring (ℕ, +, ×, 0, 1) on {@code long}: with every edge weighted 1, the path sum
 * is the number of paths.
 *
 * <p><b>Laws.</b> Every law holds exactly; × is commutative. Arithmetic is exact: a sum or product
 * beyond {@link Long#MAX_VALUE} throws {@link ArithmeticException} ({@link Math#addExact}, {@link
 * Math#multiplyExact}) — it never wraps around to a wrong count.
 *
 * <p><b>Carrier.</b> The non-negative {@code long}s. Negative values are not members.
 *
 * <p><b>No star.</b> A cycle gives infinitely many paths, which no {@code long} counts; {@link
 * #star} throws {@link MissingSemiringPropertyException}.
 */
final class CountingSemiring implements Semiring<Long> {

  static final CountingSemiring INSTANCE = new CountingSemiring();

  private static final Set<SemiringProperty> PROPERTIES =
      Sets.immutableEnumSet(SemiringProperty.COMMUTATIVE_TIMES);

  private static final Long ZERO = 0L;
  private static final Long ONE = 1L;

  private CountingSemiring() {}

  @Override
  public Long zero() {
    return ZERO;
  }

  @Override
  public Long one() {
    return ONE;
  }

  @Override
  public Long plus(Long a, Long b) {
    return Math.addExact(a, b);
  }

  @Override
  public Long times(Long a, Long b) {
    return Math.multiplyExact(a, b);
  }

  @Override
  public boolean isMember(Long w) {
    return w != null && w >= 0;
  }

  @Override
  public Set<SemiringProperty> properties() {
    return PROPERTIES;
  }

  @Override
  public String name() {
    return "counting";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CountingSemiring;
  }

  @Override
  public int hashCode() {
    return name().hashCode();
  }

  @Override
  public String toString() {
    return "CountingSemiring[ℕ, +, ×, 0, 1]";
  }
}
