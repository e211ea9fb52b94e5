package org.pathsum.dataflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.pathsum.dataflow.intraprocedural.ControlFlowGraph;
import org.pathsum.dataflow.intraprocedural.DataflowExamples;
import org.pathsum.dataflow.intraprocedural.Kildall;
import org.pathsum.dataflow.intraprocedural.Statement;

class InterproceduralSolverTest {

  private static final List<Function<Supergraph, GenKillProblem>> ANALYSES =
      List.of(
          GenKillProblem::reachingDefinitions,
          GenKillProblem::liveVariables,
          GenKillProblem::possiblyUninitialized);

  @Test
  void agreesWithValidPathSearchOnProgramsWithoutRecursion() {
    for (long seed = 1; seed <= 60; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Supergraph g = RandomPrograms.random(rnd, 2 + rnd.nextInt(3), false);
      for (Function<Supergraph, GenKillProblem> make : ANALYSES) {
        GenKillProblem a = make.apply(g);
        InterproceduralSolver.Solution sol = InterproceduralSolver.solve(g, a, new int[] {0}, true);
        BitSet[] oracle = ValidPathSearch.facts(g, a, new int[] {0}, g.procedureCount());
        for (int n = 0; n < g.nodeCount(); n++) {
          assertEquals(oracle[n], sol.facts(n), "seed " + seed + " " + a + " at " + g.label(n));
        }
      }
    }
  }

  @Test
  void agreesWithValidPathSearchWhenEveryProcedureIsARoot() {
    for (long seed = 1; seed <= 60; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Supergraph g = RandomPrograms.random(rnd, 2 + rnd.nextInt(3), rnd.nextBoolean());
      int[] all = new int[g.procedureCount()];
      for (int i = 0; i < all.length; i++) {
        all[i] = i;
      }
      for (Function<Supergraph, GenKillProblem> make : ANALYSES) {
        GenKillProblem a = make.apply(g);
        InterproceduralSolver.Solution sol = InterproceduralSolver.solve(g, a, all, true);
        BitSet[] oracle = ValidPathSearch.facts(g, a, all, 6);
        for (int n = 0; n < g.nodeCount(); n++) {
          assertEquals(oracle[n], sol.facts(n), "seed " + seed + " " + a + " at " + g.label(n));
        }
      }
    }
  }

  @Test
  void agreesWithValidPathSearchOnRecursivePrograms() {
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Supergraph g = RandomPrograms.random(rnd, 2 + rnd.nextInt(2), true);
      for (Function<Supergraph, GenKillProblem> make : ANALYSES) {
        GenKillProblem a = make.apply(g);
        InterproceduralSolver.Solution sol = InterproceduralSolver.solve(g, a, new int[] {0}, true);
        // Bounded call depth under-approximates; depth 6 is ample for these tiny programs.
        BitSet[] oracle = ValidPathSearch.facts(g, a, new int[] {0}, 6);
        for (int n = 0; n < g.nodeCount(); n++) {
          assertEquals(oracle[n], sol.facts(n), "seed " + seed + " " + a + " at " + g.label(n));
        }
      }
    }
  }

  @Test
  void agreesWithHerosOnRandomPrograms() {
    for (long seed = 1; seed <= 60; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Supergraph g = RandomPrograms.random(rnd, 2 + rnd.nextInt(4), rnd.nextBoolean());
      int[] roots = rnd.nextBoolean() ? new int[] {0} : allOf(g);
      for (Function<Supergraph, GenKillProblem> make : ANALYSES) {
        GenKillProblem a = make.apply(g);
        InterproceduralSolver.Solution sol = InterproceduralSolver.solve(g, a, roots, true);
        BitSet[] heros = HerosOracle.facts(g, a, roots);
        for (int n = 0; n < g.nodeCount(); n++) {
          assertEquals(heros[n], sol.facts(n), "seed " + seed + " " + a + " at " + g.label(n));
        }
      }
    }
  }

  /**
   * A node that no pushdown rule names (a procedure without edges) is still answered: reached where
   * a path starts, not reached elsewhere, as the valid-path search says.
   */
  @Test
  void nodesThatNoRuleNamesAreAnsweredToo() {
    Supergraph.Builder b = Supergraph.builder();
    int x = b.local(0);
    int lonely = b.procedure("lonely", x);
    int other = b.procedure("other");
    Supergraph g = b.build();
    int[] roots = {lonely};
    for (Function<Supergraph, GenKillProblem> make : ANALYSES) {
      GenKillProblem a = make.apply(g);
      InterproceduralSolver.Solution sol = InterproceduralSolver.solve(g, a, roots, true);
      int start = a.forward() ? g.entry(lonely) : g.exit(lonely);
      int end = a.forward() ? g.exit(lonely) : g.entry(lonely);
      assertTrue(sol.reached(start), a + " at " + g.label(start));
      assertFalse(sol.reached(end), a + " at " + g.label(end));
      assertFalse(sol.reached(g.entry(other)), a.toString());
      BitSet[] oracle = ValidPathSearch.facts(g, a, roots, 2);
      for (int n = 0; n < g.nodeCount(); n++) {
        assertEquals(oracle[n], sol.facts(n), a + " at " + g.label(n));
      }
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> InterproceduralSolver.solve(g, GenKillProblem.liveVariables(g), new int[] {2}, true));
  }

  private static int[] allOf(Supergraph g) {
    int[] all = new int[g.procedureCount()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return all;
  }

  @Test
  void intraproceduralModeIgnoresCallees() {
    for (long seed = 1; seed <= 60; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Supergraph g = RandomPrograms.random(rnd, 3, false);
      Supergraph noCalls = withoutCalls(g);
      for (Function<Supergraph, GenKillProblem> make : ANALYSES) {
        GenKillProblem a = make.apply(g);
        InterproceduralSolver.Solution intra = InterproceduralSolver.solve(g, a, new int[] {0}, false);
        int[] all = new int[g.procedureCount()];
        for (int i = 0; i < all.length; i++) {
          all[i] = i;
        }
        GenKillProblem b = make.apply(noCalls);
        InterproceduralSolver.Solution ref = InterproceduralSolver.solve(noCalls, b, all, true);
        for (int n = 0; n < g.nodeCount(); n++) {
          assertEquals(
              b.names(n, ref.facts(n)), a.names(n, intra.facts(n)), "seed " + seed + " " + a);
        }
      }
    }
  }

  /** The same program with every call replaced by an edge from the call to the return site. */
  private static Supergraph withoutCalls(Supergraph g) {
    Supergraph.Builder b = Supergraph.builder();
    for (int v = 0; v < g.variableCount(); v++) {
      if (g.isGlobal(v)) {
        b.global(g.variableName(v));
      } else {
        b.local(Integer.parseInt(g.variableName(v).substring(6)));
      }
    }
    Map<Integer, Integer> map = new HashMap<>();
    for (int p = 0; p < g.procedureCount(); p++) {
      int q = b.procedure(g.procedureName(p), g.defs(g.entry(p)));
      map.put(g.entry(p), b.entryOf(q));
      map.put(g.exit(p), b.exitOf(q));
    }
    for (int n = 0; n < g.nodeCount(); n++) {
      if (!map.containsKey(n)) {
        map.put(n, b.node(g.procedureOf(n), g.label(n), g.defs(n), g.uses(n)));
      }
    }
    for (int n = 0; n < g.nodeCount(); n++) {
      for (int m : g.successors(n)) {
        b.edge(map.get(n), map.get(m));
      }
    }
    for (int i = 0; i < g.callCount(); i++) {
      b.edge(map.get(g.call(i)[0]), map.get(g.call(i)[2]));
    }
    return b.build();
  }

  @Test
  void noCallCaseAgreesWithKildall() {
    List<ControlFlowGraph> cfgs = new ArrayList<>();
    cfgs.add(DataflowExamples.dragonBook());
    cfgs.add(DataflowExamples.nestedLoops());
    for (long seed = 1; seed <= 40; seed++) {
      cfgs.add(randomCfg(new SplittableRandom(seed)));
    }
    for (ControlFlowGraph cfg : cfgs) {
      Converted c = convert(cfg);
      GenKillProblem rd = GenKillProblem.reachingDefinitions(c.graph);
      GenKillProblem lv = GenKillProblem.liveVariables(c.graph);
      InterproceduralSolver.Solution rds = InterproceduralSolver.solve(c.graph, rd, new int[] {0}, true);
      InterproceduralSolver.Solution lvs = InterproceduralSolver.solve(c.graph, lv, new int[] {0}, true);
      Map<String, java.util.Set<String>> reachingIn = Kildall.reachingIn(cfg);
      Map<String, java.util.Set<String>> liveOut = new HashMap<>();
      Kildall.liveIn(cfg, liveOut);
      for (String block : cfg.blocks()) {
        int first = c.first.get(block);
        TreeSet<String> got = new TreeSet<>();
        for (String name : rd.names(first, rds.facts(first))) {
          got.add(name.substring(name.indexOf('@') + 1));
        }
        assertEquals(new TreeSet<>(reachingIn.get(block)), got, "reaching definitions at " + block);
        int last = c.last.get(block);
        assertEquals(
            new TreeSet<>(liveOut.get(block)),
            new TreeSet<>(lv.names(last, lvs.facts(last))),
            "live variables after " + block);
      }
    }
  }

  private record Converted(Supergraph graph, Map<String, Integer> first, Map<String, Integer> last) {}

  /** One node per statement (a no-op node for an empty block), variables as globals. */
  private static Converted convert(ControlFlowGraph cfg) {
    Supergraph.Builder b = Supergraph.builder();
    int p = b.procedure("main");
    Map<String, Integer> first = new HashMap<>();
    Map<String, Integer> last = new HashMap<>();
    for (String block : cfg.blocks()) {
      int prev = -1;
      List<Statement> st = cfg.statements(block);
      if (st.isEmpty()) {
        prev = b.node(p, block, new int[0], new int[0]);
        first.put(block, prev);
      }
      for (Statement s : st) {
        int[] defs = s.defined().map(v -> new int[] {b.global(v)}).orElse(new int[0]);
        int[] uses = s.used().stream().mapToInt(b::global).toArray();
        int node = b.node(p, s.label(), defs, uses);
        if (prev < 0) {
          first.put(block, node);
        } else {
          b.edge(prev, node);
        }
        prev = node;
      }
      last.put(block, prev);
    }
    b.edge(b.entryOf(p), first.get(cfg.entry()));
    b.edge(last.get(cfg.exit()), b.exitOf(p));
    for (var e : cfg.graph().edgeSet()) {
      b.edge(last.get(cfg.graph().getEdgeSource(e)), first.get(cfg.graph().getEdgeTarget(e)));
    }
    return new Converted(b.build(), first, last);
  }

  /** A random CFG whose blocks all reach the exit (a chain plus random edges). */
  private static ControlFlowGraph randomCfg(SplittableRandom rnd) {
    ControlFlowGraph.Builder b = ControlFlowGraph.builder();
    int blocks = 2 + rnd.nextInt(6);
    String[] vars = {"x", "y", "z"};
    int label = 0;
    for (int i = 0; i < blocks; i++) {
      int k = rnd.nextInt(3);
      Statement[] st = new Statement[k];
      for (int j = 0; j < k; j++) {
        String v = vars[rnd.nextInt(3)];
        st[j] =
            rnd.nextBoolean()
                ? Statement.assign("d" + label++, v, vars[rnd.nextInt(3)])
                : Statement.use("u" + label++, v);
      }
      b.block("B" + i, st);
    }
    for (int i = 0; i + 1 < blocks; i++) {
      b.edge("B" + i, "B" + (i + 1));
      if (rnd.nextBoolean()) {
        b.edge("B" + i, "B" + rnd.nextInt(blocks));
      }
    }
    return b.build("B0", "B" + (blocks - 1));
  }

  @Test
  void staticFieldDefinitionsFlowThroughCalleesAndLocalsAroundThem() {
    // main: x = 1 (local 0); G = 1; call f; use x, G.   f: G = 2; x = 3 (its own local 0).
    Supergraph.Builder b = Supergraph.builder();
    int x = b.local(0);
    int gField = b.global("G");
    int main = b.procedure("main");
    int f = b.procedure("f");
    int m1 = b.node(main, "m1", new int[] {x}, new int[0]);
    int m2 = b.node(main, "m2", new int[] {gField}, new int[0]);
    int call = b.node(main, "call", new int[0], new int[0]);
    int use = b.node(main, "use", new int[0], new int[] {x, gField});
    int f1 = b.node(f, "f1", new int[] {gField}, new int[0]);
    int f2 = b.node(f, "f2", new int[] {x}, new int[0]);
    b.edge(b.entryOf(main), m1).edge(m1, m2).edge(m2, call).call(call, f, use).edge(use, b.exitOf(main));
    b.edge(b.entryOf(f), f1).edge(f1, f2).edge(f2, b.exitOf(f));
    Supergraph g = b.build();
    GenKillProblem rd = GenKillProblem.reachingDefinitions(g);
    InterproceduralSolver.Solution inter = InterproceduralSolver.solve(g, rd, new int[] {main}, true);
    assertEquals(List.of("G@f1", "local 0@m1"), sorted(rd.names(use, inter.facts(use))));
    InterproceduralSolver.Solution intra = InterproceduralSolver.solve(g, rd, new int[] {main}, false);
    assertEquals(List.of("G@m2", "local 0@m1"), sorted(rd.names(use, intra.facts(use))));
    assertTrue(inter.reached(f2));
  }

  private static List<String> sorted(List<String> l) {
    List<String> s = new ArrayList<>(l);
    s.sort(null);
    return s;
  }
}
