package org.pathsum.dataflow;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.pathsum.semiring.GenKill;

/**
 * A distributive bit-vector dataflow problem on a {@link Supergraph}: what an analysis supplies to
 * {@link InterproceduralSolver}. Facts are bits {@code 0 … width() − 1}; each node has a gen/kill
 * transfer function in the direction of the analysis; the {@link #frameBits() frame bits} describe
 * the current frame (a method's locals) and are carried around a call unchanged, while the other
 * bits (static fields) flow into the callee and back out of it. The facts at a node are the union
 * over all valid paths from a root of the composed transfer functions, applied to the empty set.
 *
 * <p>Three analyses ship, made by the static factories: {@link #reachingDefinitions}, {@link
 * #liveVariables} and {@link #possiblyUninitialized}. To write your own, implement the four
 * abstract methods, and {@link #factName} for readable names. An implementation must be
 * immutable, and the methods must return the same answer on every call; they are called O(nodes)
 * times by a solve. A node or bit out of range is the implementation's to refuse; the shipped
 * analyses throw {@link IndexOutOfBoundsException}.
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

  /**
   * The name of fact {@code bit} as seen at node {@code node} (a frame bit names a local of that
   * node's procedure), e.g. {@code "local 1@7: ISTORE 1"}. The default is {@code "fact BIT"}.
   */
  default String factName(int node, int bit) {
    return "fact " + bit;
  }

  /** The {@linkplain #factName names} of the set bits of {@code facts} at {@code node}, in bit order. */
  default List<String> names(int node, BitSet facts) {
    Objects.requireNonNull(facts, "facts");
    List<String> out = new ArrayList<>();
    for (int b = facts.nextSetBit(0); b >= 0; b = facts.nextSetBit(b + 1)) {
      out.add(factName(node, b));
    }
    return out;
  }

  /**
   * Reaching definitions (forward, may): which definitions — a node and the variable it defines, a
   * procedure's entry defining its parameters — can reach a node without being overwritten. One bit
   * per definition of a global; one bit per definition of a local within its procedure, the bits
   * shared among procedures (they are frame bits). Facts are named {@code variable@node label}.
   * Cost: O(nodes + definitions) to build.
   */
  static GenKillProblem reachingDefinitions(Supergraph g) {
    return BitVectorAnalysis.reachingDefinitions(Objects.requireNonNull(g, "g"));
  }

  /**
   * Live variables (backward, may): which variables may be read later, before being overwritten.
   * One bit per variable; locals are frame bits. Facts are named by their variable. Cost: O(nodes
   * + variables) to build.
   */
  static GenKillProblem liveVariables(Supergraph g) {
    return BitVectorAnalysis.liveVariables(Objects.requireNonNull(g, "g"));
  }

  /**
   * Possibly-uninitialized locals (forward, may): the locals that some valid path reaches a node on
   * without assigning. A procedure's entry makes every local it mentions uninitialized except its
   * parameters; a definition initializes. Facts are named by their variable. Cost: O(nodes +
   * variables) to build.
   */
  static GenKillProblem possiblyUninitialized(Supergraph g) {
    return BitVectorAnalysis.possiblyUninitialized(Objects.requireNonNull(g, "g"));
  }
}
