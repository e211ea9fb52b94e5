package org.pathsum.dataflow.intraprocedural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The gen/kill worked example — both analyses solved by the front door of graph-solver — against
 * Kildall's worklist algorithm on plain sets ({@link Kildall}), and against the textbook's
 * published answers.
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
    Map<String, Set<String>> rdIn = Kildall.reachingIn(cfg);
    Map<String, Set<String>> lvOut = new HashMap<>();
    Map<String, Set<String>> lvIn = Kildall.liveIn(cfg, lvOut);
    for (String block : cfg.blocks()) {
      String m = msg + " block " + block;
      assertEquals(rdIn.get(block), rd.in(block), m + " reaching in");
      assertEquals(rdIn.get(block), rd.inOnDemand(block), m + " reaching in, on demand");
      assertEquals(lvOut.get(block), lv.out(block), m + " live out");
      assertEquals(lvOut.get(block), lv.outOnDemand(block), m + " live out, on demand");
      assertEquals(lvIn.get(block), lv.in(block), m + " live in");
    }
  }
}
