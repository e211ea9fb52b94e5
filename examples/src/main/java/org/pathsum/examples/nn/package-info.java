/**
 * The lecture's neural-network example, written against ad-instance's public API only: one hidden
 * layer of sigmoid units trained by gradient descent on a squared-error loss, where the training
 * circuit is recorded once with the loss as its single output, and every gradient is the reverse
 * path solve from the loss — backpropagation as a path problem. The circuit is written twice: per
 * scalar, a {@link org.pathsum.ad.ComputationGraph} ({@link
 * org.pathsum.examples.nn.Network#trainingCircuit}), and with array nodes, matrix products over
 * the whole data set, an {@link org.pathsum.ad.ArrayGraph} ({@link
 * org.pathsum.examples.nn.Network#arrayTrainingCircuit}), which training uses. Entry point: {@link
 * org.pathsum.examples.nn.Training#run}.
 *
 * <p>No method in this package accepts or returns {@code null}.
 */
package org.pathsum.examples.nn;
