package org.pathsum.solver.internal.compiled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedMultigraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.pathsum.solver.internal.NotADagException;
import org.pathsum.solver.testing.RandomDags;

class CompiledDagTest {

  @Test
  void builderNumbersEdgesInInsertionOrderAndBuildsBothAdjacencies() {
    CompiledDag.Builder b = CompiledDag.builder(4);
    assertEquals(0, b.addEdge(0, 2));
    assertEquals(1, b.addEdge(1, 2));
    assertEquals(2, b.addEdge(0, 2)); // parallel edge
    assertEquals(3, b.addEdge(2, 3));
    CompiledDag g = b.build();
    assertEquals(4, g.vertexCount());
    assertEquals(4, g.edgeCount());
    assertEquals(0, g.edgeSource(2));
    assertEquals(2, g.edgeTarget(2));
    assertEquals(3, g.inDegree(2));
    assertEquals(List.of(0, 1, 2), List.of(g.inEdge(2, 0), g.inEdge(2, 1), g.inEdge(2, 2)));
    assertEquals(2, g.outDegree(0));
    assertEquals(List.of(0, 2), List.of(g.outEdge(0, 0), g.outEdge(0, 1)));
    assertEquals(0, g.inDegree(0));
    assertEquals(0, g.outDegree(3));
    assertThrows(IndexOutOfBoundsException.class, () -> g.inEdge(3, 1));
    assertThrows(IndexOutOfBoundsException.class, () -> g.outDegree(4));
  }

  @Test
  void builderRejectsBackwardSelfAndOutOfRangeEdgesAndStaysUnchanged() {
    CompiledDag.Builder b = CompiledDag.builder(3);
    b.addEdge(0, 1);
    assertThrows(IllegalArgumentException.class, () -> b.addEdge(2, 1));
    assertThrows(IllegalArgumentException.class, () -> b.addEdge(1, 1));
    assertThrows(IllegalArgumentException.class, () -> b.addEdge(-1, 1));
    assertThrows(IllegalArgumentException.class, () -> b.addEdge(1, 3));
    assertEquals(1, b.edgeCount());
    assertEquals(1, b.build().edgeCount());
    assertThrows(IllegalArgumentException.class, () -> CompiledDag.builder(-1));
    assertThrows(IllegalArgumentException.class, () -> CompiledDag.builder(2, -5));
  }

  @Test
  void emptyGraphsBuild() {
    assertEquals(0, CompiledDag.builder(0).build().vertexCount());
    CompiledDag g = CompiledDag.builder(5, 0).build();
    assertEquals(0, g.edgeCount());
    assertEquals(0, g.inDegree(4));
  }

  @Test
  void csrListsEveryEdgeOnceAtBothEndsOnRandomDags() {
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(40);
      CompiledDag g = RandomDags.randomDag(rnd, n, rnd.nextInt(120));
      int[] seenIn = new int[g.edgeCount()];
      int[] seenOut = new int[g.edgeCount()];
      for (int v = 0; v < n; v++) {
        int last = -1;
        for (int i = 0; i < g.inDegree(v); i++) {
          int e = g.inEdge(v, i);
          assertEquals(v, g.edgeTarget(e), "seed " + seed);
          assertTrue(e > last, "in-edges in increasing id, seed " + seed);
          last = e;
          seenIn[e]++;
        }
        last = -1;
        for (int i = 0; i < g.outDegree(v); i++) {
          int e = g.outEdge(v, i);
          assertEquals(v, g.edgeSource(e), "seed " + seed);
          assertTrue(e > last, "out-edges in increasing id, seed " + seed);
          last = e;
          seenOut[e]++;
        }
      }
      for (int e = 0; e < g.edgeCount(); e++) {
        assertEquals(1, seenIn[e], "edge " + e + " seed " + seed);
        assertEquals(1, seenOut[e], "edge " + e + " seed " + seed);
        assertTrue(g.edgeSource(e) < g.edgeTarget(e), "seed " + seed);
      }
    }
  }

  @Test
  void compiledLayoutKeepsATopologicalOrderAndStoresEdgesByTarget() {
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 2 + rnd.nextInt(40);
      int m = rnd.nextInt(120);
      int[] from = new int[m];
      int[] to = new int[m];
      double[] w = new double[m];
      for (int e = 0; e < m; e++) {
        int a = rnd.nextInt(n - 1);
        from[e] = a;
        to[e] = a + 1 + rnd.nextInt(n - 1 - a);
        w[e] = e + 1;
      }
      List<String> names = new ArrayList<>();
      for (int v = 0; v < n; v++) {
        names.add("v" + v);
      }
      boolean topologicalInput = seed % 2 == 0;
      if (!topologicalInput) {
        // Reverse the vertex numbering: every edge now goes from a higher to a lower index.
        for (int e = 0; e < m; e++) {
          from[e] = n - 1 - from[e];
          to[e] = n - 1 - to[e];
        }
      }
      GraphCompiler.Compiled<String, Integer> compiled =
          GraphCompiler.compile(
              names, from.clone(), to.clone(), w, org.pathsum.semiring.Semirings.real());
      CompiledGraph<String, Integer> c = compiled.graph();
      IntGraph g = c.graph();
      if (topologicalInput) {
        for (int v = 0; v < n; v++) {
          assertEquals("v" + v, c.vertex(v), "a topological order is kept, seed " + seed);
        }
      }
      IntGraph.Adjacency in = g.in();
      for (int i = 0; i < g.edgeCount(); i++) {
        assertEquals(i, in.edgeAt(i), "in-adjacency order is edge order, seed " + seed);
      }
      for (int id = 0; id < g.edgeCount(); id++) {
        int input = c.edge(id);
        assertEquals(w[input], compiled.doubles()[id], "weight follows its edge, seed " + seed);
        assertEquals(c.indexOf(names.get(from[input])), g.edgeSource(id), "seed " + seed);
        assertEquals(c.indexOf(names.get(to[input])), g.edgeTarget(id), "seed " + seed);
      }
    }
  }

  @Test
  void compileRenumbersTopologicallyAndKeepsBothMappings() {
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Graph<String, Integer> graph = RandomDags.randomJGraphTDag(rnd, 1 + rnd.nextInt(30), 60);
      CompiledGraph<String, Integer> c = CompiledDag.compile(graph);
      CompiledDag g = c.dag();
      assertEquals(graph.vertexSet().size(), g.vertexCount(), "seed " + seed);
      assertEquals(graph.edgeSet().size(), g.edgeCount(), "seed " + seed);
      Set<String> seen = new HashSet<>();
      for (int v = 0; v < g.vertexCount(); v++) {
        assertEquals(v, c.indexOf(c.vertex(v)), "seed " + seed);
        seen.add(c.vertex(v));
      }
      assertEquals(graph.vertexSet(), seen, "seed " + seed);
      List<Integer> edgeOrder = new ArrayList<>(graph.edgeSet());
      for (int id = 0; id < g.edgeCount(); id++) {
        Integer e = c.edge(id);
        if (id > 0) {
          // Stored by target; among one vertex's in-edges, in graph order.
          Integer previous = c.edge(id - 1);
          assertTrue(g.edgeTarget(id - 1) <= g.edgeTarget(id), "edges by target, seed " + seed);
          if (g.edgeTarget(id - 1) == g.edgeTarget(id)) {
            assertTrue(
                edgeOrder.indexOf(previous) < edgeOrder.indexOf(e),
                "in-edges in graph order, seed " + seed);
          }
        }
        assertEquals(id, c.idOf(e), "seed " + seed);
        assertEquals(c.indexOf(graph.getEdgeSource(e)), g.edgeSource(id), "seed " + seed);
        assertEquals(c.indexOf(graph.getEdgeTarget(e)), g.edgeTarget(id), "seed " + seed);
      }
      double[] w = c.weights((Integer e) -> e * 0.5);
      List<String> labels = c.weights((Integer e) -> "e" + e);
      for (int id = 0; id < g.edgeCount(); id++) {
        assertEquals(c.edge(id) * 0.5, w[id], "seed " + seed);
        assertEquals("e" + c.edge(id), labels.get(id), "seed " + seed);
      }
    }
  }

  @Test
  void compileKeepsParallelEdgesOfAMultigraph() {
    Graph<String, DefaultEdge> graph = new DirectedMultigraph<>(DefaultEdge.class);
    graph.addVertex("b");
    graph.addVertex("a");
    DefaultEdge e1 = graph.addEdge("a", "b");
    DefaultEdge e2 = graph.addEdge("a", "b");
    CompiledGraph<String, DefaultEdge> c = CompiledDag.compile(graph);
    assertEquals(0, c.indexOf("a"));
    assertEquals(1, c.indexOf("b"));
    assertEquals(2, c.dag().inDegree(1));
    assertSame(e1, c.edge(c.dag().inEdge(1, 0)));
    assertSame(e2, c.edge(c.dag().inEdge(1, 1)));
    assertThrows(IllegalArgumentException.class, () -> c.indexOf("z"));
    assertThrows(IllegalArgumentException.class, () -> c.idOf(new DefaultEdge()));
  }

  @Test
  void compileFindsARealCycleOnRandomGraphsWithOneBackEdge() {
    for (long seed = 1; seed <= 30; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 2 + rnd.nextInt(30);
      Graph<String, Integer> graph = RandomDags.randomJGraphTDag(rnd, n, 3 * n);
      // A back edge from a descendant closes a cycle only if there is a path; add a chain to be
      // sure.
      for (int i = 0; i + 1 < n; i++) {
        graph.addEdge("v" + i, "v" + (i + 1), 1000 + i);
      }
      int hi = 1 + rnd.nextInt(n - 1);
      int lo = rnd.nextInt(hi);
      graph.addEdge("v" + hi, "v" + lo, -1);
      NotADagException ex =
          assertThrows(NotADagException.class, () -> CompiledDag.compile(graph), "seed " + seed);
      assertIsCycle(graph, ex.cycle(), seed);
    }
  }

  @Test
  void compileReportsASelfLoopAsAOneVertexCycle() {
    Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
    graph.addVertex("a");
    graph.addVertex("b");
    graph.addEdge("a", "b");
    graph.addEdge("b", "b");
    NotADagException ex = assertThrows(NotADagException.class, () -> CompiledDag.compile(graph));
    assertEquals(List.of("b"), ex.cycle());
  }

  @Test
  void compileRejectsUndirectedGraphs() {
    Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    graph.addVertex("a");
    assertThrows(IllegalArgumentException.class, () -> CompiledDag.compile(graph));
  }

  @Test
  void compilesAMillionVertexChainWithoutRecursion() {
    int n = 1_000_000;
    Graph<Integer, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
    for (int i = n - 1; i >= 0; i--) {
      graph.addVertex(i);
    }
    for (int i = 0; i + 1 < n; i++) {
      graph.addEdge(i, i + 1);
    }
    CompiledGraph<Integer, DefaultEdge> c = CompiledDag.compile(graph);
    assertEquals(0, c.indexOf(0));
    assertEquals(n - 1, c.indexOf(n - 1));
    graph.addEdge(n - 1, 0);
    NotADagException ex = assertThrows(NotADagException.class, () -> CompiledDag.compile(graph));
    assertEquals(n, ex.cycle().size());
  }

  private static <V, E> void assertIsCycle(Graph<V, E> graph, List<?> cycle, long seed) {
    assertFalse(cycle.isEmpty(), "seed " + seed);
    assertEquals(cycle.size(), new HashSet<>(cycle).size(), "simple cycle, seed " + seed);
    for (int i = 0; i < cycle.size(); i++) {
      @SuppressWarnings("unchecked")
      V from = (V) cycle.get(i);
      @SuppressWarnings("unchecked")
      V to = (V) cycle.get((i + 1) % cycle.size());
      assertTrue(graph.containsEdge(from, to), from + " -> " + to + " in cycle, seed " + seed);
    }
  }
}
