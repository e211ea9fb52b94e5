/**
 * Algebraic path problems over JGraphT graphs: the front door {@link
 * org.pathsum.solver.PathSumSolvers}, the one contract its solvers answer ({@link
 * org.pathsum.solver.PathSumSolver}: forward, backward and demand queries), their results ({@link
 * org.pathsum.solver.PathSums}, and {@link org.pathsum.solver.WitnessPaths} for selective
 * semirings; {@link org.pathsum.solver.Marginals} for real and log weights, {@link
 * org.pathsum.solver.KBestPaths} for tropical and max-plus) and their refusals, each a {@link org.pathsum.semiring.PathSumException} that carries
 * its evidence in the graph's own vertices: {@link org.pathsum.solver.DivergentPathSumException}
 * (with the special cases {@link org.pathsum.solver.NegativeCycleException}, {@link
 * org.pathsum.solver.InfinitePathSumException} and {@link
 * org.pathsum.solver.DivergentSeriesException}), {@link
 * org.pathsum.solver.AccuracyNotReachedException} and {@link
 * org.pathsum.solver.CarrierOverflowException}.
 *
 * <p>No method in this package accepts or returns {@code null}, and no algorithm behind it
 * recurses: a million-vertex chain or a long cycle does not overflow the stack.
 */
package org.pathsum.solver;
