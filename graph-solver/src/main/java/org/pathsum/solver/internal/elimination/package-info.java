/**
 * Cross-country (vertex) elimination: the path sums between a set of sources and a set of targets
 * of a DAG, accumulated by eliminating the intermediate vertices one at a time in any order.
 *
 * <p>Eliminating a vertex {@code v} replaces every two-edge path {@code u → v → w} by a direct edge
 * {@code u → w} weighted {@code a ⊗ b} (merged by ⊕ into an existing {@code u → w}), which keeps
 * every source–target path sum unchanged. Eliminating in topological order is forward-mode
 * accumulation, in reverse topological order reverse mode, and the Markowitz order (fewest products
 * first) often needs fewer ⊗ than either. Start at {@link
 * org.pathsum.solver.internal.elimination.VertexElimination}; pick the order with {@link
 * org.pathsum.solver.internal.elimination.EliminationOrder}; read sums and operation counts from {@link
 * org.pathsum.solver.internal.elimination.EliminationResult}. The same engine does star elimination inside a
 * strongly connected component ({@link org.pathsum.solver.internal.elimination.StarElimination}), where
 * eliminating v multiplies by the star of its loop; a DAG is the case where every star is 1̄.
 *
 * <p>No method in this package accepts or returns {@code null}, and nothing recurses: a chain of a
 * million vertices does not overflow the stack.
 */
package org.pathsum.solver.internal.elimination;
