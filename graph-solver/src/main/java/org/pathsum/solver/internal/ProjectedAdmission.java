package org.pathsum.solver.internal;

import java.util.Objects;
import org.pathsum.semiring.ConvergenceProjection;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semiring;

/**
 * A strategy behind the admission of a {@link ConvergenceProjection}: each component is first
 * projected — every edge weight and every inflow mapped to the projected {@link DoubleSemiring} —
 * and admitted by that semiring's own automatic strategy (the spectral-radius certificate for real
 * and log, the improving-cycle search for tropical and max-plus, …), then solved by the given
 * strategy in the semiring itself. So the component is refused exactly where the projected
 * semiring refuses, with the same typed exception and the same evidence, and a star that would
 * return a number for a divergent series (the real star of 2 is −1) is never reached.
 *
 * <p>The projection is a homomorphism onto a commutative semiring, so it holds for the reversed
 * semiring of a backward query too, and the projected component has the same local vertices and
 * edge positions, whose evidence the caller maps as for the projected semiring itself.
 *
 * <p>Cost: O(edges + vertices) projections per component solved, plus the projected admission.
 *
 * @param <W> the weight type
 */
final class ProjectedAdmission<W> implements ComponentSolver<W> {

  private final ConvergenceProjection<W> projection;
  private final DoubleSemiring projected;
  private final ComponentSolver<Double> admission;
  private final ComponentSolver<W> solver;

  private ProjectedAdmission(
      ConvergenceProjection<W> projection,
      ComponentSolver<Double> admission,
      ComponentSolver<W> solver) {
    this.projection = projection;
    this.projected = projection.projectedSemiring();
    this.admission = admission;
    this.solver = solver;
  }

  /**
   * {@code solver} behind the admission of {@code projection}'s semiring; {@code null} (cycles
   * refused) if the projected semiring's automatic strategy refuses every cycle.
   *
   * @param accuracy the accuracy of the projected strategy (only its admission runs)
   */
  static <W> ComponentSolver<W> of(
      ConvergenceProjection<W> projection, double accuracy, ComponentSolver<W> solver) {
    DoubleSemiring projected =
        Objects.requireNonNull(projection.projectedSemiring(), "projectedSemiring()");
    ComponentSolver<Double> admission = Strategies.automatic(projected, accuracy);
    return admission == null ? null : new ProjectedAdmission<>(projection, admission, solver);
  }

  @Override
  public void solve(WeightedCsr<W> component, Semiring<W> semiring, Object[] x, int[] pred) {
    admit(component, semiring, x);
    solver.solve(component, semiring, x, pred);
  }

  /** The projected semiring's admission on the projected component and inflow. */
  @Override
  public void admit(WeightedCsr<W> component, Semiring<W> semiring, Object[] x) {
    double[] weights = new double[component.edgeCount()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = projection.project(component.weight(i));
    }
    Object[] inflow = new Object[x.length];
    for (int v = 0; v < x.length; v++) {
      @SuppressWarnings("unchecked")
      W value = (W) x[v];
      inflow[v] = projection.project(value);
    }
    admission.admit(component.withDoubleWeights(weights), projected, inflow);
  }

  @Override
  public String toString() {
    return solver + " (admitted by " + admission + " on the " + projected.name() + " projection)";
  }
}
