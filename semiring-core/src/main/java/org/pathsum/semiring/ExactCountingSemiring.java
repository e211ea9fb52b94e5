package org.pathsum.semiring;

import com.google.common.collect.Sets;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Set;

/**
 * The exact counting semiring (ℕ, +, ×, 0, 1) on {@link BigInteger}: with every edge weighted 1,
 * the path sum is the number of paths, however large.
 *
 * <p><b>Laws.</b> Every law holds exactly; × is commutative. Nothing overflows: a count is as long
 * as it needs to be (a sum costs O(digits), a product O(digits²)). {@link Semirings#counting()} is
 * the {@code long} twin, faster, and it refuses a count past {@link Long#MAX_VALUE}.
 *
 * <p><b>Carrier.</b> The non-negative integers. Negative values are not members.
 *
 * <p><b>No star.</b> A cycle gives infinitely many paths, which no integer counts; {@link #star}
 * throws {@link MissingSemiringPropertyException}, and solvers refuse a cycle that paths enter.
 */
final class ExactCountingSemiring implements Semiring<BigInteger> {

  static final ExactCountingSemiring INSTANCE = new ExactCountingSemiring();

  private static final Set<SemiringProperty> PROPERTIES =
      Sets.immutableEnumSet(SemiringProperty.COMMUTATIVE_TIMES);

  private ExactCountingSemiring() {}

  @Override
  public BigInteger zero() {
    return BigInteger.ZERO;
  }

  @Override
  public BigInteger one() {
    return BigInteger.ONE;
  }

  @Override
  public BigInteger plus(BigInteger a, BigInteger b) {
    return a.add(b);
  }

  @Override
  public BigInteger times(BigInteger a, BigInteger b) {
    // a unit weight (the usual multiplicity) returns the other factor itself: BigInteger.multiply
    // would allocate an equal copy, and sweeps multiply by 1 on every edge
    if (b.equals(BigInteger.ONE)) {
      return Objects.requireNonNull(a, "a");
    }
    if (a.equals(BigInteger.ONE)) {
      return b;
    }
    return a.multiply(b);
  }

  @Override
  public boolean isMember(BigInteger w) {
    return w != null && w.signum() >= 0;
  }

  @Override
  public Set<SemiringProperty> properties() {
    return PROPERTIES;
  }

  @Override
  public String name() {
    return "exact-counting";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExactCountingSemiring;
  }

  @Override
  public int hashCode() {
    return name().hashCode();
  }

  @Override
  public String toString() {
    return "ExactCountingSemiring[ℕ, +, ×, 0, 1]";
  }
}
