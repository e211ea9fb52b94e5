package org.pathsum.semiring;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * An immutable polynomial with natural-number coefficients in named variables, ℕ[X]: the weights of
 * the {@linkplain Semirings#provenance() provenance semiring}. Label each edge with {@link
 * #variable} of its name and the path sum is the sum, over the paths, of the product of their edge
 * variables: {@code 2*a*b + c^2} says two paths use a and b once each, one uses c twice.
 *
 * <p>It is the most general commutative path sum (Green, Karvounarakis and Tannen's provenance
 * semirings): {@link #evaluate} in any commutative semiring, each variable replaced by an edge
 * weight, gives the path sum in that semiring — all variables 1 in {@link Semirings#exactCounting()}
 * gives the number of paths.
 *
 * <p>{@link #toString} prints the monomials by descending degree, then in lexicographic order of
 * their text; in a monomial the variables are sorted, a power is {@code x^n}, a coefficient other
 * than 1 comes first ({@code 3*x}); 0̄ is {@code 0}, 1̄ is {@code 1}. Equality is that of
 * polynomials (the same coefficient for every monomial).
 */
public final class Polynomial {

  private static final Polynomial ZERO = new Polynomial(ImmutableMap.of());
  private static final Polynomial ONE =
      new Polynomial(ImmutableMap.of(ImmutableSortedMap.of(), BigInteger.ONE));

  /** Monomial (variable → exponent ≥ 1, sorted) → coefficient ≥ 1. */
  private final ImmutableMap<ImmutableSortedMap<String, Integer>, BigInteger> terms;

  private Polynomial(ImmutableMap<ImmutableSortedMap<String, Integer>, BigInteger> terms) {
    this.terms = terms;
  }

  /**
   * The polynomial {@code name}: one variable to the first power.
   *
   * @param name non-empty, without white space and without the characters {@code * ^ + ( )}
   * @throws IllegalArgumentException if {@code name} is empty or holds one of those characters
   */
  public static Polynomial variable(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()
        || name.chars().anyMatch(c -> Character.isWhitespace(c) || "*^+()".indexOf(c) >= 0)) {
      throw new IllegalArgumentException(
          "a variable name must be non-empty, without white space and without * ^ + ( ), got \""
              + name
              + "\"");
    }
    return new Polynomial(ImmutableMap.of(ImmutableSortedMap.of(name, 1), BigInteger.ONE));
  }

  /**
   * The constant polynomial {@code c}.
   *
   * @throws IllegalArgumentException if {@code c} is negative
   */
  public static Polynomial constant(BigInteger c) {
    Objects.requireNonNull(c, "c");
    if (c.signum() < 0) {
      throw new IllegalArgumentException("coefficients are natural numbers, got " + c);
    }
    if (c.signum() == 0) {
      return ZERO;
    }
    return c.equals(BigInteger.ONE)
        ? ONE
        : new Polynomial(ImmutableMap.of(ImmutableSortedMap.of(), c));
  }

  static Polynomial zero() {
    return ZERO;
  }

  static Polynomial one() {
    return ONE;
  }

  /** The sum {@code this + other}. Cost: O(terms of both). */
  public Polynomial plus(Polynomial other) {
    Objects.requireNonNull(other, "other");
    if (other.terms.isEmpty()) {
      return this;
    }
    if (terms.isEmpty()) {
      return other;
    }
    Map<ImmutableSortedMap<String, Integer>, BigInteger> sum = new HashMap<>(terms);
    other.terms.forEach((m, c) -> sum.merge(m, c, BigInteger::add));
    return new Polynomial(ImmutableMap.copyOf(sum));
  }

  /** The product {@code this · other}. Cost: O(product of the numbers of terms) monomial products. */
  public Polynomial times(Polynomial other) {
    Objects.requireNonNull(other, "other");
    if (terms.isEmpty() || other.terms.isEmpty()) {
      return ZERO;
    }
    Map<ImmutableSortedMap<String, Integer>, BigInteger> product = new HashMap<>();
    terms.forEach(
        (m1, c1) ->
            other.terms.forEach(
                (m2, c2) -> product.merge(multiply(m1, m2), c1.multiply(c2), BigInteger::add)));
    return new Polynomial(ImmutableMap.copyOf(product));
  }

  private static ImmutableSortedMap<String, Integer> multiply(
      ImmutableSortedMap<String, Integer> a, ImmutableSortedMap<String, Integer> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    Map<String, Integer> m = new HashMap<>(a);
    b.forEach((x, e) -> m.merge(x, e, Math::addExact));
    return ImmutableSortedMap.copyOf(m);
  }

  /**
   * The value of this polynomial in a commutative semiring, each variable replaced by {@code
   * valuation.apply(name)}: a coefficient c is c-fold {@code 1̄ ⊕ … ⊕ 1̄} and a power xⁿ the n-fold
   * product, both by doubling (O(log c), O(log n) operations).
   *
   * @throws MissingSemiringPropertyException if {@code semiring} is not commutative: a monomial
   *     does not remember the order of its variables
   * @throws NullPointerException if {@code valuation} returns null
   */
  public <W> W evaluate(Semiring<W> semiring, Function<String, ? extends W> valuation) {
    Objects.requireNonNull(semiring, "semiring");
    Objects.requireNonNull(valuation, "valuation");
    semiring.require("evaluating a polynomial", SemiringProperty.COMMUTATIVE_TIMES);
    W sum = semiring.zero();
    for (Map.Entry<ImmutableSortedMap<String, Integer>, BigInteger> term : terms.entrySet()) {
      W product = multiple(semiring, term.getValue());
      for (Map.Entry<String, Integer> factor : term.getKey().entrySet()) {
        W x =
            Objects.requireNonNull(
                valuation.apply(factor.getKey()),
                () -> "valuation returned null for " + factor.getKey());
        product = semiring.times(product, power(semiring, x, factor.getValue()));
      }
      sum = semiring.plus(sum, product);
    }
    return sum;
  }

  private static <W> W multiple(Semiring<W> s, BigInteger c) {
    W result = s.zero();
    W unit = s.one();
    for (int bit = c.bitLength() - 1; bit >= 0; bit--) {
      result = s.plus(result, result);
      if (c.testBit(bit)) {
        result = s.plus(result, unit);
      }
    }
    return result;
  }

  private static <W> W power(Semiring<W> s, W x, int n) {
    W result = s.one();
    for (int bit = 31 - Integer.numberOfLeadingZeros(n); bit >= 0; bit--) {
      result = s.times(result, result);
      if ((n >>> bit & 1) != 0) {
        result = s.times(result, x);
      }
    }
    return result;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Polynomial && ((Polynomial) o).terms.equals(terms);
  }

  @Override
  public int hashCode() {
    return terms.hashCode();
  }

  /** E.g. {@code 2*a*b + c^2}; see the class comment for the order. */
  @Override
  public String toString() {
    if (terms.isEmpty()) {
      return "0";
    }
    List<String[]> printed = new ArrayList<>(); // {degree, monomial text, coefficient}
    terms.forEach(
        (m, c) -> {
          int degree = m.values().stream().mapToInt(Integer::intValue).sum();
          StringBuilder sb = new StringBuilder();
          m.forEach(
              (x, e) -> {
                if (sb.length() > 0) {
                  sb.append('*');
                }
                sb.append(x);
                if (e > 1) {
                  sb.append('^').append(e);
                }
              });
          printed.add(new String[] {Integer.toString(degree), sb.toString(), c.toString()});
        });
    printed.sort(
        Comparator.<String[]>comparingInt(t -> -Integer.parseInt(t[0]))
            .thenComparing(t -> t[1]));
    StringBuilder out = new StringBuilder();
    for (String[] t : printed) {
      if (out.length() > 0) {
        out.append(" + ");
      }
      if (t[1].isEmpty()) {
        out.append(t[2]);
      } else {
        if (!t[2].equals("1")) {
          out.append(t[2]).append('*');
        }
        out.append(t[1]);
      }
    }
    return out.toString();
  }
}
