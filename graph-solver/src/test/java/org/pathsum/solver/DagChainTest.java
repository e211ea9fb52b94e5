package org.pathsum.solver;

import org.pathsum.solver.internal.NotADagException;

import org.pathsum.solver.internal.compiled.CompiledDag;
import org.pathsum.solver.testing.PathEnumerationSolver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsGraphUnion;
import org.jgrapht.graph.AsUnmodifiableGraph;
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
class DagChainTest {

  private static final int N = 1_000_000;

  private static Graph<Integer, DefaultEdge> chain;
  private static Function<DefaultEdge, Double> weights;
  private static PathSumSolver<Integer, Double> solver;

  @BeforeAll
  static void buildChain() {
    Graph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
    for (int v = 0; v < N; v++) {
      g.addVertex(v);
    }
    for (int v = 0; v + 1 < N; v++) {
      g.addEdge(v, v + 1);
    }
    chain = new AsUnmodifiableGraph<>(g); // shared by the tests: no test may change it
    weights = e -> chain.getEdgeSource(e) % 2 == 0 ? 2.0 : 0.5;
    solver = PathSumSolvers.forGraph(chain, Semirings.real(), weights);
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
    // The ring: the shared chain and one edge back, as a union view (the chain is not touched).
    Graph<Integer, DefaultEdge> back = new SimpleDirectedGraph<>(DefaultEdge.class);
    back.addVertex(N - 1);
    back.addVertex(0);
    back.addEdge(N - 1, 0);
    Graph<Integer, DefaultEdge> ring = new AsGraphUnion<>(chain, back);
    NotADagException ex =
        assertThrows(
            NotADagException.class, () -> CompiledDag.compile(ring));
    List<Integer> cycle = ex.cycle();
    assertEquals(N, cycle.size());
    assertTrue(ex.getMessage().length() < 1000, "the message abbreviates a long cycle");
    assertEquals(1, cycle.get((cycle.indexOf(0) + 1) % N)); // 0 → 1, in edge order
    assertEquals(N, chain.edgeSet().size() + 1);
  }
}
