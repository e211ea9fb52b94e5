/**
 * Automatic differentiation as a path problem. A {@link org.pathsum.ad.ComputationGraph} is recorded
 * once (by its {@link org.pathsum.ad.ComputationGraph.Builder}, or by running a program written
 * against {@link org.pathsum.ad.Arithmetic}), {@linkplain org.pathsum.ad.ComputationGraph#labelAt
 * labeled} at a point with values on nodes and local partials ({@link org.pathsum.ad.Op}) on edges,
 * and differentiated by {@link org.pathsum.ad.AutoDiff}: forward mode is a single-source path solve
 * from an input, reverse mode a single-target solve to an output, both in the real semiring. {@link
 * org.pathsum.ad.Dual} numbers and {@link org.pathsum.ad.DualEvaluator} are the independent third
 * way.
 *
 * <p>No method in this package accepts or returns {@code null}.
 */
package org.pathsum.ad;
