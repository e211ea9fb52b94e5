package org.pathsum.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.graph.EndpointPair;
import com.google.common.graph.ImmutableNetwork;
import com.google.common.graph.NetworkBuilder;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semirings;

/**
 * A Guava {@code Network} solved by copying its structure into a JGraphT graph that keeps Guava's
 * edge objects (JGraphT's live Guava adapters are in jgrapht-guava, which is not a dependency).
 * Parallel edges survive the copy as distinct paths.
 */
class GuavaNetworkInteropTest {

  /** A weighted edge; records are equal by value, so each gets a unique name. */
  private record Flow(String name, double weight) {}

  @Test
  void aGuavaNetworkWithParallelEdgesSolvesAfterCopying() {
    ImmutableNetwork<String, Flow> network =
        NetworkBuilder.directed()
            .allowsParallelEdges(true)
            .<String, Flow>immutable()
            .addEdge("a", "b", new Flow("ab1", 2.0))
            .addEdge("a", "b", new Flow("ab2", 3.0))
            .addEdge("b", "c", new Flow("bc", 4.0))
            .addEdge("a", "c", new Flow("ac", 7.0))
            .addNode("alone")
            .build();
    Graph<String, Flow> g = new DirectedPseudograph<>(null, null, false);
    network.nodes().forEach(g::addVertex);
    for (Flow f : network.edges()) {
      EndpointPair<String> ends = network.incidentNodes(f);
      g.addEdge(ends.source(), ends.target(), f);
    }
    PathSumSolver<String, Double> real = PathSumSolvers.forGraph(g, Semirings.real(), Flow::weight);
    assertEquals((2.0 + 3.0) * 4.0 + 7.0, real.solveBetween("a", "c"));
    assertEquals(0.0, real.solveTo("c").get("alone"));
    PathSumSolver<String, Double> shortest =
        PathSumSolvers.forGraph(g, Semirings.tropical(), Flow::weight);
    assertEquals(Math.min(2.0 + 4.0, 7.0), shortest.solveFrom("a").get("c"));
  }
}
