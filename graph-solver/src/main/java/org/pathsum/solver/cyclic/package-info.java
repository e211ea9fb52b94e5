/**
 * Path-problem solvers for directed graphs <em>with cycles</em>, in the framework of a semiring
 * with a partial order that has no infinite ascending chains (or a Kleene star), and witness paths
 * for selective semirings. Start at {@link org.pathsum.solver.cyclic.PathSumSolvers}.
 *
 * <ul>
 *   <li>The residual solver ({@link org.pathsum.solver.cyclic.PathSumSolvers#residual}): Mohri's
 *       generic single-source shortest distance, with a choice of {@link
 *       org.pathsum.solver.cyclic.QueueDiscipline}.
 * </ul>
 *
 * <p>Undefined sums are refused with exceptions that carry a responsible cycle: {@link
 * org.pathsum.solver.cyclic.DivergentPathSumException} and its subclasses {@link
 * org.pathsum.solver.cyclic.NegativeCycleException} and {@link
 * org.pathsum.solver.cyclic.InfinitePathSumException}.
 *
 * <p>No method in this package accepts or returns {@code null}, and no algorithm recurses: a
 * million-vertex cycle does not overflow the stack.
 */
package org.pathsum.solver.cyclic;
