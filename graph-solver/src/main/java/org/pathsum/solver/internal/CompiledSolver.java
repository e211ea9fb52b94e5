package org.pathsum.solver.internal;

import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSums;
import org.pathsum.solver.PathSumSolvers;
import org.pathsum.solver.CarrierOverflowException;

import org.pathsum.semiring.Semiring;
import org.pathsum.solver.PathSums.Direction;
import org.pathsum.solver.internal.compiled.CarrierEscape;
import org.pathsum.solver.internal.compiled.CompiledGraph;

/**
 * What the solvers behind {@link PathSumSolvers} share: the compiled graph and weights, the three
 * queries reduced to vertex indices (a vertex not in the graph is refused here, naming its role),
 * a value that left the carrier turned into the {@link
 * org.pathsum.solver.CarrierOverflowException} that names it and the query, and the
 * results wrapped as the one {@link PathSums}. A subclass supplies the values of one solve
 * from (or, backward, to) an index, and the demand value of one pair.
 */
abstract class CompiledSolver<V, E, W> implements PathSumSolver<V, W> {

  final SolverGraph<V, E, W> sg;

  CompiledSolver(SolverGraph<V, E, W> sg) {
    this.sg = sg;
  }

  /**
   * The sums between index {@code anchor} and every vertex, by index: a {@code double[]} (for a
   * {@link org.pathsum.semiring.DoubleSemiring} on a primitive path) or an {@code Object[]}.
   *
   * @param backward whether the anchor is the target (sums of the paths to it)
   */
  abstract Object values(int anchor, boolean backward);

  /** The sum over the paths from index {@code s} to index {@code t}. */
  abstract W between(int s, int t);

  @Override
  public final Semiring<W> semiring() {
    return sg.semiring;
  }

  @Override
  public final PathSums<V, W> solveFrom(V source) {
    return sums(source, false);
  }

  @Override
  public final PathSums<V, W> solveTo(V target) {
    return sums(target, true);
  }

  @Override
  public final W solveBetween(V source, V target) {
    int s = sg.index.indexOf(source, "source");
    int t = sg.index.indexOf(target, "target");
    try {
      return between(s, t);
    } catch (CarrierEscape e) {
      throw sg.overflow(e, source, false);
    }
  }

  private PathSums<V, W> sums(V anchor, boolean backward) {
    int a = sg.index.indexOf(anchor, backward ? "target" : "source");
    Object values;
    try {
      values = values(a, backward);
    } catch (CarrierEscape e) {
      throw sg.overflow(e, anchor, backward);
    }
    Direction direction = backward ? Direction.TO_TARGET : Direction.FROM_SOURCE;
    return values instanceof double[] d
        ? new IndexedPathSums<>(sg.semiring, anchor, direction, sg.index, d, null)
        : new IndexedPathSums<>(sg.semiring, anchor, direction, sg.index, null, (Object[]) values);
  }

  /** The compiled graph; for tests. */
  CompiledGraph<V, E> compiled() {
    return sg.compiled;
  }

  /** What the solver does, then the compiled graph (bounded). */
  abstract String describe();

  @Override
  public final String toString() {
    return "PathSumSolver[" + sg.semiring.name() + ", " + describe() + ", " + sg.compiled + "]";
  }
}
