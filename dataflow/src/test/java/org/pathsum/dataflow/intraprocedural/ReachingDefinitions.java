package org.pathsum.dataflow.intraprocedural;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pathsum.semiring.GenKill;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSums;
import org.pathsum.solver.PathSumSolvers;

/**
 * Reaching definitions (a forward "may" problem) as a path problem: which definitions can reach the
 * entry of each block along some path from the entry block without being overwritten.
 *
 * <p>Each definition is one bit; block B's transfer function is gen/kill, {@code OUT = (IN −
 * kill_B) ∪ gen_B}, with gen_B the last definition of each variable B assigns and kill_B every
 * definition of those variables. Edge (B, C) carries B's function; in the semiring {@link
 * Semirings#genKillUnion} (⊕ = union, ⊗ = composition in path order) the path sum from the entry to
 * B, applied to ∅, is the meet-over-all-paths solution {@code IN[B]}. Gen/kill functions distribute
 * over union, so this equals the least fixed point that Kildall's iterative algorithm computes. The
 * graph may loop: {@link PathSumSolvers#forGraph} solves its strongly connected components in
 * topological order, which ends because the gen/kill lattice is finite.
 *
 * <p>Part of the tests' worked example of dataflow as a path problem; the library's door for
 * bit-vector analyses is {@code org.pathsum.dataflow.InterproceduralSolver}.
 *
 * <p>Cost: one single-source solve over the CFG at construction: a sweep outside loops and
 * iteration inside them, each step O(d / 64) for d definitions; {@link #inOnDemand} solves only the
 * blocks between the entry and the one asked about. Immutable.
 */
public final class ReachingDefinitions {

  private final ControlFlowGraph cfg;
  private final List<String> definitions;
  private final Map<String, GenKill> transfer;
  private final TransferGraph tg;
  private final PathSumSolver<Integer, GenKill> solver;
  private final PathSums<Integer, GenKill> fromEntry;

  private ReachingDefinitions(ControlFlowGraph cfg) {
    this.cfg = cfg;
    this.definitions = new ArrayList<>();
    Map<String, List<Integer>> defsOf = new HashMap<>();
    for (String b : cfg.blocks()) {
      for (Statement s : cfg.statements(b)) {
        if (s.defined().isPresent()) {
          defsOf.computeIfAbsent(s.defined().get(), v -> new ArrayList<>()).add(definitions.size());
          definitions.add(s.label());
        }
      }
    }
    this.transfer = new HashMap<>();
    int next = 0;
    for (String b : cfg.blocks()) {
      Map<String, Integer> last = new LinkedHashMap<>();
      for (Statement s : cfg.statements(b)) {
        if (s.defined().isPresent()) {
          last.put(s.defined().get(), next++);
        }
      }
      BitSet gen = new BitSet();
      BitSet kill = new BitSet();
      last.forEach(
          (variable, def) -> {
            gen.set(def);
            defsOf.get(variable).forEach(kill::set);
          });
      transfer.put(b, GenKill.of(gen, kill));
    }
    this.tg = TransferGraph.of(cfg, (u, v) -> transfer.get(u), false);
    this.solver =
        PathSumSolvers.forGraph(
            tg.graph, Semirings.genKillUnion(definitions.size()), TransferGraph.weights());
    this.fromEntry = solver.solveFrom(tg.index.get(cfg.entry()));
  }

  /** Solves reaching definitions on {@code cfg}. */
  public static ReachingDefinitions of(ControlFlowGraph cfg) {
    return new ReachingDefinitions(Objects.requireNonNull(cfg, "cfg"));
  }

  /** The labels of every definition, in program order (the bit order). Immutable. */
  public List<String> definitions() {
    return List.copyOf(definitions);
  }

  /**
   * The definitions reaching the entry of {@code block}, in program order; empty for a block the
   * entry cannot reach.
   *
   * @throws IllegalArgumentException if there is no such block
   */
  public Set<String> in(String block) {
    return apply(fromEntry.get(indexOf(block)));
  }

  /** The definitions leaving {@code block}: its transfer function applied to {@link #in}. */
  public Set<String> out(String block) {
    BitSet in = new BitSet();
    Set<String> reaching = in(block);
    for (int i = 0; i < definitions.size(); i++) {
      if (reaching.contains(definitions.get(i))) {
        in.set(i);
      }
    }
    return TransferGraph.names(transfer.get(block).apply(in), definitions);
  }

  /**
   * A demand query: {@link #in(String)} for one block, solving only over the blocks that lie on
   * some path from the entry to it. Equal to {@code in(block)}.
   */
  public Set<String> inOnDemand(String block) {
    return apply(solver.solveBetween(tg.index.get(cfg.entry()), indexOf(block)));
  }

  private int indexOf(String block) {
    cfg.statements(block); // names the block if unknown
    return tg.index.get(block);
  }

  private Set<String> apply(GenKill f) {
    return TransferGraph.names(f.isZero() ? new BitSet() : f.apply(new BitSet()), definitions);
  }
}
