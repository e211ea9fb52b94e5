/**
 * The lecture's neural-network example, written against ad-instance's public API only: one hidden
 * layer of sigmoid units trained by gradient descent on a squared-error loss, where the training
 * circuit is a {@link org.pathsum.ad.ComputationGraph} recorded once with the loss as its single
 * output, and every gradient is the reverse path solve from the loss ({@link
 * org.pathsum.ad.ComputationGraph#valueAndGradient(double[], double[])}) — backpropagation as a
 * path problem. Entry point: {@link org.pathsum.examples.nn.Training#run}.
 *
 * <p>No method in this package accepts or returns {@code null}.
 */
package org.pathsum.examples.nn;
