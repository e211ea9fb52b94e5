package org.pathsum.benchmarks.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.internal.compiled.CompiledDag;
import org.pathsum.solver.internal.compiled.DagSweeps;

/**
 * The benchmark inputs have the shape the benchmarks rely on, and both forms are the same graph.
 */
class RandomDagTest {

  @Test
  void everyVertexButTheFirstHasTheInDegreeAndEdgesComeByTarget() {
    RandomDag random = RandomDag.generate(4000, 4, 42);
    CompiledDag dag = random.toCompiledDag();
    assertEquals(1001, dag.vertexCount());
    assertEquals(4000, dag.edgeCount());
    assertEquals(0, dag.inDegree(0));
    for (int v = 1; v < dag.vertexCount(); v++) {
      assertEquals(4, dag.inDegree(v), "vertex " + v);
      for (int i = 0; i < 4; i++) {
        // RealSweepBenchmark's raw loop reads in-edges as consecutive edge ids.
        assertEquals(4 * (v - 1) + i, dag.inEdge(v, i), "vertex " + v);
      }
    }
    assertThrows(IllegalArgumentException.class, () -> RandomDag.generate(3, 4, 1));
  }

  @Test
  void compiledSweepAndJGraphTDijkstraAgreeOnTheBenchmarkGraph() {
    RandomDag random = RandomDag.generate(20_000, 4, 7);
    double[] lengths = random.lengths(3);
    double[] d = DagSweeps.forward(random.toCompiledDag(), Semirings.tropical(), lengths, 0);
    Graph<Integer, DefaultWeightedEdge> g = random.toJGraphT(lengths);
    var paths = new DijkstraShortestPath<>(g).getPaths(0);
    for (int v = 0; v < random.vertexCount; v++) {
      double expected = paths.getWeight(v);
      assertTrue(Double.isFinite(d[v]), "every vertex is reachable from 0, vertex " + v);
      assertEquals(expected, d[v], 1e-9 * Math.max(1, expected), "vertex " + v);
    }
  }
}
