package org.pathsum.solver;

import java.util.Map;
import org.pathsum.semiring.DoubleSemiring;

/**
 * Edge and vertex marginals of the paths from a source to a target, weighted by a real or log
 * semiring: a path p is drawn with probability {@code w(p) / Z}, where {@code w(p)} is the product
 * of its edge weights and {@code Z} the sum over all source → target paths, and each marginal is
 * the expected number of times the drawn path uses an edge or visits a vertex. On a DAG an edge's
 * marginal is the probability that the path goes through it. Created by {@link
 * PathSumSolvers#marginals}.
 *
 * <p>With α the path sums from the source and β those to the target (one forward and one backward
 * solve), {@code marginal(u → v) = α(u) · w(u → v) · β(v) / Z} and {@code visits(v) = α(v) · β(v) /
 * Z}. They are the gradient of log Z: {@code marginal(e) = ∂ log Z / ∂ log w(e)} (forward–backward
 * and inside–outside are backpropagation). On a graph with cycles the same formulas hold where the
 * sums are certified, and expected counts may exceed 1.
 *
 * <p>Values are plain numbers (probabilities and expected counts), in either semiring; only
 * {@link #value()} is in the semiring's own representation. An edge of weight 0̄, or on no
 * source → target path, has marginal 0; a vertex on no such path has 0 visits. The source and the
 * target are visited at least once (exactly once on a DAG, unless they are the same vertex). With
 * negative real weights the "probabilities" are signed and need not lie in [0, 1]; they are still
 * the derivatives above.
 *
 * <p>Edges are identified by their position in edge order: the order of the graph's {@code
 * edgeSet()}, or the index into the arrays for {@link PathSumSolvers#marginals(java.util.List, int[],
 * int[], DoubleSemiring, double[], Object, Object)} (where the edge type is that index). Parallel
 * edges are separate. Immutable; the arrays are read once when created and not kept.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 */
public interface Marginals<V, E> {

  /** The semiring the weights are in. */
  DoubleSemiring semiring();

  /** The source of the paths. */
  V source();

  /** The target of the paths. */
  V target();

  /**
   * The sum over the source → target paths in the semiring's own representation: {@code Z} for
   * the real semiring, {@code log Z} for the log semiring, as {@code solveBetween(source, target)}
   * gives it (to within rounding). Never 0̄: a pair without paths is refused when created.
   */
  double value();

  /**
   * The marginal of {@code edge}: the expected number of times a path uses it. O(1) for the edge
   * arrays; for a JGraphT graph the first call builds a hash map of the edges, O(|E|).
   *
   * @throws IllegalArgumentException if {@code edge} is not an edge of the graph, naming it
   */
  double edge(E edge);

  /** The number of edges, including those of weight 0̄. */
  int edgeCount();

  /**
   * The marginal of the edge at {@code position} in edge order (for the edge arrays, edge {@code
   * position}), unboxed: for a caller that streams every marginal. O(1), allocates nothing.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 ≤ position < edgeCount()}
   */
  double edgeAt(int position);

  /**
   * The expected number of visits of {@code vertex} by a path. O(1) (a hash lookup).
   *
   * @throws IllegalArgumentException if {@code vertex} is not a vertex of the graph, naming it
   */
  double visits(V vertex);

  /**
   * Every edge with its marginal, in edge order, zeros included. Built on the first call, O(|E|)
   * boxed values, then kept; {@link #edgeAt} reads the same values without it. Immutable.
   */
  Map<E, Double> edges();

  /**
   * Every vertex with its expected visits, in the graph's vertex order (the order of the vertex
   * list for edge arrays), zeros included. Built on the first call, then kept. Immutable.
   */
  Map<V, Double> vertices();
}
