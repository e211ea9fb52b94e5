package org.pathsum.solver.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.PathSumSolvers;
import org.pathsum.solver.internal.compiled.CompiledGraph;
import org.pathsum.solver.testing.RandomGraphs;

/** The adjacency of each direction is built only when a query needs it. */
class LazyAdjacencyTest {

  @Test
  void adjacenciesAreBuiltOnlyWhenAQueryNeedsThem() {
    SplittableRandom rnd = new SplittableRandom(42);
    Graph<Integer, DefaultWeightedEdge> cyclic =
        RandomGraphs.multigraph(rnd, 30, 90, r -> r.nextInt(0, 10));
    CondensationSolver<Integer, DefaultWeightedEdge, Double> c =
        (CondensationSolver<Integer, DefaultWeightedEdge, Double>)
            PathSumSolvers.forGraph(cyclic, Semirings.tropical(), cyclic::getEdgeWeight);
    CompiledGraph<Integer, DefaultWeightedEdge> compiled = c.compiled();
    assertFalse(compiled.isAcyclic());
    c.solveFrom(0);
    assertFalse(compiled.graph().hasIn(), "a forward query built the reverse adjacency");
    c.solveTo(0);
    assertTrue(compiled.graph().hasIn());

    Graph<Integer, DefaultWeightedEdge> dag =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < 5; v++) {
      dag.addVertex(v);
      if (v > 0) {
        dag.setEdgeWeight(dag.addEdge(v - 1, v), v);
      }
    }
    CompiledDagSolver<Integer, DefaultWeightedEdge, Double> d =
        (CompiledDagSolver<Integer, DefaultWeightedEdge, Double>)
            PathSumSolvers.forGraph(dag, Semirings.tropical(), dag::getEdgeWeight);
    assertEquals(10.0, d.solveFrom(0).get(4));
    assertEquals(10.0, d.solveTo(4).get(0));
    assertEquals(9.0, d.solveBetween(1, 4));
    assertFalse(d.compiled().graph().hasOut(), "the DAG sweeps need only the in-adjacency");
  }
}
