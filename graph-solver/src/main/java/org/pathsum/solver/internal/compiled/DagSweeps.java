package org.pathsum.solver.internal.compiled;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semiring;

/**
 * Path-sum sweeps over a {@link CompiledDag}: one pass in index (topological) order solves the
 * equational form of the path problem, which on a DAG equals the sum over all paths.
 *
 * <ul>
 *   <li><b>forward</b> (single source {@code s}): {@code out[s] = 1̄}; for {@code v > s} in
 *       increasing order, {@code out[v] = ⊕ over in-edges e = (u, v) of out[u] ⊗ w[e]}; {@code
 *       out[v] = 0̄} for {@code v < s} and for every {@code v} that {@code s} does not reach.
 *       {@code out[v]} is the sum over paths s → v.
 *   <li><b>backward</b> (single target {@code t}): {@code out[t] = 1̄}; for {@code u < t} in
 *       decreasing order, {@code out[u] = ⊕ over out-edges e = (u, v) of w[e] ⊗ out[v]}, the edge
 *       weight on the left because it comes first in path order; {@code out[u] = 0̄} for {@code u >
 *       t}. {@code out[u]} is the sum over paths u → t, with products in path order, so forward and
 *       backward agree for every pair even when ⊗ is not commutative. It is computed as the
 *       equivalent scatter over the in-adjacency ({@code out[u] ⊕= w[e] ⊗ out[v]} for {@code v}
 *       from t down), which reads edges in the same order as the forward sweep and needs no
 *       out-adjacency; the ⊕-terms are the same, combined in another order.
 *   <li><b>between</b> (demand): the single value for one pair, sweeping only the vertices from
 *       {@code s} to {@code t}; {@code 1̄} if {@code s == t}, {@code 0̄} if {@code t < s} or there
 *       is no path.
 * </ul>
 *
 * <p><b>Weights.</b> The primitive sweeps take a {@link DoubleSemiring} and weights in a {@code
 * double[]} indexed by edge id; the generic twins take any {@link Semiring} and a {@code List} by
 * edge id. Weights are not checked for {@linkplain Semiring#isMember membership}. Edges leaving
 * vertices below the source (entering vertices above the target, backwards) are skipped, but
 * vertices between the anchor and the end that the anchor does not reach still carry 0̄ into their
 * successors: the sweep relies on 0̄ ⊗ w = 0̄, which for the real semiring fails for infinite or
 * NaN weights (IEEE 0 × ∞ = NaN).
 *
 * <p><b>Cost.</b> O(|V| + |E|) semiring operations and memory accesses, touching only the vertices
 * between the anchor and the end (for between: from the source to the target) and their in- (out-)
 * edges. The primitive forward and backward sweeps of the real and tropical semirings run in
 * specialized kernels with the arithmetic inlined, so they stay fast when the JVM has seen many
 * semirings. Each method that returns an array or list allocates it; the {@code double} methods
 * have twins writing into a caller-supplied buffer that allocate nothing. Thread-safe: sweeps share
 * nothing but their (immutable) arguments.
 */
public final class DagSweeps {

  private DagSweeps() {}

  /**
   * The forward sweep from {@code source} into a new array: {@code result[v]} is the sum over paths
   * source → v.
   *
   * @param edgeWeights weight by edge id, length {@code dag.edgeCount()}
   * @throws IllegalArgumentException if {@code source} is not a vertex or the weights have the
   *     wrong length
   */
  public static double[] forward(
      CompiledDag dag, DoubleSemiring s, double[] edgeWeights, int source) {
    double[] out = new double[checkDag(dag).vertexCount];
    forward(dag, s, edgeWeights, source, out);
    return out;
  }

  /**
   * The forward sweep from {@code source} into {@code out[0 … n−1]}, allocating nothing.
   *
   * @param out the buffer, of length at least {@code dag.vertexCount()}; entries past n untouched
   * @throws IllegalArgumentException if {@code source} is not a vertex, the weights have the wrong
   *     length or {@code out} is too short
   */
  public static void forward(
      CompiledDag dag, DoubleSemiring s, double[] edgeWeights, int source, double[] out) {
    check(dag, s, edgeWeights, out);
    checkVertex(dag, source, "source");
    DoubleKernels.forward(dag, s, edgeWeights, source, out, null);
  }

  /**
   * The backward sweep to {@code target} into a new array: {@code result[v]} is the sum over paths
   * v → target.
   *
   * @param edgeWeights weight by edge id, length {@code dag.edgeCount()}
   * @throws IllegalArgumentException if {@code target} is not a vertex or the weights have the
   *     wrong length
   */
  public static double[] backward(
      CompiledDag dag, DoubleSemiring s, double[] edgeWeights, int target) {
    double[] out = new double[checkDag(dag).vertexCount];
    backward(dag, s, edgeWeights, target, out);
    return out;
  }

  /**
   * The backward sweep to {@code target} into {@code out[0 … n−1]}, allocating nothing.
   *
   * @param out the buffer, of length at least {@code dag.vertexCount()}; entries past n untouched
   * @throws IllegalArgumentException if {@code target} is not a vertex, the weights have the wrong
   *     length or {@code out} is too short
   */
  public static void backward(
      CompiledDag dag, DoubleSemiring s, double[] edgeWeights, int target, double[] out) {
    check(dag, s, edgeWeights, out);
    checkVertex(dag, target, "target");
    DoubleKernels.backward(dag, s, edgeWeights, target, out, null);
  }

  /**
   * The sum over paths source → target alone (demand solving). Allocates a scratch array of {@code
   * target − source + 1} entries; see {@link #between(CompiledDag, DoubleSemiring, double[], int,
   * int, double[])} to supply it.
   *
   * @throws IllegalArgumentException if either vertex is not in the DAG or the weights have the
   *     wrong length
   */
  public static double between(
      CompiledDag dag, DoubleSemiring s, double[] edgeWeights, int source, int target) {
    checkDag(dag);
    checkVertex(dag, source, "source");
    checkVertex(dag, target, "target");
    double[] scratch = new double[Math.max(0, target - source + 1)];
    return between(dag, s, edgeWeights, source, target, scratch);
  }

  /**
   * The sum over paths source → target alone, using {@code scratch} and allocating nothing.
   *
   * @param scratch working space of length at least {@code target − source + 1}; overwritten
   * @throws IllegalArgumentException if either vertex is not in the DAG, the weights have the wrong
   *     length or {@code scratch} is too short
   */
  public static double between(
      CompiledDag dag,
      DoubleSemiring s,
      double[] edgeWeights,
      int source,
      int target,
      double[] scratch) {
    checkDag(dag);
    checkVertex(dag, source, "source");
    checkVertex(dag, target, "target");
    Objects.requireNonNull(s, "s");
    checkWeights(dag, Objects.requireNonNull(edgeWeights, "edgeWeights").length);
    if (Objects.requireNonNull(scratch, "scratch").length < target - source + 1) {
      throw new IllegalArgumentException(
          "scratch has length "
              + scratch.length
              + " but the vertices "
              + source
              + ".."
              + target
              + " need "
              + (target - source + 1)
              + "; pass a longer buffer");
    }
    return DoubleKernels.between(dag, s, edgeWeights, source, target, scratch, null);
  }

  /**
   * The forward sweep from {@code source} into a new array, refusing a value that leaves the
   * carrier: as {@link #forward(CompiledDag, DoubleSemiring, double[], int)}, plus one band test per
   * vertex (see {@link CarrierGuard}).
   *
   * @param guard the guard built for these weights
   * @throws CarrierEscape naming the first vertex whose path sum left the carrier
   */
  public static double[] forward(
      CompiledDag dag, CarrierGuard guard, double[] edgeWeights, int source) {
    double[] out = new double[checkDag(dag).vertexCount];
    check(dag, guard.semiring(), edgeWeights, out);
    checkVertex(dag, source, "source");
    DoubleKernels.forward(dag, guard.semiring(), edgeWeights, source, out, guard);
    return out;
  }

  /**
   * The backward sweep to {@code target} into a new array, refusing a value that leaves the
   * carrier (see {@link #forward(CompiledDag, CarrierGuard, double[], int)}).
   *
   * @throws CarrierEscape naming the first vertex whose path sum left the carrier
   */
  public static double[] backward(
      CompiledDag dag, CarrierGuard guard, double[] edgeWeights, int target) {
    double[] out = new double[checkDag(dag).vertexCount];
    check(dag, guard.semiring(), edgeWeights, out);
    checkVertex(dag, target, "target");
    DoubleKernels.backward(dag, guard.semiring(), edgeWeights, target, out, guard);
    return out;
  }

  /**
   * The sum over paths source → target alone, refusing a value that leaves the carrier at a vertex
   * that reaches the target (see {@link #forward(CompiledDag, CarrierGuard, double[], int)}).
   *
   * @throws CarrierEscape naming the first such vertex whose path sum left the carrier
   */
  public static double between(
      CompiledDag dag, CarrierGuard guard, double[] edgeWeights, int source, int target) {
    checkDag(dag);
    checkVertex(dag, source, "source");
    checkVertex(dag, target, "target");
    checkWeights(dag, edgeWeights.length);
    double[] scratch = new double[Math.max(0, target - source + 1)];
    return DoubleKernels.between(
        dag, guard.semiring(), edgeWeights, source, target, scratch, guard);
  }

  /**
   * The generic forward sweep over any semiring: element {@code v} of the result is the sum over
   * paths source → v.
   *
   * @param edgeWeights weight by edge id, {@code dag.edgeCount()} non-null elements
   * @return an immutable list indexed by vertex
   * @throws IllegalArgumentException if {@code source} is not a vertex or the weights have the
   *     wrong length
   * @throws NullPointerException if a weight is null
   */
  public static <W> List<W> forward(
      CompiledDag dag, Semiring<W> s, List<W> edgeWeights, int source) {
    Object[] w = weightsArray(checkDag(dag), s, edgeWeights);
    checkVertex(dag, source, "source");
    return asList(ObjectKernels.forward(dag, s, w, source, false));
  }

  /**
   * The generic backward sweep over any semiring: element {@code v} of the result is the sum over
   * paths v → target, products in path order.
   *
   * @param edgeWeights weight by edge id, {@code dag.edgeCount()} non-null elements
   * @return an immutable list indexed by vertex
   * @throws IllegalArgumentException if {@code target} is not a vertex or the weights have the
   *     wrong length
   * @throws NullPointerException if a weight is null
   */
  public static <W> List<W> backward(
      CompiledDag dag, Semiring<W> s, List<W> edgeWeights, int target) {
    Object[] w = weightsArray(checkDag(dag), s, edgeWeights);
    checkVertex(dag, target, "target");
    return asList(ObjectKernels.backward(dag, s, w, target, false));
  }

  /**
   * The generic demand solve: the sum over paths source → target over any semiring.
   *
   * @param edgeWeights weight by edge id, {@code dag.edgeCount()} non-null elements
   * @throws IllegalArgumentException if either vertex is not in the DAG or the weights have the
   *     wrong length
   * @throws NullPointerException if a weight is null
   */
  public static <W> W between(
      CompiledDag dag, Semiring<W> s, List<W> edgeWeights, int source, int target) {
    Object[] w = weightsArray(checkDag(dag), s, edgeWeights);
    checkVertex(dag, source, "source");
    checkVertex(dag, target, "target");
    return ObjectKernels.between(dag, s, w, source, target, false);
  }

  /**
   * The generic sweeps as the front door runs them, with every value checked (see {@code
   * ObjectKernels}): the values by vertex index, or the single demand value wrapped in a
   * one-element array.
   *
   * @param backward a single-target sweep to {@code anchor} rather than a single-source one
   * @throws CarrierEscape naming the first vertex whose path sum left the carrier
   */
  public static <W> Object[] checked(
      CompiledDag dag, Semiring<W> s, Object[] edgeWeights, int anchor, boolean backward) {
    return backward
        ? ObjectKernels.backward(dag, s, edgeWeights, anchor, true)
        : ObjectKernels.forward(dag, s, edgeWeights, anchor, true);
  }

  /**
   * The generic demand sweep with every value checked.
   *
   * @throws CarrierEscape naming the first vertex whose path sum left the carrier
   */
  public static <W> W checkedBetween(
      CompiledDag dag, Semiring<W> s, Object[] edgeWeights, int source, int target) {
    return ObjectKernels.between(dag, s, edgeWeights, source, target, true);
  }

  /**
   * Path counts on primitive {@code long} (⊕ = +, ⊗ = ×, weights at least 0, not checked): the
   * counts by vertex index, or null if a sum or product passed {@link Long#MAX_VALUE}, in which
   * case nothing is known and the generic sweep must decide. Below that bound the counts are those
   * of the generic sweeps of either counting semiring, exactly.
   *
   * @param backward a single-target sweep to {@code anchor} rather than a single-source one
   */
  public static long[] counts(CompiledDag dag, long[] edgeWeights, int anchor, boolean backward) {
    return backward
        ? LongKernels.backward(dag, edgeWeights, anchor)
        : LongKernels.forward(dag, edgeWeights, anchor);
  }

  /**
   * The demand form of {@link #counts}: the number of paths (weighted) from {@code source} to
   * {@code target}, or −1 if a sum or product on the way passed {@link Long#MAX_VALUE}.
   */
  public static long countsBetween(CompiledDag dag, long[] edgeWeights, int source, int target) {
    return LongKernels.between(dag, edgeWeights, source, target);
  }

  private static CompiledDag checkDag(CompiledDag dag) {
    return Objects.requireNonNull(dag, "dag");
  }

  private static void check(CompiledDag dag, DoubleSemiring s, double[] w, double[] out) {
    checkDag(dag);
    Objects.requireNonNull(s, "s");
    checkWeights(dag, Objects.requireNonNull(w, "edgeWeights").length);
    if (Objects.requireNonNull(out, "out").length < dag.vertexCount) {
      throw new IllegalArgumentException(
          "out has length "
              + out.length
              + " but the DAG has "
              + dag.vertexCount
              + " vertices; pass a buffer of at least that length");
    }
  }

  private static void checkWeights(CompiledDag dag, int length) {
    if (length != dag.edgeCount()) {
      throw new IllegalArgumentException(
          "edgeWeights has "
              + length
              + " entries but the DAG has "
              + dag.edgeCount()
              + " edges; pass one weight per edge id");
    }
  }

  private static void checkVertex(CompiledDag dag, int v, String what) {
    if (v < 0 || v >= dag.vertexCount) {
      throw new IllegalArgumentException(
          what
              + " "
              + v
              + " is not a vertex of a DAG with vertices 0.."
              + (dag.vertexCount - 1)
              + "; pass a vertex index in range");
    }
  }

  private static <W> Object[] weightsArray(CompiledDag dag, Semiring<W> s, List<W> edgeWeights) {
    Objects.requireNonNull(s, "s");
    Object[] w = Objects.requireNonNull(edgeWeights, "edgeWeights").toArray();
    checkWeights(dag, w.length);
    for (int e = 0; e < w.length; e++) {
      if (w[e] == null) {
        throw new NullPointerException("weight of edge " + e + " is null");
      }
    }
    return w;
  }

  @SuppressWarnings("unchecked")
  private static <W> List<W> asList(Object[] values) {
    return Collections.unmodifiableList((List<W>) Arrays.asList(values));
  }
}
