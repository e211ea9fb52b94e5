package org.pathsum.solver.internal;

import org.pathsum.solver.PathSumSolvers;

import org.pathsum.semiring.Semiring;

/**
 * A strategy for one strongly connected component of the condensation that {@link
 * PathSumSolvers#forGraph} walks in topological order: given the component as a local {@link
 * WeightedCsr} and, for each of its vertices, the sum {@code b_v} of the paths that enter it from
 * outside, it solves {@code x = b ⊕ x ⊗ A} — {@code x_v} is the sum over the paths that enter the
 * component and then walk inside it to {@code v}, {@code b ⊗ A*}.
 *
 * <p>Backward queries hand the component over on reversed edges with the {@linkplain
 * Semiring#reversed() reversed semiring}, so an implementation needs no notion of direction. An
 * implementation that cannot give a defined answer throws {@link Diverged} with the local vertex
 * (and, if it found one, the local cycle) responsible, or a {@link
 * org.pathsum.solver.internal.cyclic.ComponentRefusalException} with its local evidence; the solver turns
 * either into the typed {@link org.pathsum.semiring.PathSumException} with the graph's own
 * vertices, listed along the original edges even for a backward query.
 *
 * @param <W> the weight type
 */
public interface ComponentSolver<W> {

  /**
   * Solves the component in place.
   *
   * @param component the component's vertices and internal edges, locally numbered
   * @param semiring the semiring to solve in (reversed for a backward query)
   * @param x on entry {@code b}, one value per local vertex; on return the solution
   * @param pred for a selective semiring, receives for each local vertex the position of the last
   *     edge of a path attaining its value, −1 where {@code b} attains it; {@code null} when not
   *     wanted. Strategies for other semirings leave it alone.
   * @throws Diverged if the sum over the walks inside the component does not converge
   * @throws org.pathsum.solver.internal.compiled.CarrierEscape with a local vertex whose value left the
   *     carrier
   */
  void solve(WeightedCsr<W> component, Semiring<W> semiring, Object[] x, int[] pred);

  /**
   * Decides whether the component's sum is defined for this inflow, refusing exactly as {@link
   * #solve} would, without keeping a solution: what a named algorithm runs before its own solve,
   * so that it refuses what the front door refuses. By default a solve on a copy; a strategy with
   * a cheaper exact test overrides it.
   *
   * @throws Diverged as {@link #solve} would
   */
  default void admit(WeightedCsr<W> component, Semiring<W> semiring, Object[] x) {
    solve(component, semiring, x.clone(), null);
  }

  /**
   * Signals that a component's sum is undefined, at a local vertex, with an optional local cycle
   * (positions of its edges in the {@link WeightedCsr}, in walk order). Carries no stack trace: it
   * is control flow that the solver converts into a {@link org.pathsum.semiring.PathSumException}.
   */
  final class Diverged extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int vertex;
    private final transient int[] cycleEdges;

    /**
     * @param vertex the local vertex where the divergence showed
     * @param cycleEdges positions of the edges of an improving cycle, in order; {@code null} if
     *     none is known (the solver then looks for one)
     * @param why what went wrong, for the exception's message
     */
    public Diverged(int vertex, int[] cycleEdges, String why) {
      super(why, null, false, false);
      this.vertex = vertex;
      this.cycleEdges = cycleEdges == null ? null : cycleEdges.clone();
    }

    /** The local vertex where the divergence showed. */
    public int vertex() {
      return vertex;
    }

    /** Positions of the edges of an improving cycle, or {@code null}. */
    public int[] cycleEdges() {
      return cycleEdges == null ? null : cycleEdges.clone();
    }
  }
}
