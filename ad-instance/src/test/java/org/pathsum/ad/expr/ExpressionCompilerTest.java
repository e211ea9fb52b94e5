package org.pathsum.ad.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathsum.ad.ComputationGraph;

class ExpressionCompilerTest {

  @Test
  void inputsFollowTheVariableOrderAndUnusedOnesStay() {
    ComputationGraph g = ExpressionCompiler.compile("y * 2", List.of("z", "y", "x"));
    assertEquals(List.of("z", "y", "x"), g.inputNames());
    // z, y, x, the constant 2 and the product
    assertEquals(5, g.nodeCount());
    assertEquals(2, g.edgeCount());
  }

  @Test
  void repeatedNameIsOneNodeWithParallelEdges() {
    ComputationGraph g = ExpressionCompiler.compile("x * x", List.of("x"));
    assertEquals(2, g.nodeCount());
    assertEquals(2, g.edgeCount());
  }

  @Test
  void bindingIsSharedByLaterUses() {
    // x, y, x+y, (x+y)*(x+y): the sum is built once
    ComputationGraph g = ExpressionCompiler.compile("s = x + y; s * s", List.of("x", "y"));
    assertEquals(4, g.nodeCount());
    assertEquals(4, g.edgeCount());
  }

  @Test
  void outputsAreNamedByTheirTextRepeatsIncluded() {
    ComputationGraph g =
        ExpressionCompiler.compile("x  *\n y; t = x; x + y; x * y", List.of("x", "y"));
    assertEquals(List.of("x * y", "x + y", "x * y"), g.outputNames());
  }

  @Test
  void positionsPointAtWhereEachNodeWasWritten() {
    CompiledExpression c =
        ExpressionCompiler.compileProgram(
            ExpressionParser.parse("s = x + 2;\n  -s^3 * sin(y)"), List.of("x", "y"));
    ComputationGraph g = c.graph();
    // nodes: x, y, 2, x+2, s^3, -(s^3), sin(y), product
    assertEquals(8, g.nodeCount());
    assertEquals(java.util.Optional.empty(), c.positionOf(0));
    assertEquals(java.util.Optional.empty(), c.positionOf(1));
    assertEquals(new SourcePosition(1, 9), c.positionOf(2).orElseThrow());
    assertEquals(new SourcePosition(1, 7), c.positionOf(3).orElseThrow());
    assertEquals(new SourcePosition(2, 5), c.positionOf(4).orElseThrow());
    assertEquals(new SourcePosition(2, 3), c.positionOf(5).orElseThrow());
    assertEquals(new SourcePosition(2, 10), c.positionOf(6).orElseThrow());
    assertEquals(new SourcePosition(2, 8), c.positionOf(7).orElseThrow());
    assertEquals(java.util.Optional.empty(), c.positionOf(8));
  }

  @Test
  void longSumsAndChainsCompileWithoutRecursion() {
    int n = 100_000;
    ComputationGraph sum = ExpressionCompiler.compile("x" + "+x".repeat(n - 1), List.of("x"));
    assertEquals(n, sum.nodeCount()); // x and n-1 additions
    assertEquals(2 * (n - 1), sum.edgeCount());

    ComputationGraph negs = ExpressionCompiler.compile("-".repeat(n) + "sin(x)", List.of("x"));
    assertEquals(n + 2, negs.nodeCount());

    ComputationGraph tower = ExpressionCompiler.compile("x" + "^x".repeat(n - 1), List.of("x"));
    assertEquals(n, tower.nodeCount());
  }
}
