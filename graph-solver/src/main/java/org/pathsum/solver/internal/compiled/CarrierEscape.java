package org.pathsum.solver.internal.compiled;

import org.pathsum.solver.CarrierOverflowException;

/**
 * Signals that the path sum at a vertex left the carrier: overflowed (an infinity or NaN that is
 * not 0̄ or 1̄, an {@link ArithmeticException} of the semiring, or an additive product that reached
 * 0̄'s infinity) or underflowed (a product of nonzero values that vanished). Carries the vertex
 * index of the graph the kernel ran on and no stack trace: it is control flow that the caller turns
 * into a {@code CarrierOverflowException} naming the vertex.
 */
public final class CarrierEscape extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int vertex;
  private final boolean underflow;

  /**
   * @param vertex the index of the vertex whose sum left the carrier
   * @param underflow true if a product vanished, false if a value overflowed
   * @param why what happened, for the message
   */
  public CarrierEscape(int vertex, boolean underflow, String why) {
    super(why, null, false, false);
    this.vertex = vertex;
    this.underflow = underflow;
  }

  /** The index of the vertex whose sum left the carrier. */
  public int vertex() {
    return vertex;
  }

  /** True if a product of nonzero values vanished; false for an overflow. */
  public boolean underflow() {
    return underflow;
  }
}
