package org.pathsum.solver.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.jgrapht.Graph;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.DoubleSemiring.Arithmetic;
import org.pathsum.solver.Marginals;
import org.pathsum.solver.PathSumSolvers;
import org.pathsum.solver.internal.compiled.CarrierEscape;
import org.pathsum.solver.internal.compiled.CarrierGuard;
import org.pathsum.solver.internal.compiled.CompiledDag;
import org.pathsum.solver.internal.compiled.DagSweeps;
import org.pathsum.solver.internal.compiled.VertexIndex;

/**
 * Marginals by forward–backward: one forward solve from the source (α), one backward solve to the
 * target (β), both by the front door's engine, then one pass over the edge arrays computing {@code
 * α(u) ⊗ w ⊗ β(v) ⊘ Z} per edge and {@code α(v) ⊗ β(v) ⊘ Z} per vertex, as plain numbers.
 *
 * <p>On a DAG both solves are the primitive sweeps of {@link DagSweeps} with their carrier guard.
 * Where a sweep finds a value leaving the carrier, and on a graph with cycles, both solves are the
 * condensation walk restricted to the vertices on source → target paths, with the strategy {@link
 * Strategies} chooses: so the marginals are refused exactly where {@code solveBetween(source,
 * target)} is refused (a divergent cycle or an overflow off those paths does not matter), with the
 * same exceptions. The restriction loses nothing: every path from the source to a vertex on some
 * source → target path, and every path from such a vertex to the target, lies on those vertices.
 *
 * <p>The graph door reads the JGraphT graph into arrays (vertices in {@code vertexSet()} order,
 * edges in {@code edgeSet()} order) and goes through the array door, so both are one code path.
 */
public final class ForwardBackward {

  private ForwardBackward() {}

  /** The marginals of a JGraphT graph; edges in {@code edgeSet()} order. */
  public static <V, E> Marginals<V, E> of(
      Graph<V, E> graph,
      DoubleSemiring semiring,
      ToDoubleFunction<? super E> weights,
      V source,
      V target,
      PathSumSolvers.Algorithm algorithm,
      double accuracy) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(weights, "weights");
    requireArithmetic(semiring);
    if (!graph.getType().isDirected()) {
      throw new IllegalArgumentException(
          "path problems need a directed graph, but the graph's type is "
              + graph.getType()
              + "; build it as a directed graph (e.g. DirectedWeightedPseudograph)");
    }
    List<V> vertices = List.copyOf(graph.vertexSet());
    Map<V, Integer> position = new HashMap<>(Math.max(16, vertices.size() * 4 / 3 + 1));
    for (int i = 0; i < vertices.size(); i++) {
      position.put(vertices.get(i), i);
    }
    List<E> edges = List.copyOf(graph.edgeSet());
    int m = edges.size();
    int[] from = new int[m];
    int[] to = new int[m];
    double[] w = new double[m];
    for (int e = 0; e < m; e++) {
      E edge = edges.get(e);
      from[e] = position.get(graph.getEdgeSource(edge));
      to[e] = position.get(graph.getEdgeTarget(edge));
      w[e] = weights.applyAsDouble(edge);
      if (!CarrierGuard.isRegular(semiring, w[e])) {
        throw new IllegalArgumentException(
            "the weight "
                + w[e]
                + " of edge "
                + edge
                + " ("
                + graph.getEdgeSource(edge)
                + " -> "
                + graph.getEdgeTarget(edge)
                + ") is not a weight of the "
                + semiring.name()
                + " semiring (NaN never; an infinity only as its 0̄ or 1̄); give a weight of the"
                + " semiring, or 0̄ for an edge to ignore");
      }
    }
    return compute(vertices, from, to, w, semiring, source, target, edges, algorithm, accuracy);
  }

  /** The marginals of a graph given as arrays; edge {@code e} is the index {@code e}. */
  public static <V> Marginals<V, Integer> of(
      List<V> vertices,
      int[] from,
      int[] to,
      DoubleSemiring semiring,
      double[] weights,
      V source,
      V target,
      PathSumSolvers.Algorithm algorithm,
      double accuracy) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    requireArithmetic(semiring);
    return compute(
        vertices, from, to, weights, semiring, source, target, null, algorithm, accuracy);
  }

  private static void requireArithmetic(DoubleSemiring semiring) {
    Objects.requireNonNull(semiring, "semiring");
    Arithmetic a = semiring.arithmetic();
    if (a != Arithmetic.SUM_PRODUCT && a != Arithmetic.LOG_SUM_EXP) {
      throw new IllegalArgumentException(
          "marginals need a real or log semiring (declared arithmetic SUM_PRODUCT or"
              + " LOG_SUM_EXP), but the "
              + semiring.name()
              + " semiring declares "
              + a
              + "; use Semirings.real() or Semirings.log()");
    }
  }

  /**
   * @param edges the graph's edges by position, or {@code null} for edge arrays (edge = index)
   */
  private static <V, E> Marginals<V, E> compute(
      List<V> vertices,
      int[] from,
      int[] to,
      double[] weights,
      DoubleSemiring semiring,
      V source,
      V target,
      List<E> edges,
      PathSumSolvers.Algorithm algorithm,
      double accuracy) {
    SolverGraph<V, Integer, Double> sg =
        SolverGraph.compile(vertices, from, to, weights, semiring);
    VertexIndex<V> index = sg.index;
    int s = index.indexOf(source, "source");
    int t = index.indexOf(target, "target");
    double[][] ab = solve(sg, source, target, s, t, algorithm, accuracy);
    double[] alpha = ab[0];
    double[] beta = ab[1];
    boolean log = semiring.arithmetic() == Arithmetic.LOG_SUM_EXP;
    double z = alpha[t];
    if (semiring.isZeroAsDouble(z)) {
      throw new IllegalArgumentException(
          "the paths from "
              + source
              + " to "
              + target
              + " sum to 0̄ ("
              + z
              + (log ? ": there is no path" : ": there is no path, or their weights cancel")
              + "), so no path can be drawn and there are no marginals; ask about a pair with"
              + " paths");
    }
    int n = index.size();
    // Input vertex position → compiled index, so the edge pass reads plain int arrays.
    int[] compiledIndex = new int[n];
    for (int k = 0; k < n; k++) {
      compiledIndex[k] = index.indexInGraphOrder(k);
    }
    double[] edgeMarginals =
        log
            ? logEdges(from, to, weights, compiledIndex, alpha, beta, z)
            : realEdges(from, to, weights, compiledIndex, alpha, beta, z);
    double[] visits = new double[n];
    for (int v = 0; v < n; v++) {
      visits[v] = log ? Math.exp(alpha[v] + beta[v] - z) : alpha[v] * beta[v] / z + 0.0;
    }
    return new IndexedMarginals<>(semiring, source, target, z, index, edges, edgeMarginals, visits);
  }

  /** {@code exp(α(u) + w + β(v) − log Z)}; an edge of weight −∞ gets exactly 0. */
  private static double[] logEdges(
      int[] from, int[] to, double[] w, int[] ci, double[] alpha, double[] beta, double logZ) {
    double[] out = new double[w.length];
    for (int e = 0; e < w.length; e++) {
      double x = alpha[ci[from[e]]] + w[e] + beta[ci[to[e]]] - logZ;
      // −∞ (weight 0̄ or an end on no path) gives exp(−∞) = 0; +∞ cannot occur, since every
      // value is a checked member of the carrier and 1̄ is 0.
      out[e] = Math.exp(x);
    }
    return out;
  }

  /** {@code α(u) · w · β(v) / Z}; an edge of weight 0 gets exactly 0. */
  private static double[] realEdges(
      int[] from, int[] to, double[] w, int[] ci, double[] alpha, double[] beta, double z) {
    double[] out = new double[w.length];
    for (int e = 0; e < w.length; e++) {
      // + 0.0 turns the −0.0 of a zero factor times a negative one into 0.
      out[e] = alpha[ci[from[e]]] * w[e] * beta[ci[to[e]]] / z + 0.0;
    }
    return out;
  }

  /**
   * α and β by compiled index: the primitive sweeps on a DAG, the restricted walk otherwise (see
   * the class comment). Refusals name the query: the source for α, the target for β.
   */
  private static <V> double[][] solve(
      SolverGraph<V, Integer, Double> sg,
      V source,
      V target,
      int s,
      int t,
      PathSumSolvers.Algorithm algorithm,
      double accuracy) {
    if (sg.compiled.isAcyclic()) {
      CompiledDag dag = sg.compiled.dag();
      try {
        return new double[][] {
          DagSweeps.forward(dag, sg.guard, sg.doubles, s),
          DagSweeps.backward(dag, sg.guard, sg.doubles, t)
        };
      } catch (CarrierEscape e) {
        // Perhaps off the source → target paths, which do not matter: the restricted walk decides.
      }
    }
    int n = sg.g.vertexCount();
    boolean[] mask = sg.onPaths(s, t);
    if (mask == null) {
      double[] zeros = new double[n];
      java.util.Arrays.fill(zeros, sg.semiring.zero());
      return new double[][] {zeros, zeros};
    }
    CondensationSolver<V, Integer, Double> walker =
        new CondensationSolver<>(sg, Strategies.of(algorithm, sg.semiring, accuracy));
    Object[] alpha;
    Object[] beta;
    try {
      alpha = walker.walk(s, false, mask, null);
    } catch (CarrierEscape e) {
      throw sg.overflow(e, source, false);
    }
    try {
      beta = walker.walk(t, true, mask, null);
    } catch (CarrierEscape e) {
      throw sg.overflow(e, target, true);
    }
    return new double[][] {unboxed(alpha), unboxed(beta)};
  }

  private static double[] unboxed(Object[] values) {
    double[] out = new double[values.length];
    for (int v = 0; v < out.length; v++) {
      out[v] = (Double) values[v];
    }
    return out;
  }
}
