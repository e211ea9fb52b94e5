package org.pathsum.dataflow;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.pathsum.semiring.GenKill;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.wpds.Configuration;
import org.pathsum.wpds.RegularConfigurations;
import org.pathsum.wpds.WeightedAutomaton;
import org.pathsum.wpds.WeightedPushdownSystem;

/**
 * Interprocedural gen/kill dataflow as post* on a weighted pushdown system: the meet over all
 * valid (call–return matched) paths.
 *
 * <p><b>Encoding</b> (one control state p, a stack symbol per node). Forward: an edge {@code u → v}
 * is the step {@code ⟨p, u⟩ ↪ ⟨p, v⟩} weighed by u's transfer function; a call {@code (c, A, r)}
 * the push {@code ⟨p, c⟩ ↪ ⟨p, e_A r⟩}; A's exit the pop {@code ⟨p, x_A⟩ ↪ ⟨p, ε⟩}. post* runs
 * from the entries of the roots, and the facts at n are the value of {@code ⟨p, n Γ*⟩} (every
 * calling context) applied to ∅. Backward problems use the reversed supergraph, which is again
 * matched: an edge {@code u → v} becomes {@code ⟨p, v⟩ ↪ ⟨p, u⟩}, a call the push {@code ⟨p, r⟩ ↪
 * ⟨p, x_A c⟩}, an entry the pop; post* runs from the exits of the roots, and the facts at n hold
 * after n. Each push carries the return transformer that keeps only the non-frame bits of the
 * callee's effect, so a caller's locals pass around the call (even a recursive one) untouched
 * while static fields flow through the callee. As in IFDS, each call also has a call-to-return
 * edge that carries the frame bits (and kills the others), so a caller's locals reach the return
 * site even when no callee returns (a callee that only recurses or never ends). Without {@code
 * interprocedural}, a call is an edge {@code c → r} (the callee's effects are ignored) and every
 * procedure is a root.
 *
 * <p>Roots start with an empty context: returns past a root are not followed.
 *
 * <p>Cost: one post* over |edges| + |calls| + |procedures| rules, then one fixed point over the
 * automaton; gen/kill operations cost O(width / 64).
 */
public final class InterproceduralSolver {

  private InterproceduralSolver() {}

  /**
   * The solution of one problem: the composed transfer function and the facts at every node, by
   * node number. Immutable; every query is O(width / 64).
   */
  public static final class Solution {
    private final GenKill[] transfer;
    private final int rules;
    private final int transitions;

    Solution(GenKill[] transfer, int rules, int transitions) {
      this.transfer = transfer;
      this.rules = rules;
      this.transitions = transitions;
    }

    /** The ⊕ over valid paths from a root to n of their transfer functions; 0̄ if none. */
    public GenKill transfer(int n) {
      return transfer[n];
    }

    /** The facts at n (for a backward problem: after n), empty where no valid path reaches n. */
    public BitSet facts(int n) {
      return transfer[n].isZero() ? new BitSet() : transfer[n].apply(new BitSet());
    }

    /** Whether some valid path from a root reaches n. */
    public boolean reached(int n) {
      return !transfer[n].isZero();
    }

    /** The number of pushdown rules the problem became. */
    public int ruleCount() {
      return rules;
    }

    /** The number of transitions of the saturated automaton. */
    public int transitionCount() {
      return transitions;
    }
  }

  /**
   * Solves {@code problem} on {@code graph}. Cost: see the class comment.
   *
   * @param roots the procedures where paths start (forward: at their entry; backward: at their
   *     exit); ignored, all procedures, when {@code interprocedural} is false
   * @param interprocedural whether calls enter their callees
   * @throws IllegalArgumentException if a root is not a procedure of {@code graph}
   */
  public static Solution solve(
      Supergraph graph, GenKillProblem problem, int[] roots, boolean interprocedural) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(roots, "roots");
    for (int r : roots) {
      if (r < 0 || r >= graph.procedureCount()) {
        throw new IllegalArgumentException(
            "root " + r + " is not a procedure; procedures are 0 to " + (graph.procedureCount() - 1));
      }
    }
    Semiring<GenKill> s = Semirings.genKillUnion(problem.width());
    BitSet keep = new BitSet();
    keep.set(0, problem.width());
    keep.andNot(problem.frameBits());
    UnaryOperator<GenKill> h =
        w -> {
          if (w.isZero()) {
            return w;
          }
          BitSet gen = w.gen();
          gen.and(keep);
          BitSet kill = w.kill();
          kill.and(keep);
          return GenKill.of(gen, kill);
        };
    GenKill killOthers = GenKill.of(new BitSet(), keep);
    boolean fwd = problem.forward();
    // A gen/kill weight of width w changes at most 2w times (each bit from kill to identity to
    // gen), so this bound never stops a solve.
    WeightedPushdownSystem.Builder<GenKill> b =
        WeightedPushdownSystem.builder(s)
            .updateBound(
                (int) Math.min(
                    Integer.MAX_VALUE,
                    Math.max(WeightedPushdownSystem.DEFAULT_UPDATE_BOUND, 2L * problem.width() + 1)));
    int n = graph.nodeCount();
    for (int u = 0; u < n; u++) {
      for (int v : graph.successors[u]) {
        if (fwd) {
          b.step("p", sym(u), "p", sym(v), problem.effect(u));
        } else {
          b.step("p", sym(v), "p", sym(u), problem.effect(v));
        }
      }
    }
    Set<Long> callEdges = new HashSet<>();
    for (int[] call : graph.calls) {
      int c = call[0];
      int callee = call[1];
      int r = call[2];
      if (interprocedural) {
        if (fwd) {
          b.push("p", sym(c), "p", sym(graph.entries[callee]), sym(r), problem.effect(c), h);
        } else {
          b.push("p", sym(r), "p", sym(graph.exits[callee]), sym(c), problem.effect(r), h);
        }
        if (callEdges.add(((long) c << 32) | r)) {
          // The call-to-return edge: the frame bits pass even if no callee returns (as in IFDS).
          if (fwd) {
            b.step("p", sym(c), "p", sym(r), s.times(problem.effect(c), killOthers));
          } else {
            b.step("p", sym(r), "p", sym(c), s.times(problem.effect(r), killOthers));
          }
        }
      } else if (callEdges.add(((long) c << 32) | r)) {
        if (fwd) {
          b.step("p", sym(c), "p", sym(r), problem.effect(c));
        } else {
          b.step("p", sym(r), "p", sym(c), problem.effect(r));
        }
      }
    }
    int[] starts = interprocedural ? roots : allProcedures(graph);
    for (int p = 0; p < graph.procedureCount(); p++) {
      if (fwd) {
        b.pop("p", sym(graph.exits[p]), "p", problem.effect(graph.exits[p]));
      } else {
        b.pop("p", sym(graph.entries[p]), "p", problem.effect(graph.entries[p]));
      }
    }
    WeightedPushdownSystem<GenKill> pds = b.build();
    // A node that no rule mentions (no successor, call or return) is reached only if it starts a
    // path itself; the pushdown system refuses names it does not know, so such nodes are answered
    // here.
    Set<String> known = new HashSet<>(pds.stackSymbols());
    BitSet startNodes = new BitSet();
    List<Configuration> init = new ArrayList<>();
    for (int p : starts) {
      int start = fwd ? graph.entries[p] : graph.exits[p];
      startNodes.set(start);
      if (known.contains(sym(start))) {
        init.add(Configuration.of("p", sym(start)));
      }
    }
    WeightedAutomaton<GenKill> post = pds.postStar(RegularConfigurations.of(init));
    GenKill[] transfer = new GenKill[n];
    for (int u = 0; u < n; u++) {
      if (known.contains(sym(u))) {
        transfer[u] = post.valueWithTop("p", sym(u));
      } else {
        transfer[u] = startNodes.get(u) ? s.one() : s.zero();
      }
    }
    return new Solution(transfer, pds.rules().size(), post.transitionCount());
  }

  private static int[] allProcedures(Supergraph g) {
    int[] all = new int[g.procedureCount()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return all;
  }

  private static String sym(int node) {
    return "n" + node;
  }
}
