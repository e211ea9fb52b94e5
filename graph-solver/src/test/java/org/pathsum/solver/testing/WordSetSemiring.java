package org.pathsum.solver.testing;

import java.util.Set;
import java.util.TreeSet;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;

/**
 * Test-only: the free language semiring over finite sets of words, ⊕ = union, ⊗ = pairwise
 * concatenation, 0̄ = ∅, 1̄ = {ε}. Exact and non-commutative: a path sum is the set of words
 * spelled by the paths, so any operand-order mistake changes the answer.
 */
public final class WordSetSemiring implements Semiring<Set<String>> {

  public static final WordSetSemiring INSTANCE = new WordSetSemiring();

  @Override
  public Set<String> zero() {
    return Set.of();
  }

  @Override
  public Set<String> one() {
    return Set.of("");
  }

  @Override
  public Set<String> plus(Set<String> a, Set<String> b) {
    Set<String> r = new TreeSet<>(a);
    r.addAll(b);
    return Set.copyOf(r);
  }

  @Override
  public Set<String> times(Set<String> a, Set<String> b) {
    Set<String> r = new TreeSet<>();
    for (String x : a) {
      for (String y : b) {
        r.add(x + y);
      }
    }
    return Set.copyOf(r);
  }

  @Override
  public Set<SemiringProperty> properties() {
    return Set.of(SemiringProperty.IDEMPOTENT_PLUS);
  }

  @Override
  public String name() {
    return "words";
  }
}
