package org.pathsum.dataflow.intraprocedural;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pathsum.semiring.GenKill;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSums;
import org.pathsum.solver.PathSumSolvers;

/**
 * Live variables (a backward "may" problem) as a path problem: which variables may be read later,
 * before being overwritten, on some path leaving each block.
 *
 * <p>Block B's transfer function runs against the flow, {@code IN = use_B ∪ (OUT − def_B)}: gen =
 * the variables B reads before writing them, kill = the variables B writes. Edge (B, C) carries C's
 * function, and a sink with an identity edge from every block lets a path end anywhere. The
 * functions along a path B → C₁ → … → Cₖ must be applied <em>last block first</em>, so the problem
 * is solved backward ({@code solveTo(sink)}) over the {@linkplain Semiring#reversed() reversed}
 * gen/kill semiring; the path sum from B applied to ∅ is {@code OUT[B]}, which equals Kildall's
 * least fixed point because gen/kill functions distribute over union.
 *
 * <p>Part of the tests' worked example of dataflow as a path problem, like {@link
 * ReachingDefinitions}.
 *
 * <p>Cost: one single-target solve at construction; {@link #outOnDemand} solves only the blocks
 * reachable from the one asked about. Immutable.
 */
public final class LiveVariables {

  private final ControlFlowGraph cfg;
  private final List<String> variables;
  private final Map<String, GenKill> transfer;
  private final TransferGraph tg;
  private final PathSumSolver<Integer, GenKill> solver;
  private final PathSums<Integer, GenKill> toSink;

  private LiveVariables(ControlFlowGraph cfg) {
    this.cfg = cfg;
    Set<String> vars = new LinkedHashSet<>();
    for (String b : cfg.blocks()) {
      for (Statement s : cfg.statements(b)) {
        vars.addAll(new java.util.TreeSet<>(s.used()));
        s.defined().ifPresent(vars::add);
      }
    }
    this.variables = new ArrayList<>(vars);
    Map<String, Integer> bit = new HashMap<>();
    for (int i = 0; i < variables.size(); i++) {
      bit.put(variables.get(i), i);
    }
    this.transfer = new HashMap<>();
    for (String b : cfg.blocks()) {
      BitSet use = new BitSet();
      BitSet def = new BitSet();
      for (Statement s : cfg.statements(b)) {
        for (String v : s.used()) {
          if (!def.get(bit.get(v))) {
            use.set(bit.get(v));
          }
        }
        s.defined().ifPresent(v -> def.set(bit.get(v)));
      }
      transfer.put(b, GenKill.of(use, def));
    }
    this.tg = TransferGraph.of(cfg, (u, v) -> transfer.get(v), true);
    Semiring<GenKill> backward = Semirings.genKillUnion(variables.size()).reversed();
    this.solver = PathSumSolvers.forGraph(tg.graph, backward, TransferGraph.weights());
    this.toSink = solver.solveTo(sink());
  }

  /** Solves live variables on {@code cfg}. */
  public static LiveVariables of(ControlFlowGraph cfg) {
    return new LiveVariables(Objects.requireNonNull(cfg, "cfg"));
  }

  /** Every variable the program mentions, in order of first mention (the bit order). Immutable. */
  public List<String> variables() {
    return List.copyOf(variables);
  }

  /**
   * The variables live on exit from {@code block}.
   *
   * @throws IllegalArgumentException if there is no such block
   */
  public Set<String> out(String block) {
    return apply(toSink.get(indexOf(block)), new BitSet());
  }

  /**
   * The variables live on entry to {@code block}: its transfer function applied to {@link #out}.
   */
  public Set<String> in(String block) {
    BitSet out = new BitSet();
    Set<String> live = out(block);
    for (int i = 0; i < variables.size(); i++) {
      if (live.contains(variables.get(i))) {
        out.set(i);
      }
    }
    return TransferGraph.names(transfer.get(block).apply(out), variables);
  }

  /**
   * A demand query: {@link #out(String)} for one block, solving only over the blocks reachable from
   * it. Equal to {@code out(block)}.
   */
  public Set<String> outOnDemand(String block) {
    return apply(solver.solveBetween(indexOf(block), sink()), new BitSet());
  }

  private int sink() {
    return tg.blocks.size();
  }

  private int indexOf(String block) {
    cfg.statements(block); // names the block if unknown
    return tg.index.get(block);
  }

  private Set<String> apply(GenKill f, BitSet x) {
    return TransferGraph.names(f.isZero() ? x : f.apply(x), variables);
  }
}
