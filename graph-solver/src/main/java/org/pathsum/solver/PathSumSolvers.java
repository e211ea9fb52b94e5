package org.pathsum.solver;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;
import org.jgrapht.Graph;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;
import org.pathsum.solver.internal.ForwardBackward;
import org.pathsum.solver.internal.KBestSearch;
import org.pathsum.solver.internal.Solvers;
import org.pathsum.solver.internal.cyclic.SeriesComponentSolver;

/**
 * The front door: solvers of algebraic path problems on any directed JGraphT graph, with or without
 * cycles, in any {@link Semiring}.
 *
 * <pre>{@code
 * PathSums<String, Double> d =
 *     PathSumSolvers.forGraph(g, Semirings.tropical(), g::getEdgeWeight).solveFrom("a");
 * d.values();   // shortest distance from "a" to every vertex, +∞ where there is no path
 * }</pre>
 *
 * <p><b>How a query flows.</b> Every factory compiles the graph once onto an integer core: one
 * vertex index, the edges in {@code int} arrays, each edge's weight read and checked once (edges of
 * weight 0̄ are dropped: no path through them counts, and a cycle they close is no cycle), and the
 * strongly connected components computed once and numbered in topological order. Then
 *
 * <ol>
 *   <li>an acyclic graph answers every query with one sweep over the topologically numbered arrays
 *       (primitive {@code double} sweeps for a {@link DoubleSemiring}, boxed ones otherwise), O(|V|
 *       + |E|) per query, any semiring;
 *   <li>a graph with cycles is walked component by component in topological order, pushing values
 *       along the edges between components and handing each cyclic component that the query enters
 *       to the strategy its semiring's declarations choose (one decision table, by declared
 *       arithmetic and {@linkplain SemiringProperty properties}, never by which object the
 *       semiring is): for real and log arithmetic a certified series (the spectral radius of the
 *       component's |weights| is proven below 1, then Gauss–Seidel to a proven relative accuracy);
 *       for a selective ⊕ (tropical, max-plus, boolean, bottleneck, Viterbi) Dijkstra, or
 *       Bellman–Ford that stops at the first improving cycle; for another idempotent ⊕ (gen/kill
 *       dataflow) residual propagation; for a semiring with a {@linkplain Semiring#star star}
 *       (formulas, path expressions) exact star elimination; for any other (counting) a refusal,
 *       since infinitely many paths go round.
 * </ol>
 *
 * <p><b>Refusals.</b> Where the answer is undefined or not representable a query throws a subtype
 * of {@link org.pathsum.semiring.PathSumException} with its evidence in the graph's own vertices:
 * {@link org.pathsum.solver.InfinitePathSumException} (counting with a cycle on the paths),
 * {@link org.pathsum.solver.NegativeCycleException} (an improving cycle: negative tropical,
 * positive max-plus, its sign decided exactly), {@link
 * org.pathsum.solver.DivergentSeriesException} (real or log whose series is not proven to
 * converge), {@link org.pathsum.solver.AccuracyNotReachedException} (a series that converges
 * too slowly to prove the accuracy asked for), {@link
 * org.pathsum.solver.CarrierOverflowException} (a value that leaves the carrier: {@code
 * 1e308 + 1e308} in tropical, a count past {@code Long.MAX_VALUE}, a product of probabilities that
 * underflows to 0 — never a silent ∞ or "no path"). Only the paths a query asks about matter: a
 * cycle the source cannot reach does not stop {@code solveFrom}, and {@code solveBetween} looks
 * only at vertices on source–target paths. A weight outside the semiring's carrier (NaN; an
 * infinity other than 0̄ or 1̄; a negative count) is refused when the graph is compiled, with an
 * {@link IllegalArgumentException} naming the edge.
 *
 * <p><b>Named algorithms.</b> {@link Options#algorithm} chooses {@link Algorithm#STAR_ELIMINATION}
 * or {@link Algorithm#RESIDUAL} for the cyclic components instead of the automatic strategy, to
 * compare algorithms or to reproduce a textbook. A named algorithm refuses exactly what the
 * automatic strategy refuses, for the same reason and with the same exception: the automatic
 * strategy admits each component first (its certificate, or its search for an improving cycle).
 * Acyclic parts are swept the same way whatever the algorithm.
 *
 * <p><b>Beyond one value per vertex.</b> {@link #witnessesFrom} adds a best path per vertex for a
 * selective semiring; {@link #marginals} gives, for real and log weights, how often a source →
 * target path drawn in proportion to its weight uses each edge and vertex (forward–backward over
 * the same solves); {@link #kBestFrom} and {@link #kBestTo} give the k best walks per vertex, with
 * the walks, for tropical and max-plus weights.
 *
 * <p>Solvers snapshot the graph and weights when created; later changes to the graph are not seen.
 * They are immutable and thread-safe. Parallel edges are distinct paths; self-loops are cycles.
 */
public final class PathSumSolvers {

  private PathSumSolvers() {}

  /** The algorithm that sums the walks inside each strongly connected component with a cycle. */
  public enum Algorithm {
    /** The strategy the semiring's declarations choose (see the class comment). The default. */
    AUTOMATIC,
    /**
     * Tarjan's path expressions: Gaussian elimination in the semiring, {@code x_k = (…) ⊗ A[k][k]*}
     * (for real weights the exact {@code (I − A)⁻¹}, for path expressions the regular expression
     * of all paths). Needs {@link SemiringProperty#STAR} when a cycle lies on the paths asked
     * about. O(m) on a simple cycle of m vertices, O(m³) for a dense component.
     */
    STAR_ELIMINATION,
    /**
     * Mohri's generic single-source algorithm: residuals, not totals, are propagated, so a
     * non-idempotent ⊕ never counts a path twice; a residual is dropped once it no longer changes
     * the value (exactly for an idempotent ⊕, to 10⁻¹³ relative for real and log). Shortest-first
     * when a selective semiring has no improving edge, first-in first-out otherwise.
     */
    RESIDUAL
  }

  /**
   * How a solver works: the {@link Algorithm} for cyclic components and the relative accuracy a
   * certified real or log series must prove. Immutable; each {@code with…} method returns a copy.
   */
  public static final class Options {

    private static final Options DEFAULTS =
        new Options(Algorithm.AUTOMATIC, SeriesComponentSolver.DEFAULT_TOLERANCE);

    private final Algorithm algorithm;
    private final double accuracy;

    private Options(Algorithm algorithm, double accuracy) {
      this.algorithm = algorithm;
      this.accuracy = accuracy;
    }

    /** {@link Algorithm#AUTOMATIC}, accuracy {@code 1e-10}. */
    public static Options defaults() {
      return DEFAULTS;
    }

    /** These options with {@code algorithm} for the cyclic components. */
    public Options withAlgorithm(Algorithm algorithm) {
      return new Options(Objects.requireNonNull(algorithm, "algorithm"), accuracy);
    }

    /**
     * These options with the relative accuracy that the certified series of the real and log
     * semirings must prove on each cyclic component ({@code 1e-10} by default; the values are made
     * as accurate as the doubles allow either way, only the proof is held to this). A component whose
     * solve cannot prove it (a spectral radius very close to 1) is refused with {@link
     * org.pathsum.solver.AccuracyNotReachedException}, which says what was reached.
     *
     * @param relativeAccuracy in (0, 1)
     * @throws IllegalArgumentException outside (0, 1)
     */
    public Options withAccuracy(double relativeAccuracy) {
      if (!(relativeAccuracy > 0 && relativeAccuracy < 1)) {
        throw new IllegalArgumentException(
            "the accuracy must be in (0, 1), got " + relativeAccuracy);
      }
      return new Options(algorithm, relativeAccuracy);
    }

    /** The algorithm for cyclic components. */
    public Algorithm algorithm() {
      return algorithm;
    }

    /** The relative accuracy a certified series must prove. */
    public double accuracy() {
      return accuracy;
    }

    @Override
    public String toString() {
      return "Options[" + algorithm + ", accuracy " + accuracy + "]";
    }
  }

  /**
   * A solver with the {@linkplain Options#defaults() default options}: see the class comment.
   * Creating it costs O(|V| + |E|) and one call of {@code weights} per edge.
   *
   * @param graph a directed graph; self-loops and parallel edges are allowed
   * @param semiring the semiring
   * @param weights the weight of each edge; 0̄ drops the edge
   * @throws IllegalArgumentException if the graph is undirected, or a weight is not in the
   *     semiring's carrier (naming the edge)
   * @throws NullPointerException if a weight is null, naming the edge
   */
  public static <V, E, W> PathSumSolver<V, W> forGraph(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights) {
    return forGraph(graph, semiring, weights, Options.defaults());
  }

  /**
   * A solver with the given options.
   *
   * @throws IllegalArgumentException if the graph is undirected, or a weight is not in the
   *     semiring's carrier (naming the edge)
   * @throws NullPointerException if a weight is null, naming the edge
   * @see #forGraph(Graph, Semiring, Function)
   */
  public static <V, E, W> PathSumSolver<V, W> forGraph(
      Graph<V, E> graph,
      Semiring<W> semiring,
      Function<? super E, ? extends W> weights,
      Options options) {
    Objects.requireNonNull(options, "options");
    return Solvers.forGraph(graph, semiring, weights, options.algorithm(), options.accuracy());
  }

  /**
   * {@link #forGraph} on a graph given as integer arrays rather than a JGraphT graph: vertex {@code
   * i} is {@code vertices.get(i)}, edge {@code e} runs from {@code from[e]} to {@code to[e]} and
   * weighs {@code weights.apply(e)}. The same solvers, strategies and refusals; meant for readers
   * that intern vertex names to ids while streaming a file, so that no graph object and no
   * per-edge object exists before compiling. Results list the vertices in the order of {@code
   * vertices}. For a {@link DoubleSemiring} the weights are kept unboxed after compiling; {@link
   * #forEdgeArrays(List, int[], int[], DoubleSemiring, double[])} also boxes none while compiling.
   *
   * <p>Cost O(|V| + |E|) and one call of {@code weights} per edge; the arrays are read, not kept.
   *
   * @param vertices the distinct vertices
   * @param from the source index of each edge, {@code 0 ≤ from[e] < vertices.size()}
   * @param to the target index of each edge, same length as {@code from}
   * @param semiring the semiring
   * @param weights the weight of edge {@code e}, never null; 0̄ drops the edge
   * @throws IllegalArgumentException if the arrays differ in length, an index is out of range, a
   *     vertex is listed twice (naming it) or a weight is not in the carrier (naming the edge)
   * @throws NullPointerException if a weight is null, naming the edge index
   */
  public static <V, W> PathSumSolver<V, W> forEdgeArrays(
      List<V> vertices,
      int[] from,
      int[] to,
      Semiring<W> semiring,
      IntFunction<? extends W> weights) {
    return forEdgeArrays(vertices, from, to, semiring, weights, Options.defaults());
  }

  /**
   * {@link #forEdgeArrays(List, int[], int[], Semiring, IntFunction)} with the given options.
   *
   * @throws IllegalArgumentException as the default-options form does
   */
  public static <V, W> PathSumSolver<V, W> forEdgeArrays(
      List<V> vertices,
      int[] from,
      int[] to,
      Semiring<W> semiring,
      IntFunction<? extends W> weights,
      Options options) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(weights, "weights");
    return Solvers.forEdgeArrays(
        vertices, from, to, semiring, weights, options.algorithm(), options.accuracy());
  }

  /**
   * {@link #forEdgeArrays(List, int[], int[], Semiring, IntFunction)} with the weights of a {@link
   * DoubleSemiring} in a {@code double[]}: the same solvers, answers and refusals, but no weight is
   * ever boxed and no function is called per edge. Results list the vertices in the order of {@code
   * vertices}.
   *
   * <p>Cost O(|V| + |E|): one pass over the arrays (read, not kept), one hash map of the vertices
   * (which is also the check that they are distinct), the components.
   *
   * @param weights the weight of edge {@code e} at index {@code e}, same length as {@code from};
   *     0̄ drops the edge
   * @throws IllegalArgumentException if the arrays differ in length, an index is out of range, a
   *     vertex is listed twice (naming it) or a weight is not in the carrier (naming the edge)
   */
  public static <V> PathSumSolver<V, Double> forEdgeArrays(
      List<V> vertices, int[] from, int[] to, DoubleSemiring semiring, double[] weights) {
    return forEdgeArrays(vertices, from, to, semiring, weights, Options.defaults());
  }

  /**
   * {@link #forEdgeArrays(List, int[], int[], DoubleSemiring, double[])} with the given options.
   *
   * @throws IllegalArgumentException as the default-options form does
   */
  public static <V> PathSumSolver<V, Double> forEdgeArrays(
      List<V> vertices,
      int[] from,
      int[] to,
      DoubleSemiring semiring,
      double[] weights,
      Options options) {
    Objects.requireNonNull(options, "options");
    return Solvers.forEdgeArrays(
        vertices, from, to, semiring, weights, options.algorithm(), options.accuracy());
  }

  /**
   * Edge and vertex marginals of the source → target paths of a real or log semiring, by
   * forward–backward: the probability (on a DAG; the expected count on a graph with cycles) that a
   * path drawn with probability proportional to its weight uses each edge and visits each vertex.
   * These are the gradient of log Z with respect to the edges' log-weights; see {@link Marginals}.
   * Edges are identified by their {@code edgeSet()} order; parallel edges are separate.
   *
   * <p>One forward solve from {@code source} and one backward solve to {@code target} with this
   * front door's engine (the primitive sweeps on a DAG, the certified series on cycles), then one
   * pass over the edges. Cycles are solved and refused exactly as {@code forGraph(graph, semiring,
   * weights).solveBetween(source, target)} solves and refuses them: only cycles on source →
   * target paths matter. Cost O(|V| + |E|) on a DAG, plus the series on each cyclic component
   * (solved twice, once per direction).
   *
   * <pre>{@code
   * Marginals<String, DefaultWeightedEdge> m =
   *     PathSumSolvers.marginals(g, Semirings.log(), g::getEdgeWeight, "s", "t");
   * m.edge(e);   // the posterior probability that a path uses e
   * }</pre>
   *
   * @param semiring a semiring declaring {@link DoubleSemiring.Arithmetic#SUM_PRODUCT} (weights
   *     are weights) or {@link DoubleSemiring.Arithmetic#LOG_SUM_EXP} (weights are log-weights)
   * @param weights the weight of each edge; 0̄ (0, or −∞ for log) gives the edge marginal 0
   * @throws IllegalArgumentException if the semiring declares another arithmetic (naming it), the
   *     graph is undirected, a weight is not in the carrier (naming the edge), {@code source} or
   *     {@code target} is not a vertex, or the paths from source to target sum to 0̄ (no path;
   *     naming both)
   * @throws DivergentPathSumException (a {@link DivergentSeriesException} or {@link
   *     AccuracyNotReachedException}) if a cycle on the source → target paths makes the sum
   *     diverge or cannot be solved to the accuracy asked for
   * @throws CarrierOverflowException if a sum on those paths leaves the range of {@code double}
   */
  public static <V, E> Marginals<V, E> marginals(
      Graph<V, E> graph,
      DoubleSemiring semiring,
      ToDoubleFunction<? super E> weights,
      V source,
      V target) {
    return marginals(graph, semiring, weights, source, target, Options.defaults());
  }

  /**
   * {@link #marginals(Graph, DoubleSemiring, ToDoubleFunction, Object, Object)} with the given
   * options (the algorithm for cyclic components and the accuracy the series must prove).
   *
   * @throws IllegalArgumentException as the default-options form does
   */
  public static <V, E> Marginals<V, E> marginals(
      Graph<V, E> graph,
      DoubleSemiring semiring,
      ToDoubleFunction<? super E> weights,
      V source,
      V target,
      Options options) {
    Objects.requireNonNull(options, "options");
    return ForwardBackward.of(
        graph, semiring, weights, source, target, options.algorithm(), options.accuracy());
  }

  /**
   * {@link #marginals(Graph, DoubleSemiring, ToDoubleFunction, Object, Object)} on a graph given as
   * arrays, as {@link #forEdgeArrays(List, int[], int[], DoubleSemiring, double[])} takes it: the
   * edge type is the edge index, and {@link Marginals#edgeAt(int) edgeAt(e)} reads edge {@code
   * e}'s marginal unboxed. No weight and no marginal is boxed on the way. The arrays are read, not
   * kept.
   *
   * @param weights the weight of edge {@code e} at index {@code e}, same length as {@code from}
   * @throws IllegalArgumentException as the graph form does, and if the arrays differ in length, an
   *     index is out of range or a vertex is listed twice
   */
  public static <V> Marginals<V, Integer> marginals(
      List<V> vertices,
      int[] from,
      int[] to,
      DoubleSemiring semiring,
      double[] weights,
      V source,
      V target) {
    return marginals(vertices, from, to, semiring, weights, source, target, Options.defaults());
  }

  /**
   * {@link #marginals(List, int[], int[], DoubleSemiring, double[], Object, Object)} with the given
   * options.
   *
   * @throws IllegalArgumentException as the default-options form does
   */
  public static <V> Marginals<V, Integer> marginals(
      List<V> vertices,
      int[] from,
      int[] to,
      DoubleSemiring semiring,
      double[] weights,
      V source,
      V target,
      Options options) {
    Objects.requireNonNull(options, "options");
    return ForwardBackward.of(
        vertices,
        from,
        to,
        semiring,
        weights,
        source,
        target,
        options.algorithm(),
        options.accuracy());
  }

  /**
   * The k best walks from {@code source} to every vertex, with the walks, for the tropical (least
   * weight) or max-plus (greatest weight) semiring; see {@link KBestPaths}. Walks may go round
   * cycles; walks that differ in their edge sequence are distinct (parallel edges give distinct
   * walks); ties are kept. The best weight of each vertex is {@code forGraph(graph, semiring,
   * weights).solveFrom(source)}'s, and the same improving cycles are refused.
   *
   * <p>On a DAG, one topological sweep merges each vertex's neighbours' k best lists with a heap
   * over its edges: O(|E| + k·|V|·log Δ) time and O(k·|V|) memory (Δ the largest degree). On a
   * graph with cycles, the best weights d come from the front door's solve; then Dijkstra over
   * walks with d as the potential (Johnson's reweighting makes every reduced edge weight
   * non-negative), settling each vertex at most k times: that solve, plus at most
   * O(k·|E|·log(k·|E|)) time and O(k·|E|) memory for the walks, which share their prefixes.
   *
   * <pre>{@code
   * KBestPaths<String, DefaultWeightedEdge> best =
   *     PathSumSolvers.kBestFrom(g, Semirings.tropical(), g::getEdgeWeight, "s", 3);
   * best.weights("t");   // the three least weights of walks s → t, least first
   * }</pre>
   *
   * @param semiring a semiring declaring {@link DoubleSemiring.Arithmetic#MIN_PLUS} or {@link
   *     DoubleSemiring.Arithmetic#MAX_PLUS}
   * @param weights the weight of each edge; 0̄ (+∞ tropical, −∞ max-plus) removes the edge
   * @param k the most walks to keep per vertex, at least 1
   * @throws IllegalArgumentException if the semiring declares another arithmetic (naming it), k is
   *     below 1 (naming it), {@code source} is not a vertex, the graph is undirected or a weight is
   *     not in the carrier
   * @throws NegativeCycleException if a cycle the source reaches improves every walk through it
   * @throws CarrierOverflowException if the weight of a walk kept leaves the range of {@code double}
   */
  public static <V, E> KBestPaths<V, E> kBestFrom(
      Graph<V, E> graph,
      DoubleSemiring semiring,
      ToDoubleFunction<? super E> weights,
      V source,
      int k) {
    return KBestSearch.of(graph, semiring, weights, source, k, false);
  }

  /**
   * The k best walks from every vertex to {@code target}; see {@link #kBestFrom(Graph,
   * DoubleSemiring, ToDoubleFunction, Object, int)}, searching backward along the in-edges. The
   * best weight of each vertex is {@code solveTo(target)}'s.
   *
   * @throws IllegalArgumentException as {@code kBestFrom} does, for {@code target}
   * @throws NegativeCycleException if a cycle that reaches the target improves every walk through it
   * @throws CarrierOverflowException if the weight of a walk kept leaves the range of {@code double}
   */
  public static <V, E> KBestPaths<V, E> kBestTo(
      Graph<V, E> graph,
      DoubleSemiring semiring,
      ToDoubleFunction<? super E> weights,
      V target,
      int k) {
    return KBestSearch.of(graph, semiring, weights, target, k, true);
  }

  /**
   * {@link #kBestFrom(Graph, DoubleSemiring, ToDoubleFunction, Object, int)} on a graph given as
   * arrays, as {@link #forEdgeArrays(List, int[], int[], DoubleSemiring, double[])} takes it: a walk
   * is a list of edge indices ({@link KBestPaths#walks}); {@link KBestPaths#paths} is not
   * available. The arrays are read, not kept.
   *
   * @throws IllegalArgumentException as the graph form does, and if the arrays differ in length, an
   *     index is out of range or a vertex is listed twice
   */
  public static <V> KBestPaths<V, Integer> kBestFrom(
      List<V> vertices,
      int[] from,
      int[] to,
      DoubleSemiring semiring,
      double[] weights,
      V source,
      int k) {
    return KBestSearch.of(vertices, from, to, semiring, weights, source, k, false);
  }

  /**
   * {@link #kBestTo(Graph, DoubleSemiring, ToDoubleFunction, Object, int)} on a graph given as
   * arrays; see {@link #kBestFrom(List, int[], int[], DoubleSemiring, double[], Object, int)}.
   *
   * @throws IllegalArgumentException as the graph form does
   */
  public static <V> KBestPaths<V, Integer> kBestTo(
      List<V> vertices,
      int[] from,
      int[] to,
      DoubleSemiring semiring,
      double[] weights,
      V target,
      int k) {
    return KBestSearch.of(vertices, from, to, semiring, weights, target, k, true);
  }

  /**
   * Single-source path sums of a selective semiring with, for every vertex, a path from the source
   * that attains its value (shortest, widest, most probable…). The values and the paths come from
   * one solve, the automatic strategy's, so they cannot disagree: the ⊗-product of a path's
   * weights, in path order, is exactly the vertex's value, and the values are those of {@code
   * forGraph(graph, semiring, weights).solveFrom(source)}, with the same refusals.
   *
   * <p>Cost: as {@code solveFrom} on a graph with cycles (the walk over components, boxed), plus
   * O(length) per path asked for.
   *
   * @param semiring a semiring with {@link SemiringProperty#SELECTIVE_PLUS}
   * @throws org.pathsum.semiring.MissingSemiringPropertyException if ⊕ is not selective
   * @throws IllegalArgumentException if {@code source} is not in the graph, the graph is
   *     undirected or a weight is not in the carrier
   */
  public static <V, E, W> WitnessPaths<V, E, W> witnessesFrom(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights, V source) {
    return Solvers.witnesses(graph, semiring, weights, source, false);
  }

  /**
   * Single-target path sums of a selective semiring with, for every vertex, a path to the target
   * that attains its value; see {@link #witnessesFrom}.
   *
   * @param semiring a semiring with {@link SemiringProperty#SELECTIVE_PLUS}
   * @throws org.pathsum.semiring.MissingSemiringPropertyException if ⊕ is not selective
   * @throws IllegalArgumentException if {@code target} is not in the graph, the graph is
   *     undirected or a weight is not in the carrier
   */
  public static <V, E, W> WitnessPaths<V, E, W> witnessesTo(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights, V target) {
    return Solvers.witnesses(graph, semiring, weights, target, true);
  }
}
