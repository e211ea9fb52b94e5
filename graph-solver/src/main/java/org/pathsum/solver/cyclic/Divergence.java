package org.pathsum.solver.cyclic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;

/** Turns a failed solve into the exception that names a responsible cycle. */
final class Divergence {

  private Divergence() {}

  /**
   * The exception for a component {@code c} whose cycles do not sum: a {@link
   * NegativeCycleException} if the semiring is selective and an improving cycle is found, otherwise
   * a {@link DivergentPathSumException} with a shortest cycle through {@code vertex}.
   */
  static <V, W> DivergentPathSumException of(
      IndexedGraph<V, ?, W> g,
      Semiring<W> sr,
      String semiringName,
      Components comps,
      int vertex,
      boolean backward,
      String why) {
    int c = comps.component[vertex];
    if (sr.has(SemiringProperty.SELECTIVE_PLUS)) {
      Optional<Cycles.Cycle> improving = Cycles.improving(g, sr, comps, c, vertex);
      if (improving.isPresent()) {
        Cycles.Cycle cycle = improving.get();
        return new NegativeCycleException(
            orient(cycle.vertices(g), backward), cycle.weight(g, sr), semiringName);
      }
    }
    Cycles.Cycle cycle = Cycles.through(g, comps, vertex);
    return new DivergentPathSumException(orient(cycle.vertices(g), backward), semiringName, why);
  }

  /**
   * For an iteration that exceeded its bound at some vertex: the cyclic component with the most
   * queue pops among those that can reach it, then {@link #of}.
   */
  static <V, W> DivergentPathSumException ofLimit(
      IndexedGraph<V, ?, W> g,
      Semiring<W> sr,
      String semiringName,
      Components comps,
      ResidualIteration.LimitExceeded ex,
      long limit,
      boolean backward) {
    IndexedGraph<V, ?, W> rev = g.reversed();
    boolean[] upstream = rev.reachableFrom(ex.vertex);
    int best = -1;
    for (int v = 0; v < upstream.length; v++) {
      int c = comps.component[v];
      if (upstream[v] && c >= 0 && comps.cyclic[c] && (best < 0 || ex.pops[v] > ex.pops[best])) {
        best = v;
      }
    }
    if (best < 0) {
      throw new IllegalStateException("no cycle upstream of a non-converging vertex");
    }
    return of(
        g,
        sr,
        semiringName,
        comps,
        best,
        backward,
        "the iteration did not converge within " + limit + " updates per vertex");
  }

  /** A cycle found on reversed edges, listed in the direction of the original edges. */
  static <V> List<V> orient(List<V> cycle, boolean backward) {
    if (!backward || cycle.size() < 2) {
      return cycle;
    }
    List<V> out = new ArrayList<>(cycle.size());
    out.add(cycle.get(0));
    for (int i = cycle.size() - 1; i > 0; i--) {
      out.add(cycle.get(i));
    }
    return out;
  }
}
