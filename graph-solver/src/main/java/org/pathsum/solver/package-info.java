/**
 * Solvers of algebraic path problems over JGraphT graphs: the contract {@link
 * org.pathsum.solver.PathSumSolver} with its solution {@link org.pathsum.solver.PathSums}, the DAG
 * solver {@link org.pathsum.solver.DagPathSolver} (forward, backward and demand sweeps in
 * topological order) and the brute-force reference {@link org.pathsum.solver.PathEnumerationSolver}
 * that sums over explicitly enumerated paths.
 *
 * <p>No method in this package accepts or returns {@code null}.
 */
package org.pathsum.solver;
