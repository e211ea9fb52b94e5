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
  void outputsAreNamedByTheirTextAndDuplicatesByPosition() {
    ComputationGraph g =
        ExpressionCompiler.compile("x  *\n y; t = x; x + y; x * y", List.of("x", "y"));
    assertEquals(List.of("x * y", "x + y", "f3"), g.outputNames());
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
