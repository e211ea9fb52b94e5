package org.pathsum.solver.internal;

import org.pathsum.solver.PathSumSolvers;

import org.pathsum.semiring.ConvergenceProjection;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.DoubleSemiring.Arithmetic;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;
import org.pathsum.solver.internal.elimination.StarElimination;

/**
 * The one decision table: which {@link ComponentSolver} sums the walks inside a cyclic component,
 * chosen from what the semiring declares — its {@linkplain SemiringProperty properties} and, for a
 * {@link DoubleSemiring}, its {@linkplain DoubleSemiring#arithmetic() arithmetic} — never from
 * which object it is, so a user's semiring that declares what a shipped one declares gets the same
 * strategy and the same answers.
 *
 * <table>
 *   <caption>The strategy per declaration, first match</caption>
 *   <tr><th>the semiring declares</th><th>strategy</th><th>refuses</th></tr>
 *   <tr><td>arithmetic sum-product or log-sum-exp</td><td>certified series: ρ(|A|) &lt; 1 proven,
 *       then Gauss–Seidel to a proven accuracy</td><td>a series not proven to converge; an accuracy
 *       not proven</td></tr>
 *   <tr><td>arithmetic min-plus or max-plus</td><td>Dijkstra, or Bellman–Ford on doubles</td>
 *       <td>an improving cycle, its sign decided exactly</td></tr>
 *   <tr><td>selective ⊕</td><td>Dijkstra, or Bellman–Ford on the semiring</td>
 *       <td>an improving cycle ({@code 1̄ ⊕ c ≠ 1̄})</td></tr>
 *   <tr><td>idempotent ⊕</td><td>residual propagation</td><td>no fixed point within the bound</td>
 *   </tr>
 *   <tr><td>a star and a {@link ConvergenceProjection}</td><td>the projected semiring's
 *       admission on the projected weights, then star elimination</td><td>what the projected
 *       semiring refuses, with its exception (a divergent series, a negative cycle)</td></tr>
 *   <tr><td>a star</td><td>star elimination</td><td>a star that is undefined</td></tr>
 *   <tr><td>none of these</td><td>—</td><td>every cycle the paths enter (infinitely many
 *       paths)</td></tr>
 * </table>
 *
 * <p>A named algorithm ({@link PathSumSolvers.Algorithm}) replaces the strategy's solve but keeps
 * its refusals: the strategy first {@linkplain ComponentSolver#admit admits} the component (for a
 * series, its certificate; for a selective semiring with an improving edge, the search for an
 * improving cycle; for a {@link ConvergenceProjection}, the projected semiring's admission;
 * otherwise the strategy's own solve), then the named algorithm solves it.
 *
 * <p>A star alone cannot certify a cycle: the real star of 2 is −1, a number for a divergent
 * series. A semiring that says where its infinite sums exist, by projecting onto a shipped {@code
 * double} semiring ({@link ConvergenceProjection}: expectation, second order, k-best), is
 * therefore admitted by the projected semiring's proof before its star is used.
 */
final class Strategies {

  private Strategies() {}

  /**
   * The front door's strategy for {@code semiring}; {@code null} if cycles are refused.
   *
   * @param accuracy the relative accuracy a certified series proves
   */
  static <W> ComponentSolver<W> automatic(Semiring<W> semiring, double accuracy) {
    Arithmetic arithmetic =
        semiring instanceof DoubleSemiring
            ? ((DoubleSemiring) semiring).arithmetic()
            : Arithmetic.UNSPECIFIED;
    switch (arithmetic) {
      case SUM_PRODUCT:
        return DoubleComponentSolvers.series(false, accuracy);
      case LOG_SUM_EXP:
        return DoubleComponentSolvers.series(true, accuracy);
      case MIN_PLUS:
        return DoubleComponentSolvers.selective(false);
      case MAX_PLUS:
        return DoubleComponentSolvers.selective(true);
      default:
        break;
    }
    if (semiring.has(SemiringProperty.SELECTIVE_PLUS)) {
      return new GenericSelectiveSolver<>();
    }
    if (semiring.has(SemiringProperty.IDEMPOTENT_PLUS)) {
      return new ResidualComponentSolver<>(false);
    }
    if (semiring.has(SemiringProperty.STAR)) {
      if (semiring instanceof ConvergenceProjection) {
        @SuppressWarnings("unchecked") // the contract: a ConvergenceProjection of its own weights
        ConvergenceProjection<W> projection = (ConvergenceProjection<W>) semiring;
        return ProjectedAdmission.of(projection, accuracy, StarElimination.instance());
      }
      return StarElimination.instance();
    }
    return null;
  }

  /**
   * The strategy for a named algorithm: the automatic one's admission, then the algorithm; {@code
   * null} (cycles refused) where the automatic strategy refuses cycles or the algorithm cannot run
   * in this semiring (star elimination without a star).
   */
  static <W> ComponentSolver<W> of(
      PathSumSolvers.Algorithm algorithm, Semiring<W> semiring, double accuracy) {
    ComponentSolver<W> automatic = automatic(semiring, accuracy);
    switch (algorithm) {
      case AUTOMATIC:
        return automatic;
      case STAR_ELIMINATION:
        return automatic == null || !semiring.has(SemiringProperty.STAR)
            ? null
            : new Admitted<>(automatic, StarElimination.admitted(), "star elimination");
      case RESIDUAL:
        return automatic == null
            ? null
            : new Admitted<>(automatic, new ResidualComponentSolver<>(true), "residual propagation");
      default:
        throw new AssertionError(algorithm);
    }
  }

  /** A named algorithm behind the automatic strategy's admission. */
  private static final class Admitted<W> implements ComponentSolver<W> {
    private final ComponentSolver<W> admission;
    private final ComponentSolver<W> algorithm;
    private final String name;

    Admitted(ComponentSolver<W> admission, ComponentSolver<W> algorithm, String name) {
      this.admission = admission;
      this.algorithm = algorithm;
      this.name = name;
    }

    @Override
    public void solve(WeightedCsr<W> c, Semiring<W> semiring, Object[] x, int[] pred) {
      admission.admit(c, semiring, x);
      algorithm.solve(c, semiring, x, pred);
    }

    @Override
    public String toString() {
      return name + " (admitted by " + admission + ")";
    }
  }
}
