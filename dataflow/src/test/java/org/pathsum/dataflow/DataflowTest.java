package org.pathsum.dataflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

/**
 * Both analyses against Kildall's round-robin iteration to a fixed point, written here on plain
 * sets, and against the textbook's published answers.
 */
class DataflowTest {

  @Test
  void reachingDefinitionsMatchTheTextbook() {
    ReachingDefinitions rd = ReachingDefinitions.of(DataflowExamples.dragonBook());
    assertEquals(Set.of("d1", "d2", "d3", "d5", "d6", "d7"), rd.in("B2"));
    assertEquals(Set.of("d3", "d4", "d5", "d6"), rd.out("B2"));
    assertEquals(Set.of("d3", "d4", "d5", "d6"), rd.in("B3"));
    assertEquals(Set.of("d4", "d5", "d6"), rd.out("B3"));
    assertEquals(Set.of("d3", "d4", "d5", "d6"), rd.in("B4"));
    assertEquals(Set.of("d3", "d5", "d6", "d7"), rd.out("B4"));
    assertEquals(Set.of("d3", "d5", "d6", "d7"), rd.in("EXIT"));
    assertEquals(Set.of(), rd.in("B1"));
  }

  @Test
  void examplesMatchKildall() {
    for (ControlFlowGraph cfg :
        List.of(DataflowExamples.dragonBook(), DataflowExamples.nestedLoops())) {
      checkAgainstKildall(cfg, "example " + cfg.entry());
    }
  }

  @Test
  void randomProgramsWithLoopsMatchKildall() {
    for (long seed = 1; seed <= 60; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int blocks = 1 + rnd.nextInt(8);
      String[] vars = {"a", "b", "c", "d", "e"};
      ControlFlowGraph.Builder b = ControlFlowGraph.builder();
      int label = 0;
      for (int i = 0; i < blocks; i++) {
        List<Statement> statements = new ArrayList<>();
        for (int k = rnd.nextInt(4); k > 0; k--) {
          String[] used = new String[rnd.nextInt(3)];
          for (int u = 0; u < used.length; u++) {
            used[u] = vars[rnd.nextInt(vars.length)];
          }
          statements.add(
              rnd.nextInt(4) == 0
                  ? Statement.use("s" + label++, used)
                  : Statement.assign("s" + label++, vars[rnd.nextInt(vars.length)], used));
        }
        b.block("B" + i, statements.toArray(new Statement[0]));
      }
      for (int e = rnd.nextInt(3 * blocks + 1); e > 0; e--) {
        b.edge("B" + rnd.nextInt(blocks), "B" + rnd.nextInt(blocks)); // loops, self-loops
      }
      checkAgainstKildall(b.build("B0", "B" + (blocks - 1)), "seed " + seed);
    }
  }

  @Test
  void unknownBlocksAreRefused() {
    ControlFlowGraph cfg = DataflowExamples.dragonBook();
    assertThrows(IllegalArgumentException.class, () -> ReachingDefinitions.of(cfg).in("B9"));
    assertThrows(IllegalArgumentException.class, () -> LiveVariables.of(cfg).outOnDemand("B9"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ControlFlowGraph.builder().block("A").edge("A", "B").build("A", "A"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ControlFlowGraph.builder()
                .block("A", Statement.use("x"))
                .block("B", Statement.use("x")));
  }

  private static void checkAgainstKildall(ControlFlowGraph cfg, String msg) {
    ReachingDefinitions rd = ReachingDefinitions.of(cfg);
    LiveVariables lv = LiveVariables.of(cfg);
    Map<String, Set<String>> rdIn = kildallReaching(cfg);
    Map<String, Set<String>> lvOut = new HashMap<>();
    Map<String, Set<String>> lvIn = kildallLive(cfg, lvOut);
    for (String block : cfg.blocks()) {
      String m = msg + " block " + block;
      assertEquals(rdIn.get(block), rd.in(block), m + " reaching in");
      assertEquals(rdIn.get(block), rd.inOnDemand(block), m + " reaching in, on demand");
      assertEquals(lvOut.get(block), lv.out(block), m + " live out");
      assertEquals(lvOut.get(block), lv.outOnDemand(block), m + " live out, on demand");
      assertEquals(lvIn.get(block), lv.in(block), m + " live in");
    }
  }

  /** Round-robin iteration of IN[B] = ∪ OUT[pred], OUT[B] = gen ∪ (IN − kill), IN[entry] ⊇ ∅. */
  private static Map<String, Set<String>> kildallReaching(ControlFlowGraph cfg) {
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
    Set<String> reachable = reachableFrom(g, cfg.entry());
    for (String b : cfg.blocks()) {
      in.put(b, new HashSet<>());
      out.put(b, new HashSet<>());
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String b : cfg.blocks()) {
        if (!reachable.contains(b)) {
          continue; // no path from the entry: nothing flows in
        }
        Set<String> newIn = new HashSet<>();
        for (DefaultEdge e : g.incomingEdgesOf(b)) {
          newIn.addAll(out.get(g.getEdgeSource(e)));
        }
        Set<String> newOut = new HashSet<>(newIn);
        for (Statement s : cfg.statements(b)) { // statement by statement
          if (s.defined().isPresent()) {
            newOut.removeAll(defsOfVar.get(s.defined().get()));
            newOut.add(s.label());
          }
        }
        if (!newIn.equals(in.get(b)) || !newOut.equals(out.get(b))) {
          in.put(b, newIn);
          out.put(b, newOut);
          changed = true;
        }
      }
    }
    return in;
  }

  /**
   * Round-robin iteration of OUT[B] = ∪ IN[succ], IN[B] = use ∪ (OUT − def), from ∅; returns IN and
   * fills {@code out}.
   */
  private static Map<String, Set<String>> kildallLive(
      ControlFlowGraph cfg, Map<String, Set<String>> out) {
    Graph<String, DefaultEdge> g = cfg.graph();
    Map<String, Set<String>> in = new HashMap<>();
    for (String b : cfg.blocks()) {
      in.put(b, new HashSet<>());
      out.put(b, new HashSet<>());
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String b : cfg.blocks()) {
        Set<String> newOut = new HashSet<>();
        for (DefaultEdge e : g.outgoingEdgesOf(b)) {
          newOut.addAll(in.get(g.getEdgeTarget(e)));
        }
        Set<String> live = new HashSet<>(newOut);
        List<Statement> statements = cfg.statements(b);
        for (int k = statements.size() - 1; k >= 0; k--) { // backwards through the block
          Statement s = statements.get(k);
          s.defined().ifPresent(live::remove);
          live.addAll(s.used());
        }
        if (!newOut.equals(out.get(b)) || !live.equals(in.get(b))) {
          out.put(b, newOut);
          in.put(b, live);
          changed = true;
        }
      }
    }
    return in;
  }

  private static Set<String> reachableFrom(Graph<String, DefaultEdge> g, String start) {
    Set<String> seen = new HashSet<>();
    List<String> stack = new ArrayList<>(List.of(start));
    seen.add(start);
    while (!stack.isEmpty()) {
      String u = stack.remove(stack.size() - 1);
      for (DefaultEdge e : g.outgoingEdgesOf(u)) {
        if (seen.add(g.getEdgeTarget(e))) {
          stack.add(g.getEdgeTarget(e));
        }
      }
    }
    return seen;
  }
}
