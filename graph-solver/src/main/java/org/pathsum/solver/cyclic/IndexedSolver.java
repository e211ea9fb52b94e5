package org.pathsum.solver.cyclic;

import java.util.Objects;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSums;
import org.pathsum.solver.PathSums.Direction;

/**
 * The part every solver here shares: a snapshot of the graph and of its reversal, and the three
 * queries reduced to one single-source solve over a mask of relevant vertices. Backward solving
 * runs the forward algorithm on the reversed edges over the {@linkplain Semiring#reversed()
 * reversed semiring}, so products stay in path order.
 */
abstract class IndexedSolver<V, E, W> implements PathSumSolver<V, W> {

  final Semiring<W> semiring;
  final IndexedGraph<V, E, W> forward;
  final IndexedGraph<V, E, W> backward;

  IndexedSolver(Semiring<W> semiring, IndexedGraph<V, E, W> forward) {
    this.semiring = Objects.requireNonNull(semiring, "semiring");
    this.forward = forward;
    this.backward = forward.reversed();
  }

  /**
   * Path sums from {@code source} to every vertex of {@code mask}, which holds the source and is
   * closed under predecessors within the vertices reachable from it; zero outside the mask.
   *
   * @param backwardSolve whether {@code g} is the reversed graph, for orienting reported cycles
   */
  abstract Object[] solveMasked(
      IndexedGraph<V, E, W> g, Semiring<W> sr, int source, boolean[] mask, boolean backwardSolve);

  @Override
  public Semiring<W> semiring() {
    return semiring;
  }

  @Override
  public PathSums<V, W> solveFrom(V source) {
    int s = forward.indexOf(source, "source");
    Object[] values = solveMasked(forward, semiring, s, forward.reachableFrom(s), false);
    return new IndexedPathSums<>(semiring, source, Direction.FROM_SOURCE, forward, values);
  }

  @Override
  public PathSums<V, W> solveTo(V target) {
    int t = backward.indexOf(target, "target");
    Object[] values =
        solveMasked(backward, semiring.reversed(), t, backward.reachableFrom(t), true);
    return new IndexedPathSums<>(semiring, target, Direction.TO_TARGET, forward, values);
  }

  @Override
  @SuppressWarnings("unchecked")
  public W solveBetween(V source, V target) {
    int s = forward.indexOf(source, "source");
    int t = forward.indexOf(target, "target");
    boolean[] mask = forward.reachableFrom(s);
    if (!mask[t]) {
      return semiring.zero();
    }
    boolean[] toTarget = backward.reachableFrom(t);
    for (int v = 0; v < mask.length; v++) {
      mask[v] &= toTarget[v];
    }
    return (W) solveMasked(forward, semiring, s, mask, false)[t];
  }
}
