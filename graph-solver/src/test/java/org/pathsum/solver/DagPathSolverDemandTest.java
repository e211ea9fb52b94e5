package org.pathsum.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.EdgeReversedGraph;
import org.jgrapht.traverse.DepthFirstIterator;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;

/**
 * Which edges each query reads. The expected edge sets come from JGraphT's own traversals: an edge
 * (m, n) lies on some s → t path iff s reaches m and n reaches t.
 */
class DagPathSolverDemandTest {

  private static final Semiring<Long> COUNTING = Semirings.counting();

  @Test
  void demandReadsEachEdgeOfTheSourceTargetSubgraphOnceAndNoOther() {
    for (long seed = 0; seed < 200; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Graph<Integer, TestEdge> g = RandomDags.randomDag(rnd, 9);
      Map<TestEdge, Long> w = RandomDags.randomWeights(g, rnd, RandomWeights.counting());
      PathEnumerationSolver<Integer, TestEdge, Long> reference =
          PathEnumerationSolver.of(g, COUNTING, w::get);
      for (Integer s : g.vertexSet()) {
        Set<Integer> fromS = reachable(g, s);
        for (Integer t : g.vertexSet()) {
          Set<Integer> toT = reachable(new EdgeReversedGraph<>(g), t);
          Set<TestEdge> onPaths = new HashSet<>();
          for (TestEdge e : g.edgeSet()) {
            if (fromS.contains(g.getEdgeSource(e)) && toT.contains(g.getEdgeTarget(e))) {
              onPaths.add(e);
            }
          }
          List<TestEdge> read = new ArrayList<>();
          Function<TestEdge, Long> recording = recorder(w, onPaths, read, seed, s, t);
          long sum = DagPathSolver.of(g, COUNTING, recording).solveBetween(s, t);
          String context = "seed " + seed + ", " + s + " -> " + t;
          assertEquals(reference.solveBetween(s, t), sum, context);
          assertEquals(onPaths, new HashSet<>(read), context + ": edges read");
          assertEquals(onPaths.size(), read.size(), context + ": an edge was read twice");
        }
      }
    }
  }

  @Test
  void forwardAndBackwardReadOnlyTheReachablePart() {
    for (long seed = 0; seed < 200; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Graph<Integer, TestEdge> g = RandomDags.randomDag(rnd, 9);
      Map<TestEdge, Long> w = RandomDags.randomWeights(g, rnd, RandomWeights.counting());
      for (Integer v : g.vertexSet()) {
        Set<Integer> fromV = reachable(g, v);
        Set<Integer> toV = reachable(new EdgeReversedGraph<>(g), v);
        Set<TestEdge> outOfFromV = new HashSet<>();
        Set<TestEdge> intoToV = new HashSet<>();
        for (TestEdge e : g.edgeSet()) {
          if (fromV.contains(g.getEdgeSource(e))) {
            outOfFromV.add(e);
          }
          if (toV.contains(g.getEdgeTarget(e))) {
            intoToV.add(e);
          }
        }
        List<TestEdge> read = new ArrayList<>();
        DagPathSolver.of(g, COUNTING, recorder(w, outOfFromV, read, seed, v, null)).solveFrom(v);
        assertEquals(outOfFromV, new HashSet<>(read), "seed " + seed + ", solveFrom " + v);
        assertEquals(outOfFromV.size(), read.size(), "seed " + seed + ", solveFrom " + v);
        read.clear();
        DagPathSolver.of(g, COUNTING, recorder(w, intoToV, read, seed, null, v)).solveTo(v);
        assertEquals(intoToV, new HashSet<>(read), "seed " + seed + ", solveTo " + v);
        assertEquals(intoToV.size(), read.size(), "seed " + seed + ", solveTo " + v);
      }
    }
  }

  /** A weight function that logs each edge read and fails on any edge outside {@code allowed}. */
  private static Function<TestEdge, Long> recorder(
      Map<TestEdge, Long> w,
      Set<TestEdge> allowed,
      List<TestEdge> read,
      long seed,
      Integer s,
      Integer t) {
    return e -> {
      if (!allowed.contains(e)) {
        throw new AssertionError(
            "seed " + seed + ": solving " + s + " -> " + t + " read edge " + e + " outside");
      }
      read.add(e);
      return w.get(e);
    };
  }

  private static <V, E> Set<V> reachable(Graph<V, E> g, V start) {
    Set<V> seen = new HashSet<>();
    new DepthFirstIterator<>(g, start).forEachRemaining(seen::add);
    return seen;
  }
}
