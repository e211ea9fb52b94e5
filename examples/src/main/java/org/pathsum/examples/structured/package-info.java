/**
 * Structured models as path problems: a hidden Markov model and a linear-chain conditional random
 * field are lattices (one vertex per position and label, one edge per transition), and every
 * quantity people compute on them is a path sum over that lattice through {@link
 * org.pathsum.solver.PathSumSolvers}, with no dynamic program of its own:
 *
 * <ul>
 *   <li>likelihood and log partition: the log-semiring sum from start to end;
 *   <li>posteriors and marginals: {@link org.pathsum.solver.PathSumSolvers#marginals} — one
 *       forward and one backward solve, which is backpropagation of the log partition;
 *   <li>best and k best labelings: the max-plus k best paths;
 *   <li>entropy: the marginals again (or the expectation semiring).
 * </ul>
 *
 * {@link org.pathsum.examples.structured.AbsorbingChain} is a model with cycles — expected visits
 * and the mean and variance of a cost until absorption — which a library restricted to acyclic
 * lattices cannot express. The guide is {@code docs/structured.md}.
 *
 * <p>No method in this package accepts or returns {@code null}.
 */
package org.pathsum.examples.structured;
