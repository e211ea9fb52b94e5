package org.pathsum.solver;

import java.util.Objects;
import org.pathsum.semiring.PathSumException;
import org.pathsum.solver.PathSums;

/**
 * Thrown when a path sum of weights in the carrier leaves it: {@code 1e308 + 1e308} is +∞ in the
 * tropical semiring, which would read as "no path"; a real sum past {@link Double#MAX_VALUE} would
 * read as ∞; a count past {@code Long.MAX_VALUE} does not fit; and a product of nonzero
 * probabilities such as {@code 1e-200 × 1e-200} underflows to 0, which would read as "no path" too
 * (an <em>underflow</em>; the log semiring holds such products). Never a silent 0̄ or ∞: the solver
 * refuses and names the first vertex whose sum left the carrier, with the query's anchor and
 * direction.
 */
public class CarrierOverflowException extends PathSumException {

  private static final long serialVersionUID = 1L;

  private final transient Object vertex;
  private final transient Object anchor;
  private final PathSums.Direction direction;
  private final boolean underflow;
  private final String semiringName;

  /**
   * @param vertex the vertex whose path sum left the carrier; not null
   * @param anchor the query's fixed end: its source, or its target for a backward query; not null
   * @param direction which end {@code anchor} is
   * @param underflow true if a product of nonzero values vanished, false for an overflow
   * @param semiringName the semiring's {@link org.pathsum.semiring.Semiring#name() name}
   * @param detail what the arithmetic gave, for the message (e.g. "the arithmetic gave Infinity")
   */
  public CarrierOverflowException(
      Object vertex,
      Object anchor,
      PathSums.Direction direction,
      boolean underflow,
      String semiringName,
      String detail) {
    super(message(vertex, anchor, direction, underflow, semiringName, detail));
    this.vertex = vertex;
    this.anchor = anchor;
    this.direction = direction;
    this.underflow = underflow;
    this.semiringName = semiringName;
  }

  private static String message(
      Object vertex,
      Object anchor,
      PathSums.Direction direction,
      boolean underflow,
      String semiringName,
      String detail) {
    Objects.requireNonNull(vertex, "vertex");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(semiringName, "semiringName");
    Objects.requireNonNull(detail, "detail");
    String pair =
        Objects.requireNonNull(direction, "direction") == PathSums.Direction.FROM_SOURCE
            ? "from " + anchor + " to " + vertex
            : "from " + vertex + " to " + anchor;
    return underflow
        ? "the path sum "
            + pair
            + " underflows the "
            + semiringName
            + " semiring's doubles ("
            + detail
            + "), which would read as no path; use the log semiring for products this small"
        : "the path sum "
            + pair
            + " overflows the "
            + semiringName
            + " semiring's range ("
            + detail
            + ", from weights in range); rescale the weights";
  }

  /**
   * The vertex whose path sum left the carrier; {@code V} is the graph's vertex type, chosen by
   * the caller ({@code String v = ex.vertex()}).
   */
  @SuppressWarnings("unchecked")
  public <V> V vertex() {
    return (V) vertex;
  }

  /** The query's fixed end (the source, or the target of a backward query). */
  @SuppressWarnings("unchecked")
  public <V> V anchor() {
    return (V) anchor;
  }

  /** Which end {@link #anchor()} is. */
  public PathSums.Direction direction() {
    return direction;
  }

  /** True if a product of nonzero values vanished (underflow), false for an overflow. */
  public boolean isUnderflow() {
    return underflow;
  }

  /** The name of the semiring the problem was posed in. */
  public String semiringName() {
    return semiringName;
  }
}
