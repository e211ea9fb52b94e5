package org.pathsum.solver.cyclic;

import java.util.Objects;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;
import org.pathsum.solver.PathSumSolver;

/**
 * Static factories for path-problem solvers on directed graphs that may have cycles.
 *
 * <p>Every solver snapshots the graph and its edge weights when it is created (later changes to the
 * graph are not seen) and answers forward ({@code solveFrom}), backward ({@code solveTo}) and
 * demand ({@code solveBetween}) queries. Edges whose weight is the semiring's zero are ignored.
 * Parallel edges are distinct paths; self-loops are cycles.
 */
public final class PathSumSolvers {

  /** Extra queue pops per vertex allowed beyond |V| for semirings that are not selective. */
  public static final long EXTRA_POPS_NON_SELECTIVE = 100_000;

  private PathSumSolvers() {}

  /**
   * A solver that picks a correct algorithm for {@code semiring} on {@code graph}, for callers
   * (such as the command line) that do not want to choose:
   *
   * <ol>
   *   <li>an acyclic graph: one topological sweep, O(|V| + |E|), any semiring;
   *   <li>a selective semiring in which no edge weight improves on the empty path ({@code 1̄ ⊕ w =
   *       1̄}: non-negative tropical, boolean, bottleneck, Viterbi): {@linkplain
   *       QueueDiscipline#SHORTEST_FIRST shortest-first} residual propagation, i.e. Dijkstra,
   *       O((|V| + |E|) log |V|);
   *   <li>any other idempotent semiring (tropical with negative weights, gen/kill dataflow): the
   *       {@linkplain #residual residual solver} in {@linkplain QueueDiscipline#SCC_ORDER SCC
   *       order}, which is a sweep outside cycles and Bellman–Ford inside them, O(|V| · |E|) at
   *       worst rather than the cubic worst case of elimination;
   *   <li>a semiring with a star (real, log, path expressions): {@linkplain #starElimination star
   *       elimination}, exact;
   *   <li>otherwise (counting, symbolic): the sweep, which sums the acyclic part exactly and
   *       refuses a cycle on the paths asked about.
   * </ol>
   *
   * <p>Where the answer is undefined the queries throw an {@link IllegalArgumentException} that
   * carries a responsible cycle: {@link InfinitePathSumException} (counting with a cycle on the
   * paths: infinitely many), {@link NegativeCycleException} (tropical with a negative cycle,
   * max-plus with a positive one), {@link DivergentPathSumException} (real with a non-contractive
   * cycle). Only the paths a query asks about matter: a cycle that the source cannot reach does not
   * stop {@code solveFrom}, and {@code solveBetween} looks only at vertices on source–target paths.
   *
   * <p>Creating the solver costs O(|V| + |E|) plus one pass over the weights.
   *
   * @param graph a directed graph; self-loops and parallel edges are allowed
   * @param semiring the semiring
   * @param weights the weight of each edge; never null
   * @throws IllegalArgumentException if the graph is undirected
   * @throws NullPointerException if a weight is null, naming the edge
   */
  public static <V, E, W> PathSumSolver<V, W> forGraph(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights) {
    IndexedGraph<V, E, W> g = IndexedGraph.of(graph, semiring, weights);
    if (isAcyclic(g)) {
      return new SccEliminationSolver<>(semiring, g);
    }
    if (semiring.has(SemiringProperty.SELECTIVE_PLUS) && noWeightImproves(g, semiring)) {
      return new ResidualPathSolver<>(
          semiring,
          g,
          QueueDiscipline.SHORTEST_FIRST,
          defaultMaxPops(semiring, QueueDiscipline.SHORTEST_FIRST, g.vertexCount()));
    }
    if (semiring.has(SemiringProperty.IDEMPOTENT_PLUS)) {
      return new ResidualPathSolver<>(
          semiring,
          g,
          QueueDiscipline.SCC_ORDER,
          defaultMaxPops(semiring, QueueDiscipline.SCC_ORDER, g.vertexCount()));
    }
    return new SccEliminationSolver<>(semiring, g);
  }

  /**
   * Exact solving with the semiring's Kleene star (Tarjan's path-expression approach): strongly
   * connected components in topological order, then Gaussian elimination inside each component with
   * a cycle, {@code x_k = (…) ⊗ A[k][k]*}. For the real semiring on a graph whose cycles are
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
   * <p>For the real semiring with non-negative weights the pivots stay below 1 exactly when the
   * spectral radius of the weight matrix is below 1, so the solve succeeds exactly when the series
   * converges. With weights of mixed sign elimination can succeed where the series does not
   * converge absolutely; it then returns {@code (I − A)⁻¹} all the same.
   *
   * <p><b>Cost.</b> O(|V| + |E|) outside cycles; inside a component of m vertices, elimination in
   * Markowitz order: O(m) on a simple cycle, O(m³) at worst for a dense component.
   *
   * @param graph a directed graph; self-loops and parallel edges are allowed
   * @param semiring the semiring
   * @param weights the weight of each edge; never null
   * @throws IllegalArgumentException if the graph is undirected
   * @throws NullPointerException if a weight is null, naming the edge
   */
  public static <V, E, W> PathSumSolver<V, W> starElimination(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights) {
    return new SccEliminationSolver<>(semiring, IndexedGraph.of(graph, semiring, weights));
  }

  /**
   * Mohri's generic single-source shortest-distance algorithm: propagates residuals, not totals, so
   * that a non-idempotent ⊕ never counts a path twice, and drops a residual once adding it leaves a
   * vertex's value {@linkplain Semiring#equivalent equivalent}.
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
   * @param graph a directed graph; self-loops and parallel edges are allowed
   * @param semiring the semiring
   * @param weights the weight of each edge; never null
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
    IndexedGraph<V, E, W> g = IndexedGraph.of(graph, semiring, weights);
    return new ResidualPathSolver<>(
        semiring, g, discipline, defaultMaxPops(semiring, discipline, g.vertexCount()));
  }

  /**
   * {@link #residual(Graph, Semiring, Function, QueueDiscipline)} with an explicit bound: a solve
   * in which some vertex is taken off the queue more than {@code maxPopsPerVertex} times throws a
   * {@link DivergentPathSumException} naming a cycle upstream of it ({@link NegativeCycleException}
   * if the semiring is selective and an improving cycle exists).
   *
   * @param maxPopsPerVertex the bound, at least 1
   */
  public static <V, E, W> PathSumSolver<V, W> residual(
      Graph<V, E> graph,
      Semiring<W> semiring,
      Function<? super E, ? extends W> weights,
      QueueDiscipline discipline,
      long maxPopsPerVertex) {
    Objects.requireNonNull(discipline, "discipline");
    return new ResidualPathSolver<>(
        semiring, IndexedGraph.of(graph, semiring, weights), discipline, maxPopsPerVertex);
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
   * @param graph a directed graph; self-loops and parallel edges are allowed
   * @param semiring a semiring with {@link SemiringProperty#SELECTIVE_PLUS}
   * @param weights the weight of each edge; never null
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
    IndexedGraph<V, E, W> g = IndexedGraph.of(graph, semiring, weights);
    int s = g.indexOf(source, "source");
    QueueDiscipline discipline =
        noWeightImproves(g, semiring) ? QueueDiscipline.SHORTEST_FIRST : QueueDiscipline.SCC_ORDER;
    ResidualPathSolver<V, E, W> solver =
        new ResidualPathSolver<>(
            semiring, g, discipline, defaultMaxPops(semiring, discipline, g.vertexCount()));
    ResidualIteration<W> run = solver.iterate(g, semiring, s, g.reachableFrom(s), false);
    return new ResidualWitnessPaths<>(graph, g, semiring, s, run);
  }

  private static boolean isAcyclic(IndexedGraph<?, ?, ?> g) {
    boolean[] all = new boolean[g.vertexCount()];
    java.util.Arrays.fill(all, true);
    Components comps = Components.of(g, all);
    for (int c = 0; c < comps.count(); c++) {
      if (comps.cyclic[c]) {
        return false;
      }
    }
    return true;
  }

  private static <W> boolean noWeightImproves(IndexedGraph<?, ?, W> g, Semiring<W> semiring) {
    W one = semiring.one();
    for (int i = 0; i < g.head.length; i++) {
      if (!semiring.equivalent(semiring.plus(one, g.weightAt(i)), one)) {
        return false;
      }
    }
    return true;
  }

  static long defaultMaxPops(Semiring<?> semiring, QueueDiscipline discipline, int n) {
    if (semiring.has(SemiringProperty.SELECTIVE_PLUS)
        && discipline != QueueDiscipline.SHORTEST_FIRST) {
      return n + 1L;
    }
    return n + EXTRA_POPS_NON_SELECTIVE;
  }
}
