package org.pathsum.solver.internal;

import org.pathsum.solver.PathSumSolvers;

import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;

/**
 * Mohri's residual propagation ({@link ResidualIteration}) inside one component, seeded with the
 * values that enter it: Dijkstra-like shortest-first when the semiring is selective and no edge of
 * the component improves on the empty path ({@code 1̄ ⊕ w = 1̄}), first-in first-out otherwise.
 *
 * <p>As the front door's strategy (idempotent, not selective ⊕: gen/kill dataflow, sets) it decides
 * convergence itself: a vertex taken off the queue more than {@code size +} {@value
 * #EXTRA_POPS_NON_SELECTIVE} times makes it throw {@link Diverged}. As a named
 * algorithm behind an exact admission the sum is already known to be defined: behind a series'
 * certificate the residuals shrink geometrically and the iteration runs until they no longer
 * change the values, however many rounds that takes near ρ = 1; behind the improving-cycle search
 * of a selective semiring, pops beyond the bound can only be rounding going round a cycle that
 * does not improve, and the iteration stops with the values it has instead of refusing what the
 * front door accepts.
 *
 * <p>For idempotent semirings: O(size · edges) at worst per component, O(edges · log size)
 * shortest-first.
 */
final class ResidualComponentSolver<W> implements ComponentSolver<W> {

  private final boolean admitted;

  /**
   * @param admitted whether an exact admission has proven the component's sum defined, so that a
   *     pop bound means rounding rather than divergence
   */
  ResidualComponentSolver(boolean admitted) {
    this.admitted = admitted;
  }

  @Override
  public void solve(WeightedCsr<W> c, Semiring<W> sr, Object[] x, int[] pred) {
    int m = c.size();
    QueueDiscipline discipline =
        sr.has(SemiringProperty.SELECTIVE_PLUS) && GenericSelectiveSolver.improvingEdge(c, sr) < 0
            ? QueueDiscipline.SHORTEST_FIRST
            : QueueDiscipline.FIFO;
    // Behind a series' certificate the iteration converges (geometrically): no bound. Behind an
    // improving-cycle search (idempotent ⊕), more than the bound can only be rounding.
    long maxPops =
        admitted && !sr.has(SemiringProperty.IDEMPOTENT_PLUS)
            ? Long.MAX_VALUE
            : defaultMaxPops(sr, discipline, m);
    int seeds = 0;
    for (int v = 0; v < m; v++) {
      @SuppressWarnings("unchecked")
      W w = (W) x[v];
      seeds += sr.isZero(w) ? 0 : 1;
    }
    int[] seed = new int[seeds];
    Object[] seedValues = new Object[seeds];
    int k = 0;
    for (int v = 0; v < m; v++) {
      @SuppressWarnings("unchecked")
      W w = (W) x[v];
      if (!sr.isZero(w)) {
        seed[k] = v;
        seedValues[k++] = w;
      }
    }
    boolean[] all = new boolean[m];
    java.util.Arrays.fill(all, true);
    ResidualIteration<W> run;
    try {
      run =
          ResidualIteration.runSeeded(
              c, sr, seed, seedValues, all, null, false, discipline, maxPops, admitted);
    } catch (ResidualIteration.LimitExceeded ex) {
      int worst = 0;
      for (int v = 1; v < m; v++) {
        worst = ex.pops[v] > ex.pops[worst] ? v : worst;
      }
      throw new Diverged(
          worst, null, "the iteration did not converge within " + maxPops + " updates per vertex");
    }
    System.arraycopy(run.d, 0, x, 0, m);
  }

  /** Extra queue pops per vertex allowed beyond |V| for semirings that are not selective. */
  static final long EXTRA_POPS_NON_SELECTIVE = 100_000;

  /**
   * The bound on queue pops per vertex: |V| + 1 for a selective semiring taken first-in first-out
   * (the Bellman–Ford bound: more proves an improving cycle), |V| + {@value
   * #EXTRA_POPS_NON_SELECTIVE} otherwise.
   */
  static long defaultMaxPops(Semiring<?> semiring, QueueDiscipline discipline, int n) {
    if (semiring.has(SemiringProperty.SELECTIVE_PLUS)
        && discipline != QueueDiscipline.SHORTEST_FIRST) {
      return n + 1L;
    }
    return n + EXTRA_POPS_NON_SELECTIVE;
  }

  @Override
  public String toString() {
    return admitted ? "residual propagation (admitted)" : "residual propagation";
  }
}
