package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jgrapht.graph.EdgeReversedGraph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semirings;
import org.pathsum.semiring.SymbolicSum;
import org.pathsum.solver.DagPathSolver;

/** The lecture's symbolic column, from both ends; strings taken from the lecture's slides. */
class SymbolicPathsTest {

  private final LabeledGraph lecture = LectureExample.graph().labelAt(3, 5);

  @Test
  void forwardFromTheInputs() {
    assertEquals("1·40 + 1·5·23", SymbolicPaths.forward(lecture, 0, 0).toString());
    // the lecture's 4·1·40 + (1·5 + 8)·23, distributed
    assertEquals("4·1·40 + 1·5·23 + 8·23", SymbolicPaths.forward(lecture, 1, 0).toString());
    assertEquals("∂F/∂x = 1·40 + 1·5·23 = 155", SymbolicPaths.describe(lecture, 0, 0, false));
  }

  @Test
  void reverseFromTheOutput() {
    assertEquals("40·1 + 23·5·1", SymbolicPaths.reverse(lecture, 0, 0).toString());
    assertEquals("40·1·4 + 23·5·1 + 23·8", SymbolicPaths.reverse(lecture, 1, 0).toString());
    assertEquals("∂F/∂y = 40·1·4 + 23·5·1 + 23·8 = 459",
        SymbolicPaths.describe(lecture, 1, 0, true));
  }

  @Test
  void genericDagSolverOnTheJGraphTViewGivesTheSameFormulas() {
    // an independent solver; SymbolicSum equality is multiset equality of words
    var view = lecture.asGraph();
    var solver =
        DagPathSolver.of(view, Semirings.symbolic(), (LabeledEdge e) -> SymbolicSum.atom(
            Numbers.display(e.label())));
    ComputationGraph g = lecture.graph();
    LabeledNode f = lecture.vertex(g.outputs().get(0));
    for (int i = 0; i < 2; i++) {
      LabeledNode x = lecture.vertex(g.inputs().get(i));
      assertEquals(solver.solveFrom(x).get(f), SymbolicPaths.forward(lecture, i, 0));
      SymbolicSum reversedWords = SymbolicPaths.reverse(lecture, i, 0);
      assertEquals(
          DagPathSolver.of(new EdgeReversedGraph<>(view), Semirings.symbolic(),
              (LabeledEdge e) -> SymbolicSum.atom(Numbers.display(e.label())))
              .solveFrom(f).get(x),
          reversedWords);
    }
  }

  @Test
  void parallelEdgesShowAsAMultiplicity() {
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node x = b.input("x");
    b.output("f", b.mul(x, x));
    assertEquals("2×7", SymbolicPaths.forward(b.build().labelAt(7), 0, 0).toString());
  }

  @Test
  void exponentialGraphsAreRefused() {
    // v_{k+1} = v_k * v_k doubles the number of paths: 2^20 paths after 20 steps
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node v = b.input("x");
    for (int i = 0; i < 20; i++) {
      v = b.add(v, v);
    }
    b.output("f", v);
    LabeledGraph l = b.build().labelAt(1);
    assertThrows(IllegalArgumentException.class, () -> SymbolicPaths.forward(l, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> SymbolicPaths.reverse(l, 0, 0));
  }
}
