package org.pathsum.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.LawCheckReport;
import org.pathsum.semiring.SemiringLawChecker;
import org.pathsum.semiring.Semirings;

/** The API tour of README.md, verbatim, so that the README cannot drift from the code. */
class ReadmeSnippetTest {

  @Test
  void apiTourRunsAsPrinted() {
    // --- README snippet begins
    // x·x as a path problem: two parallel edges from x to the product, each labelled
    // with the local partial ∂(x·x)/∂x-operand = x = 3.
    Graph<String, DefaultWeightedEdge> g = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
    g.addVertex("x");
    g.addVertex("x*x");
    g.setEdgeWeight(g.addEdge("x", "x*x"), 3.0);
    g.setEdgeWeight(g.addEdge("x", "x*x"), 3.0);

    PathSumSolver<String, Double> real = PathSumSolvers.forGraph(g, Semirings.real(), g::getEdgeWeight);
    double forward = real.solveFrom("x").get("x*x"); // 6.0 = d(x·x)/dx at x = 3
    double reverse = real.solveTo("x*x").get("x"); //   6.0, the same paths summed from the other end
    double shortest = PathSumSolvers.forGraph(g, Semirings.tropical(), g::getEdgeWeight).solveBetween("x", "x*x");
    // 3.0: the same graph, another semiring

    LawCheckReport<Double> report =
        SemiringLawChecker.forSemiring(Semirings.real())
            .withSamples(List.of(0.0, 1.0, -2.5, 1e-3))
            .check(); // every semiring law, with each violation named
    // --- README snippet ends

    assertEquals(6.0, forward);
    assertEquals(6.0, reverse);
    assertEquals(3.0, shortest);
    assertTrue(report.violations().isEmpty(), report::toString);
  }
}
