/**
 * Algebraic path problems over JGraphT graphs. Start at the front door {@link
 * org.pathsum.solver.PathSumSolvers}: {@code forGraph(graph, semiring, weights)} compiles the graph
 * once onto the integer core ({@link org.pathsum.solver.internal.compiled}), solves a DAG with one sweep
 * (primitive for a {@link org.pathsum.semiring.DoubleSemiring}) and a graph with cycles by walking
 * its strongly connected components in topological order with a {@link
 * org.pathsum.solver.internal.ComponentSolver} per cyclic component. Every solver answers the contract
 * {@link org.pathsum.solver.PathSumSolver} (forward, backward and demand queries) with {@link
 * org.pathsum.solver.PathSums}. {@link org.pathsum.solver.PathEnumerationSolver} is the brute-force
 * reference that sums explicitly enumerated paths; {@link org.pathsum.solver.DagPathSolver} is kept
 * as a thin adapter over the front door.
 *
 * <p>Every refusal is an {@link org.pathsum.semiring.PathSumException} with typed evidence ({@link
 * org.pathsum.solver.internal.NotADagException} carries the cycle). No method in this package accepts or
 * returns {@code null}, and nothing recurses.
 */
package org.pathsum.solver;
