package org.pathsum.solver.internal.cyclic;

import org.pathsum.solver.DivergentSeriesException;
import org.pathsum.solver.InfinitePathSumException;
import org.pathsum.solver.NegativeCycleException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.BellmanFordShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.PathSumException;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSumSolvers;
import org.pathsum.solver.PathSumSolvers.Algorithm;
import org.pathsum.solver.PathSumSolvers.Options;
import org.pathsum.solver.PathSums;
import org.pathsum.solver.testing.RandomGraphs;
import org.pathsum.solver.testing.RandomWeights;
import org.pathsum.solver.testing.References;

/**
 * Every algorithm of the front door — automatic, star elimination, residual propagation — against
 * independent references (JGraphT's Dijkstra, Bellman–Ford and breadth-first search, a dense
 * inverse), and the named ones against the automatic one on seeded random graphs with cycles in
 * every shipped semiring: the same values, or the same refusal with the same exception type.
 */
class NamedAlgorithmsTest {

  private static final Semiring<Double> TROPICAL = Semirings.tropical();

  private static <V, E, W> PathSumSolver<V, W> solver(
      Graph<V, E> g, Semiring<W> s, Function<? super E, ? extends W> w, Algorithm a) {
    return PathSumSolvers.forGraph(g, s, w, Options.defaults().withAlgorithm(a));
  }

  @Test
  void tropicalWithNonNegativeWeightsMatchesDijkstra() {
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(25);
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(4 * n + 1), r -> r.nextInt(10));
      DijkstraShortestPath<Integer, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(g);
      int s = rnd.nextInt(n);
      int t = rnd.nextInt(n);
      for (Algorithm a : Algorithm.values()) {
        PathSumSolver<Integer, Double> solver = solver(g, TROPICAL, RandomGraphs.weightsOf(g), a);
        PathSums<Integer, Double> from = solver.solveFrom(s);
        PathSums<Integer, Double> to = solver.solveTo(t);
        for (int v = 0; v < n; v++) {
          String msg = "seed " + seed + " " + a + " s=" + s + " t=" + t + " v=" + v;
          assertEquals(dijkstra.getPathWeight(s, v), from.get(v), msg);
          assertEquals(dijkstra.getPathWeight(v, t), to.get(v), msg);
        }
        assertEquals(dijkstra.getPathWeight(s, t), solver.solveBetween(s, t), "seed " + seed);
      }
    }
  }

  @Test
  void tropicalWithNegativeEdgesMatchesBellmanFord() {
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(25);
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(4 * n + 1), r -> 0);
      // Reduced costs w + p(u) - p(v) with w >= 0: negative edges, but no negative cycle.
      int[] p = rnd.ints(n, 0, 20).toArray();
      for (DefaultWeightedEdge e : g.edgeSet()) {
        g.setEdgeWeight(e, rnd.nextInt(10) + p[g.getEdgeSource(e)] - p[g.getEdgeTarget(e)]);
      }
      BellmanFordShortestPath<Integer, DefaultWeightedEdge> bf = new BellmanFordShortestPath<>(g);
      int s = rnd.nextInt(n);
      for (Algorithm a : Algorithm.values()) {
        PathSumSolver<Integer, Double> solver = solver(g, TROPICAL, RandomGraphs.weightsOf(g), a);
        PathSums<Integer, Double> from = solver.solveFrom(s);
        PathSums<Integer, Double> to = solver.solveTo(s);
        for (int v = 0; v < n; v++) {
          String msg = "seed " + seed + " " + a + " s=" + s + " v=" + v;
          assertEquals(bf.getPathWeight(s, v), from.get(v), msg);
          assertEquals(bf.getPathWeight(v, s), to.get(v), msg);
        }
      }
    }
  }

  @Test
  void negativeCyclesAreReportedByEveryAlgorithm() {
    for (Algorithm a : Algorithm.values()) {
      References.assertNegativeCyclesReported(
          g -> solver(g, TROPICAL, RandomGraphs.weightsOf(g), a), a.toString());
    }
  }

  @Test
  void negativeCycleFoundBackwardIsListedInEdgeDirection() {
    Graph<Integer, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < 4; v++) {
      g.addVertex(v);
    }
    g.setEdgeWeight(g.addEdge(0, 1), 1);
    g.setEdgeWeight(g.addEdge(1, 2), -5);
    g.setEdgeWeight(g.addEdge(2, 3), 1);
    g.setEdgeWeight(g.addEdge(3, 1), 1);
    for (Algorithm a : Algorithm.values()) {
      PathSumSolver<Integer, Double> solver = solver(g, TROPICAL, RandomGraphs.weightsOf(g), a);
      assertEquals(0.0, solver.solveTo(0).get(0)); // nothing reaches 0: the cycle is irrelevant
      NegativeCycleException e =
          assertThrows(NegativeCycleException.class, () -> solver.solveTo(3), a.toString());
      References.assertIsCycle(g, e.cycle(), "backward " + a);
      assertEquals(3, e.cycle().size());
      assertEquals(-3.0, e.<Double>cycleWeight(), a.toString());
    }
  }

  @Test
  void booleanMatchesBreadthFirstReachability() {
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(30);
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(2 * n + 1), r -> 1);
      int s = rnd.nextInt(n);
      boolean[] expected = References.reachable(g, n, s);
      for (Algorithm a : Algorithm.values()) {
        PathSums<Integer, Boolean> from = solver(g, Semirings.booleans(), e -> true, a).solveFrom(s);
        for (int v = 0; v < n; v++) {
          assertEquals(expected[v], from.get(v), "seed " + seed + " " + a + " v=" + v);
        }
      }
    }
  }

  @Test
  void realOnContractiveGraphsMatchesTheInverse() {
    for (long seed = 1; seed <= 30; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(12);
      Graph<Integer, DefaultWeightedEdge> g = contractive(rnd, n, rnd.nextInt(4 * n + 1));
      int s = rnd.nextInt(n);
      double[] expected = References.inverseRow(g, n, s);
      for (Algorithm a : Algorithm.values()) {
        PathSums<Integer, Double> from =
            solver(g, Semirings.real(), RandomGraphs.weightsOf(g), a).solveFrom(s);
        for (int v = 0; v < n; v++) {
          assertEquals(
              expected[v], from.get(v), 1e-9 * Math.max(1, Math.abs(expected[v])),
              "seed " + seed + " " + a + " v=" + v);
        }
      }
    }
  }

  /**
   * Cycles of weight −0.9 and 0.3 through one vertex: no single loop has |a| ≥ 1, yet ρ(|A|) = 1.16
   * and the series diverges. Star elimination alone would return (I − A)⁻¹ = 0.625 here; every
   * algorithm refuses, as the front door does, with the certificate's exception.
   */
  @Test
  void aDivergentSeriesIsRefusedByEveryAlgorithm() {
    Graph<String, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    g.addVertex("a");
    g.addVertex("b");
    g.setEdgeWeight(g.addEdge("a", "a"), -0.9);
    g.setEdgeWeight(g.addEdge("a", "b"), 1);
    g.setEdgeWeight(g.addEdge("b", "a"), 0.3);
    for (Algorithm a : Algorithm.values()) {
      PathSumSolver<String, Double> solver = solver(g, Semirings.real(), g::getEdgeWeight, a);
      DivergentSeriesException e =
          assertThrows(DivergentSeriesException.class, () -> solver.solveFrom("a"), a.toString());
      assertTrue(e.proven(), a.toString());
      assertTrue(e.spectralRadiusLowerBound() > 1, a.toString());
      assertThrows(DivergentSeriesException.class, () -> solver.solveTo("b"), a.toString());
      assertThrows(
          DivergentSeriesException.class, () -> solver.solveBetween("a", "b"), a.toString());
    }
  }

  @Test
  void countingOnACycleIsRefusedByEveryAlgorithm() {
    Graph<Integer, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    g.addVertex(0);
    g.addVertex(1);
    g.addEdge(0, 1);
    g.addEdge(1, 1);
    for (Algorithm a : Algorithm.values()) {
      PathSumSolver<Integer, Long> solver = solver(g, Semirings.counting(), e -> 1L, a);
      InfinitePathSumException e =
          assertThrows(InfinitePathSumException.class, () -> solver.solveFrom(0), a.toString());
      assertEquals(List.of(1), e.cycle());
      assertEquals(1L, solver.solveTo(0).get(0)); // only the empty path ends at 0
      assertEquals(0L, solver.solveTo(0).get(1));
    }
  }

  @Test
  void aLongCycleDoesNotOverflowTheStack() {
    int n = 100_000;
    Graph<Integer, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < n; v++) {
      g.addVertex(v);
    }
    for (int v = 0; v < n; v++) {
      g.setEdgeWeight(g.addEdge(v, (v + 1) % n), 1);
    }
    for (Algorithm a : Algorithm.values()) {
      PathSums<Integer, Double> from =
          solver(g, TROPICAL, RandomGraphs.weightsOf(g), a).solveFrom(0);
      assertEquals(n - 1.0, from.get(n - 1), a.toString());
      assertEquals(0.0, from.get(0), a.toString());
    }
  }

  /**
   * On seeded random multigraphs with cycles, in every shipped semiring whose cycles can be summed
   * or refused: each named algorithm gives the automatic one's values (exactly for the idempotent
   * semirings, to 1e-9 relative for real and log) or throws an exception of the same type.
   */
  @Test
  void namedAlgorithmsAgreeWithTheFrontDoorIncludingRefusals() {
    int refusals = 0;
    refusals += agree("real", Semirings.real(), r -> r.nextDouble(-0.7, 0.7), 1e-9);
    refusals += agree("log", Semirings.log(), r -> Math.log(r.nextDouble(0.05, 0.8)), 1e-9);
    refusals += agree("tropical", TROPICAL, r -> (double) r.nextInt(-3, 10), 0);
    refusals += agree("max-plus", Semirings.maxPlus(), r -> (double) r.nextInt(-10, 3), 0);
    refusals += agree("boolean", Semirings.booleans(), r -> true, 0);
    refusals += agree("viterbi", Semirings.viterbi(), RandomWeights.viterbi(), 0);
    refusals += agree("bottleneck", Semirings.bottleneck(), RandomWeights.bottleneck(), 0);
    refusals += agree("counting", Semirings.counting(), r -> 1L + r.nextInt(3), 0);
    assertTrue(refusals > 40, "too few refusals to compare: " + refusals);
  }

  /** Returns the number of refusals seen. */
  private static <W> int agree(
      String label, Semiring<W> s, Function<SplittableRandom, ? extends W> weight, double tol) {
    int refusals = 0;
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(12);
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(3 * n + 1), r -> 0);
      List<DefaultWeightedEdge> edges = new ArrayList<>(g.edgeSet());
      List<W> weights = new ArrayList<>();
      for (int i = 0; i < edges.size(); i++) {
        weights.add(weight.apply(rnd));
      }
      Function<DefaultWeightedEdge, W> w = e -> weights.get(edges.indexOf(e));
      int src = rnd.nextInt(n);
      int t = rnd.nextInt(n);
      PathSumSolver<Integer, W> automatic = solver(g, s, w, Algorithm.AUTOMATIC);
      for (Algorithm a : new Algorithm[] {Algorithm.STAR_ELIMINATION, Algorithm.RESIDUAL}) {
        if (a == Algorithm.STAR_ELIMINATION && !s.has(org.pathsum.semiring.SemiringProperty.STAR)) {
          continue;
        }
        String msg = label + " seed " + seed + " " + a;
        PathSumSolver<Integer, W> named = solver(g, s, w, a);
        refusals += sameQueries(automatic, named, src, t, msg, tol);
      }
    }
    return refusals;
  }

  /** Compares the three queries; returns how many were refused (by both). */
  private static <W> int sameQueries(
      PathSumSolver<Integer, W> a,
      PathSumSolver<Integer, W> b,
      int source,
      int target,
      String msg,
      double tol) {
    int refused = 0;
    refused += compare(() -> a.solveFrom(source), () -> b.solveFrom(source), msg + " from", tol);
    refused += compare(() -> a.solveTo(target), () -> b.solveTo(target), msg + " to", tol);
    refused +=
        compare(
            () -> single(a.solveBetween(source, target)),
            () -> single(b.solveBetween(source, target)),
            msg + " between",
            tol);
    return refused;
  }

  private static <W> List<W> single(W w) {
    return List.of(w);
  }

  private static <W, R> int compare(
      java.util.function.Supplier<R> expected,
      java.util.function.Supplier<R> actual,
      String msg,
      double tol) {
    Object e;
    Object x;
    try {
      e = expected.get();
    } catch (PathSumException ex) {
      e = ex;
    }
    try {
      x = actual.get();
    } catch (PathSumException ex) {
      x = ex;
    }
    if (e instanceof PathSumException || x instanceof PathSumException) {
      assertEquals(
          e.getClass(), x.getClass(), msg + ": " + describe(e) + " but " + describe(x));
      return 1;
    }
    List<W> ev = NamedAlgorithmsTest.<W>values(e);
    List<W> xv = NamedAlgorithmsTest.<W>values(x);
    assertEquals(ev.size(), xv.size(), msg);
    for (int i = 0; i < ev.size(); i++) {
      W a = ev.get(i);
      W b = xv.get(i);
      if (tol > 0) {
        double da = (Double) a;
        double db = (Double) b;
        if (!(da == db || Math.abs(da - db) <= tol * Math.max(Math.abs(da), Math.abs(db)))) {
          fail(msg + " [" + i + "]: " + a + " vs " + b);
        }
      } else if (!Objects.equals(a, b) && !(a instanceof Double && (Double) a == (double) (Double) b)) {
        fail(msg + " [" + i + "]: " + a + " vs " + b);
      }
    }
    return 0;
  }

  @SuppressWarnings("unchecked")
  private static <W> List<W> values(Object r) {
    if (r instanceof PathSums) {
      return new ArrayList<>(((PathSums<Integer, W>) r).values().values());
    }
    return (List<W>) r;
  }

  private static String describe(Object o) {
    return o instanceof Exception ? o.getClass().getSimpleName() + " " + ((Exception) o).getMessage()
        : "values";
  }

  /** Random weights in (−1, 1) scaled so every vertex's absolute out-weights sum to at most 0.9. */
  static Graph<Integer, DefaultWeightedEdge> contractive(SplittableRandom rnd, int n, int m) {
    Graph<Integer, DefaultWeightedEdge> g =
        RandomGraphs.multigraph(rnd, n, m, r -> r.nextDouble(-1, 1));
    for (int v = 0; v < n; v++) {
      double sum = 0;
      for (DefaultWeightedEdge e : g.outgoingEdgesOf(v)) {
        sum += Math.abs(g.getEdgeWeight(e));
      }
      if (sum > 0.9) {
        for (DefaultWeightedEdge e : g.outgoingEdgesOf(v)) {
          g.setEdgeWeight(e, g.getEdgeWeight(e) * 0.9 / sum);
        }
      }
    }
    return g;
  }
}
