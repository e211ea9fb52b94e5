package org.pathsum.semiring;

import com.google.common.collect.Sets;
import java.util.Set;

/**
 * The provenance semiring (ℕ[X], +, ·, 0, 1) of {@link Polynomial}s: the free commutative semiring
 * over the edge variables, whose path sum records which edges each path uses and how often.
 *
 * <p><b>Laws.</b> Every law holds exactly; · is commutative. Coefficients are {@code BigInteger}s
 * and never overflow.
 *
 * <p><b>No star.</b> A cycle gives infinitely many paths, an infinite series with no polynomial as
 * its sum; {@link #star} throws {@link MissingSemiringPropertyException}, and solvers refuse a cycle
 * that paths enter.
 */
final class ProvenanceSemiring implements Semiring<Polynomial> {

  static final ProvenanceSemiring INSTANCE = new ProvenanceSemiring();

  private static final Set<SemiringProperty> PROPERTIES =
      Sets.immutableEnumSet(SemiringProperty.COMMUTATIVE_TIMES);

  private ProvenanceSemiring() {}

  @Override
  public Polynomial zero() {
    return Polynomial.zero();
  }

  @Override
  public Polynomial one() {
    return Polynomial.one();
  }

  @Override
  public Polynomial plus(Polynomial a, Polynomial b) {
    return a.plus(b);
  }

  @Override
  public Polynomial times(Polynomial a, Polynomial b) {
    return a.times(b);
  }

  @Override
  public Set<SemiringProperty> properties() {
    return PROPERTIES;
  }

  @Override
  public String name() {
    return "provenance";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProvenanceSemiring;
  }

  @Override
  public int hashCode() {
    return name().hashCode();
  }

  @Override
  public String toString() {
    return "ProvenanceSemiring[N[X], +, *, 0, 1]";
  }
}
