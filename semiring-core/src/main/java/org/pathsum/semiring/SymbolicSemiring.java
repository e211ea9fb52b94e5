package org.pathsum.semiring;

import com.google.common.collect.ImmutableSet;
import java.util.Set;

/**
 * The free semiring over string atoms: weights are {@link SymbolicSum} formulas, ⊕ is the formal
 * sum and ⊗ the formal product (concatenation of words, distributed over sums). A path sum is the
 * sum of the paths' words written out, e.g. the lecture's symbolic {@code ∂F/∂x = 1·40 + 1·5·23}.
 *
 * <p><b>Laws.</b> Every semiring law holds exactly (it is the free semiring: the polynomials in
 * non-commuting variables with natural coefficients). ⊗ is <em>not</em> commutative, ⊕ is
 * <em>not</em> idempotent ({@code a + a ≠ a}), and there is no star (a cycle gives an infinite
 * formula), so {@link #properties()} is empty.
 *
 * <p><b>Carrier.</b> Every {@link SymbolicSum}.
 *
 * <p><b>Cost.</b> See {@link SymbolicSum}: formulas grow with the number of paths.
 */
final class SymbolicSemiring implements Semiring<SymbolicSum> {

  static final SymbolicSemiring INSTANCE = new SymbolicSemiring();

  private SymbolicSemiring() {}

  @Override
  public SymbolicSum zero() {
    return SymbolicSum.zero();
  }

  @Override
  public SymbolicSum one() {
    return SymbolicSum.one();
  }

  @Override
  public SymbolicSum plus(SymbolicSum a, SymbolicSum b) {
    return a.plus(b);
  }

  @Override
  public SymbolicSum times(SymbolicSum a, SymbolicSum b) {
    return a.times(b);
  }

  @Override
  public Set<SemiringProperty> properties() {
    return ImmutableSet.of();
  }

  @Override
  public String name() {
    return "symbolic";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SymbolicSemiring;
  }

  @Override
  public int hashCode() {
    return name().hashCode();
  }

  @Override
  public String toString() {
    return "SymbolicSemiring[free semiring over string atoms]";
  }
}
