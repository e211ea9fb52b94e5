package org.pathsum.solver.compiled;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.jgrapht.Graph;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.NotADagException;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSums;
import org.pathsum.solver.PathSums.Direction;

/**
 * A {@link PathSumSolver} for a JGraphT DAG that compiles the graph once ({@link
 * CompiledDag#compile}) and answers every query with the array sweeps of {@link DagSweeps}: the
 * compiled fast path behind the same contract as the JGraphT-based solvers.
 *
 * <p><b>Algorithm.</b> {@code solveFrom(s)} is the forward sweep from s, {@code solveTo(t)} the
 * backward sweep to t (products in path order, so ⊗ need not commute), {@code solveBetween(s, t)}
 * the demand sweep over the vertices numbered between s and t. For a {@link DoubleSemiring} (real,
 * tropical, …) the weights live in a {@code double[]} and the primitive sweeps run; for any other
 * semiring the boxed ones do.
 *
 * <p><b>Requirements.</b> The semiring laws, with 0̄ annihilating every weight that occurs (see
 * {@link DagSweeps}); a directed acyclic graph, parallel edges allowed.
 *
 * <p><b>Edge cases.</b> A vertex's sum to or from itself is {@code one()}; a vertex with no path
 * gets {@code zero()}.
 *
 * <p><b>Cost.</b> Construction: O(|V| + |E|) time to sort and compile, and one call of the weight
 * function per edge (the weights are read once, unlike a solver that calls it per solve). Memory:
 * the {@link CompiledDag} (8 to 12 bytes per edge, 8 per vertex), the weights (8 bytes per edge for
 * a {@code DoubleSemiring}, a reference per edge otherwise), the list of edges and the
 * vertex-to-index hash map. Each solve: O(|V| + |E|) for the sweep and a result array of n values;
 * {@code solveBetween} only the index range from s to t.
 *
 * <p>Immutable and thread-safe; later changes to the graph are not seen.
 *
 * @param <V> the vertex type
 * @param <W> the weight type
 */
public final class CompiledPathSumSolver<V, W> implements PathSumSolver<V, W> {

  private final Semiring<W> semiring;
  private final CompiledGraph<V, ?> compiled;
  private final List<V> graphOrder;
  private final double[] primitiveWeights; // set iff semiring is a DoubleSemiring
  private final List<W> weights; // set otherwise

  private <E> CompiledPathSumSolver(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weightOf) {
    this.semiring = Objects.requireNonNull(semiring, "semiring");
    Objects.requireNonNull(weightOf, "weights");
    CompiledGraph<V, E> c = CompiledDag.compile(graph);
    this.compiled = c;
    this.graphOrder = List.copyOf(new ArrayList<>(graph.vertexSet()));
    if (semiring instanceof DoubleSemiring) {
      ToDoubleFunction<E> unboxed =
          e -> (Double) Objects.requireNonNull(weightOf.apply(e), () -> "weight of edge " + e);
      this.primitiveWeights = c.weights(unboxed);
      this.weights = null;
    } else {
      this.primitiveWeights = null;
      this.weights = c.weights(weightOf);
    }
  }

  /**
   * A solver for {@code graph} with the weight of each edge given by {@code weights}.
   *
   * @param graph a directed acyclic graph
   * @param semiring the semiring of the weights
   * @param weights the weight of each edge, called once per edge now; never {@code null}
   * @throws IllegalArgumentException if {@code graph} is not directed
   * @throws NotADagException if {@code graph} has a directed cycle; it carries one
   * @throws NullPointerException if {@code weights} returns null, naming the edge
   */
  public static <V, E, W> CompiledPathSumSolver<V, W> of(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights) {
    return new CompiledPathSumSolver<>(graph, semiring, weights);
  }

  /**
   * A solver for {@code graph} weighted by its own {@link Graph#getEdgeWeight edge weights} (1.0
   * for an unweighted graph).
   *
   * @throws IllegalArgumentException if {@code graph} is not directed
   * @throws NotADagException if {@code graph} has a directed cycle
   */
  public static <V, E> CompiledPathSumSolver<V, Double> ofEdgeWeights(
      Graph<V, E> graph, Semiring<Double> semiring) {
    Objects.requireNonNull(graph, "graph");
    return new CompiledPathSumSolver<>(graph, semiring, graph::getEdgeWeight);
  }

  @Override
  public Semiring<W> semiring() {
    return semiring;
  }

  /**
   * {@inheritDoc}
   *
   * <p>One forward sweep, O(|V| + |E|).
   */
  @Override
  public PathSums<V, W> solveFrom(V source) {
    int s = compiled.indexOf(source);
    return new CompiledPathSums<>(
        semiring, source, Direction.FROM_SOURCE, compiled, graphOrder, sweep(s, true));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One backward sweep, O(|V| + |E|).
   */
  @Override
  public PathSums<V, W> solveTo(V target) {
    int t = compiled.indexOf(target);
    return new CompiledPathSums<>(
        semiring, target, Direction.TO_TARGET, compiled, graphOrder, sweep(t, false));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One demand sweep over the vertices numbered from source to target.
   */
  @Override
  @SuppressWarnings("unchecked")
  public W solveBetween(V source, V target) {
    int s = compiled.indexOf(source);
    int t = compiled.indexOf(target);
    CompiledDag dag = compiled.dag();
    if (primitiveWeights != null) {
      return (W) (Double) DagSweeps.between(dag, (DoubleSemiring) semiring, primitiveWeights, s, t);
    }
    return DagSweeps.between(dag, semiring, weights, s, t);
  }

  @SuppressWarnings("unchecked")
  private List<W> sweep(int anchor, boolean forward) {
    CompiledDag dag = compiled.dag();
    if (primitiveWeights != null) {
      DoubleSemiring s = (DoubleSemiring) semiring;
      double[] values =
          forward
              ? DagSweeps.forward(dag, s, primitiveWeights, anchor)
              : DagSweeps.backward(dag, s, primitiveWeights, anchor);
      List<Double> boxed = new ArrayList<>(values.length);
      for (double x : values) {
        boxed.add(x);
      }
      return (List<W>) boxed;
    }
    return forward
        ? DagSweeps.forward(dag, semiring, weights, anchor)
        : DagSweeps.backward(dag, semiring, weights, anchor);
  }

  @Override
  public String toString() {
    return "CompiledPathSumSolver[" + semiring.name() + ", " + compiled + "]";
  }
}
