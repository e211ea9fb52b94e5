package org.pathsum.solver;

import java.util.Objects;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;
import org.pathsum.solver.cyclic.DivergentPathSumException;
import org.pathsum.solver.cyclic.InfinitePathSumException;
import org.pathsum.solver.cyclic.NegativeCycleException;
import org.pathsum.solver.cyclic.PathExpressions;
import org.pathsum.solver.cyclic.QueueDiscipline;
import org.pathsum.solver.cyclic.WitnessPaths;
import org.pathsum.solver.elimination.StarElimination;

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
 * <p><b>How a query flows.</b> Every factory compiles the graph once onto the integer core ({@link
 * org.pathsum.solver.compiled.CompiledGraph}): one vertex index, the edges in {@code int} arrays,
 * each edge's weight read once (edges of weight 0̄ are dropped: no path through them counts, and a
 * cycle they close is no cycle), and the strongly connected components computed once and numbered
 * in topological order. Then {@link #forGraph forGraph}
 *
 * <ol>
 *   <li>on an acyclic graph answers every query with one sweep over the topologically numbered
 *       arrays ({@link org.pathsum.solver.compiled.DagSweeps}): primitive {@code double} sweeps for
 *       a {@link org.pathsum.semiring.DoubleSemiring}, boxed ones otherwise. Any semiring, O(|V| +
 *       |E|) per query;
 *   <li>on a graph with cycles walks the condensation in topological order, pushing values along
 *       the edges between components and handing each cyclic component that the query enters to a
 *       {@link ComponentSolver}: for real and log a certified series (the spectral radius of the
 *       component's |weights| is proven below 1, else the query is refused with a {@link
 *       org.pathsum.solver.cyclic.DivergentSeriesException}), solved by Gauss–Seidel; for tropical
 *       and max-plus Dijkstra, or Bellman–Ford that stops at the first improving cycle; for any
 *       other idempotent ⊕ (boolean, bottleneck, gen/kill) residual propagation inside the
 *       component; for another semiring with a Kleene star ({@linkplain PathExpressions path
 *       expressions}) exact star elimination; for any other semiring (counting, symbolic) a
 *       refusal, since infinitely many paths go round.
 * </ol>
 *
 * <p>The out-adjacency is built for forward queries and the in-adjacency only when a backward
 * query ({@code solveTo}) needs it (the DAG sweeps need only the latter).
 *
 * <p><b>Refusals.</b> Where the answer is undefined the queries throw a subtype of {@link
 * org.pathsum.semiring.PathSumException} that carries a responsible cycle of the graph's own
 * vertices: {@link InfinitePathSumException} (counting with a cycle on the paths), {@link
 * NegativeCycleException} (tropical with a negative cycle, max-plus with a positive one, with the
 * cycle's weight), {@link DivergentPathSumException} (real or log whose series is not proven to
 * converge), {@link org.pathsum.solver.cyclic.CarrierOverflowException} (a value leaves the
 * doubles). Only the
 * paths a query asks about matter: a cycle the source cannot reach does not stop {@code
 * solveFrom}, and {@code solveBetween} looks only at vertices on source–target paths.
 *
 * <p>Solvers snapshot the graph and weights when created; later changes to the graph are not seen.
 * They are immutable and thread-safe. Parallel edges are distinct paths; self-loops are cycles.
 */
public final class PathSumSolvers {

  /** Extra queue pops per vertex allowed beyond |V| for semirings that are not selective. */
  public static final long EXTRA_POPS_NON_SELECTIVE = 100_000;

  private PathSumSolvers() {}

  /**
   * A solver that picks a correct algorithm for {@code semiring} on {@code graph}, as described in
   * the class comment. Creating it costs O(|V| + |E|) and one call of {@code weights} per edge.
   *
   * @param graph a directed graph; self-loops and parallel edges are allowed
   * @param semiring the semiring
   * @param weights the weight of each edge; never null
   * @throws IllegalArgumentException if the graph is undirected
   * @throws NullPointerException if a weight is null, naming the edge
   */
  public static <V, E, W> PathSumSolver<V, W> forGraph(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights) {
    SolverGraph<V, E, W> sg = SolverGraph.compile(graph, semiring, weights);
    if (sg.compiled.isAcyclic()) {
      return new CompiledDagSolver<>(sg);
    }
    return new CondensationSolver<>(sg, componentStrategy(semiring));
  }

  /**
   * {@link #forGraph} on a graph given as integer arrays rather than a JGraphT graph: vertex {@code
   * i} is {@code vertices.get(i)}, edge {@code e} runs from {@code from[e]} to {@code to[e]} and
   * weighs {@code weights.apply(e)}. The same solvers, strategies and refusals (a refusal's cycle
   * lists {@code vertices}); meant for readers that intern vertex names to ids while streaming a
   * file, so that no graph object and no per-edge object exists before compiling (a {@code
   * double} weight is boxed once here, as {@link #forGraph} does; the {@code double[]} overload
   * boxes none). Results list the vertices in the order of {@code vertices}.
   *
   * <p>Cost O(|V| + |E|) and one call of {@code weights} per edge; the arrays are read, not kept.
   *
   * @param vertices the distinct vertices
   * @param from the source index of each edge, {@code 0 ≤ from[e] < vertices.size()}
   * @param to the target index of each edge, same length as {@code from}
   * @param weights the weight of edge {@code e}, never null; 0̄ drops the edge
   * @param semiring the semiring
   * @throws IllegalArgumentException if the arrays differ in length, an index is out of range or
   *     a vertex is listed twice (naming it)
   * @throws NullPointerException if a weight is null, naming the edge index
   */
  public static <V, W> PathSumSolver<V, W> forEdgeArrays(
      java.util.List<V> vertices,
      int[] from,
      int[] to,
      java.util.function.IntFunction<? extends W> weights,
      Semiring<W> semiring) {
    SolverGraph<V, Integer, W> sg = SolverGraph.compile(vertices, from, to, weights, semiring);
    if (sg.compiled.isAcyclic()) {
      return new CompiledDagSolver<>(sg);
    }
    return new CondensationSolver<>(sg, componentStrategy(semiring));
  }

  /**
   * {@link #forEdgeArrays(java.util.List, int[], int[], java.util.function.IntFunction, Semiring)}
   * with the weights in a {@code double[]}, for a {@link org.pathsum.semiring.DoubleSemiring}
   * (real, log, tropical, max-plus, viterbi, bottleneck…): the same solvers, answers and refusals,
   * but no weight is ever boxed and no function is called per edge — the compiled graph keeps the
   * weights as {@code double}s only. Meant for readers that parse weights straight into primitive
   * arrays. Results list the vertices in the order of {@code vertices}.
   *
   * <p>Cost O(|V| + |E|): one pass over the arrays (read, not kept), one hash map of the vertices
   * (which is also the check that they are distinct), the components.
   *
   * @param vertices the distinct vertices
   * @param from the source index of each edge, {@code 0 ≤ from[e] < vertices.size()}
   * @param to the target index of each edge, same length as {@code from}
   * @param weights the weight of edge {@code e} at index {@code e}, same length as {@code from};
   *     0̄ ({@link org.pathsum.semiring.DoubleSemiring#isZeroAsDouble}) drops the edge
   * @param semiring the semiring
   * @throws IllegalArgumentException if the arrays differ in length, an index is out of range or
   *     a vertex is listed twice (naming it)
   */
  public static <V> PathSumSolver<V, Double> forEdgeArrays(
      java.util.List<V> vertices,
      int[] from,
      int[] to,
      double[] weights,
      org.pathsum.semiring.DoubleSemiring semiring) {
    SolverGraph<V, Integer, Double> sg = SolverGraph.compile(vertices, from, to, weights, semiring);
    if (sg.compiled.isAcyclic()) {
      return new CompiledDagSolver<>(sg);
    }
    return new CondensationSolver<>(sg, componentStrategy(semiring));
  }

  /**
   * {@link #forGraph} weighted by the graph's own {@link Graph#getEdgeWeight edge weights} (1.0 for
   * an unweighted graph), for any semiring over {@code Double}: {@code
   * ofEdgeWeights(g, Semirings.tropical()).solveFrom(v)} is Dijkstra's or Bellman–Ford's answer.
   *
   * @throws IllegalArgumentException if the graph is undirected
   */
  public static <V, E> PathSumSolver<V, Double> ofEdgeWeights(
      Graph<V, E> graph, Semiring<Double> semiring) {
    Objects.requireNonNull(graph, "graph");
    return forGraph(graph, semiring, graph::getEdgeWeight);
  }

  /**
   * A solver for a directed <em>acyclic</em> graph that refuses a graph with a cycle at once,
   * rather than when a query meets it: the compiled sweeps of {@link #forGraph} on a DAG.
   *
   * @throws IllegalArgumentException if the graph is undirected
   * @throws NotADagException if the graph has a directed cycle (a self-loop is one, and so is a
   *     cycle through edges of weight 0̄); it carries one such cycle
   */
  public static <V, E, W> PathSumSolver<V, W> forDag(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights) {
    SolverGraph<V, E, W> sg = SolverGraph.compile(graph, semiring, weights, false);
    return new CompiledDagSolver<>(sg);
  }

  /**
   * The per-component strategy {@link #forGraph} uses for {@code semiring}: the array-level
   * strategies for real, log, tropical and max-plus ({@link DoubleComponentSolvers}); otherwise
   * residual propagation for an idempotent ⊕, star elimination for a semiring with a star, none
   * (a refusal) otherwise.
   */
  static <W> ComponentSolver<W> componentStrategy(Semiring<W> semiring) {
    ComponentSolver<W> arrays = DoubleComponentSolvers.forSemiring(semiring);
    if (arrays != null) {
      return arrays;
    }
    if (semiring.has(SemiringProperty.IDEMPOTENT_PLUS)) {
      return new ResidualComponentSolver<>();
    }
    if (semiring.has(SemiringProperty.STAR)) {
      return StarElimination.instance();
    }
    return null;
  }

  /**
   * Exact solving with the semiring's Kleene star (Tarjan's path-expression approach): the
   * condensation in topological order, then Gaussian elimination inside each component with a
   * cycle, {@code x_k = (…) ⊗ A[k][k]*}. For the real semiring on a graph whose cycles are
   * contractive this is the exact sum of the geometric series, {@code (I − A)⁻¹}; for the
   * {@linkplain PathExpressions path-expression semiring} it is the regular expression of all
   * paths.
   *
   * <p><b>Requirements.</b> {@link SemiringProperty#STAR} if a cycle lies on the paths asked about
   * (an acyclic graph needs nothing). A star that diverges on a cycle (real with {@code |a| ≥ 1},
   * tropical with {@code a < 0}) makes the query throw {@link DivergentPathSumException} or, for a
   * selective semiring with an improving cycle, {@link NegativeCycleException}; without a star a
   * cycle gives {@link InfinitePathSumException} if ⊕ is not idempotent.
   *
   * <p><b>Cost.</b> O(|V| + |E|) outside cycles; inside a component of m vertices, elimination in
   * Markowitz order: O(m) on a simple cycle, O(m³) at worst for a dense component.
   *
   * @throws IllegalArgumentException if the graph is undirected
   * @throws NullPointerException if a weight is null, naming the edge
   */
  public static <V, E, W> PathSumSolver<V, W> starElimination(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights) {
    SolverGraph<V, E, W> sg = SolverGraph.compile(graph, semiring, weights);
    return new CondensationSolver<>(
        sg, semiring.has(SemiringProperty.STAR) ? StarElimination.instance() : null);
  }

  /**
   * Mohri's generic single-source shortest-distance algorithm over the whole graph: propagates
   * residuals, not totals, so that a non-idempotent ⊕ never counts a path twice, and drops a
   * residual once adding it leaves a vertex's value {@linkplain Semiring#equivalent equivalent}.
   *
   * <p><b>Termination.</b> It converges for idempotent semirings without infinite ascending chains
   * and for k-closed ones, and (to the semiring's tolerance) for the real semiring on graphs whose
   * cycles are contractive. As a safeguard each vertex may be taken off the queue at most {@code
   * |V| + 1} times for a selective semiring under {@link QueueDiscipline#FIFO} or {@link
   * QueueDiscipline#SCC_ORDER} (the Bellman–Ford bound: more proves an improving cycle), and {@code
   * |V| +} {@value #EXTRA_POPS_NON_SELECTIVE} times otherwise; see {@link #residual(Graph,
   * Semiring, Function, QueueDiscipline, long)} to choose the bound.
   *
   * <p><b>Cost.</b> Each pop of vertex v costs O(outdeg v) semiring operations (plus O(log |V|)
   * under {@link QueueDiscipline#SHORTEST_FIRST}). With SCC order an acyclic graph is one sweep,
   * O(|V| + |E|); a selective semiring under FIFO costs O(|V| · |E|) at worst.
   *
   * @param discipline the queue order; {@link QueueDiscipline#SHORTEST_FIRST} needs {@link
   *     SemiringProperty#SELECTIVE_PLUS}
   * @throws IllegalArgumentException if the graph is undirected
   * @throws NullPointerException if a weight is null, naming the edge
   * @throws org.pathsum.semiring.MissingSemiringPropertyException for shortest-first without a
   *     selective ⊕
   */
  public static <V, E, W> PathSumSolver<V, W> residual(
      Graph<V, E> graph,
      Semiring<W> semiring,
      Function<? super E, ? extends W> weights,
      QueueDiscipline discipline) {
    Objects.requireNonNull(discipline, "discipline");
    SolverGraph<V, E, W> sg = SolverGraph.compile(graph, semiring, weights);
    return new ResidualSolver<>(
        sg, discipline, defaultMaxPops(semiring, discipline, sg.g.vertexCount()));
  }

  /**
   * {@link #residual(Graph, Semiring, Function, QueueDiscipline)} with an explicit bound: a solve
   * in which some vertex is taken off the queue more than {@code maxPopsPerVertex} times throws a
   * {@link DivergentPathSumException} naming a cycle upstream of it ({@link NegativeCycleException}
   * if the semiring is selective and an improving cycle exists).
   *
   * @param maxPopsPerVertex the bound, at least 1
   * @throws IllegalArgumentException if the bound is below 1 or the graph is undirected
   */
  public static <V, E, W> PathSumSolver<V, W> residual(
      Graph<V, E> graph,
      Semiring<W> semiring,
      Function<? super E, ? extends W> weights,
      QueueDiscipline discipline,
      long maxPopsPerVertex) {
    Objects.requireNonNull(discipline, "discipline");
    return new ResidualSolver<>(
        SolverGraph.compile(graph, semiring, weights), discipline, maxPopsPerVertex);
  }

  /**
   * Single-source path sums of a selective semiring with a witness path for every vertex: a path
   * whose ⊗-product attains the vertex's value (shortest, widest, most probable…), as a JGraphT
   * {@link org.jgrapht.GraphPath}.
   *
   * <p>Runs residual propagation with predecessor edges: shortest-first (Dijkstra, O((|V| + |E|)
   * log |V|)) when no edge weight improves on the empty path ({@code 1̄ ⊕ w = 1̄}), otherwise FIFO
   * in SCC order (Bellman–Ford, O(|V| · |E|) at worst).
   *
   * @param semiring a semiring with {@link SemiringProperty#SELECTIVE_PLUS}
   * @param source the vertex every path starts at
   * @throws org.pathsum.semiring.MissingSemiringPropertyException if ⊕ is not selective
   * @throws NegativeCycleException if a cycle reachable from the source improves every path through
   *     it (a negative tropical cycle)
   * @throws IllegalArgumentException if {@code source} is not in the graph or the graph is
   *     undirected
   * @throws NullPointerException if a weight is null, naming the edge
   */
  public static <V, E, W> WitnessPaths<V, E, W> witnesses(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights, V source) {
    semiring.require("witness paths", SemiringProperty.SELECTIVE_PLUS);
    SolverGraph<V, E, W> sg = SolverGraph.compile(graph, semiring, weights);
    int s = sg.index.indexOf(source, "source");
    WeightedCsr<W> csr = sg.csr(false);
    QueueDiscipline discipline =
        noWeightImproves(csr, semiring)
            ? QueueDiscipline.SHORTEST_FIRST
            : QueueDiscipline.SCC_ORDER;
    ResidualSolver<V, E, W> solver =
        new ResidualSolver<>(sg, discipline, defaultMaxPops(semiring, discipline, csr.size()));
    ResidualIteration<W> run = solver.iterate(s, false, sg.reachable(s, false));
    return new ResidualWitnessPaths<>(graph, sg, csr, s, run);
  }

  /** Whether every edge weight w of {@code g} has {@code 1̄ ⊕ w ≡ 1̄}: no edge improves a path. */
  static <W> boolean noWeightImproves(WeightedCsr<W> g, Semiring<W> semiring) {
    W one = semiring.one();
    for (int i = 0; i < g.edgeCount(); i++) {
      if (!semiring.equivalent(semiring.plus(one, g.weight(i)), one)) {
        return false;
      }
    }
    return true;
  }

  /** The default bound on queue pops per vertex (see {@link #residual}). */
  static long defaultMaxPops(Semiring<?> semiring, QueueDiscipline discipline, int n) {
    if (semiring.has(SemiringProperty.SELECTIVE_PLUS)
        && discipline != QueueDiscipline.SHORTEST_FIRST) {
      return n + 1L;
    }
    return n + EXTRA_POPS_NON_SELECTIVE;
  }
}
