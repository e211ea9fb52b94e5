package org.pathsum.solver;

import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;
import org.pathsum.solver.cyclic.QueueDiscipline;

/**
 * Mohri's generic single-source shortest-distance algorithm ({@link ResidualIteration}) over the
 * whole compiled graph, with a chosen {@link QueueDiscipline} and a bound on the number of times
 * any vertex is taken off the queue; beyond it the solve fails with a {@link
 * org.pathsum.solver.cyclic.DivergentPathSumException} naming a cycle upstream of that vertex (a
 * {@link org.pathsum.solver.cyclic.NegativeCycleException} when a selective semiring has an
 * improving cycle). Backward queries run on the in-adjacency over the reversed semiring, the
 * components then taken in reverse topological order.
 */
final class ResidualSolver<V, E, W> extends CompiledSolver<V, E, W> {

  private final QueueDiscipline discipline;
  private final long maxPops;

  ResidualSolver(SolverGraph<V, E, W> sg, QueueDiscipline discipline, long maxPops) {
    super(sg);
    if (discipline == QueueDiscipline.SHORTEST_FIRST) {
      sg.semiring.require("the shortest-first queue discipline", SemiringProperty.SELECTIVE_PLUS);
    }
    if (maxPops < 1) {
      throw new IllegalArgumentException(
          "maxPopsPerVertex must be at least 1, got " + maxPops + "; pass a positive bound");
    }
    this.discipline = discipline;
    this.maxPops = maxPops;
  }

  @Override
  Object values(int anchor, boolean backward) {
    return iterate(anchor, backward, sg.reachable(anchor, backward)).d;
  }

  @Override
  @SuppressWarnings("unchecked")
  W between(int s, int t) {
    boolean[] mask = sg.onPaths(s, t);
    return mask == null ? sg.semiring.zero() : (W) iterate(s, false, mask).d[t];
  }

  /** The full iteration from {@code anchor}, predecessor edges included (for witness paths). */
  ResidualIteration<W> iterate(int anchor, boolean backward, boolean[] mask) {
    WeightedCsr<W> csr = sg.csr(backward);
    Semiring<W> sr = sg.semiring(backward);
    try {
      return ResidualIteration.runSeeded(
          csr,
          sr,
          new int[] {anchor},
          new Object[] {sr.one()},
          mask,
          discipline == QueueDiscipline.SCC_ORDER ? sg.comps : null,
          backward,
          discipline,
          maxPops);
    } catch (ResidualIteration.LimitExceeded ex) {
      throw limitExceeded(ex, backward);
    }
  }

  /**
   * For an iteration that exceeded its bound at some vertex: the cyclic component with the most
   * queue pops among those that can reach it is blamed.
   */
  private RuntimeException limitExceeded(ResidualIteration.LimitExceeded ex, boolean backward) {
    boolean[] upstream = sg.reachable(ex.vertex, !backward);
    int best = -1;
    for (int v = 0; v < upstream.length; v++) {
      int c = sg.comps.componentOf(v);
      if (upstream[v] && sg.comps.isCyclic(c) && (best < 0 || ex.pops[v] > ex.pops[best])) {
        best = v;
      }
    }
    if (best < 0) {
      throw new IllegalStateException("no cycle upstream of a non-converging vertex");
    }
    int c = sg.comps.componentOf(best);
    WeightedCsr<W> local = sg.component(c, backward);
    return sg.diverged(
        local,
        new ComponentSolver.Diverged(
            best - sg.comps.start(c),
            null,
            "the iteration did not converge within " + maxPops + " updates per vertex"),
        backward);
  }

  @Override
  String describe() {
    return "residual propagation, " + discipline;
  }
}
