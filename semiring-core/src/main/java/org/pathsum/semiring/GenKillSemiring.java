package org.pathsum.semiring;

import com.google.common.collect.Sets;
import java.util.BitSet;
import java.util.Objects;
import java.util.Set;

/**
 * Gen/kill transfer functions {@code f(x) = (x − K) ∪ G} over the universe {0, …, width − 1}, with
 * ⊗ = composition in path order and ⊕ = pointwise union ("may" problems, e.g. reaching definitions)
 * or pointwise intersection ("must" problems, e.g. available expressions).
 *
 * <p><b>Elements.</b> {@link GenKill} values in canonical form (G ∩ K = ∅) whose bits are below
 * {@code width}, plus the adjoined formal element 0̄ = {@link GenKill#zero()} "no path". 0̄ is
 * needed because no function annihilates under composition (0̄ ⊗ f would be a function generating
 * G_f). 1̄ = the identity (G = K = ∅).
 *
 * <p><b>Closed forms</b> (for functions f₁ = (G₁, K₁), f₂ = (G₂, K₂); results then made canonical):
 *
 * <ul>
 *   <li>⊗, f₁ first: {@code f₂(f₁(x)) = (x − (K₁ ∪ K₂)) ∪ ((G₁ − K₂) ∪ G₂)}.
 *   <li>⊕ union: {@code f₁(x) ∪ f₂(x) = (x − (K₁ ∩ K₂)) ∪ (G₁ ∪ G₂)}.
 *   <li>⊕ intersection: write f(x) = (x ∩ P) ∪ G with the preserved set P = ¬K; canonical form
 *       gives G ⊆ P. Then {@code f₁(x) ∩ f₂(x) = (x ∩ P₁ ∩ P₂) ∪ (x ∩ P₁ ∩ G₂) ∪ (x ∩ G₁ ∩ P₂) ∪
 *       (G₁ ∩ G₂) = (x ∩ P₁ ∩ P₂) ∪ (G₁ ∩ G₂)}, i.e. K = K₁ ∪ K₂ and G = G₁ ∩ G₂.
 *   <li>0̄ ⊕ f = f ⊕ 0̄ = f; 0̄ ⊗ f = f ⊗ 0̄ = 0̄.
 * </ul>
 *
 * <p><b>Laws.</b> ⊕ is associative, commutative and idempotent (but not selective); ⊗ is
 * associative and <em>not</em> commutative; both distribute exactly, since set difference and union
 * with G distribute over ∪ and ∩. Not bounded: {@code 1̄ ⊕ f = 1̄} fails for union (x ∪ G ≠ x) and
 * for intersection (x − K ≠ x).
 *
 * <p><b>Star.</b> Gen/kill functions are idempotent under composition (f ∘ f = f), so {@code f* =
 * 1̄ ⊕ f}: {@code x ∪ G} (gen G, kill ∅) for union, {@code x − K} (gen ∅, kill K) for intersection;
 * {@code 0̄* = 1̄}.
 *
 * <p>Cost: each operation is O(width / 64).
 */
final class GenKillSemiring implements Semiring<GenKill> {

  private static final Set<SemiringProperty> PROPERTIES =
      Sets.immutableEnumSet(SemiringProperty.IDEMPOTENT_PLUS, SemiringProperty.STAR);

  private final int width;
  private final boolean union;

  GenKillSemiring(int width, boolean union) {
    if (width < 0) {
      throw new IllegalArgumentException(
          "gen/kill universe width must be non-negative, got " + width);
    }
    this.width = width;
    this.union = union;
  }

  @Override
  public GenKill zero() {
    return GenKill.zero();
  }

  @Override
  public GenKill one() {
    return GenKill.identity();
  }

  @Override
  public GenKill plus(GenKill a, GenKill b) {
    if (a.isZero()) {
      return Objects.requireNonNull(b, "b");
    }
    if (b.isZero()) {
      return a;
    }
    BitSet gen = (BitSet) a.genView().clone();
    BitSet kill = (BitSet) a.killView().clone();
    if (union) {
      gen.or(b.genView());
      kill.and(b.killView());
    } else {
      gen.and(b.genView());
      kill.or(b.killView());
    }
    return GenKill.canonical(gen, kill);
  }

  @Override
  public GenKill times(GenKill a, GenKill b) {
    if (a.isZero() || b.isZero()) {
      Objects.requireNonNull(b, "b");
      return GenKill.zero();
    }
    BitSet gen = (BitSet) a.genView().clone();
    gen.andNot(b.killView());
    gen.or(b.genView());
    BitSet kill = (BitSet) a.killView().clone();
    kill.or(b.killView());
    return GenKill.canonical(gen, kill);
  }

  @Override
  public GenKill star(GenKill a) {
    if (a.isZero()) {
      return GenKill.identity();
    }
    return union
        ? GenKill.canonical(a.gen(), new BitSet())
        : GenKill.canonical(new BitSet(), a.kill());
  }

  @Override
  public boolean isMember(GenKill w) {
    return w != null && w.length() <= width;
  }

  @Override
  public Set<SemiringProperty> properties() {
    return PROPERTIES;
  }

  @Override
  public String name() {
    return (union ? "gen-kill-union(" : "gen-kill-intersection(") + width + ")";
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof GenKillSemiring)) {
      return false;
    }
    GenKillSemiring other = (GenKillSemiring) o;
    return width == other.width && union == other.union;
  }

  @Override
  public int hashCode() {
    return 2 * width + (union ? 1 : 0);
  }

  @Override
  public String toString() {
    return "GenKillSemiring[" + name() + "]";
  }
}
