/**
 * A worked example of classic bit-vector dataflow analysis as an algebraic path problem on a
 * control-flow graph with loops: {@link org.pathsum.dataflow.ReachingDefinitions} (forward, may:
 * union) and {@link org.pathsum.dataflow.LiveVariables} (backward, over the reversed semiring),
 * each with a demand query, all solved by {@link org.pathsum.solver.PathSumSolvers#forGraph}
 * in the gen/kill semiring {@link org.pathsum.semiring.Semirings#genKillUnion}.
 *
 * <pre>{@code
 * ControlFlowGraph cfg = DataflowExamples.dragonBook();
 * ReachingDefinitions.of(cfg).in("B2");   // [d1, d2, d3, d5, d6, d7]
 * LiveVariables.of(cfg).out("B1");         // [i, j, u2, u3]
 * }</pre>
 *
 * <p>Run {@link org.pathsum.dataflow.DataflowExamples#main} for a table of both analyses on two
 * example programs. No method in this package accepts or returns {@code null}.
 */
package org.pathsum.dataflow;
