package org.pathsum.solver.cyclic;

import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;

/**
 * Mohri's generic single-source shortest-distance algorithm (see {@link ResidualIteration}) as a
 * {@link org.pathsum.solver.PathSumSolver}, with a bound on the number of times any vertex is taken
 * off the queue; beyond it the solve fails with a {@link DivergentPathSumException} (a {@link
 * NegativeCycleException} when a selective semiring has an improving cycle).
 */
final class ResidualPathSolver<V, E, W> extends IndexedSolver<V, E, W> {

  private final QueueDiscipline discipline;
  private final long maxPops;

  ResidualPathSolver(
      Semiring<W> semiring, IndexedGraph<V, E, W> graph, QueueDiscipline discipline, long maxPops) {
    super(semiring, graph);
    if (discipline == QueueDiscipline.SHORTEST_FIRST) {
      semiring.require("the shortest-first queue discipline", SemiringProperty.SELECTIVE_PLUS);
    }
    if (maxPops < 1) {
      throw new IllegalArgumentException(
          "maxPopsPerVertex must be at least 1, got " + maxPops + "; pass a positive bound");
    }
    this.discipline = discipline;
    this.maxPops = maxPops;
  }

  @Override
  Object[] solveMasked(
      IndexedGraph<V, E, W> g, Semiring<W> sr, int source, boolean[] mask, boolean backwardSolve) {
    return iterate(g, sr, source, mask, backwardSolve).d;
  }

  /** The full iteration, predecessor edges included (for witness paths). */
  ResidualIteration<W> iterate(
      IndexedGraph<V, E, W> g, Semiring<W> sr, int source, boolean[] mask, boolean backwardSolve) {
    Components comps = discipline == QueueDiscipline.SCC_ORDER ? Components.of(g, mask) : null;
    try {
      return ResidualIteration.run(g, sr, source, mask, comps, discipline, maxPops);
    } catch (ResidualIteration.LimitExceeded ex) {
      Components all = comps != null ? comps : Components.of(g, mask);
      throw Divergence.ofLimit(g, sr, semiring.name(), all, ex, maxPops, backwardSolve);
    }
  }

  @Override
  public String toString() {
    return "ResidualPathSolver[" + semiring.name() + ", " + discipline + "]";
  }
}
