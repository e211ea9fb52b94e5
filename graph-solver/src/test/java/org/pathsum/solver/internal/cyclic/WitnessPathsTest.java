package org.pathsum.solver.internal.cyclic;

import org.pathsum.solver.WitnessPaths;
import org.pathsum.solver.NegativeCycleException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.AllDirectedPaths;
import org.jgrapht.alg.shortestpath.BellmanFordShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.MissingSemiringPropertyException;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.testing.RandomGraphs;
import org.pathsum.solver.testing.References;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSumSolvers;
import org.pathsum.solver.PathSums;

class WitnessPathsTest {

  @Test
  void tropicalWitnessesAreShortestPathsOfTheGraph() {
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(20);
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(4 * n + 1), r -> r.nextInt(10));
      if (seed % 2 == 0) { // negative edges, no negative cycle
        int[] p = rnd.ints(n, 0, 20).toArray();
        for (DefaultWeightedEdge e : g.edgeSet()) {
          g.setEdgeWeight(e, g.getEdgeWeight(e) + p[g.getEdgeSource(e)] - p[g.getEdgeTarget(e)]);
        }
      }
      int s = rnd.nextInt(n);
      Semiring<Double> tropical = Semirings.tropical();
      WitnessPaths<Integer, DefaultWeightedEdge, Double> w =
          PathSumSolvers.witnessesFrom(g, tropical, RandomGraphs.weightsOf(g), s);
      BellmanFordShortestPath<Integer, DefaultWeightedEdge> bf = new BellmanFordShortestPath<>(g);
      for (int t = 0; t < n; t++) {
        String msg = "seed " + seed + " s=" + s + " t=" + t;
        assertEquals(bf.getPathWeight(s, t), w.sums().get(t), msg);
        checkWitness(g, tropical, RandomGraphs.weightsOf(g), w, t, msg);
      }
    }
  }

  @Test
  void bottleneckAndViterbiWitnessesMatchSimplePathEnumeration() {
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(7);
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(3 * n + 1), r -> r.nextInt(1, 100) / 100.0);
      int s = rnd.nextInt(n);
      AllDirectedPaths<Integer, DefaultWeightedEdge> all = new AllDirectedPaths<>(g);
      for (Semiring<Double> sr : List.of(Semirings.bottleneck(), Semirings.viterbi())) {
        WitnessPaths<Integer, DefaultWeightedEdge, Double> w =
            PathSumSolvers.witnessesFrom(g, sr, RandomGraphs.weightsOf(g), s);
        for (int t = 0; t < n; t++) {
          String msg = "seed " + seed + " " + sr.name() + " s=" + s + " t=" + t;
          // Both semirings are bounded: the best value is attained on a simple path.
          Double best = s == t ? sr.one() : sr.zero();
          for (GraphPath<Integer, DefaultWeightedEdge> p : all.getAllPaths(s, t, true, null)) {
            best = sr.plus(best, product(sr, RandomGraphs.weightsOf(g), p));
          }
          assertEquals(best, w.sums().get(t), msg);
          checkWitness(g, sr, RandomGraphs.weightsOf(g), w, t, msg);
        }
      }
    }
  }

  @Test
  void maxPlusWitnessesAreLongestPathsWhereTheyExist() {
    for (long seed = 1; seed <= 30; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(15);
      // Non-positive weights: no positive cycle, so longest paths exist; compare with tropical
      // shortest paths on the negated weights.
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(3 * n + 1), r -> -r.nextInt(10));
      int s = rnd.nextInt(n);
      Semiring<Double> maxPlus = Semirings.maxPlus();
      WitnessPaths<Integer, DefaultWeightedEdge, Double> w =
          PathSumSolvers.witnessesFrom(g, maxPlus, RandomGraphs.weightsOf(g), s);
      WitnessPaths<Integer, DefaultWeightedEdge, Double> neg =
          PathSumSolvers.witnessesFrom(g, Semirings.tropical(), e -> -g.getEdgeWeight(e), s);
      for (int t = 0; t < n; t++) {
        String msg = "seed " + seed + " t=" + t;
        assertEquals(-neg.sums().get(t), w.sums().get(t), 0.0, msg); // ±0.0 alike
        checkWitness(g, maxPlus, RandomGraphs.weightsOf(g), w, t, msg);
      }
    }
  }

  @Test
  void negativeCycleAndNonSelectiveSemiringsAreRefused() {
    Graph<Integer, DefaultWeightedEdge> g =
        RandomGraphs.multigraph(new SplittableRandom(1), 3, 0, r -> 0);
    g.setEdgeWeight(g.addEdge(0, 1), 1);
    g.setEdgeWeight(g.addEdge(1, 2), -2);
    g.setEdgeWeight(g.addEdge(2, 1), 1);
    NegativeCycleException e =
        assertThrows(
            NegativeCycleException.class,
            () ->
                PathSumSolvers.witnessesFrom(
                    g, Semirings.tropical(), RandomGraphs.weightsOf(g), 0));
    References.assertIsCycle(g, e.cycle(), "witness");
    assertEquals(-1.0, e.cycleWeight());
    assertThrows(
        MissingSemiringPropertyException.class,
        () -> PathSumSolvers.witnessesFrom(g, Semirings.real(), RandomGraphs.weightsOf(g), 0));
    assertThrows(
        IllegalArgumentException.class,
        () -> PathSumSolvers.witnessesFrom(g, Semirings.tropical(), RandomGraphs.weightsOf(g), 9));
  }

  private static <W> void checkWitness(
      Graph<Integer, DefaultWeightedEdge> g,
      Semiring<W> sr,
      Function<DefaultWeightedEdge, W> weights,
      WitnessPaths<Integer, DefaultWeightedEdge, W> w,
      int t,
      String msg) {
    W value = w.sums().get(t);
    Optional<GraphPath<Integer, DefaultWeightedEdge>> path = w.path(t);
    if (sr.isZero(value)) {
      assertFalse(path.isPresent(), msg);
      return;
    }
    assertTrue(path.isPresent(), msg);
    GraphPath<Integer, DefaultWeightedEdge> p = path.get();
    boolean backward = w.sums().direction() == PathSums.Direction.TO_TARGET;
    int start = backward ? t : w.sums().anchor();
    int end = backward ? w.sums().anchor() : t;
    assertEquals(start, p.getStartVertex(), msg);
    assertEquals(end, p.getEndVertex(), msg);
    int at = start;
    for (DefaultWeightedEdge e : p.getEdgeList()) {
      assertTrue(g.containsEdge(e), msg);
      assertEquals(at, g.getEdgeSource(e), msg + " walk broken at " + e);
      at = g.getEdgeTarget(e);
    }
    assertEquals(end, at, msg);
    assertEquals(p.getEdgeList().size() + 1, p.getVertexList().size(), msg);
    // The path attains the value exactly, not up to a tolerance: values and paths are one solve.
    // Its product is accumulated from the anchor's end, as the query accumulates it.
    W weight = backward ? productIntoTarget(sr, weights, p) : product(sr, weights, p);
    assertTrue(
        value instanceof Double
            ? (Double) value == (double) (Double) weight
            : value.equals(weight),
        msg + ": the path weighs " + weight + ", the value is " + value);
  }

  /**
   * Witnesses from a source and to a target, in every selective shipped semiring, on random
   * graphs with cycles: each path weighs exactly the value printed beside it, and the values are
   * exactly the front door's.
   */
  @Test
  void everyWitnessWeighsExactlyItsValueInEveryDirection() {
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(15);
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(3 * n + 1), r -> r.nextInt(1, 1000) / 997.0);
      for (Semiring<Double> sr :
          List.of(Semirings.tropical(), Semirings.viterbi(), Semirings.bottleneck())) {
        Function<DefaultWeightedEdge, Double> weights =
            sr.equals(Semirings.viterbi())
                ? e -> Math.min(1, g.getEdgeWeight(e))
                : RandomGraphs.weightsOf(g);
        PathSumSolver<Integer, Double> solver = PathSumSolvers.forGraph(g, sr, weights);
        int a = rnd.nextInt(n);
        WitnessPaths<Integer, DefaultWeightedEdge, Double> from =
            PathSumSolvers.witnessesFrom(g, sr, weights, a);
        WitnessPaths<Integer, DefaultWeightedEdge, Double> to =
            PathSumSolvers.witnessesTo(g, sr, weights, a);
        assertEquals(solver.solveFrom(a).values(), from.sums().values(), "seed " + seed);
        assertEquals(solver.solveTo(a).values(), to.sums().values(), "seed " + seed);
        for (int v = 0; v < n; v++) {
          String msg = "seed " + seed + " " + sr.name() + " anchor " + a + " v=" + v;
          checkWitness(g, sr, weights, from, v, msg + " from");
          checkWitness(g, sr, weights, to, v, msg + " to");
        }
      }
    }
  }

  /**
   * s → t weighs 1000000001 and s → a → t 1000000000: the witness is s → a → t, the path that
   * attains the value, though the two differ by one part in 10⁹.
   */
  @Test
  void aWitnessIsNeverAPathHeavierThanTheValue() {
    Graph<String, DefaultWeightedEdge> g =
        new org.jgrapht.graph.DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (String v : List.of("s", "a", "t")) {
      g.addVertex(v);
    }
    g.setEdgeWeight(g.addEdge("s", "t"), 1000000001);
    g.setEdgeWeight(g.addEdge("s", "a"), 500000000);
    g.setEdgeWeight(g.addEdge("a", "t"), 500000000);
    WitnessPaths<String, DefaultWeightedEdge, Double> w =
        PathSumSolvers.witnessesFrom(g, Semirings.tropical(), g::getEdgeWeight, "s");
    assertEquals(1e9, w.sums().get("t"));
    assertEquals(List.of("s", "a", "t"), w.path("t").orElseThrow().getVertexList());
    WitnessPaths<String, DefaultWeightedEdge, Double> back =
        PathSumSolvers.witnessesTo(g, Semirings.tropical(), g::getEdgeWeight, "t");
    assertEquals(List.of("s", "a", "t"), back.path("s").orElseThrow().getVertexList());
  }

  /** {@code w₁ ⊗ (w₂ ⊗ (… ⊗ (wₖ ⊗ 1̄)))}: the path's product accumulated from its end. */
  private static <W> W productIntoTarget(
      Semiring<W> sr,
      Function<DefaultWeightedEdge, W> weights,
      GraphPath<?, DefaultWeightedEdge> p) {
    W acc = sr.one();
    List<DefaultWeightedEdge> edges = p.getEdgeList();
    for (int i = edges.size() - 1; i >= 0; i--) {
      acc = sr.times(weights.apply(edges.get(i)), acc);
    }
    return acc;
  }

  private static <W> W product(
      Semiring<W> sr,
      Function<DefaultWeightedEdge, W> weights,
      GraphPath<?, DefaultWeightedEdge> p) {
    W acc = sr.one();
    for (DefaultWeightedEdge e : p.getEdgeList()) {
      acc = sr.times(acc, weights.apply(e));
    }
    return acc;
  }
}
