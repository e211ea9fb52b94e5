package org.pathsum.examples.nn;

/**
 * The outcome of {@link Training#run}: the loss and accuracy at the final parameters, and the
 * parameters themselves. Immutable.
 */
public final class TrainingResult {

  private final int epochs;
  private final double initialLoss;
  private final double finalLoss;
  private final double accuracy;
  private final double[] parameters;

  TrainingResult(
      int epochs, double initialLoss, double finalLoss, double accuracy, double[] parameters) {
    this.epochs = epochs;
    this.initialLoss = initialLoss;
    this.finalLoss = finalLoss;
    this.accuracy = accuracy;
    this.parameters = parameters.clone();
  }

  /** The number of gradient steps taken. */
  public int epochs() {
    return epochs;
  }

  /** The loss at the initial parameters. */
  public double initialLoss() {
    return initialLoss;
  }

  /** The loss at the final parameters. */
  public double finalLoss() {
    return finalLoss;
  }

  /** The fraction of points classified correctly at the final parameters, in [0, 1]. */
  public double accuracy() {
    return accuracy;
  }

  /** A copy of the final parameters, in {@link Network#parameterNames()} order. */
  public double[] parameters() {
    return parameters.clone();
  }

  @Override
  public String toString() {
    return "TrainingResult[epochs=" + epochs + ", loss " + initialLoss + " -> " + finalLoss
        + ", accuracy=" + accuracy + "]";
  }
}
