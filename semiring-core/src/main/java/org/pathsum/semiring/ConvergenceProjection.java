package org.pathsum.semiring;

/**
 * A declaration by a semiring with a {@linkplain SemiringProperty#STAR star} that its infinite
 * sums exist exactly where those of a shipped {@link DoubleSemiring} do, on the weights' images
 * under a projection. Solvers use it to <em>certify</em> a graph with cycles before they sum it:
 * the projected weights are checked by the projected semiring's own proof (the spectral-radius
 * certificate of {@link Semirings#real()}, the negative-cycle search of {@link
 * Semirings#tropical()}, …), and a cycle it refuses is refused with the same exception, so a
 * divergent series is never "summed" by a star that happens to return a number (the real star of
 * 2 is −1).
 *
 * <p><b>The contract.</b> A semiring {@code S} that implements this interface promises:
 *
 * <ul>
 *   <li>{@link #project} is a semiring homomorphism from {@code S} to {@link #projectedSemiring()}:
 *       {@code project(0̄) = 0̄}, {@code project(1̄) = 1̄}, {@code project(a ⊕ b) = project(a) ⊕
 *       project(b)} and {@code project(a ⊗ b) = project(a) ⊗ project(b)} (to within the projected
 *       semiring's rounding);
 *   <li>for every square matrix {@code A} over {@code S}, the sum over the walks of {@code A}
 *       ({@code A*}) exists if and only if the sum over the walks of the projected matrix does, in
 *       the sense the projected semiring's solvers decide it — for the real semiring, ρ(|A|) &lt;
 *       1; for tropical, no cycle of negative weight.
 * </ul>
 *
 * <p>The shipped examples: {@link Semirings#expectation()} and {@link Semirings#secondOrder()}
 * project ⟨p, r, …⟩ to {@code p} under {@link Semirings#real()} (the other components are sums of
 * the same walks weighted by polynomials in their length, which converge absolutely wherever the
 * {@code p}-series does); {@link Semirings#kTropical(int)} projects to the best weight under
 * {@link Semirings#tropical()}, and {@link Semirings#kMaxPlus(int)} under {@link
 * Semirings#maxPlus()} (the k best walks exist exactly where no cycle improves the best one).
 *
 * <p>A semiring that does not implement it is solved on cycles by what its properties allow, and
 * its star alone decides convergence.
 *
 * @param <W> the weight type of the semiring that projects
 */
public interface ConvergenceProjection<W> {

  /** The shipped double semiring whose infinite sums decide this one's. */
  DoubleSemiring projectedSemiring();

  /**
   * The image of {@code weight} in {@link #projectedSemiring()}: a homomorphism, see the class
   * comment.
   *
   * @throws NullPointerException if {@code weight} is null
   */
  double project(W weight);
}
