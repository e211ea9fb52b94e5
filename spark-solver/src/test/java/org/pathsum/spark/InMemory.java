package org.pathsum.spark;

import java.util.Map;
import org.jgrapht.Graph;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSumSolvers;

/** The one place these tests call the in-memory front door. */
final class InMemory {

  private InMemory() {}

  static <W> PathSumSolver<String, W> solver(
      Graph<String, Integer> graph, Semiring<W> semiring, Map<Integer, W> weights) {
    return PathSumSolvers.forGraph(graph, semiring, weights::get);
  }
}
