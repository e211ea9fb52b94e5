package com.example;

import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.PathSumSolvers;

/** Shortest distances through pathsum's front door, as a user's code would ask for them. */
public final class ShortestPaths {

  private ShortestPaths() {}

  /** a → b 1, b → c 2, a → c 5, c → a 1 (a cycle), and an isolated d: distances from a. */
  public static Map<String, Double> fromA() {
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
    g.setEdgeWeight(g.addEdge("c", "a"), 1);
    return PathSumSolvers.forGraph(g, Semirings.tropical(), g::getEdgeWeight)
        .solveFrom("a")
        .values();
  }
}
