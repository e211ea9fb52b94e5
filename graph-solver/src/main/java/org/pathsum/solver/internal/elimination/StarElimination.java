package org.pathsum.solver.internal.elimination;

import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;
import org.pathsum.solver.internal.ComponentSolver;
import org.pathsum.solver.internal.WeightedCsr;

/**
 * Star elimination inside one strongly connected component (Tarjan's path-expression approach):
 * Gaussian elimination in the semiring on the same engine as {@link VertexElimination}. Eliminating
 * vertex k replaces every path {@code u → k → v} by the edge {@code u → v} of weight {@code A[u][k]
 * ⊗ A[k][k]* ⊗ A[k][v]}; back substitution then gives {@code x_k = (b_k ⊕ ⊕ x_u ⊗ A[u][k]) ⊗
 * A[k][k]*}. The result is the least solution {@code x = b ⊗ A*}: every path into the component,
 * then every walk inside it. The values entering the component are a pseudo-source that is never
 * eliminated, so a DAG — where every star is of 0̄, i.e. 1̄ — is the special case that cross-country
 * elimination handles.
 *
 * <p><b>Requirements.</b> {@link SemiringProperty#STAR}. A star that is undefined ({@link
 * Semiring#star} throws {@link ArithmeticException}: real with a loop weight ≥ 1, tropical with a
 * negative one) throws {@link ComponentSolver.Diverged} at that vertex. Products keep path order, so
 * non-commutative semirings (path expressions) are handled.
 *
 * <p><b>Cost.</b> Vertices are eliminated greedily by the Markowitz cost in-degree × out-degree,
 * ties by index, which keeps a long cycle sparse (O(1) fill per step); O(m³) semiring operations at
 * worst for a dense component of m vertices. Stateless and thread-safe.
 *
 * @param <W> the weight type
 */
public final class StarElimination<W> implements ComponentSolver<W> {

  @SuppressWarnings("rawtypes")
  private static final StarElimination INSTANCE = new StarElimination(false);

  @SuppressWarnings("rawtypes")
  private static final StarElimination ADMITTED = new StarElimination(true);

  private final boolean admitted;

  private StarElimination(boolean admitted) {
    this.admitted = admitted;
  }

  /** The strategy; stateless, so one instance serves every semiring. */
  @SuppressWarnings("unchecked")
  public static <W> StarElimination<W> instance() {
    return INSTANCE;
  }

  /**
   * Star elimination behind an exact admission that proved the component's sum defined: for an
   * idempotent ⊕ a star that fails can only be a cycle that seems to improve by rounding, and is
   * taken as 1̄ (for other semirings a failing star still refuses).
   */
  @SuppressWarnings("unchecked")
  public static <W> StarElimination<W> admitted() {
    return ADMITTED;
  }

  /**
   * {@inheritDoc}
   *
   * @throws ComponentSolver.Diverged if a pivot's star is undefined
   */
  @Override
  public void solve(WeightedCsr<W> component, Semiring<W> semiring, Object[] x, int[] pred) {
    WorkingGraph<W> g = new WorkingGraph<>(component, semiring, x, admitted);
    g.eliminateMarkowitz();
    g.backSubstitute(x);
  }

  @Override
  public String toString() {
    return admitted ? "star elimination (admitted)" : "star elimination";
  }
}
