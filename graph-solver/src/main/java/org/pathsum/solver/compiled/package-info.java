/**
 * The compiled fast path: a DAG renumbered in topological order with its edges in compressed
 * {@code int} arrays ({@link org.pathsum.solver.compiled.CompiledDag}), built directly or from any
 * JGraphT DAG ({@link org.pathsum.solver.compiled.CompiledGraph}), and the forward, backward and
 * demand sweeps over it ({@link org.pathsum.solver.compiled.DagSweeps}), with primitive {@code
 * double} weights for the floating-point semirings and boxed weights for any other.
 *
 * <p>No method in this package accepts or returns {@code null}.
 */
package org.pathsum.solver.compiled;
