/**
 * Interprocedural bit-vector dataflow as an instance of weighted pushdown systems ({@link
 * org.pathsum.wpds}): a {@link org.pathsum.dataflow.interprocedural.Supergraph} of procedures and
 * call sites, a {@link org.pathsum.dataflow.interprocedural.GenKillProblem} (the shipped ones are
 * made by {@link org.pathsum.dataflow.interprocedural.BitVectorAnalysis}: reaching definitions,
 * live variables, possibly-uninitialized locals), and {@link
 * org.pathsum.dataflow.interprocedural.InterproceduralSolver}, which turns both into pushdown rules
 * weighted by gen/kill transfer functions and reads the meet over all valid paths off post*.
 */
package org.pathsum.dataflow.interprocedural;
