package org.pathsum.semiring;

import java.util.Objects;

/**
 * An immutable pair of weights, the elements of {@link Semirings#product} and {@link
 * Semirings#lexicographic} semirings, e.g. (shortest distance, number of shortest paths).
 *
 * @param first the first component; not null
 * @param second the second component; not null
 * @param <A> the first component's type
 * @param <B> the second component's type
 */
public record Pair<A, B>(A first, B second) {

  /**
   * @throws NullPointerException if a component is null
   */
  public Pair {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
  }

  /** The pair {@code (first, second)}. */
  public static <A, B> Pair<A, B> of(A first, B second) {
    return new Pair<>(first, second);
  }

  /** {@code (first, second)}. */
  @Override
  public String toString() {
    return "(" + first + ", " + second + ")";
  }
}
