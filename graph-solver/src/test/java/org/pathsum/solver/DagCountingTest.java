package org.pathsum.solver;

import org.pathsum.solver.CarrierOverflowException;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semirings;

/**
 * Counting paths through a chain of k diamonds, which has 2^k paths end to end: the sweep counts
 * them in O(k) operations where enumeration could not, and a count past {@code Long.MAX_VALUE} is
 * refused with a {@link CarrierOverflowException} naming the vertex, never a wrapped-around number.
 */
class DagCountingTest {

  /** 0 → {top, bottom} → 3, 3 → … → 3k: k diamonds in a row. */
  private static Graph<Integer, DefaultEdge> diamonds(int k) {
    Graph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
    g.addVertex(0);
    for (int i = 0; i < k; i++) {
      int top = 3 * i + 1;
      int bottom = 3 * i + 2;
      int join = 3 * i + 3;
      g.addVertex(top);
      g.addVertex(bottom);
      g.addVertex(join);
      g.addEdge(3 * i, top);
      g.addEdge(3 * i, bottom);
      g.addEdge(top, join);
      g.addEdge(bottom, join);
    }
    return g;
  }

  @Test
  void twoToTheSixtySecondPathsAreCountedExactly() {
    int k = 62;
    PathSumSolver<Integer, Long> solver =
        PathSumSolvers.forGraph(diamonds(k), Semirings.counting(), e -> 1L);
    assertEquals(1L << 62, solver.solveBetween(0, 3 * k));
    assertEquals(1L << 62, solver.solveTo(3 * k).get(0));
    assertEquals(1L << 10, solver.solveFrom(0).get(30)); // after 10 diamonds
    assertEquals(1L << 9, solver.solveFrom(0).get(28)); // the top of the 10th diamond
  }

  @Test
  void twoToTheSixtyThirdOverflowsLoudly() {
    int k = 63; // 2^63 > Long.MAX_VALUE
    PathSumSolver<Integer, Long> solver =
        PathSumSolvers.forGraph(diamonds(k), Semirings.counting(), e -> 1L);
    // A count past Long.MAX_VALUE is refused, naming the first vertex it reaches: the bottom of
    // the last diamond, 2^63 paths from 0.
    CarrierOverflowException pair =
        assertThrows(CarrierOverflowException.class, () -> solver.solveBetween(0, 3 * k));
    assertEquals(3 * k, pair.<Integer>vertex());
    assertEquals(0, pair.<Integer>anchor());
    assertFalse(pair.isUnderflow());
    CarrierOverflowException backward =
        assertThrows(CarrierOverflowException.class, () -> solver.solveTo(3 * k));
    assertEquals(0, backward.<Integer>vertex());
    assertEquals(PathSums.Direction.TO_TARGET, backward.direction());
    assertThrows(CarrierOverflowException.class, () -> solver.solveFrom(0));
    assertEquals(1L << 62, solver.solveBetween(0, 3 * (k - 1))); // one diamond short is fine
  }
}
