/**
 * Interprocedural bit-vector dataflow as an instance of weighted pushdown systems ({@link
 * org.pathsum.wpds}): a {@link org.pathsum.dataflow.Supergraph} of procedures and call sites, a
 * {@link org.pathsum.dataflow.GenKillProblem} (three ship: reaching definitions, live variables,
 * possibly-uninitialized locals), and {@link org.pathsum.dataflow.InterproceduralSolver}, which
 * turns both into pushdown rules weighted by gen/kill transfer functions and reads the meet over all
 * valid (call–return matched) paths off post*. The JVM bytecode front end in {@link
 * org.pathsum.dataflow.bytecode} builds supergraphs from class files.
 *
 * <pre>{@code
 * Supergraph g = BytecodeProgram.of(BytecodeProgram.readClasses("app.jar")).graph();
 * GenKillProblem live = GenKillProblem.liveVariables(g);
 * InterproceduralSolver.Solution sol = InterproceduralSolver.solve(g, live, new int[] {0}, true);
 * live.names(n, sol.facts(n));   // e.g. [local 0, local 3] after node n
 * }</pre>
 *
 * <p>No method in this package accepts or returns {@code null}.
 */
package org.pathsum.dataflow;
