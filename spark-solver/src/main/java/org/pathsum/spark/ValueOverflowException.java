package org.pathsum.spark;

import java.util.Objects;
import org.pathsum.semiring.PathSumException;

/**
 * Thrown when a path sum leaves the semiring's carrier by rounding or overflow: a finite tropical or
 * max-plus distance beyond ±{@code Double.MAX_VALUE}, a real sum that overflows or turns NaN, a
 * count beyond {@code Long.MAX_VALUE}. Never a silent 0̄ or ∞ (DESIGN.md §1). Carries the vertex.
 */
public class ValueOverflowException extends PathSumException {

  private final transient Object vertex;
  private final String semiringName;

  /**
   * @param vertex a vertex whose path sum is not representable
   * @param semiringName the semiring's name
   */
  public ValueOverflowException(Object vertex, String semiringName) {
    super(
        "the "
            + semiringName
            + " path sum at vertex "
            + vertex
            + " is not representable (overflow or NaN); rescale the weights");
    this.vertex = Objects.requireNonNull(vertex, "vertex");
    this.semiringName = semiringName;
  }

  /** A vertex whose path sum overflowed. */
  public Object vertex() {
    return vertex;
  }

  /** The semiring's name. */
  public String semiringName() {
    return semiringName;
  }
}
