package org.pathsum.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semirings;

/**
 * A chain 0 → 1 → … → 999 999 solves forward, backward and on demand without deep recursion
 * (surefire runs with {@code -Xss512k}). Edges out of even vertices weigh 2 and out of odd ones
 * 0.5, so every product is an exact power of two that can be worked out by hand.
 */
class DagPathSolverChainTest {

  private static final int N = 1_000_000;

  private static Graph<Integer, DefaultEdge> chain;
  private static Function<DefaultEdge, Double> weights;
  private static DagPathSolver<Integer, DefaultEdge, Double> solver;

  @BeforeAll
  static void buildChain() {
    chain = new SimpleDirectedGraph<>(DefaultEdge.class);
    for (int v = 0; v < N; v++) {
      chain.addVertex(v);
    }
    for (int v = 0; v + 1 < N; v++) {
      chain.addEdge(v, v + 1);
    }
    weights = e -> chain.getEdgeSource(e) % 2 == 0 ? 2.0 : 0.5;
    solver = DagPathSolver.of(chain, Semirings.real(), weights);
  }

  @Test
  void forwardFromTheStart() {
    PathSums<Integer, Double> from = solver.solveFrom(0);
    // 2 · 0.5 · 2 · … : the product to k is 2 after an odd number of edges, 1 after an even one
    for (int k = 0; k < N; k += 99_991) {
      assertEquals(k % 2 == 1 ? 2.0 : 1.0, from.get(k), "vertex " + k);
    }
    assertEquals(2.0, from.get(N - 1)); // N − 1 = 999 999 edges, an odd number
  }

  @Test
  void backwardToTheEnd() {
    PathSums<Integer, Double> to = solver.solveTo(N - 1);
    // from k the edges leave k, k+1, …, N−2; pairs (even, odd) weigh 1 and a last even one 2
    for (int k = 0; k < N; k += 99_991) {
      assertEquals(k % 2 == 0 ? 2.0 : 1.0, to.get(k), "vertex " + k);
    }
    assertEquals(1.0, to.get(N - 1));
  }

  @Test
  void onDemand() {
    assertEquals(2.0, solver.solveBetween(0, N - 1));
    assertEquals(1.0, solver.solveBetween(1, N - 1));
    assertEquals(0.0, solver.solveBetween(N - 1, 0));
  }

  @Test
  void enumerationAndCycleSearchAreIterativeToo() {
    assertEquals(
        2.0, PathEnumerationSolver.of(chain, Semirings.real(), weights).solveBetween(0, N - 1));
    // closing the chain into a ring (undone below: building another million-vertex graph is slow)
    DefaultEdge back = chain.addEdge(N - 1, 0);
    try {
      NotADagException ex =
          assertThrows(
              NotADagException.class, () -> DagPathSolver.of(chain, Semirings.real(), weights));
      assertEquals(N, ex.cycle().size());
      assertTrue(ex.getMessage().length() < 1000, "the message abbreviates a long cycle");
      assertEquals(1, ex.cycle().get((ex.cycle().indexOf(0) + 1) % N)); // 0 → 1, in edge order
    } finally {
      chain.removeEdge(back);
    }
  }
}
