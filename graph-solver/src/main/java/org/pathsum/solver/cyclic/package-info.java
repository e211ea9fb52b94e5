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
 * <p>No method in this package accepts or returns {@code null}, and no algorithm recurses: a
 * million-vertex chain or a long cycle does not overflow the stack.
 */
package org.pathsum.solver.cyclic;
