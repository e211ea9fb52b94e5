package org.pathsum.dataflow.interprocedural;

import java.util.BitSet;
import org.pathsum.semiring.GenKill;

/**
 * A distributive bit-vector dataflow problem on a {@link Supergraph}: what an analysis supplies to
 * {@link InterproceduralSolver}. Facts are bits {@code 0 … width() − 1}; each node has a gen/kill
 * transfer function in the direction of the analysis; the {@link #frameBits() frame bits} describe
 * the current frame (a method's locals) and are carried around a call unchanged, while the other
 * bits (static fields) flow into the callee and back out of it.
 *
 * <p>To write an analysis of your own, implement these four methods (or use {@link
 * BitVectorAnalysis}): the facts at a node are the meet (union) over all valid paths from a root
 * of the composed transfer functions, applied to the empty set.
 */
public interface GenKillProblem {

  /** The number of facts. */
  int width();

  /** The facts that belong to the current frame. Must not be modified. */
  BitSet frameBits();

  /**
   * The transfer function of node {@code n}: for a forward problem, applied when control leaves
   * {@code n}; for a backward problem, when a backward path leaves it (i.e. before the facts flow
   * to its predecessors). Bits must be below {@link #width()}.
   */
  GenKill effect(int n);

  /** Whether facts flow with control (forward) or against it (backward). */
  boolean forward();
}
