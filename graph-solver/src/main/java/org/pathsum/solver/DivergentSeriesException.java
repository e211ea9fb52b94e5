package org.pathsum.solver;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a real or log path sum over the paths of a cyclic component is not defined: the
 * series over its paths does not converge absolutely, or convergence could not be proven. The rule:
 * the sum over infinitely many paths is defined exactly when ρ(|A|) &lt; 1, where |A|
 * is the matrix of absolute edge weights of the component (for the log semiring, {@code |A|} has
 * the entries {@code eʷ}). A test on each simple cycle is not enough: cycles of weight −0.9 and 0.3
 * that share a vertex diverge (ρ = 1.16); and a signed sum that converges only conditionally
 * (ρ(A) &lt; 1 ≤ ρ(|A|)) is refused too, because its value would depend on the order of summation.
 *
 * <p>Carries the whole strongly connected component ({@link #component()}), one cycle in it (as
 * {@link #cycle()}, for callers that handle every {@link DivergentPathSumException} alike), and the
 * proven bounds {@link #spectralRadiusLowerBound()} ≤ ρ(|A|) ≤ {@link
 * #spectralRadiusUpperBound()}. {@link #proven()} tells a proven divergence (lower bound ≥ 1) from
 * an undecided one (the bounds straddle 1 after the iteration budget); both are refused, because
 * the solver never returns a value it cannot justify.
 */
public class DivergentSeriesException extends DivergentPathSumException {

  private static final long serialVersionUID = 1L;

  private final transient List<?> component;
  private final double lower;
  private final double upper;

  /**
   * @param component the vertices of the component, in any order; not empty
   * @param cycle one directed cycle in the component, in edge order; not empty
   * @param lower a proven lower bound on ρ(|A|)
   * @param upper a proven upper bound on ρ(|A|) (may be +∞)
   * @param semiringName the semiring's name
   */
  public DivergentSeriesException(
      List<?> component, List<?> cycle, double lower, double upper, String semiringName) {
    super(cycle, semiringName, why(component, lower, upper));
    this.component = List.copyOf(component);
    this.lower = lower;
    this.upper = upper;
  }

  private static String why(List<?> component, double lower, double upper) {
    Objects.requireNonNull(component, "component");
    if (component.isEmpty()) {
      throw new IllegalArgumentException("a component has at least one vertex");
    }
    String members =
        component.size() <= 10
            ? component.toString()
            : component.subList(0, 10).toString().replace("]", ", … (" + component.size() + ")]");
    String verdict =
        lower >= 1
            ? "the sum over paths diverges: the spectral radius of |A| is at least " + lower
            : "the sum over paths could not be proven to converge: the spectral radius of |A| lies"
                + " in ["
                + lower
                + ", "
                + upper
                + "], which does not exclude 1";
    return verdict
        + " on the strongly connected component "
        + members
        + " (a real or log sum over infinitely many paths is defined only when it converges"
        + " absolutely, ρ(|A|) < 1)";
  }

  /**
   * The vertices of the component whose paths do not sum, in no particular order. The type {@code
   * V} is the graph's vertex type, chosen by the caller ({@code List<String> c = ex.component()}).
   */
  @SuppressWarnings("unchecked")
  public <V> List<V> component() {
    return (List<V>) component;
  }

  /** A proven lower bound on the spectral radius of |A| on the component. */
  public double spectralRadiusLowerBound() {
    return lower;
  }

  /** A proven upper bound on the spectral radius of |A| on the component; may be +∞. */
  public double spectralRadiusUpperBound() {
    return upper;
  }

  /** True when divergence is proven (the lower bound is at least 1), false when undecided. */
  public boolean proven() {
    return lower >= 1;
  }
}
