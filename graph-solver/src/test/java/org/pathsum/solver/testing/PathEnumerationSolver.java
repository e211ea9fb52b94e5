package org.pathsum.solver.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jgrapht.Graph;
import java.util.LinkedHashMap;
import org.jgrapht.alg.cycle.CycleDetector;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSums;
import org.pathsum.solver.PathSums.Direction;

/**
 * The declarative reference solver: enumerates every path explicitly and ⊕-sums the ⊗-products of
 * their edge weights, exactly as the definition reads: {@code S(s, n) = ⊕} over the paths e₁…eₖ
 * from s to n of {@code w(e₁) ⊗ w(e₂) ⊗ … ⊗ w(eₖ)}. It works on the JGraphT graph itself and
 * shares nothing with the front door (no compiled core, no sweep), which makes it the oracle for
 * testing the solvers on small graphs.
 *
 * <p><b>Algorithm.</b> Depth-first enumeration with an explicit stack, from the source along
 * outgoing edges; parallel edges are distinct paths. The product of a path is accumulated left to
 * right, {@code ((1̄ ⊗ w(e₁)) ⊗ w(e₂)) ⊗ …}, and added with ⊕ to the sum of the vertex it ends in,
 * which starts at {@code zero()}; the empty path adds {@code one()} at the source. {@link #solveTo
 * solveTo(t)} enumerates forward from every vertex and keeps the paths that end at t, so it never
 * relies on reversing anything; {@link #solveBetween} enumerates from the source.
 *
 * <p><b>Requirements.</b> Any {@link Semiring}; a directed acyclic graph (a graph with a cycle has
 * infinitely many paths and is refused with {@link IllegalArgumentException} at construction).
 *
 * <p><b>Cost.</b> Exponential: proportional to the number of paths, which can be 2^(|V|/2) and more
 * with parallel edges. Each enumeration from one start vertex stops with a {@link
 * PathLimitExceededException} once it would exceed {@code maxPaths} non-empty paths; {@code
 * solveFrom} and {@code solveBetween} run one enumeration, {@code solveTo} one from every vertex,
 * so it costs up to |V| times as much. Only for small graphs and tests. No recursion: the stack is
 * a heap-allocated deque.
 *
 * <p>Instances are immutable; the graph must not be modified after construction.
 *
 * @param <V> the vertex type
 * @param <E> the edge type
 * @param <W> the weight type
 */
public final class PathEnumerationSolver<V, E, W> implements PathSumSolver<V, W> {

  /** The path limit of {@link #of(Graph, Semiring, Function)}. */
  public static final long DEFAULT_MAX_PATHS = 1_000_000L;

  private final Graph<V, E> graph;
  private final Semiring<W> semiring;
  private final Function<E, W> weights;
  private final long maxPaths;

  private PathEnumerationSolver(
      Graph<V, E> graph,
      Semiring<W> semiring,
      Function<? super E, ? extends W> weights,
      long maxPaths) {
    if (!graph.getType().isDirected() || new CycleDetector<>(graph).detectCycles()) {
      throw new IllegalArgumentException("path enumeration needs a directed acyclic graph");
    }
    this.semiring = Objects.requireNonNull(semiring, "semiring");
    Objects.requireNonNull(weights, "weights");
    this.weights =
        e ->
            Objects.requireNonNull(
                weights.apply(e),
                () ->
                    "the weight function returned null for edge "
                        + e
                        + "; return a weight of the semiring");
    if (maxPaths < 0) {
      throw new IllegalArgumentException("maxPaths must be >= 0, got " + maxPaths);
    }
    this.maxPaths = maxPaths;
    this.graph = graph;
  }

  /**
   * A reference solver enumerating at most {@link #DEFAULT_MAX_PATHS} paths per query.
   *
   * @throws IllegalArgumentException if {@code graph} is not directed
   * @throws IllegalArgumentException if {@code graph} has a directed cycle
   */
  public static <V, E, W> PathEnumerationSolver<V, E, W> of(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights) {
    return new PathEnumerationSolver<>(graph, semiring, weights, DEFAULT_MAX_PATHS);
  }

  /**
   * A reference solver enumerating at most {@code maxPaths} paths per query.
   *
   * @param maxPaths the most non-empty paths one query may enumerate; at least 0
   * @throws IllegalArgumentException if {@code graph} is not directed or {@code maxPaths < 0}
   * @throws IllegalArgumentException if {@code graph} has a directed cycle
   */
  public static <V, E, W> PathEnumerationSolver<V, E, W> of(
      Graph<V, E> graph,
      Semiring<W> semiring,
      Function<? super E, ? extends W> weights,
      long maxPaths) {
    return new PathEnumerationSolver<>(graph, semiring, weights, maxPaths);
  }

  /**
   * Every path from {@code source} as its list of edges, by the vertex it ends in: the empty path
   * at the source, a vertex that no path reaches mapped to an empty list, parallel edges giving
   * distinct paths. The same depth-first enumeration with an explicit stack as the sums, for tests
   * that need the paths themselves (marginals, the k best paths, weights the sums do not carry).
   *
   * @throws PathLimitExceededException past {@link #DEFAULT_MAX_PATHS} non-empty paths (which a
   *     graph with a cycle reaches)
   */
  public static <V, E> Map<V, List<List<E>>> pathsFrom(Graph<V, E> graph, V source) {
    Map<V, List<List<E>>> out = new HashMap<>();
    for (V v : graph.vertexSet()) {
      out.put(v, new ArrayList<>());
    }
    out.get(source).add(List.of());
    ArrayDeque<Iterator<E>> stack = new ArrayDeque<>();
    List<E> prefix = new ArrayList<>(); // the path to the top frame's vertex
    stack.push(graph.outgoingEdgesOf(source).iterator());
    long paths = 0;
    while (!stack.isEmpty()) {
      Iterator<E> edges = stack.peek();
      if (!edges.hasNext()) {
        stack.pop();
        if (!prefix.isEmpty()) {
          prefix.remove(prefix.size() - 1);
        }
        continue;
      }
      E e = edges.next();
      if (++paths > DEFAULT_MAX_PATHS) {
        throw new PathLimitExceededException(DEFAULT_MAX_PATHS, source);
      }
      prefix.add(e);
      V end = graph.getEdgeTarget(e);
      out.get(end).add(List.copyOf(prefix));
      stack.push(graph.outgoingEdgesOf(end).iterator());
    }
    return out;
  }

  @Override
  public Semiring<W> semiring() {
    return semiring;
  }

  /**
   * {@inheritDoc}
   *
   * @throws PathLimitExceededException if there are more than {@code maxPaths} paths from {@code
   *     source}
   */
  @Override
  public PathSums<V, W> solveFrom(V source) {
    requireVertex(source, "source");
    return sums(source, Direction.FROM_SOURCE, enumerateFrom(source));
  }

  /**
   * {@inheritDoc}
   *
   * @throws PathLimitExceededException if there are more than {@code maxPaths} paths from some
   *     vertex
   */
  @Override
  public PathSums<V, W> solveTo(V target) {
    requireVertex(target, "target");
    Map<V, W> sums = new HashMap<>();
    for (V v : graph.vertexSet()) {
      W w = enumerateFrom(v).get(target);
      if (w != null) {
        sums.put(v, w);
      }
    }
    return sums(target, Direction.TO_TARGET, sums);
  }

  /**
   * {@inheritDoc}
   *
   * @throws PathLimitExceededException if there are more than {@code maxPaths} paths from {@code
   *     source}
   */
  @Override
  public W solveBetween(V source, V target) {
    requireVertex(source, "source");
    requireVertex(target, "target");
    return enumerateFrom(source).getOrDefault(target, semiring.zero());
  }

  /** Sums, per end vertex, the products of all paths from {@code source}; absent means zero. */
  private Map<V, W> enumerateFrom(V source) {
    Map<V, W> sums = new HashMap<>();
    add(sums, source, semiring.one()); // the empty path
    ArrayDeque<Frame<V, E, W>> stack = new ArrayDeque<>();
    stack.push(new Frame<>(graph.outgoingEdgesOf(source).iterator(), semiring.one()));
    long paths = 0;
    while (!stack.isEmpty()) {
      Frame<V, E, W> top = stack.peek();
      if (!top.edges.hasNext()) {
        stack.pop();
        continue;
      }
      E e = top.edges.next();
      V end = graph.getEdgeTarget(e);
      W product = semiring.times(top.product, weights.apply(e));
      if (++paths > maxPaths) {
        throw new PathLimitExceededException(maxPaths, source);
      }
      add(sums, end, product);
      stack.push(new Frame<>(graph.outgoingEdgesOf(end).iterator(), product));
    }
    return sums;
  }

  private void add(Map<V, W> sums, V end, W product) {
    sums.put(end, semiring.plus(sums.getOrDefault(end, semiring.zero()), product));
  }

  /** A path prefix on the stack: its product and the edges still to try from its end. */
  private static final class Frame<V, E, W> {
    final Iterator<E> edges;
    final W product;

    Frame(Iterator<E> edges, W product) {
      this.edges = edges;
      this.product = product;
    }
  }

  @Override
  public String toString() {
    return "PathEnumerationSolver[" + semiring.name() + ", maxPaths=" + maxPaths + "]";
  }

  private void requireVertex(V vertex, String role) {
    Objects.requireNonNull(vertex, role);
    if (!graph.containsVertex(vertex)) {
      throw new IllegalArgumentException(
          role + " vertex " + vertex + " is not in the graph; pass one of the graph's vertices");
    }
  }

  private PathSums<V, W> sums(V anchor, Direction direction, Map<V, W> reached) {
    Map<V, W> values = new LinkedHashMap<>();
    for (V v : graph.vertexSet()) {
      values.put(v, reached.getOrDefault(v, semiring.zero()));
    }
    Map<V, W> view = java.util.Collections.unmodifiableMap(values);
    return new PathSums<>() {
      @Override
      public Semiring<W> semiring() {
        return semiring;
      }

      @Override
      public V anchor() {
        return anchor;
      }

      @Override
      public Direction direction() {
        return direction;
      }

      @Override
      public W get(V vertex) {
        requireVertex(vertex, "vertex");
        return view.get(vertex);
      }

      @Override
      public Map<V, W> values() {
        return view;
      }
    };
  }
}
