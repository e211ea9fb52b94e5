package org.pathsum.examples.nn;

import java.util.Objects;
import org.pathsum.ad.ArrayGraph;

/**
 * Full-batch gradient descent on a {@link Network}'s training circuit with array nodes ({@link
 * Network#arrayTrainingCircuit}). The circuit is recorded once; each epoch evaluates it at the
 * current parameters and takes the gradient of the loss by one reverse path solve over the
 * transposed local Jacobians ({@link ArrayGraph#valueAndGradient(double[], double[])}):
 * backpropagation as a single-target path problem, in the thread's reusable workspace, so an epoch
 * allocates nothing.
 *
 * <p>Cost per epoch O(N·hidden·inputs) for N points, in a handful of array operations.
 * Deterministic: the same arguments give the same result.
 */
public final class Training {

  private Training() {}

  /**
   * Trains a one-hidden-layer sigmoid network on {@code data}.
   *
   * @param data the training set
   * @param hidden the number of hidden units, at least 1
   * @param epochs the number of gradient steps, at least 0
   * @param learningRate the step size, positive and finite
   * @param seed the seed of the initial parameters ({@link Network#initialParameters})
   * @param listener told the loss before each step
   * @throws IllegalArgumentException if an argument is out of range (naming it)
   * @throws org.pathsum.ad.NonFiniteValueException if the training diverges to a non-finite value
   */
  public static TrainingResult run(
      Dataset data,
      int hidden,
      int epochs,
      double learningRate,
      long seed,
      TrainingListener listener) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(listener, "listener");
    if (epochs < 0) {
      throw new IllegalArgumentException("epochs must be >= 0, got " + epochs);
    }
    if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
      throw new IllegalArgumentException(
          "learningRate must be positive and finite, got " + learningRate);
    }
    Network network = new Network(data.dimension(), hidden);
    ArrayGraph circuit = network.arrayTrainingCircuit(data);
    double[] params = network.initialParameters(seed);
    double initialLoss = Double.NaN;
    double[] gradient = new double[params.length];
    for (int epoch = 0; epoch < epochs; epoch++) {
      double loss = circuit.valueAndGradient(params, gradient); // allocates nothing after epoch 0
      if (epoch == 0) {
        initialLoss = loss;
      }
      listener.onEpoch(epoch, loss);
      for (int k = 0; k < params.length; k++) {
        params[k] -= learningRate * gradient[k];
      }
    }
    double finalLoss = circuit.valueAndGradient(params, gradient);
    if (epochs == 0) {
      initialLoss = finalLoss;
    }
    return new TrainingResult(
        epochs, initialLoss, finalLoss, network.accuracy(params, data), params);
  }
}
