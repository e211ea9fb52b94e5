package org.pathsum.ad;

import java.util.Objects;

/**
 * A Jacobian computed by {@link CrossCountry} vertex elimination, with the number of operations it
 * took. Immutable.
 *
 * <p>The counts include every real ⊗ and ⊕ performed, also the trivial ones (a multiplication by a
 * label of 1 is counted), since the elimination does not look at values: they measure the
 * accumulation order, not the particular point.
 */
public final class CrossCountryResult {

  private final Jacobian jacobian;
  private final long multiplications;
  private final long additions;
  private final long fillIn;

  CrossCountryResult(Jacobian jacobian, long multiplications, long additions, long fillIn) {
    this.jacobian = Objects.requireNonNull(jacobian, "jacobian");
    this.multiplications = multiplications;
    this.additions = additions;
    this.fillIn = fillIn;
  }

  /** The Jacobian: rows are outputs, columns inputs. */
  public Jacobian jacobian() {
    return jacobian;
  }

  /** The number of multiplications performed. */
  public long multiplications() {
    return multiplications;
  }

  /** The number of additions performed (including merging parallel edges, as in {@code x·x}). */
  public long additions() {
    return additions;
  }

  /** The number of edges elimination created between nodes that had none (fill-in). */
  public long fillIn() {
    return fillIn;
  }

  @Override
  public String toString() {
    return "CrossCountryResult[multiplications="
        + multiplications
        + ", additions="
        + additions
        + ", fillIn="
        + fillIn
        + ", jacobian="
        + jacobian
        + "]";
  }
}
