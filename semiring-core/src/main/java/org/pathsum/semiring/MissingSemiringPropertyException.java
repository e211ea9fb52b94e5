package org.pathsum.semiring;

import java.util.Objects;

/**
 * Thrown when an algorithm is given a semiring that lacks a property it needs. Carries the semiring
 * and the missing property.
 */
public class MissingSemiringPropertyException extends PathSumException {

  /** The refused semiring; transient because a semiring need not be serializable. */
  private final transient Semiring<?> semiring;

  /** The property the semiring lacks. */
  private final SemiringProperty missing;

  /**
   * @param semiring the semiring that was refused
   * @param missing the property it lacks
   * @param algorithm the algorithm that needs it, for the message
   */
  public MissingSemiringPropertyException(
      Semiring<?> semiring, SemiringProperty missing, String algorithm) {
    super(
        algorithm
            + " needs a semiring with property "
            + missing
            + ", but the "
            + semiring.name()
            + " semiring does not have it; choose a semiring that does (see SemiringProperty)");
    this.semiring = Objects.requireNonNull(semiring, "semiring");
    this.missing = Objects.requireNonNull(missing, "missing");
  }

  /** The semiring that was refused. */
  public Semiring<?> semiring() {
    return semiring;
  }

  /** The property it lacks. */
  public SemiringProperty missingProperty() {
    return missing;
  }
}
