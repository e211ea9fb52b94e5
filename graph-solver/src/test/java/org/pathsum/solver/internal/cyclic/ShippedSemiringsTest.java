package org.pathsum.solver.internal.cyclic;

import org.pathsum.solver.DivergentPathSumException;
import org.pathsum.solver.InfinitePathSumException;
import org.pathsum.solver.NegativeCycleException;

import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.pathsum.solver.testing.NamedAlgorithms;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathsum.semiring.GenKill;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSums;
import org.pathsum.solver.testing.RandomGraphs;
import org.pathsum.solver.testing.References;
import org.pathsum.solver.PathSumSolvers;

/**
 * The entry point with every semiring the command line offers, on seeded random cyclic multigraphs:
 * it agrees with the residual solver and with star elimination wherever the answer is defined, and
 * refuses with the documented exception where it is not.
 */
class ShippedSemiringsTest {

  /** Every semiring the command line offers, with its weight of each edge of a random graph. */
  static Stream<Arguments> shippedSemirings() {
    BiFunction<Graph<Integer, DefaultWeightedEdge>, DefaultWeightedEdge, Double> w =
        Graph::getEdgeWeight;
    BiFunction<Graph<Integer, DefaultWeightedEdge>, DefaultWeightedEdge, Double> abs =
        (g, e) -> Math.abs(g.getEdgeWeight(e));
    return Stream.of(
        arguments(Semirings.real(), w),
        arguments(Semirings.log(), abs.andThen(Math::log)),
        arguments(
            Semirings.booleans(),
            (BiFunction<Graph<Integer, DefaultWeightedEdge>, DefaultWeightedEdge, Boolean>)
                (g, e) -> true),
        arguments(Semirings.tropical(), abs),
        arguments(Semirings.maxPlus(), abs.andThen(x -> -x)),
        arguments(Semirings.bottleneck(), w),
        arguments(Semirings.viterbi(), abs),
        arguments(
            Semirings.genKillUnion(4),
            (BiFunction<Graph<Integer, DefaultWeightedEdge>, DefaultWeightedEdge, GenKill>)
                ShippedSemiringsTest::genKill));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedSemirings")
  <W> void entryPointAgreesWithBothAlgorithms(
      Semiring<W> semiring,
      BiFunction<Graph<Integer, DefaultWeightedEdge>, DefaultWeightedEdge, W> weight) {
    for (long seed = 1; seed <= 30; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(12);
      int m = rnd.nextInt(3 * n + 1);
      Graph<Integer, DefaultWeightedEdge> g = NamedAlgorithmsTest.contractive(rnd, n, m);
      agree(g, semiring, e -> weight.apply(g, e), n, "seed " + seed);
    }
  }

  @Test
  void logSemiringIsTheRealOneInLogSpace() {
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(10);
      Graph<Integer, DefaultWeightedEdge> g =
          NamedAlgorithmsTest.contractive(rnd, n, rnd.nextInt(3 * n + 1));
      Function<DefaultWeightedEdge, Double> abs = e -> Math.abs(g.getEdgeWeight(e));
      int s = rnd.nextInt(n);
      PathSums<Integer, Double> real =
          PathSumSolvers.forGraph(g, Semirings.real(), abs).solveFrom(s);
      PathSums<Integer, Double> log =
          PathSumSolvers.forGraph(g, Semirings.log(), e -> Math.log(abs.apply(e))).solveFrom(s);
      for (int v = 0; v < n; v++) {
        assertEquals(real.get(v), Math.exp(log.get(v)), 1e-9, "seed " + seed + " v=" + v);
      }
    }
  }

  @Test
  void tropicalEntryPointMatchesDijkstra() {
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(30);
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(4 * n + 1), r -> r.nextInt(10));
      int s = rnd.nextInt(n);
      PathSums<Integer, Double> from =
          PathSumSolvers.forGraph(g, Semirings.tropical(), RandomGraphs.weightsOf(g)).solveFrom(s);
      DijkstraShortestPath<Integer, DefaultWeightedEdge> d = new DijkstraShortestPath<>(g);
      for (int v = 0; v < n; v++) {
        assertEquals(d.getPathWeight(s, v), from.get(v), "seed " + seed + " v=" + v);
      }
    }
  }

  @Test
  void refusalsCarryTheirCycle() {
    Graph<Integer, DefaultWeightedEdge> g =
        RandomGraphs.multigraph(new SplittableRandom(1), 4, 0, r -> 0);
    g.setEdgeWeight(g.addEdge(0, 1), 2);
    g.setEdgeWeight(g.addEdge(1, 2), -3);
    g.setEdgeWeight(g.addEdge(2, 1), 2);
    g.setEdgeWeight(g.addEdge(3, 0), 1);
    Function<DefaultWeightedEdge, Double> w = RandomGraphs.weightsOf(g);

    InfinitePathSumException counting =
        assertThrows(
            InfinitePathSumException.class,
            () -> PathSumSolvers.forGraph(g, Semirings.counting(), e -> 1L).solveFrom(0));
    References.assertIsCycle(g, counting.cycle(), "counting");
    assertEquals("counting", counting.semiringName());
    assertEquals(1L, PathSumSolvers.forGraph(g, Semirings.counting(), e -> 1L).solveTo(0).get(3));
    // A demand query sees only the vertices on its paths: 3 -> 0 avoids the cycle behind 0.
    assertEquals(1L, PathSumSolvers.forGraph(g, Semirings.counting(), e -> 1L).solveBetween(3, 0));
    assertThrows(
        InfinitePathSumException.class,
        () -> PathSumSolvers.forGraph(g, Semirings.counting(), e -> 1L).solveBetween(3, 2));

    NegativeCycleException tropical =
        assertThrows(
            NegativeCycleException.class,
            () -> PathSumSolvers.forGraph(g, Semirings.tropical(), w).solveFrom(0));
    References.assertIsCycle(g, tropical.cycle(), "tropical");
    assertEquals(-1.0, tropical.cycleWeight());

    // Max-plus: the same cycle has weight −1, harmless; flip the signs for a positive cycle.
    assertEquals(-1.0, PathSumSolvers.forGraph(g, Semirings.maxPlus(), w).solveFrom(0).get(2));
    NegativeCycleException maxPlus =
        assertThrows(
            NegativeCycleException.class,
            () -> PathSumSolvers.forGraph(g, Semirings.maxPlus(), e -> -w.apply(e)).solveFrom(0));
    assertEquals(1.0, maxPlus.cycleWeight());

    DivergentPathSumException real =
        assertThrows(
            DivergentPathSumException.class,
            () -> PathSumSolvers.forGraph(g, Semirings.real(), w).solveFrom(3));
    References.assertIsCycle(g, real.cycle(), "real");
    assertTrue(
        real.getMessage().contains("1 -> 2 -> 1") || real.getMessage().contains("2 -> 1 -> 2"));
  }

  private static <W> void agree(
      Graph<Integer, DefaultWeightedEdge> g,
      Semiring<W> sr,
      Function<DefaultWeightedEdge, W> w,
      int n,
      String msg) {
    List<PathSumSolver<Integer, W>> solvers =
        List.of(
            PathSumSolvers.forGraph(g, sr, w),
            PathSumSolvers.forGraph(g, sr, w, NamedAlgorithms.STAR),
            PathSumSolvers.forGraph(g, sr, w, NamedAlgorithms.RESIDUAL),
            PathSumSolvers.forGraph(g, sr, w, NamedAlgorithms.RESIDUAL));
    for (int s = 0; s < n; s++) {
      PathSums<Integer, W> reference = solvers.get(0).solveFrom(s);
      PathSums<Integer, W> backward = solvers.get(0).solveTo(s);
      for (PathSumSolver<Integer, W> other : solvers) {
        PathSums<Integer, W> from = other.solveFrom(s);
        for (int v = 0; v < n; v++) {
          String m = msg + " " + sr.name() + " " + other + " s=" + s + " v=" + v;
          assertTrue(
              close(sr, reference.get(v), from.get(v)),
              m + ": " + reference.get(v) + " vs " + from.get(v));
          assertTrue(close(sr, backward.get(v), other.solveBetween(v, s)), m + " backward");
        }
      }
    }
  }

  /** The residual solver stops at the semiring's tolerance, so allow a little more for doubles. */
  private static <W> boolean close(Semiring<W> sr, W a, W b) {
    if (a instanceof Double) {
      double x = (Double) a;
      double y = (Double) b;
      return x == y || Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x));
    }
    return sr.equivalent(a, b);
  }

  private static GenKill genKill(
      Graph<Integer, DefaultWeightedEdge> g, DefaultWeightedEdge e) {
    int h = Double.hashCode(g.getEdgeWeight(e));
    java.util.BitSet gen = java.util.BitSet.valueOf(new long[] {h & 0xF});
    java.util.BitSet kill = java.util.BitSet.valueOf(new long[] {(h >>> 4) & 0xF});
    return GenKill.of(gen, kill);
  }
}
