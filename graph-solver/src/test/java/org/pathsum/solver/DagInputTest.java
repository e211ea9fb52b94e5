package org.pathsum.solver;

import org.pathsum.solver.internal.NotADagException;

import org.pathsum.solver.internal.compiled.CompiledDag;
import org.pathsum.solver.testing.PathLimitExceededException;
import org.pathsum.solver.testing.PathEnumerationSolver;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.testing.RandomDags;
import org.pathsum.solver.testing.LectureExample;
import org.pathsum.solver.testing.TestEdge;

/** Bad input and edge cases of the DAG solver and the enumeration reference. */
class DagInputTest {

  private static final Function<Object, Double> ONE = e -> 1.0;

  @Test
  void aCycleIsReportedInEdgeOrder() {
    Graph<String, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
    for (String v : List.of("s", "a", "b", "c", "t")) {
      g.addVertex(v);
    }
    g.addEdge("s", "a");
    g.addEdge("a", "b");
    g.addEdge("b", "c");
    g.addEdge("c", "a");
    g.addEdge("c", "t");
    NotADagException ex =
        assertThrows(NotADagException.class, () -> CompiledDag.compile(g));
    assertRealCycle(g, ex.cycle(), "3-cycle");
    assertEquals(new HashSet<>(List.of("a", "b", "c")), new HashSet<>(ex.cycle()));
    assertThrows(
        IllegalArgumentException.class, () -> PathEnumerationSolver.of(g, Semirings.real(), ONE));
  }

  @Test
  void aSelfLoopIsAOneVertexCycle() {
    Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
    g.addVertex("a");
    g.addVertex("b");
    g.addEdge("a", "b");
    g.addEdge("b", "b");
    NotADagException ex =
        assertThrows(NotADagException.class, () -> CompiledDag.compile(g));
    assertEquals(List.of("b"), ex.cycle());
  }

  @Test
  void randomCyclesAreFoundAndAreRealCycles() {
    int cyclic = 0;
    for (long seed = 0; seed < 500; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Graph<Integer, TestEdge> g = RandomDags.randomDag(rnd, 12);
      int n = g.vertexSet().size();
      for (int k = rnd.nextInt(3); k >= 0; k--) {
        g.addEdge(rnd.nextInt(n), rnd.nextInt(n), new TestEdge(1000 + k)); // may close a cycle
      }
      boolean hasCycle = new CycleDetector<>(g).detectCycles(); // an independent oracle
      if (hasCycle) {
        cyclic++;
        NotADagException ex =
            assertThrows(
                NotADagException.class, () -> CompiledDag.compile(g), "seed " + seed);
        assertRealCycle(g, ex.cycle(), "seed " + seed);
      } else {
        assertDoesNotThrow(() -> CompiledDag.compile(g), "seed " + seed);
      }
    }
    assertTrue(cyclic > 50, "too few cyclic graphs generated to test anything: " + cyclic);
  }

  @Test
  void anUndirectedGraphIsRefused() {
    Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
    g.addVertex("a");
    g.addVertex("b");
    g.addEdge("a", "b");
    assertThrows(
        IllegalArgumentException.class, () -> PathSumSolvers.forGraph(g, Semirings.real(), ONE));
    assertThrows(
        IllegalArgumentException.class, () -> PathEnumerationSolver.of(g, Semirings.real(), ONE));
  }

  @Test
  void unknownVerticesAreRefused() {
    PathSumSolver<String, Double> dag =
        PathSumSolvers.forGraph(
            LectureExample.graph(), Semirings.real(), LectureExample.graph()::getEdgeWeight);
    PathEnumerationSolver<String, DefaultWeightedEdge, Double> ref =
        PathEnumerationSolver.of(LectureExample.graph(), Semirings.real(), e -> 1.0);
    for (PathSumSolver<String, Double> solver : List.<PathSumSolver<String, Double>>of(dag, ref)) {
      assertThrows(IllegalArgumentException.class, () -> solver.solveFrom("z"));
      assertThrows(IllegalArgumentException.class, () -> solver.solveTo("z"));
      assertThrows(IllegalArgumentException.class, () -> solver.solveBetween("z", "F"));
      assertThrows(IllegalArgumentException.class, () -> solver.solveBetween("x", "z"));
      assertThrows(NullPointerException.class, () -> solver.solveFrom(null));
      assertThrows(IllegalArgumentException.class, () -> solver.solveTo("F").get("z"));
    }
  }

  @Test
  void aNullWeightNamesTheEdgeAndItsEndpoints() {
    Graph<String, DefaultWeightedEdge> g = LectureExample.graph();
    DefaultWeightedEdge bad = g.getEdge("y", "4y");
    Function<DefaultWeightedEdge, Double> weights = e -> e == bad ? null : 1.0;
    // Weights are read once, when the solver is built: a null weight fails there.
    for (Runnable build :
        List.<Runnable>of(
            () -> PathSumSolvers.forGraph(g, Semirings.real(), weights),
            () -> PathSumSolvers.forGraph(g, Semirings.real(), weights),
            () -> PathEnumerationSolver.of(g, Semirings.real(), weights).solveFrom("y"))) {
      NullPointerException ex = assertThrows(NullPointerException.class, build::run);
      assertTrue(ex.getMessage().contains(String.valueOf(bad)), ex.getMessage());
    }
  }


  @Test
  void nullArgumentsAreRefused() {
    Graph<String, DefaultWeightedEdge> g = LectureExample.graph();
    assertThrows(NullPointerException.class, () -> PathSumSolvers.forGraph(null, Semirings.real(), ONE));
    assertThrows(NullPointerException.class, () -> PathSumSolvers.forGraph(g, null, ONE));
    assertThrows(NullPointerException.class, () -> PathSumSolvers.forGraph(g, Semirings.real(), null));
  }

  @Test
  void parallelEdgesAreDistinctPaths() {
    Graph<String, DefaultWeightedEdge> g =
        new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
    g.addVertex("a");
    g.addVertex("b");
    g.addVertex("c");
    g.setEdgeWeight(g.addEdge("a", "b"), 2.0);
    g.setEdgeWeight(g.addEdge("a", "b"), 3.0);
    g.setEdgeWeight(g.addEdge("b", "c"), 4.0);
    PathSumSolver<String, Double> solver =
        PathSumSolvers.forGraph(g, Semirings.real(), g::getEdgeWeight);
    assertEquals(2.0 + 3.0, solver.solveFrom("a").get("b"));
    assertEquals((2.0 + 3.0) * 4.0, solver.solveTo("c").get("a"));
    assertEquals((2.0 + 3.0) * 4.0, solver.solveBetween("a", "c"));
  }

  @Test
  void unweightedGraphsWeighOneSoRealSumsCountPaths() {
    // a diamond a→{b,c}→d plus a→d: three paths from a to d
    Graph<String, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
    for (String v : List.of("a", "b", "c", "d", "lonely")) {
      g.addVertex(v);
    }
    g.addEdge("a", "b");
    g.addEdge("a", "c");
    g.addEdge("b", "d");
    g.addEdge("c", "d");
    g.addEdge("a", "d");
    PathSumSolver<String, Double> solver =
        PathSumSolvers.forGraph(g, Semirings.real(), g::getEdgeWeight);
    assertEquals(3.0, solver.solveBetween("a", "d"));
    assertEquals(1.0, solver.solveBetween("lonely", "lonely"));
    assertEquals(0.0, solver.solveBetween("lonely", "d"));
    Map<String, Double> values = solver.solveTo("d").values();
    assertEquals(Map.of("a", 3.0, "b", 1.0, "c", 1.0, "d", 1.0, "lonely", 0.0), values);
    assertEquals(List.copyOf(g.vertexSet()), List.copyOf(values.keySet())); // graph's order
  }

  @Test
  void enumerationStopsAtItsPathLimit() {
    // a chain of k diamonds has 2^k paths from its start to its end
    Graph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(DefaultEdge.class);
    int k = 12;
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
    PathEnumerationSolver<Integer, DefaultEdge, Double> small =
        PathEnumerationSolver.of(g, Semirings.real(), e -> 1.0, 1000);
    PathLimitExceededException ex =
        assertThrows(PathLimitExceededException.class, () -> small.solveFrom(0));
    assertEquals(1000, ex.limit());
    assertEquals(
        4096.0, PathEnumerationSolver.of(g, Semirings.real(), e -> 1.0).solveBetween(0, 3 * k));
    // a single edge is one non-empty path: a limit of 1 suffices, a limit of 0 does not
    Graph<Integer, DefaultEdge> edge = new SimpleDirectedGraph<>(DefaultEdge.class);
    edge.addVertex(0);
    edge.addVertex(1);
    edge.addEdge(0, 1);
    assertEquals(
        1.0, PathEnumerationSolver.of(edge, Semirings.real(), e -> 1.0, 1).solveBetween(0, 1));
    assertThrows(
        PathLimitExceededException.class,
        () -> PathEnumerationSolver.of(edge, Semirings.real(), e -> 1.0, 0).solveBetween(0, 1));
    assertThrows(
        IllegalArgumentException.class,
        () -> PathEnumerationSolver.of(edge, Semirings.real(), e -> 1.0, -1));
  }

  /** Each consecutive pair of {@code cycle}, and its last and first vertex, have an edge. */
  private static <V> void assertRealCycle(Graph<V, ?> g, List<?> cycle, String context) {
    assertFalse(cycle.isEmpty(), context);
    assertEquals(
        cycle.size(), new HashSet<>(cycle).size(), context + ": repeats a vertex " + cycle);
    for (int i = 0; i < cycle.size(); i++) {
      @SuppressWarnings("unchecked")
      V from = (V) cycle.get(i);
      @SuppressWarnings("unchecked")
      V to = (V) cycle.get((i + 1) % cycle.size());
      assertTrue(
          g.containsEdge(from, to), context + ": no edge " + from + " -> " + to + " in " + cycle);
    }
  }
}
