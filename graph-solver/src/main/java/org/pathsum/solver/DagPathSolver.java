package org.pathsum.solver;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.PathSums.Direction;

/**
 * Solves algebraic path problems on a directed acyclic graph by evaluating the path equations once,
 * in topological order.
 *
 * <p><b>Algorithm.</b> {@link #solveFrom solveFrom(s)} sets {@code S(s) = 1̄} and {@code S(n) =
 * ⊕_{(m,n)∈E} S(m) ⊗ w(m,n)} for each vertex n reachable from s, in a topological order of that
 * reachable part (Kahn's algorithm). {@link #solveTo solveTo(t)} computes {@code B(t) = 1̄}, {@code
 * B(m) = ⊕_{(m,n)∈E} w(m,n) ⊗ B(n)} as the very same sweep run from t on the {@linkplain
 * EdgeReversedGraph edge-reversed graph} over {@link Semiring#reversed() semiring.reversed()}: a
 * path e₁…eₖ read backwards multiplies as {@code w(eₖ) ⊗ʳ … ⊗ʳ w(e₁) = w(e₁) ⊗ … ⊗ w(eₖ)}, so the
 * reported values are in the original semiring's path order even when ⊗ does not commute. {@link
 * #solveBetween solveBetween(s, t)} (demand solving) runs the sweep from s over the vertices that
 * lie on some s→t path only: reachable from s and co-reachable to t.
 *
 * <p><b>Requirements.</b> The semiring laws of {@link Semiring} (associative ⊗, commutative and
 * associative ⊕, identities, annihilating 0̄, distributivity); no further {@linkplain
 * org.pathsum.semiring.SemiringProperty property} is needed, in particular ⊗ need not commute. The
 * graph must be directed and acyclic; any JGraphT directed graph will do, including multigraphs and
 * pseudographs (where a self-loop is a cycle and is refused). As with JGraphT's algorithms, the
 * graph must not be modified after the solver is built; the weight function is called during each
 * solve and must be a pure function of the edge.
 *
 * <p><b>Edge cases.</b> A vertex's sum to or from itself is {@code one()} (the empty path; on a DAG
 * there is no other). A vertex with no path gets {@code zero()}. Parallel edges are distinct paths:
 * two edges a→b of weights u and v give {@code u ⊕ v}. Isolated vertices are fine.
 *
 * <p><b>Cost.</b> Construction checks acyclicity in O(|V| + |E|) time and memory. {@code
 * solveFrom(s)} costs O(|V_s| + |E_s|), the vertices reachable from s and their outgoing edges: one
 * weight read, one ⊗ and at most one ⊕ per such edge; {@code solveTo} likewise over the vertices
 * that reach t. {@code solveBetween(s, t)} makes two structural searches (no weights read) over the
 * vertices reachable from s, then reads weights and does semiring operations only on edges of the
 * s→t subgraph; edges and vertices outside it are never passed to the weight function. No
 * recursion: a chain of a million vertices needs no deeper stack than a single edge. No topological
 * order of the whole graph is cached: each solve orders just the part it reaches.
 *
 * <p><b>Example.</b> The lecture's F(x, y) = (x + 4y)·((x + y)·y) at (3, 5), each edge labeled with
 * the local partial derivative of its target with respect to its source:
 *
 * <pre>
 *   x=3   y=5   4          operand ──label──► operation
 *                          4 ──5──► 4y         y ──4──► 4y
 *   4y = 20                x ──1──► x+y        y ──1──► x+y
 *   x+y = 8                x ──1──► x+4y      4y ──1──► x+4y
 *   x+4y = 23            x+y ──5──► (x+y)y     y ──8──► (x+y)y
 *   (x+y)y = 40         x+4y ──40─► F     (x+y)y ──23─► F
 *   F = 920
 * </pre>
 *
 * <p>Over {@code Semirings.real()}, {@code solveFrom(x).get(F) = 1·40 + 1·5·23 = 155 = ∂F/∂x}
 * (forward-mode AD) and {@code solveTo(F).get(y) = 4·1·40 + (1·5 + 8)·23 = 459 = ∂F/∂y}
 * (reverse-mode AD, i.e. backpropagation).
 *
 * <p>Instances are immutable; they are thread-safe if the graph and weight function are.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 * @param <W> the weight type
 */
public final class DagPathSolver<V, E, W> implements PathSumSolver<V, W> {

  private final Graph<V, E> graph;
  private final Graph<V, E> reversedGraph;
  private final Semiring<W> semiring;
  private final Function<E, W> weights;

  private DagPathSolver(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights) {
    Dags.requireDirected(graph);
    this.semiring = Objects.requireNonNull(semiring, "semiring");
    this.weights = EdgeWeights.checked(graph, weights);
    Dags.requireAcyclic(graph);
    this.graph = graph;
    this.reversedGraph = new EdgeReversedGraph<>(graph);
  }

  /**
   * A solver for {@code graph} with the weight of each edge given by {@code weights}.
   *
   * @param graph a directed acyclic graph; not modified afterwards
   * @param semiring the semiring of the weights
   * @param weights the weight of each edge; never {@code null}, called during each solve
   * @throws IllegalArgumentException if {@code graph} is not directed
   * @throws NotADagException if {@code graph} has a directed cycle (a self-loop included); it
   *     carries one such cycle
   */
  public static <V, E, W> DagPathSolver<V, E, W> of(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights) {
    return new DagPathSolver<>(graph, semiring, weights);
  }

  /**
   * A solver for {@code graph} weighted by its own {@link Graph#getEdgeWeight edge weights} (1.0
   * for an unweighted graph), e.g. with {@code Semirings.real()}.
   *
   * @param graph a directed acyclic graph; not modified afterwards
   * @param semiring a semiring over {@code Double}, e.g. any {@code DoubleSemiring}
   * @throws IllegalArgumentException if {@code graph} is not directed
   * @throws NotADagException if {@code graph} has a directed cycle
   */
  public static <V, E> DagPathSolver<V, E, Double> ofEdgeWeights(
      Graph<V, E> graph, Semiring<Double> semiring) {
    Objects.requireNonNull(graph, "graph");
    return new DagPathSolver<>(graph, semiring, graph::getEdgeWeight);
  }

  @Override
  public Semiring<W> semiring() {
    return semiring;
  }

  /**
   * {@inheritDoc}
   *
   * <p>O(|V_s| + |E_s|) over the part of the graph reachable from {@code source}.
   */
  @Override
  public PathSums<V, W> solveFrom(V source) {
    Dags.requireVertex(graph, source, "source");
    Map<V, W> sums = ForwardSweep.run(graph, semiring, weights, source, v -> true);
    return new SolvedPathSums<>(semiring, source, Direction.FROM_SOURCE, sums, graph.vertexSet());
  }

  /**
   * {@inheritDoc}
   *
   * <p>The forward sweep on the edge-reversed graph over {@code semiring().reversed()}; O(|V_t| +
   * |E_t|) over the part of the graph that reaches {@code target}. Values are products in path
   * order over {@link #semiring()}.
   */
  @Override
  public PathSums<V, W> solveTo(V target) {
    Dags.requireVertex(graph, target, "target");
    Map<V, W> sums =
        ForwardSweep.run(reversedGraph, semiring.reversed(), weights, target, v -> true);
    return new SolvedPathSums<>(semiring, target, Direction.TO_TARGET, sums, graph.vertexSet());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Only edges between vertices on some {@code source}→{@code target} path are passed to the
   * weight function or combined; {@code one()} if {@code source.equals(target)}.
   */
  @Override
  public W solveBetween(V source, V target) {
    Dags.requireVertex(graph, source, "source");
    Dags.requireVertex(graph, target, "target");
    Set<V> fromSource = Dags.reachable(graph, source, v -> true);
    if (!fromSource.contains(target)) {
      return semiring.zero();
    }
    Set<V> onPaths = Dags.reachable(reversedGraph, target, fromSource::contains);
    return ForwardSweep.run(graph, semiring, weights, source, onPaths::contains).get(target);
  }

  @Override
  public String toString() {
    return "DagPathSolver["
        + semiring.name()
        + ", "
        + graph.vertexSet().size()
        + " vertices, "
        + graph.edgeSet().size()
        + " edges]";
  }
}
