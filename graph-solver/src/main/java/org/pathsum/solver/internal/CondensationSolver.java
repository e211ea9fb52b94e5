package org.pathsum.solver.internal;

import org.pathsum.solver.CarrierOverflowException;

import java.util.Arrays;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.internal.compiled.CarrierEscape;
import org.pathsum.solver.internal.compiled.CarrierGuard;
import org.pathsum.solver.internal.compiled.Components;
import org.pathsum.solver.internal.compiled.IntGraph;
import org.pathsum.solver.internal.cyclic.ComponentRefusalException;
import org.pathsum.solver.WitnessPaths;

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
 * cycle or an overflow off those paths does not matter. Cost per query O(|V| + |E|) outside cyclic
 * components, plus the strategy's cost inside each one it enters.
 *
 * <p><b>Checks.</b> Every value entering a component and every value a component solve returns is
 * checked ({@link CarrierGuard}): a value out of range, or 0̄ though a term of a nonzero value
 * reached it (the term was lost to the carrier's end), throws {@link CarrierEscape} at the vertex,
 * and an {@link ArithmeticException} of the semiring becomes one. A lost term beside a better one
 * changes nothing and is not refused. With a predecessor array (witness paths of a selective semiring) the walk records,
 * for every vertex, the core edge id of the last edge of a path that attains its value.
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
    return walk(anchor, backward, null, null);
  }

  @Override
  @SuppressWarnings("unchecked")
  W between(int s, int t) {
    boolean[] mask = sg.onPaths(s, t);
    return mask == null ? sg.semiring.zero() : (W) walk(s, false, mask, null)[t];
  }

  /**
   * The values of one query by vertex index.
   *
   * @param mask the vertices to visit ({@code null}: all)
   * @param predEdge receives each vertex's last edge of a best path (core edge id; −1 for the anchor
   *     and unreached vertices); {@code null} when not wanted
   */
  @SuppressWarnings("unchecked")
  Object[] walk(int anchor, boolean backward, boolean[] mask, int[] predEdge) {
    Semiring<W> sr = sg.semiring(backward);
    IntGraph.Adjacency adj = sg.adjacency(backward);
    Components comps = sg.comps;
    Object[] x = new Object[sg.g.vertexCount()];
    Arrays.fill(x, sr.zero());
    // Per vertex, a term pushed into it that came out 0̄ from a nonzero value (null: none yet).
    Object[] lost = new Object[x.length];
    x[anchor] = sr.one();
    if (predEdge != null) {
      Arrays.fill(predEdge, -1);
    }
    int step = backward ? -1 : 1;
    for (int c = comps.componentOf(anchor); c >= 0 && c < comps.count(); c += step) {
      int lo = comps.start(c);
      int hi = comps.end(c);
      for (int v = lo; v < hi; v++) {
        if (!CarrierGuard.isRegularValue(sr, (W) x[v])) {
          throw new CarrierEscape(v, false, "the arithmetic gave " + x[v]);
        }
        if (lost[v] != null && sr.isZero((W) x[v])) {
          throw new CarrierEscape(v, sg.underflowIsZero(), "a product gave " + lost[v]);
        }
      }
      if (comps.isCyclic(c) && anyNonZero(sr, x, lo, hi)) {
        solveComponent(c, backward, sr, x, lo, hi, predEdge);
      }
      for (int u = lo; u < hi; u++) {
        W xu = (W) x[u];
        if (sr.isZero(xu)) {
          continue;
        }
        for (int i = adj.start(u), end = adj.end(u); i < end; i++) {
          int v = adj.endAt(i);
          if ((v < lo || v >= hi) && (mask == null || mask[v])) {
            push(sr, x, xu, v, adj.edgeAt(i), predEdge, lost);
          }
        }
      }
    }
    return x;
  }

  /**
   * Witness paths from (or to) {@code anchor}: one walk that records predecessor edges.
   *
   * @throws IllegalArgumentException if the anchor is not a vertex
   * @throws org.pathsum.solver.CarrierOverflowException if a value leaves the carrier
   */
  WitnessPaths<V, E, W> witnesses(org.jgrapht.Graph<V, E> graph, V anchor, boolean backward) {
    int a = sg.index.indexOf(anchor, backward ? "target" : "source");
    int[] pred = new int[sg.g.vertexCount()];
    Object[] values;
    try {
      values = walk(a, backward, null, pred);
    } catch (CarrierEscape e) {
      throw sg.overflow(e, anchor, backward);
    }
    return new PredecessorWitnessPaths<>(graph, sg, a, backward, values, pred);
  }

  /**
   * {@code x[v] ⊕= xu ⊗ w(e)}, noting in {@code lost} a term that came out 0̄ (refused only if v is
   * left at 0̄: checked when v's component comes up); records e as v's predecessor if it attains
   * the value.
   */
  @SuppressWarnings("unchecked")
  private void push(
      Semiring<W> sr, Object[] x, W xu, int v, int e, int[] predEdge, Object[] lost) {
    W old = (W) x[v];
    W next;
    try {
      W p = sr.times(xu, sg.weightOf(e));
      if (CarrierGuard.lostTerm(sr, xu, p)) {
        lost[v] = p;
      }
      next = sr.plus(old, p);
    } catch (ArithmeticException ex) {
      throw new CarrierEscape(v, false, ex.getMessage());
    }
    if (predEdge != null && !GenericSelectiveSolver.same(sr, next, old)) {
      predEdge[v] = e;
    }
    x[v] = next;
  }

  private void solveComponent(
      int c, boolean backward, Semiring<W> sr, Object[] x, int lo, int hi, int[] predEdge) {
    if (strategy == null) {
      throw sg.withoutStar(c, backward);
    }
    WeightedCsr<W> local = sg.component(c, backward);
    Object[] b = Arrays.copyOfRange(x, lo, hi);
    int[] localPred = predEdge == null ? null : new int[hi - lo];
    try {
      strategy.solve(local, sr, b, localPred);
    } catch (ComponentSolver.Diverged d) {
      throw sg.diverged(local, d, backward);
    } catch (CarrierEscape e) {
      throw new CarrierEscape(local.globalVertex(e.vertex()), e.underflow(), e.getMessage());
    } catch (ArithmeticException e) {
      throw new CarrierEscape(lo, false, e.getMessage());
    } catch (ComponentRefusalException e) {
      if (e.kind() == ComponentRefusalException.Kind.OVERFLOW) {
        throw new CarrierEscape(local.globalVertex(e.vertices()[0]), false, e.getMessage());
      }
      throw e.withVertices(
          i -> sg.index.vertex(local.globalVertex(i)), sg.semiring.name(), backward);
    }
    boolean noCancellation = sg.cannotCancel(local, x, lo, hi);
    for (int v = 0; v < b.length; v++) {
      @SuppressWarnings("unchecked")
      W value = (W) b[v];
      if (!CarrierGuard.isRegularValue(sr, value)) {
        throw new CarrierEscape(lo + v, false, "the arithmetic gave " + value);
      }
      // Every vertex of a strongly connected component is reached from the inflow, so where no
      // sum can cancel, 0̄ means a product left the carrier inside the component.
      if (noCancellation && sr.isZero(value)) {
        throw new CarrierEscape(
            lo + v, sg.underflowIsZero(), "a path sum of nonzero terms came out " + value);
      }
    }
    System.arraycopy(b, 0, x, lo, hi - lo);
    if (localPred != null) {
      for (int v = 0; v < localPred.length; v++) {
        if (localPred[v] >= 0) {
          predEdge[lo + v] = local.edgeId(localPred[v]);
        }
      }
    }
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
