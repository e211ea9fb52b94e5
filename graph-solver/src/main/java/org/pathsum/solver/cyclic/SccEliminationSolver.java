package org.pathsum.solver.cyclic;

import java.util.Arrays;
import org.pathsum.semiring.MissingSemiringPropertyException;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;

/**
 * Exact solving with the Kleene star: strongly connected components in topological order, a single
 * pass over the edges between them, and {@linkplain ComponentElimination elimination} inside each
 * component that has a cycle. An acyclic graph is the plain topological sweep and needs no star.
 *
 * <p>A cyclic component on the paths asked about needs {@link SemiringProperty#STAR}; without it
 * the solve fails with an {@link InfinitePathSumException} if ⊕ is not idempotent (infinitely many
 * paths, e.g. counting) and a {@link MissingSemiringPropertyException} otherwise. A star that
 * diverges becomes a {@link NegativeCycleException} (selective semirings with an improving cycle)
 * or a {@link DivergentPathSumException} (e.g. real with a non-contractive cycle).
 */
final class SccEliminationSolver<V, E, W> extends IndexedSolver<V, E, W> {

  SccEliminationSolver(Semiring<W> semiring, IndexedGraph<V, E, W> graph) {
    super(semiring, graph);
  }

  @Override
  @SuppressWarnings("unchecked")
  Object[] solveMasked(
      IndexedGraph<V, E, W> g, Semiring<W> sr, int source, boolean[] mask, boolean backwardSolve) {
    int n = g.vertexCount();
    W zero = sr.zero();
    Components comps = Components.of(g, mask);
    Object[] x = new Object[n];
    Arrays.fill(x, zero);
    x[source] = sr.one();
    int[] local = new int[n];
    ComponentElimination<W> elimination = null;
    for (int c = 0; c < comps.count(); c++) {
      int lo = comps.memberStart[c];
      int hi = comps.memberStart[c + 1];
      if (comps.cyclic[c] && anyNonZero(sr, x, comps, lo, hi)) {
        if (!sr.has(SemiringProperty.STAR)) {
          throw refuseWithoutStar(g, sr, comps, comps.members[lo], backwardSolve);
        }
        if (elimination == null) {
          elimination = new ComponentElimination<>(sr);
        }
        try {
          elimination.solve(g, comps, c, x, local);
        } catch (ComponentElimination.StarDiverged e) {
          throw Divergence.of(
              g,
              sr,
              semiring.name(),
              comps,
              e.vertex,
              backwardSolve,
              "the sum over the paths around a cycle does not converge (" + e.getMessage() + ")");
        }
      }
      for (int k = lo; k < hi; k++) {
        int u = comps.members[k];
        W xu = (W) x[u];
        if (sr.isZero(xu)) {
          continue;
        }
        for (int i = g.start[u]; i < g.start[u + 1]; i++) {
          int v = g.head[i];
          if (mask[v] && comps.component[v] != c) {
            x[v] = sr.plus((W) x[v], sr.times(xu, g.weightAt(i)));
          }
        }
      }
    }
    return x;
  }

  @SuppressWarnings("unchecked")
  private static <W> boolean anyNonZero(
      Semiring<W> sr, Object[] x, Components comps, int lo, int hi) {
    for (int k = lo; k < hi; k++) {
      if (!sr.isZero((W) x[comps.members[k]])) {
        return true;
      }
    }
    return false;
  }

  private RuntimeException refuseWithoutStar(
      IndexedGraph<V, E, W> g, Semiring<W> sr, Components comps, int vertex, boolean backward) {
    if (sr.has(SemiringProperty.IDEMPOTENT_PLUS)) {
      return new MissingSemiringPropertyException(
          semiring, SemiringProperty.STAR, "star elimination on a graph with cycles");
    }
    return new InfinitePathSumException(
        Divergence.orient(Cycles.through(g, comps, vertex).vertices(g), backward), semiring.name());
  }

  @Override
  public String toString() {
    return "SccEliminationSolver[" + semiring.name() + "]";
  }
}
