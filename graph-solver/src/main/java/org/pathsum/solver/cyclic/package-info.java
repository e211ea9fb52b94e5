/**
 * Path-problem solvers for directed graphs <em>with cycles</em> (the framework of a semiring whose
 * order has no infinite ascending chains, or that has a Kleene star), and witness paths for
 * selective semirings. Start at {@link org.pathsum.solver.cyclic.PathSumSolvers}:
 *
 * <ul>
 *   <li>{@link org.pathsum.solver.cyclic.PathSumSolvers#forGraph forGraph}: picks a correct
 *       algorithm for the semiring and graph, and refuses undefined sums — the entry point for
 *       callers that do not want to choose;
 *   <li>{@link org.pathsum.solver.cyclic.PathSumSolvers#residual residual}: Mohri's generic
 *       single-source shortest distance with a choice of {@link
 *       org.pathsum.solver.cyclic.QueueDiscipline};
 *   <li>{@link org.pathsum.solver.cyclic.PathSumSolvers#starElimination starElimination}: exact
 *       solving with the semiring's star, strongly connected components then elimination (Tarjan's
 *       path expressions); {@link org.pathsum.solver.cyclic.PathExpressions} is the semiring of the
 *       path expressions themselves;
 *   <li>{@link org.pathsum.solver.cyclic.PathSumSolvers#witnesses witnesses}: a {@link
 *       org.jgrapht.GraphPath} attaining each value, as {@link
 *       org.pathsum.solver.cyclic.WitnessPaths}.
 * </ul>
 *
 * <p>All of them answer forward, backward and demand queries through {@link
 * org.pathsum.solver.PathSumSolver}. Undefined sums are refused with exceptions that carry a
 * responsible cycle: {@link org.pathsum.solver.cyclic.DivergentPathSumException} and its subclasses
 * {@link org.pathsum.solver.cyclic.NegativeCycleException} and {@link
 * org.pathsum.solver.cyclic.InfinitePathSumException}.
 *
 * <p>Array-level strategies for one strongly connected component at a time, over a local CSR
 * ({@code int[] offsets, int[] targets, double[] weights}), for the front door's condensation:
 * {@link org.pathsum.solver.cyclic.SpectralRadiusCertificate} proves ρ(|A|) &lt; 1 (or refuses) for
 * the real and log semirings; {@link org.pathsum.solver.cyclic.SeriesComponentSolver} then solves
 * {@code x = b + Ax} by Gauss–Seidel (dense LU first for small components) to a proven tolerance;
 * {@link org.pathsum.solver.cyclic.SelectiveComponentSolver} solves tropical and max-plus by
 * Dijkstra or by Bellman–Ford with subtree disassembly. Their refusals, {@link
 * org.pathsum.solver.cyclic.ComponentRefusalException}, carry local indices and map to {@link
 * org.pathsum.solver.cyclic.DivergentSeriesException}, {@link
 * org.pathsum.solver.cyclic.NegativeCycleException} or {@link
 * org.pathsum.solver.cyclic.CarrierOverflowException}.
 *
 * <p>No method in this package accepts or returns {@code null}, and no algorithm recurses: a
 * million-vertex chain or a long cycle does not overflow the stack.
 */
package org.pathsum.solver.cyclic;
