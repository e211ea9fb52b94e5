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
 * <p>Every solver snapshots the graph and its edge weights when it is created (later changes to
 * the graph are not seen) and answers forward ({@code solveFrom}), backward ({@code solveTo}) and
 * demand ({@code solveBetween}) queries. Edges whose weight is the semiring's zero are ignored.
 * Parallel edges are distinct paths; self-loops are cycles.
 */
public final class PathSumSolvers {

  /** Extra queue pops per vertex allowed beyond |V| for semirings that are not selective. */
  public static final long EXTRA_POPS_NON_SELECTIVE = 100_000;

  private PathSumSolvers() {}

  /**
   * Mohri's generic single-source shortest-distance algorithm: propagates residuals, not totals, so
   * that a non-idempotent ⊕ never counts a path twice, and drops a residual once adding it leaves a
   * vertex's value {@linkplain Semiring#equivalent equivalent}.
   *
   * <p><b>Termination.</b> It converges for idempotent semirings without infinite ascending chains
   * and for k-closed ones, and (to the semiring's tolerance) for the real semiring on graphs whose
   * cycles are contractive. As a safeguard each vertex may be taken off the queue at most {@code
   * |V| + 1} times for a selective semiring under {@link QueueDiscipline#FIFO} or {@link
   * QueueDiscipline#SCC_ORDER} (the Bellman–Ford bound: more proves an improving cycle), and
   * {@code |V| +} {@value #EXTRA_POPS_NON_SELECTIVE} times otherwise; see {@link #residual(Graph,
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
   * @throws IllegalArgumentException if the graph is undirected or a weight is null
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

  static long defaultMaxPops(Semiring<?> semiring, QueueDiscipline discipline, int n) {
    if (semiring.has(SemiringProperty.SELECTIVE_PLUS)
        && discipline != QueueDiscipline.SHORTEST_FIRST) {
      return n + 1L;
    }
    return n + EXTRA_POPS_NON_SELECTIVE;
  }
}
