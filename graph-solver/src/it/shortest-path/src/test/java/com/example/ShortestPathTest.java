package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.PathSumSolvers;
import org.junit.jupiter.api.Test;

class ShortestPathTest {

  @Test
  void shortestDistancesThroughTheFrontDoor() {
    Graph<String, DefaultWeightedEdge> g =
        GraphTypeBuilder.<String, DefaultWeightedEdge>directed()
            .weighted(true)
            .allowingMultipleEdges(true)
            .allowingSelfLoops(true)
            .edgeClass(DefaultWeightedEdge.class)
            .buildGraph();
    for (String v : new String[] {"a", "b", "c", "d"}) {
      g.addVertex(v);
    }
    g.setEdgeWeight(g.addEdge("a", "b"), 1);
    g.setEdgeWeight(g.addEdge("b", "c"), 2);
    g.setEdgeWeight(g.addEdge("a", "c"), 5);
    g.setEdgeWeight(g.addEdge("c", "a"), 1); // a cycle: the front door handles it
    Map<String, Double> d =
        PathSumSolvers.forGraph(g, Semirings.tropical(), g::getEdgeWeight).solveFrom("a").values();
    assertEquals(Map.of("a", 0.0, "b", 1.0, "c", 3.0, "d", Double.POSITIVE_INFINITY), d);
  }
}
