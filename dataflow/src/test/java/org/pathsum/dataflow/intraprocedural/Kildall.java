package org.pathsum.dataflow.intraprocedural;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Test oracle: Kildall's worklist algorithm for reaching definitions and live variables on a
 * {@link ControlFlowGraph}, on plain sets of names, statement by statement. It shares nothing with
 * the path-problem solvers: no semiring, no gen/kill functions, no solver of graph-solver or of the
 * pushdown package, so agreeing with it is evidence, not a tautology.
 */
public final class Kildall {

  private Kildall() {}

  /**
   * IN[B] for reaching definitions: the least solution of IN[B] = ∪ OUT[P] over predecessors P and
   * OUT[B] = IN[B] transformed statement by statement (a definition of v removes every definition
   * of v and adds itself), with IN[entry] = ∅ and nothing flowing into blocks the entry cannot
   * reach.
   */
  public static Map<String, Set<String>> reachingIn(ControlFlowGraph cfg) {
    Graph<String, DefaultEdge> g = cfg.graph();
    Map<String, Set<String>> defsOfVar = new HashMap<>();
    for (String b : cfg.blocks()) {
      for (Statement s : cfg.statements(b)) {
        s.defined()
            .ifPresent(v -> defsOfVar.computeIfAbsent(v, x -> new HashSet<>()).add(s.label()));
      }
    }
    Map<String, Set<String>> in = new HashMap<>();
    Map<String, Set<String>> out = new HashMap<>();
    for (String b : cfg.blocks()) {
      in.put(b, new HashSet<>());
      out.put(b, new HashSet<>());
    }
    // Only blocks reached from the entry are ever taken from the worklist.
    ArrayDeque<String> work = new ArrayDeque<>(List.of(cfg.entry()));
    Set<String> queued = new HashSet<>(work);
    Set<String> visited = new HashSet<>();
    while (!work.isEmpty()) {
      String b = work.poll();
      queued.remove(b);
      Set<String> newIn = new HashSet<>();
      for (DefaultEdge e : g.incomingEdgesOf(b)) {
        newIn.addAll(out.get(g.getEdgeSource(e)));
      }
      Set<String> newOut = new HashSet<>(newIn);
      for (Statement s : cfg.statements(b)) {
        if (s.defined().isPresent()) {
          newOut.removeAll(defsOfVar.get(s.defined().get()));
          newOut.add(s.label());
        }
      }
      in.put(b, newIn);
      boolean first = visited.add(b);
      if (first || !newOut.equals(out.get(b))) {
        out.put(b, newOut);
        for (DefaultEdge e : g.outgoingEdgesOf(b)) {
          String succ = g.getEdgeTarget(e);
          if (queued.add(succ)) {
            work.add(succ);
          }
        }
      }
    }
    return in;
  }

  /**
   * Live variables: the least solution of OUT[B] = ∪ IN[S] over successors S and IN[B] = OUT[B]
   * transformed backwards through B (a statement removes the variable it assigns, then adds the
   * ones it reads). Returns IN and fills {@code out} with OUT.
   */
  public static Map<String, Set<String>> liveIn(
      ControlFlowGraph cfg, Map<String, Set<String>> out) {
    Graph<String, DefaultEdge> g = cfg.graph();
    Map<String, Set<String>> in = new HashMap<>();
    for (String b : cfg.blocks()) {
      in.put(b, new HashSet<>());
      out.put(b, new HashSet<>());
    }
    ArrayDeque<String> work = new ArrayDeque<>(cfg.blocks());
    Set<String> queued = new LinkedHashSet<>(cfg.blocks());
    while (!work.isEmpty()) {
      String b = work.poll();
      queued.remove(b);
      Set<String> newOut = new HashSet<>();
      for (DefaultEdge e : g.outgoingEdgesOf(b)) {
        newOut.addAll(in.get(g.getEdgeTarget(e)));
      }
      out.put(b, newOut);
      Set<String> live = new HashSet<>(newOut);
      List<Statement> statements = cfg.statements(b);
      for (int k = statements.size() - 1; k >= 0; k--) {
        Statement s = statements.get(k);
        s.defined().ifPresent(live::remove);
        live.addAll(s.used());
      }
      if (!live.equals(in.get(b))) {
        in.put(b, live);
        for (DefaultEdge e : g.incomingEdgesOf(b)) {
          String pred = g.getEdgeSource(e);
          if (queued.add(pred)) {
            work.add(pred);
          }
        }
      }
    }
    return in;
  }
}
