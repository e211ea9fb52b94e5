package org.pathsum.solver.internal;

import org.pathsum.solver.PathSums;
import org.pathsum.solver.PathSumSolvers;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.PathSumException;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;
import org.pathsum.solver.internal.compiled.CarrierEscape;
import org.pathsum.solver.internal.compiled.CarrierGuard;
import org.pathsum.solver.internal.compiled.CompiledGraph;
import org.pathsum.solver.internal.compiled.Components;
import org.pathsum.solver.internal.compiled.GraphCompiler;
import org.pathsum.solver.internal.compiled.IntGraph;
import org.pathsum.solver.internal.compiled.VertexIndex;
import org.pathsum.solver.CarrierOverflowException;
import org.pathsum.solver.DivergentPathSumException;
import org.pathsum.solver.InfinitePathSumException;
import org.pathsum.solver.NegativeCycleException;

/**
 * What every solver behind {@link PathSumSolvers} shares: the graph compiled once onto the core
 * (vertex index, components in topological order, edges whose weight is 0̄ dropped), the weights
 * read once by edge id ({@code double[]} too for a {@link DoubleSemiring}, and only that when they
 * were given as a {@code double[]}), the whole graph as a {@link WeightedCsr} in either direction
 * (each built on first use, the backward one only for a backward query), and the conversion of a
 * failed solve into the typed exception that names a responsible cycle with the graph's own
 * vertices.
 */
final class SolverGraph<V, E, W> {

  final Semiring<W> semiring;
  final CompiledGraph<V, E> compiled;
  final IntGraph g;
  final Components comps;
  final VertexIndex<V> index;
  /** Weight by core edge id; {@code null} when only {@link #doubles} are kept (see weightOf). */
  final Object[] weights;

  /** Weight by core edge id unboxed, for a {@link DoubleSemiring}; {@code null} otherwise. */
  final double[] doubles;

  /** The carrier checks of the primitive sweeps, for a {@link DoubleSemiring}; else null. */
  final CarrierGuard guard;
  private volatile WeightedCsr<W> forward;
  private volatile WeightedCsr<W> backward;
  // Each cyclic component alone, by component number, built on its first query in that direction
  // and kept: a query that enters a component then pays for its solve, not for copying its edges
  // again. WeightedCsr is immutable with final fields, so a racing thread sees a whole one or null
  // (and may build an equal copy).
  private final WeightedCsr<?>[] forwardComponents;
  private final WeightedCsr<?>[] backwardComponents;

  private SolverGraph(Semiring<W> semiring, GraphCompiler.Compiled<V, E> c) {
    this.semiring = semiring;
    this.compiled = c.graph();
    this.g = compiled.graph();
    this.comps = compiled.components();
    this.index = compiled.vertexIndex();
    this.weights = c.weights();
    if (c.doubles() != null) {
      doubles = c.doubles();
    } else if (semiring instanceof DoubleSemiring) {
      doubles = new double[weights.length];
      for (int e = 0; e < weights.length; e++) {
        doubles[e] = (Double) weights[e];
      }
    } else {
      doubles = null;
    }
    checkWeights();
    this.forwardComponents = comps.isAcyclic() ? null : new WeightedCsr<?>[comps.count()];
    this.backwardComponents = comps.isAcyclic() ? null : new WeightedCsr<?>[comps.count()];
    this.guard = doubles != null ? CarrierGuard.of((DoubleSemiring) semiring, doubles) : null;
  }

  /**
   * Refuses a weight outside the carrier, once, when the graph is compiled: not a {@linkplain
   * Semiring#isMember member}, NaN, or for a semiring over {@code double} an infinity other than
   * its 0̄ and 1̄ (an infinite real weight would turn 0 × ∞ into NaN beside an unreached vertex).
   *
   * @throws IllegalArgumentException naming the edge, its endpoints and the weight
   */
  @SuppressWarnings("unchecked")
  private void checkWeights() {
    int m = g.edgeCount();
    for (int e = 0; e < m; e++) {
      boolean regular =
          doubles != null
              ? CarrierGuard.isRegular((DoubleSemiring) semiring, doubles[e])
              : semiring.isMember((W) weights[e]);
      if (!regular) {
        Object w = doubles != null ? (Object) doubles[e] : weights[e];
        throw new IllegalArgumentException(
            "the weight "
                + w
                + " of edge "
                + compiled.edge(e)
                + " ("
                + index.vertex(g.edgeSource(e))
                + " -> "
                + index.vertex(g.edgeTarget(e))
                + ") is not a weight of the "
                + semiring.name()
                + " semiring"
                + (doubles != null ? " (NaN never; an infinity only as its 0̄ or 1̄)" : "")
                + "; give a weight of the semiring, or 0̄ for an edge to ignore");
      }
    }
  }

  /**
   * Whether no sum over the paths in component {@code local} with inflow {@code x[lo … hi)} can
   * come out 0̄ except by leaving the carrier: the semiring declares an arithmetic (so no zero
   * divisors), its ⊕ cannot cancel (anything but real, or real with no negative weight or inflow),
   * and some inflow is nonzero.
   */
  boolean cannotCancel(WeightedCsr<W> local, Object[] x, int lo, int hi) {
    if (!(semiring instanceof DoubleSemiring)) {
      return false;
    }
    DoubleSemiring d = (DoubleSemiring) semiring;
    if (d.arithmetic() == DoubleSemiring.Arithmetic.UNSPECIFIED) {
      return false;
    }
    boolean inflow = false;
    boolean negative = false;
    for (int v = lo; v < hi; v++) {
      double b = (Double) x[v];
      inflow |= b != d.zeroAsDouble();
      negative |= b < 0;
    }
    if (!inflow) {
      return false;
    }
    if (d.arithmetic() != DoubleSemiring.Arithmetic.SUM_PRODUCT) {
      return true;
    }
    for (double w : local.doubleWeights) {
      negative |= w < 0;
    }
    return !negative;
  }

  /** Whether 0̄ is the number 0, so that a product vanishing to it is an underflow. */
  boolean underflowIsZero() {
    return semiring instanceof DoubleSemiring && ((DoubleSemiring) semiring).zeroAsDouble() == 0;
  }

  /**
   * The public exception for a value that left the carrier during a query.
   *
   * @param anchor the query's source, or its target when {@code backward}
   */
  CarrierOverflowException overflow(CarrierEscape e, V anchor, boolean backward) {
    return new CarrierOverflowException(
        index.vertex(e.vertex()),
        anchor,
        backward ? PathSums.Direction.TO_TARGET : PathSums.Direction.FROM_SOURCE,
        e.underflow(),
        semiring.name(),
        e.getMessage());
  }

  /**
   * Compiles {@code graph} once, reading each weight once and dropping the edges of weight 0̄.
   *
   * @throws IllegalArgumentException if the graph is not directed
   * @throws NullPointerException if a weight is null, naming the edge
   */
  static <V, E, W> SolverGraph<V, E, W> compile(
      Graph<V, E> graph, Semiring<W> semiring, Function<? super E, ? extends W> weights) {
    return compile(graph, semiring, weights, true);
  }

  /**
   * As {@link #compile(Graph, Semiring, Function)}; {@code dropZero = false} keeps the edges of
   * weight 0̄, for solvers that refuse every structural cycle.
   */
  static <V, E, W> SolverGraph<V, E, W> compile(
      Graph<V, E> graph,
      Semiring<W> semiring,
      Function<? super E, ? extends W> weights,
      boolean dropZero) {
    java.util.Objects.requireNonNull(semiring, "semiring");
    java.util.Objects.requireNonNull(weights, "weights");
    GraphCompiler.Compiled<V, E> c =
        GraphCompiler.compile(graph, weights, dropZero ? semiring : null);
    return new SolverGraph<>(semiring, c);
  }

  /**
   * Compiles a graph given as arrays (see {@link GraphCompiler#compile(List, int[], int[],
   * java.util.function.IntFunction, Semiring)}); its edges are the input edge indices.
   */
  static <V, W> SolverGraph<V, Integer, W> compile(
      List<V> vertices,
      int[] from,
      int[] to,
      java.util.function.IntFunction<? extends W> weights,
      Semiring<W> semiring) {
    GraphCompiler.Compiled<V, Integer> c =
        GraphCompiler.compile(vertices, from, to, weights, semiring);
    return new SolverGraph<>(semiring, c);
  }

  /**
   * Compiles a graph given as arrays with primitive weights (see {@link GraphCompiler#compile(List,
   * int[], int[], double[], DoubleSemiring)}): the weights are kept unboxed only ({@link #weights}
   * is null; {@link #weightOf} boxes one on demand).
   */
  static <V> SolverGraph<V, Integer, Double> compile(
      List<V> vertices, int[] from, int[] to, double[] weights, DoubleSemiring semiring) {
    GraphCompiler.Compiled<V, Integer> c =
        GraphCompiler.compile(vertices, from, to, weights, semiring);
    return new SolverGraph<>(semiring, c);
  }

  /** The semiring a query in this direction solves in: reversed for a backward query. */
  Semiring<W> semiring(boolean backwardQuery) {
    return backwardQuery ? semiring.reversed() : semiring;
  }

  /** The adjacency a query in this direction walks: the in-adjacency for a backward query. */
  IntGraph.Adjacency adjacency(boolean backwardQuery) {
    return backwardQuery ? g.in() : g.out();
  }

  /** The whole graph in one direction, built on first use. */
  WeightedCsr<W> csr(boolean backwardQuery) {
    WeightedCsr<W> c = backwardQuery ? backward : forward;
    if (c == null) {
      c = WeightedCsr.of(g, adjacency(backwardQuery), weights, doubles);
      if (backwardQuery) {
        backward = c;
      } else {
        forward = c;
      }
    }
    return c;
  }

  /**
   * Component {@code c} alone, locally numbered, in one direction; built on the first call for it
   * (O(its vertices and edges)) and kept, so the cyclic components that queries enter cost their
   * edges' memory once more.
   *
   * @throws IllegalArgumentException if the graph is acyclic (no component needs one)
   */
  @SuppressWarnings("unchecked")
  WeightedCsr<W> component(int c, boolean backwardQuery) {
    WeightedCsr<?>[] cache = backwardQuery ? backwardComponents : forwardComponents;
    if (cache == null) {
      throw new IllegalArgumentException("an acyclic graph has no cyclic component to solve");
    }
    WeightedCsr<W> local = (WeightedCsr<W>) cache[c];
    if (local == null) {
      local =
          WeightedCsr.component(
              g, adjacency(backwardQuery), weights, doubles, comps.start(c), comps.end(c));
      cache[c] = local;
    }
    return local;
  }

  /** Vertices reachable from {@code v} (forward) or reaching it (backward), as a mask. */
  boolean[] reachable(int v, boolean backwardQuery) {
    return g.reachable(adjacency(backwardQuery), v);
  }

  /**
   * The vertices on some {@code s → t} path (reachable from s and reaching t), as a mask; {@code
   * null} if there is no such path. Builds both adjacencies. O(|V| + |E|).
   */
  boolean[] onPaths(int s, int t) {
    boolean[] mask = reachable(s, false);
    if (!mask[t]) {
      return null;
    }
    boolean[] toTarget = reachable(t, true);
    for (int v = 0; v < mask.length; v++) {
      mask[v] &= toTarget[v];
    }
    return mask;
  }

  /**
   * The refusal for a cyclic component {@code c} with nonzero paths into it when no strategy can
   * sum its walks: {@link InfinitePathSumException} when ⊕ is not idempotent (infinitely many
   * paths), a missing {@link SemiringProperty#STAR} otherwise.
   */
  PathSumException withoutStar(int c, boolean backwardQuery) {
    if (semiring.has(SemiringProperty.IDEMPOTENT_PLUS)) {
      return new org.pathsum.semiring.MissingSemiringPropertyException(
          semiring, SemiringProperty.STAR, "summing the walks around a cycle");
    }
    int v = comps.start(c);
    return new InfinitePathSumException(plainCycle(v, backwardQuery), semiring.name());
  }

  /**
   * The typed exception for a component whose walks do not sum: a {@link NegativeCycleException}
   * if the strategy found an improving cycle of a selective semiring (the selective solvers always
   * name theirs), otherwise a {@link DivergentPathSumException} with a shortest cycle through the
   * vertex.
   */
  DivergentPathSumException diverged(
      WeightedCsr<W> component, ComponentSolver.Diverged d, boolean backwardQuery) {
    int[] positions = d.cycleEdges();
    if (positions != null) {
      int[] ids = new int[positions.length];
      for (int k = 0; k < ids.length; k++) {
        ids[k] = component.edgeId(positions[k]);
      }
      int[] oriented = orient(ids, backwardQuery);
      List<V> cycle = compiled.cycleVertices(oriented, false);
      if (semiring.has(SemiringProperty.SELECTIVE_PLUS)) {
        W weight = semiring.one();
        for (int e : oriented) {
          weight = semiring.times(weight, weightOf(e));
        }
        return new NegativeCycleException(cycle, weight, semiring.name());
      }
      return new DivergentPathSumException(cycle, semiring.name(), d.getMessage());
    }
    List<V> cycle = plainCycle(component.globalVertex(d.vertex()), backwardQuery);
    return new DivergentPathSumException(cycle, semiring.name(), d.getMessage());
  }

  /** The weight of core edge {@code edgeId}, boxed from {@link #doubles} if only they are kept. */
  @SuppressWarnings("unchecked")
  W weightOf(int edgeId) {
    return weights != null ? (W) weights[edgeId] : (W) (Double) doubles[edgeId];
  }

  /** A shortest cycle through {@code v}, listed along the original edges. */
  private List<V> plainCycle(int v, boolean backwardQuery) {
    int[] ids = comps.cycleThrough(g, adjacency(backwardQuery), v);
    return compiled.cycleVertices(orient(ids, backwardQuery), false);
  }

  /** Edge ids of a cycle walked against the edges, put in the order of the original edges. */
  private static int[] orient(int[] ids, boolean backwardQuery) {
    if (!backwardQuery) {
      return ids;
    }
    int[] out = Arrays.copyOf(ids, ids.length);
    for (int i = 0; i < out.length / 2; i++) {
      int t = out[i];
      out[i] = out[out.length - 1 - i];
      out[out.length - 1 - i] = t;
    }
    return out;
  }
}
