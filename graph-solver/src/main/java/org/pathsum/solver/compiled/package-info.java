/**
 * The compiled fast path: a DAG renumbered in topological order with its edges in compressed {@code
 * int} arrays ({@link org.pathsum.solver.compiled.CompiledDag}, 8 bytes per edge and 8 per vertex),
 * built directly — without JGraphT objects, as automatic differentiation does — or from any JGraphT
 * DAG ({@link org.pathsum.solver.compiled.CompiledGraph}); the forward, backward and demand sweeps
 * over it ({@link org.pathsum.solver.compiled.DagSweeps}), with primitive {@code double} weights
 * for the floating-point semirings and boxed weights for any other; and {@link
 * org.pathsum.solver.compiled.CompiledPathSumSolver}, the same speed behind the {@link
 * org.pathsum.solver.PathSumSolver} contract.
 *
 * <p>No method in this package accepts or returns {@code null}.
 */
package org.pathsum.solver.compiled;
