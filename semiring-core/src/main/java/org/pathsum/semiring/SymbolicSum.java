package org.pathsum.semiring;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An element of the free semiring over string atoms: a finite formal sum of <em>words</em>
 * (products of atoms in path order, e.g. {@code 1·5·23}), each with a positive multiplicity. The
 * path sums of {@link Semirings#symbolic()} are these formulas, e.g. the lecture's {@code ∂F/∂x =
 * 1·40 + 1·5·23}. Immutable.
 *
 * <p><b>Equality</b> is multiset equality of words: {@code a + b} equals {@code b + a}, while
 * {@code a·b} differs from {@code b·a} and {@code a + a} from {@code a}. Terms keep their first
 * insertion order, for printing only.
 *
 * <p><b>Printing.</b> Atoms are joined by {@code '·'} and terms by {@code " + "}; a term of
 * multiplicity k &gt; 1 is prefixed by {@code "k×"}; {@link #zero()} prints {@code 0} and the empty
 * word ({@link #one()}) prints {@code 1}. So an atom named {@code "1"} prints like 1̄; they are
 * still different values.
 *
 * <p><b>Cost.</b> {@link #plus} is O(|a| + |b|) words; {@link #times} is O(|a|·|b|) words, each
 * concatenated: formulas over many paths grow fast, this is for display and tests. Multiplicities
 * are exact {@code long}s; overflow throws {@link ArithmeticException}.
 */
public final class SymbolicSum {

  private static final SymbolicSum ZERO = new SymbolicSum(ImmutableMap.of());
  private static final SymbolicSum ONE = new SymbolicSum(ImmutableMap.of(ImmutableList.of(), 1L));

  private final ImmutableMap<ImmutableList<String>, Long> terms;

  private SymbolicSum(ImmutableMap<ImmutableList<String>, Long> terms) {
    this.terms = terms;
  }

  /** The empty sum: 0̄, the weight of no path. */
  public static SymbolicSum zero() {
    return ZERO;
  }

  /** The sum holding only the empty word: 1̄, the weight of the empty path. */
  public static SymbolicSum one() {
    return ONE;
  }

  /**
   * The single word made of one atom, e.g. {@code atom("x")} or {@code atom("40")}.
   *
   * @param name the atom; must not be empty
   * @throws IllegalArgumentException if {@code name} is empty
   */
  public static SymbolicSum atom(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a symbolic atom needs a non-empty name; use one() for 1");
    }
    return new SymbolicSum(ImmutableMap.of(ImmutableList.of(name), 1L));
  }

  /**
   * The sum of one word, the product of {@code atoms} in order; the empty list gives {@link
   * #one()}.
   *
   * @throws IllegalArgumentException if an atom is empty
   */
  public static SymbolicSum word(List<String> atoms) {
    ImmutableList<String> word = ImmutableList.copyOf(atoms);
    for (String a : word) {
      if (a.isEmpty()) {
        throw new IllegalArgumentException("a symbolic atom needs a non-empty name, got " + word);
      }
    }
    return new SymbolicSum(ImmutableMap.of(word, 1L));
  }

  /**
   * The terms: each distinct word (a list of atoms in path order; empty for 1̄) with its
   * multiplicity ≥ 1, in first insertion order. Empty for {@link #zero()}.
   */
  public Map<List<String>, Long> terms() {
    return ImmutableMap.copyOf(terms);
  }

  /** Whether this is the empty sum {@link #zero()}. */
  public boolean isZero() {
    return terms.isEmpty();
  }

  /** The number of terms counted with multiplicity (the number of paths summed). */
  public long termCount() {
    long n = 0;
    for (long c : terms.values()) {
      n = Math.addExact(n, c);
    }
    return n;
  }

  /**
   * The formal sum {@code this + other}: multiplicities add. O(|this| + |other|).
   *
   * @throws ArithmeticException if a multiplicity overflows {@code long}
   */
  public SymbolicSum plus(SymbolicSum other) {
    Objects.requireNonNull(other, "other");
    if (other.isZero()) {
      return this;
    }
    if (isZero()) {
      return other;
    }
    Map<ImmutableList<String>, Long> sum = new LinkedHashMap<>(terms);
    other.terms.forEach((w, c) -> sum.merge(w, c, Math::addExact));
    return new SymbolicSum(ImmutableMap.copyOf(sum));
  }

  /**
   * The product {@code this · other}, distributing: every word of {@code this} followed by every
   * word of {@code other}, multiplicities multiplied. O(|this|·|other|) concatenations.
   *
   * @throws ArithmeticException if a multiplicity overflows {@code long}
   */
  public SymbolicSum times(SymbolicSum other) {
    Objects.requireNonNull(other, "other");
    if (isZero() || other.isZero()) {
      return ZERO;
    }
    if (this.equals(ONE)) {
      return other;
    }
    if (other.equals(ONE)) {
      return this;
    }
    Map<ImmutableList<String>, Long> product = new LinkedHashMap<>();
    for (Map.Entry<ImmutableList<String>, Long> u : terms.entrySet()) {
      for (Map.Entry<ImmutableList<String>, Long> v : other.terms.entrySet()) {
        ImmutableList<String> word =
            ImmutableList.<String>builderWithExpectedSize(u.getKey().size() + v.getKey().size())
                .addAll(u.getKey())
                .addAll(v.getKey())
                .build();
        product.merge(word, Math.multiplyExact(u.getValue(), v.getValue()), Math::addExact);
      }
    }
    return new SymbolicSum(ImmutableMap.copyOf(product));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SymbolicSum && ((SymbolicSum) o).terms.equals(terms);
  }

  @Override
  public int hashCode() {
    return terms.hashCode();
  }

  /** The formula, e.g. {@code 1·40 + 1·5·23}, {@code 2×x·y}, {@code 0} or {@code 1}. */
  @Override
  public String toString() {
    if (terms.isEmpty()) {
      return "0";
    }
    StringBuilder sb = new StringBuilder();
    Joiner dot = Joiner.on('·');
    for (Map.Entry<ImmutableList<String>, Long> t : terms.entrySet()) {
      if (sb.length() > 0) {
        sb.append(" + ");
      }
      if (t.getValue() > 1) {
        sb.append(t.getValue()).append('×');
      }
      if (t.getKey().isEmpty()) {
        sb.append('1');
      } else {
        dot.appendTo(sb, t.getKey());
      }
    }
    return sb.toString();
  }
}
