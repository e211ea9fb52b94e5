/**
 * The lecture's neural-network example: one hidden layer of sigmoid units trained by gradient
 * descent on a squared-error loss, where the training circuit is a {@link
 * org.pathsum.ad.ComputationGraph} recorded once with the loss as its single output, and every
 * gradient is the reverse path solve ({@link org.pathsum.ad.AutoDiff#gradient}) from the loss —
 * backpropagation as a path problem. Entry point: {@link org.pathsum.ad.nn.Training#run}.
 *
 * <p>No method in this package accepts or returns {@code null}.
 */
package org.pathsum.ad.nn;
