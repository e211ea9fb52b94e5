/**
 * The machinery behind {@link org.pathsum.solver.PathSumSolvers}, not part of the API (the module
 * does not export it): the graph compiled once ({@code SolverGraph}), the solvers of acyclic graphs
 * and of the condensation of graphs with cycles, the one decision table that chooses a strategy per
 * cyclic component from what the semiring declares ({@code Strategies}), and the generic
 * strategies (selective search, residual propagation).
 */
package org.pathsum.solver.internal;
