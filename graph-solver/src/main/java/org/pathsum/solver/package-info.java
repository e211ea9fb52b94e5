/**
 * Solvers of algebraic path problems over JGraphT graphs: the contract {@link
 * org.pathsum.solver.PathSumSolver} with its solution {@link org.pathsum.solver.PathSums}, and the
 * DAG solver.
 *
 * <p>No method in this package accepts or returns {@code null}.
 */
package org.pathsum.solver;
