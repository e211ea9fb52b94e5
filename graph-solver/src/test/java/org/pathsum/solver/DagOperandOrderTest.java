package org.pathsum.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.GenKill;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.semiring.SymbolicSum;

/**
 * On a chain a → b → c the backward solve must multiply in path order, w(a,b) ⊗ w(b,c). These tests
 * fail if {@code solveTo} ran the reversed-graph sweep over the semiring itself instead of its
 * reversal, since here w(a,b) ⊗ w(b,c) ≠ w(b,c) ⊗ w(a,b).
 */
class DagOperandOrderTest {

  private static Graph<String, DefaultEdge> chain(String... vertices) {
    Graph<String, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
    for (String v : vertices) {
      g.addVertex(v);
    }
    for (int i = 0; i + 1 < vertices.length; i++) {
      g.addEdge(vertices[i], vertices[i + 1]);
    }
    return g;
  }

  @Test
  void symbolicWordsComeOutInPathOrder() {
    Graph<String, DefaultEdge> g = chain("a", "b", "c", "d");
    Map<String, SymbolicSum> label =
        Map.of("a", SymbolicSum.atom("p"), "b", SymbolicSum.atom("q"), "c", SymbolicSum.atom("r"));
    PathSumSolver<String, SymbolicSum> solver =
        PathSumSolvers.forGraph(g, Semirings.symbolic(), e -> label.get(g.getEdgeSource(e)));
    SymbolicSum pq = SymbolicSum.word(List.of("p", "q"));
    SymbolicSum pqr = SymbolicSum.word(List.of("p", "q", "r"));
    assertNotEquals(pq, SymbolicSum.word(List.of("q", "p"))); // the test's premise
    assertEquals(pq, solver.solveFrom("a").get("c"));
    assertEquals(pq, solver.solveTo("c").get("a"));
    assertEquals(pq, solver.solveBetween("a", "c"));
    assertEquals(pqr, solver.solveTo("d").get("a"));
    assertEquals(SymbolicSum.word(List.of("q", "r")), solver.solveTo("d").get("b"));
    assertEquals(pqr, solver.solveFrom("a").get("d"));
  }

  @Test
  void genKillTransferFunctionsComposeInPathOrder() {
    // a → b generates fact 0, b → c kills it: along the path, fact 0 is dead at c.
    Graph<String, DefaultEdge> g = chain("a", "b", "c");
    GenKill gen0 = GenKill.of(bits(0), bits());
    GenKill kill0 = GenKill.of(bits(), bits(0));
    PathSumSolver<String, GenKill> solver =
        PathSumSolvers.forGraph(
            g, Semirings.genKillUnion(4), e -> g.getEdgeSource(e).equals("a") ? gen0 : kill0);
    Semiring<GenKill> genKill = Semirings.genKillUnion(4);
    assertNotEquals(genKill.times(gen0, kill0), genKill.times(kill0, gen0)); // the premise
    // first gen {0}, then kill {0}: x ↦ (x ∪ {0}) − {0} = x − {0}
    GenKill killsZero = GenKill.of(bits(), bits(0));
    assertEquals(killsZero, solver.solveFrom("a").get("c"));
    assertEquals(killsZero, solver.solveTo("c").get("a"));
    assertEquals(killsZero, solver.solveBetween("a", "c"));
    assertEquals(bits(1), solver.solveTo("c").get("a").apply(bits(0, 1)));
  }

  private static BitSet bits(int... set) {
    BitSet b = new BitSet();
    for (int i : set) {
      b.set(i);
    }
    return b;
  }
}
