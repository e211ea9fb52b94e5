package org.pathsum.semiring;

import java.util.BitSet;
import java.util.Objects;

/**
 * A gen/kill bit-vector transfer function {@code f(x) = (x − kill) ∪ gen} of a dataflow analysis,
 * or the formal element {@linkplain #zero() "no path"}. Immutable.
 *
 * <p>Values are kept in the canonical form {@code gen ∩ kill = ∅} (a bit both generated and killed
 * is generated, so the factory drops it from {@code kill}). In that form two values are {@link
 * #equals equal} exactly when they are the same function: {@code gen = f(∅)} and {@code kill =
 * complement of f(everything)}.
 *
 * <p>These values are the weights of {@link Semirings#genKillUnion(int)} and {@link
 * Semirings#genKillIntersection(int)}.
 *
 * <p>Cost: every operation copies or combines bit sets, O(w / 64) for the highest bit w.
 */
public final class GenKill {

  private static final GenKill IDENTITY = new GenKill(new BitSet(), new BitSet(), false);
  private static final GenKill ZERO = new GenKill(new BitSet(), new BitSet(), true);

  // Never mutated after construction and never handed out.
  private final BitSet gen;
  private final BitSet kill;
  private final boolean zero;

  private GenKill(BitSet gen, BitSet kill, boolean zero) {
    this.gen = gen;
    this.kill = kill;
    this.zero = zero;
  }

  /**
   * The transfer function {@code x ↦ (x − kill) ∪ gen}. The arguments are copied; a bit in both is
   * dropped from {@code kill} (it is generated either way).
   *
   * @param gen the bits the function adds
   * @param kill the bits the function removes, unless it also adds them
   */
  public static GenKill of(BitSet gen, BitSet kill) {
    Objects.requireNonNull(gen, "gen");
    Objects.requireNonNull(kill, "kill");
    return canonical((BitSet) gen.clone(), (BitSet) kill.clone());
  }

  /** The identity function (gen ∅, kill ∅): 1̄ of the gen/kill semirings. */
  public static GenKill identity() {
    return IDENTITY;
  }

  /**
   * The formal element "no path": 0̄ of the gen/kill semirings. It is not a function (no gen/kill
   * function annihilates under composition) and differs from every value made by {@link #of}.
   */
  public static GenKill zero() {
    return ZERO;
  }

  /** Takes ownership of {@code gen} and {@code kill}, and makes them canonical. */
  static GenKill canonical(BitSet gen, BitSet kill) {
    kill.andNot(gen);
    if (gen.isEmpty() && kill.isEmpty()) {
      return IDENTITY;
    }
    return new GenKill(gen, kill, false);
  }

  /** Whether this is the formal {@linkplain #zero() "no path"} element. */
  public boolean isZero() {
    return zero;
  }

  /** A copy of the generated bits (empty for {@link #zero()}). */
  public BitSet gen() {
    return (BitSet) gen.clone();
  }

  /** A copy of the killed bits, disjoint from {@link #gen()} (empty for {@link #zero()}). */
  public BitSet kill() {
    return (BitSet) kill.clone();
  }

  /**
   * Applies the function: {@code (in − kill) ∪ gen}, as a new set.
   *
   * @param in the facts flowing in; not modified
   * @throws IllegalStateException if this is {@link #zero()}, which is no function: callers must
   *     decide what "no path" means for their analysis (∅ for may, everything for must problems)
   */
  public BitSet apply(BitSet in) {
    Objects.requireNonNull(in, "in");
    if (zero) {
      throw new IllegalStateException(
          "GenKill.zero() means 'no path' and is not a function; test isZero() before apply");
    }
    BitSet out = (BitSet) in.clone();
    out.andNot(kill);
    out.or(gen);
    return out;
  }

  /** One more than the highest bit this value mentions in gen or kill; 0 for none. */
  public int length() {
    return Math.max(gen.length(), kill.length());
  }

  // Read-only access for the semirings, without copying.
  BitSet genView() {
    return gen;
  }

  BitSet killView() {
    return kill;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof GenKill)) {
      return false;
    }
    GenKill other = (GenKill) o;
    return zero == other.zero && gen.equals(other.gen) && kill.equals(other.kill);
  }

  @Override
  public int hashCode() {
    return zero ? -1 : 31 * gen.hashCode() + kill.hashCode();
  }

  /** {@code GenKill[gen={1, 3}, kill={2}]}, or {@code GenKill[zero]}. */
  @Override
  public String toString() {
    return zero ? "GenKill[zero]" : "GenKill[gen=" + gen + ", kill=" + kill + "]";
  }
}
