package org.pathsum.solver;

import java.util.List;
import java.util.Objects;
import org.pathsum.semiring.PathSumException;
import org.pathsum.solver.internal.BoundedText;

/**
 * Thrown when a real or log sum over the paths of a cyclic component converges (its series is
 * certified) but the solver could not prove the accuracy asked for: near a spectral radius of 1
 * the rounding of every Gauss–Seidel sweep, magnified by {@code γ/(1−γ)}, keeps the proven error
 * bound above the tolerance. Never a value returned with its promised accuracy unmet: the solver
 * refuses and says how close it got, so that the caller can ask again allowing a larger relative
 * error ({@link PathSumSolvers.Options#withAccuracy}), or
 * rescale the problem away from ρ = 1.
 *
 * <p>Carries the component, the bound reached ({@link #boundReached()}, a proven relative error in
 * the certificate's norm) and the tolerance asked for.
 */
public class AccuracyNotReachedException extends PathSumException {

  private static final long serialVersionUID = 1L;

  private final transient List<?> component;
  private final double boundReached;
  private final double tolerance;

  /**
   * @param component the vertices of the component, in any order; not empty
   * @param boundReached the proven relative error bound the solve reached
   * @param tolerance the relative accuracy asked for
   * @param semiringName the semiring's name
   */
  public AccuracyNotReachedException(
      List<?> component, double boundReached, double tolerance, String semiringName) {
    super(
        "the "
            + Objects.requireNonNull(semiringName, "semiringName")
            + " sum over the paths of the strongly connected component "
            + BoundedText.list(Objects.requireNonNull(component, "component"))
            + " converges, but its solve proved a relative error of at most "
            + boundReached
            + ", not the "
            + tolerance
            + " asked for (the spectral radius is close to 1); allow a larger relative error");
    this.component = List.copyOf(component);
    this.boundReached = boundReached;
    this.tolerance = tolerance;
  }

  /**
   * The vertices of the component; {@code V} is the graph's vertex type, chosen by the caller
   * ({@code List<String> c = ex.component()}).
   */
  @SuppressWarnings("unchecked")
  public <V> List<V> component() {
    return (List<V>) component;
  }

  /** The proven relative error bound the solve reached (above {@link #tolerance()}). */
  public double boundReached() {
    return boundReached;
  }

  /** The relative accuracy that was asked for. */
  public double tolerance() {
    return tolerance;
  }
}
