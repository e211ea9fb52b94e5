package org.pathsum.solver.cyclic;

import java.util.Objects;
import org.pathsum.semiring.PathSumException;

/**
 * Thrown when a path sum of finite weights leaves the semiring's carrier: {@code 1e308 + 1e308} is
 * +∞ in the tropical semiring, which would read as "unreachable", and a real or max-plus sum that
 * exceeds {@link Double#MAX_VALUE} would read as ∞. Never a silent 0̄ or ∞: the solver refuses and
 * names the vertex whose value overflowed.
 *
 * <p>Carries the vertex (typed by the caller; the array-level solvers report a local index through
 * {@link ComponentRefusalException} and the front door maps it) and the non-finite value that the
 * floating-point arithmetic produced.
 */
public class CarrierOverflowException extends PathSumException {

  private final transient Object vertex;
  private final double value;
  private final String semiringName;

  /**
   * @param vertex the vertex whose path sum overflowed; not null
   * @param value the non-finite value the arithmetic produced (±∞ or NaN)
   * @param semiringName the semiring's {@link org.pathsum.semiring.Semiring#name() name}
   */
  public CarrierOverflowException(Object vertex, double value, String semiringName) {
    super(
        "the path sum at vertex "
            + Objects.requireNonNull(vertex, "vertex")
            + " overflows the "
            + Objects.requireNonNull(semiringName, "semiringName")
            + " semiring's double range (the arithmetic gave "
            + value
            + " from finite weights); rescale the weights");
    this.vertex = vertex;
    this.value = value;
    this.semiringName = semiringName;
  }

  /** The vertex whose path sum overflowed. */
  public Object vertex() {
    return vertex;
  }

  /** The non-finite value the arithmetic produced: ±∞, or NaN from ∞ − ∞. */
  public double value() {
    return value;
  }

  /** The name of the semiring the problem was posed in. */
  public String semiringName() {
    return semiringName;
  }
}
