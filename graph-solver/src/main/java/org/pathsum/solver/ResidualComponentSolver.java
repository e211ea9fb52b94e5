package org.pathsum.solver;

import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;
import org.pathsum.solver.cyclic.QueueDiscipline;

/**
 * Mohri's residual propagation ({@link ResidualIteration}) inside one component, seeded with the
 * values that enter it: Dijkstra-like shortest-first when the semiring is selective and no edge of
 * the component improves on the empty path ({@code 1̄ ⊕ w = 1̄}), Bellman–Ford-like first-in
 * first-out otherwise. A vertex taken off the queue more than the bound allows ({@code size + 1}
 * for a selective semiring under FIFO — more proves an improving cycle — and {@code size +}
 * {@value PathSumSolvers#EXTRA_POPS_NON_SELECTIVE} otherwise) makes it throw {@link Diverged}.
 *
 * <p>For idempotent semirings (tropical, max-plus, boolean, gen/kill dataflow): O(size · edges) at
 * worst per component, O(edges · log size) shortest-first.
 */
final class ResidualComponentSolver<W> implements ComponentSolver<W> {

  @Override
  public void solve(WeightedCsr<W> c, Semiring<W> sr, Object[] x) {
    int m = c.size();
    QueueDiscipline discipline =
        sr.has(SemiringProperty.SELECTIVE_PLUS) && PathSumSolvers.noWeightImproves(c, sr)
            ? QueueDiscipline.SHORTEST_FIRST
            : QueueDiscipline.FIFO;
    long maxPops = PathSumSolvers.defaultMaxPops(sr, discipline, m);
    int seeds = 0;
    for (Object b : x) {
      @SuppressWarnings("unchecked")
      W w = (W) b;
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
              c, sr, seed, seedValues, all, null, false, discipline, maxPops);
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

  @Override
  public String toString() {
    return "residual";
  }
}
