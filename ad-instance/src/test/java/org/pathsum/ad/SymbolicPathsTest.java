package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jgrapht.graph.EdgeReversedGraph;
import org.junit.jupiter.api.Test;
import org.pathsum.ad.LabeledGraph.Edge;
import org.pathsum.ad.LabeledGraph.Vertex;
import org.pathsum.ad.ComputationGraph.Node;
import org.pathsum.semiring.Semirings;
import org.pathsum.semiring.SymbolicSum;
import org.pathsum.solver.PathSumSolvers;

/** The lecture's symbolic column, from both ends; strings taken from the lecture's slides. */
class SymbolicPathsTest {

  private final LabeledGraph lecture = LectureExample.graph().labelAt(3, 5);

  @Test
  void forwardFromTheInputs() {
    assertEquals("1·40 + 1·5·23", lecture.symbolicPaths(0, 0).toString());
    // the lecture's 4·1·40 + (1·5 + 8)·23, distributed
    assertEquals("4·1·40 + 1·5·23 + 8·23", lecture.symbolicPaths(1, 0).toString());
  }

  @Test
  void reverseFromTheOutput() {
    assertEquals("40·1 + 23·5·1", lecture.symbolicPathsFromOutput(0, 0).toString());
    assertEquals("40·1·4 + 23·5·1 + 23·8", lecture.symbolicPathsFromOutput(1, 0).toString());
  }

  @Test
  void theFrontDoorOnTheJGraphTViewGivesTheSameFormulas() {
    // an independent solver; SymbolicSum equality is multiset equality of words
    var view = lecture.asGraph();
    var solver =
        PathSumSolvers.forGraph(view, Semirings.symbolic(), (Edge e) -> SymbolicSum.atom(
            Numbers.display(e.label())));
    ComputationGraph g = lecture.graph();
    Vertex f = lecture.vertex(g.outputs().get(0));
    for (int i = 0; i < 2; i++) {
      Vertex x = lecture.vertex(g.inputs().get(i));
      assertEquals(solver.solveFrom(x).get(f), lecture.symbolicPaths(i, 0));
      SymbolicSum reversedWords = lecture.symbolicPathsFromOutput(i, 0);
      assertEquals(
          PathSumSolvers.forGraph(new EdgeReversedGraph<>(view), Semirings.symbolic(),
              (Edge e) -> SymbolicSum.atom(Numbers.display(e.label())))
              .solveFrom(f).get(x),
          reversedWords);
    }
  }

  @Test
  void parallelEdgesShowAsAMultiplicity() {
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node x = b.input("x");
    b.output("f", b.arithmetic().mul(x, x));
    assertEquals("2×7", b.build().labelAt(7).symbolicPaths(0, 0).toString());
  }

  @Test
  void exponentialGraphsAreRefused() {
    // v_{k+1} = v_k * v_k doubles the number of paths: 2^20 paths after 20 steps
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node v = b.input("x");
    for (int i = 0; i < 20; i++) {
      v = b.arithmetic().add(v, v);
    }
    b.output("f", v);
    LabeledGraph l = b.build().labelAt(1);
    assertThrows(IllegalArgumentException.class, () -> l.symbolicPaths(0, 0));
    assertThrows(IllegalArgumentException.class, () -> l.symbolicPathsFromOutput(0, 0));
    assertThrows(IllegalArgumentException.class, () -> lecture.symbolicPaths(2, 0));
    assertThrows(IllegalArgumentException.class, () -> lecture.symbolicPathsFromOutput(0, 1));
  }
}
