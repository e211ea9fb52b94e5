package org.pathsum.solver;

import java.util.Arrays;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.compiled.Components;
import org.pathsum.solver.compiled.IntGraph;
import org.pathsum.solver.cyclic.ComponentRefusalException;

/**
 * The front door's solver for a graph with cycles: the condensation in topological order (the
 * compiled numbering makes each strongly connected component a contiguous range of vertices, in
 * that order), one push over the edges between components, and a {@link ComponentSolver} for each
 * cyclic component that the query's paths enter with a nonzero value.
 *
 * <p>{@code solveFrom(s)} walks the components from s's onward along the out-adjacency; {@code
 * solveTo(t)} walks them from t's backward along the in-adjacency (built then, on the first
 * backward query) over the reversed semiring, so products stay in path order; {@code
 * solveBetween(s, t)} is the forward walk restricted to vertices on s→t paths, so a divergent
 * cycle off those paths does not matter. Cost per query O(|V| + |E|) outside cyclic components,
 * plus the strategy's cost inside each one it enters.
 */
final class CondensationSolver<V, E, W> extends CompiledSolver<V, E, W> {

  private final ComponentSolver<W> strategy;

  /**
   * @param strategy what solves a cyclic component; {@code null} to refuse any cycle the paths
   *     enter (with {@link SolverGraph#withoutStar})
   */
  CondensationSolver(SolverGraph<V, E, W> sg, ComponentSolver<W> strategy) {
    super(sg);
    this.strategy = strategy;
  }

  @Override
  Object values(int anchor, boolean backward) {
    return solve(anchor, backward, null);
  }

  @Override
  @SuppressWarnings("unchecked")
  W between(int s, int t) {
    boolean[] mask = sg.onPaths(s, t);
    return mask == null ? sg.semiring.zero() : (W) solve(s, false, mask)[t];
  }

  @SuppressWarnings("unchecked")
  private Object[] solve(int anchor, boolean backward, boolean[] mask) {
    Semiring<W> sr = sg.semiring(backward);
    IntGraph.Adjacency adj = sg.adjacency(backward);
    Components comps = sg.comps;
    Object[] x = new Object[sg.g.vertexCount()];
    Arrays.fill(x, sr.zero());
    x[anchor] = sr.one();
    int step = backward ? -1 : 1;
    for (int c = comps.componentOf(anchor); c >= 0 && c < comps.count(); c += step) {
      int lo = comps.start(c);
      int hi = comps.end(c);
      if (comps.isCyclic(c) && anyNonZero(sr, x, lo, hi)) {
        solveComponent(c, backward, sr, x, lo, hi);
      }
      for (int u = lo; u < hi; u++) {
        W xu = (W) x[u];
        if (sr.isZero(xu)) {
          continue;
        }
        for (int i = adj.start(u), end = adj.end(u); i < end; i++) {
          int v = adj.endAt(i);
          if ((v < lo || v >= hi) && (mask == null || mask[v])) {
            x[v] = sr.plus((W) x[v], sr.times(xu, sg.weightOf(adj.edgeAt(i))));
          }
        }
      }
    }
    return x;
  }

  private void solveComponent(
      int c, boolean backward, Semiring<W> sr, Object[] x, int lo, int hi) {
    if (strategy == null) {
      throw sg.withoutStar(c, backward);
    }
    WeightedCsr<W> local = sg.component(c, backward);
    Object[] b = Arrays.copyOfRange(x, lo, hi);
    try {
      strategy.solve(local, sr, b);
    } catch (ComponentSolver.Diverged d) {
      throw sg.diverged(local, d, backward);
    } catch (ComponentRefusalException e) {
      throw e.withVertices(
          i -> sg.index.vertex(local.globalVertex(i)), sg.semiring.name(), backward);
    }
    System.arraycopy(b, 0, x, lo, hi - lo);
  }

  @SuppressWarnings("unchecked")
  private static <W> boolean anyNonZero(Semiring<W> sr, Object[] x, int lo, int hi) {
    for (int v = lo; v < hi; v++) {
      if (!sr.isZero((W) x[v])) {
        return true;
      }
    }
    return false;
  }

  @Override
  String describe() {
    return "condensation with " + (strategy == null ? "no strategy for cycles" : strategy);
  }
}
