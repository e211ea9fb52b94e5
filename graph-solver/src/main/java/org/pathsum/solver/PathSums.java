package org.pathsum.solver;

import java.util.Map;
import java.util.function.BiConsumer;
import org.pathsum.semiring.Semiring;

/**
 * The solution of a single-source or single-target path problem: for every vertex {@code v} of the
 * graph, the ⊕-sum over all paths between {@code v} and the anchor of the ⊗-products of their edge
 * weights, in path order.
 *
 * <ul>
 *   <li>{@link Direction#FROM_SOURCE}: {@code get(v)} is the sum over paths anchor → v;
 *   <li>{@link Direction#TO_TARGET}: {@code get(v)} is the sum over paths v → anchor.
 * </ul>
 *
 * <p>In both cases the products are taken in path order over {@link #semiring()} (not its reversal),
 * so the value for a (source, target) pair is the same whichever end it was solved from. The anchor
 * gets at least {@code one()} (the empty path); a vertex with no path gets {@code zero()}.
 *
 * <p>Instances are immutable and never return {@code null}.
 *
 * @param <V> the vertex type
 * @param <W> the weight type
 */
public interface PathSums<V, W> {

  /** Which end of the paths is fixed. */
  enum Direction {
    /** Single source, every target: the forward problem. */
    FROM_SOURCE,
    /** Every source, single target: the backward problem. */
    TO_TARGET
  }

  /** The semiring the problem was posed in. */
  Semiring<W> semiring();

  /** The fixed end: the source for {@link Direction#FROM_SOURCE}, the target otherwise. */
  V anchor();

  /** Which end {@link #anchor()} is. */
  Direction direction();

  /**
   * The path sum between {@code vertex} and the anchor; {@code zero()} if there is no path.
   *
   * @throws IllegalArgumentException if {@code vertex} is not a vertex of the solved graph
   */
  W get(V vertex);

  /**
   * Every vertex of the solved graph with its path sum, including those whose value is {@code
   * zero()}. Immutable; iteration order is the graph's vertex order.
   */
  Map<V, W> values();

  /**
   * Calls {@code action} with every vertex and its path sum, in the order of {@link #values()}
   * (zeros included), without building that map: for a caller that reads every value once, e.g.
   * to print it. The default iterates {@link #values()}; the front door's results visit their
   * arrays directly (O(|V|), one boxed value at a time for a {@code double} semiring).
   *
   * @throws NullPointerException if {@code action} is null
   */
  default void forEach(BiConsumer<? super V, ? super W> action) {
    java.util.Objects.requireNonNull(action, "action");
    values().forEach(action);
  }
}
