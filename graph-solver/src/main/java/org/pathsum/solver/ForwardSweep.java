package org.pathsum.solver;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.pathsum.semiring.Semiring;

/**
 * The one sweep every DAG query runs: the equations {@code S(source) = 1̄}, {@code S(n) = ⊕_{(m,n)}
 * S(m) ⊗ w(m,n)} evaluated once in topological order, over the part of the graph that the source
 * reaches through allowed vertices.
 *
 * <p>The backward problem is this sweep on the edge-reversed graph over the reversed semiring; the
 * demand problem is this sweep with only the vertices on some source–target path allowed.
 */
final class ForwardSweep {

  private ForwardSweep() {}

  /**
   * Solves from {@code source} on the acyclic {@code graph}, entering only vertices that satisfy
   * {@code allowed}. Kahn's algorithm restricted to the reached part gives the topological order,
   * so the cost is O(reached vertices + their outgoing edges), with one weight read, one ⊗ and at
   * most one ⊕ per edge between reached vertices; nothing else is touched.
   *
   * @return the path sum of every reached vertex (the source included); unreached ones are absent
   *     and their sum is {@code zero()}
   */
  static <V, E, W> Map<V, W> run(
      Graph<V, E> graph,
      Semiring<W> semiring,
      Function<? super E, ? extends W> weights,
      V source,
      Predicate<? super V> allowed) {
    // Pass 1, structure only: how many edges from reached vertices enter each reached vertex.
    Map<V, int[]> pending = new HashMap<>();
    pending.put(source, new int[1]);
    ArrayDeque<V> stack = new ArrayDeque<>();
    stack.push(source);
    while (!stack.isEmpty()) {
      V m = stack.pop();
      for (E e : graph.outgoingEdgesOf(m)) {
        V n = graph.getEdgeTarget(e);
        if (!allowed.test(n)) {
          continue;
        }
        int[] count = pending.get(n);
        if (count == null) {
          pending.put(n, new int[] {1});
          stack.push(n);
        } else {
          count[0]++;
        }
      }
    }
    // Pass 2, Kahn: a vertex's sum is final once every reached predecessor has pushed into it.
    Map<V, W> sums = new HashMap<>(capacityFor(pending.size()));
    sums.put(source, semiring.one());
    ArrayDeque<V> ready = stack;
    ready.push(source);
    while (!ready.isEmpty()) {
      V m = ready.pop();
      W sm = sums.get(m);
      for (E e : graph.outgoingEdgesOf(m)) {
        V n = graph.getEdgeTarget(e);
        int[] count = pending.get(n);
        if (count == null) {
          continue; // not allowed
        }
        W path = semiring.times(sm, weights.apply(e));
        W old = sums.get(n);
        sums.put(n, old == null ? path : semiring.plus(old, path));
        if (--count[0] == 0) {
          ready.push(n);
        }
      }
    }
    return sums;
  }

  private static int capacityFor(int size) {
    return (int) Math.min(Integer.MAX_VALUE, (long) size * 4 / 3 + 1);
  }
}
