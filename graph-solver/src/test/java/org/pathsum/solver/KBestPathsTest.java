package org.pathsum.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semirings;

/**
 * {@link PathSumSolvers#kBestFrom} and {@link PathSumSolvers#kBestTo} against brute-force
 * enumeration of walks up to a length bound, on seeded random multigraphs with cycles, self-loops
 * and parallel edges, in the tropical and the max-plus semiring. Edge weights are {@code b(u, v) +
 * p(u) − p(v)} with integer {@code b ≥ 1} and random integer potentials p, so edges can be negative
 * while every cycle weighs at least its length; a walk longer than L from s to v then weighs at
 * least {@code L + 1 + p(s) − p(v)}, and every weight below that bound must be found exactly, in
 * order, ties included. Every walk returned is a walk of the graph between the right ends, the
 * walks are distinct, and their weights are their edges' sums.
 */
class KBestPathsTest {

  private static final int L = 7;

  @Test
  void fromASourceTheKBestWalksAreTheEnumeratedOnes() {
    for (long seed = 0; seed < 120; seed++) {
      check(seed, false);
    }
  }

  @Test
  void toATargetTheKBestWalksAreTheEnumeratedOnes() {
    for (long seed = 1000; seed < 1120; seed++) {
      check(seed, true);
    }
  }

  private static void check(long seed, boolean backward) {
    SplittableRandom rnd = new SplittableRandom(seed);
    boolean maxPlus = seed % 2 == 1;
    DoubleSemiring semiring = maxPlus ? Semirings.maxPlus() : Semirings.tropical();
    double sign = maxPlus ? -1 : 1;
    int n = 2 + rnd.nextInt(5);
    int m = rnd.nextInt(2 * n + 1);
    int[] p = rnd.ints(n, -8, 9).toArray();
    Graph<Integer, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < n; v++) {
      g.addVertex(v);
    }
    for (int i = 0; i < m; i++) {
      int u = rnd.nextInt(n);
      int v = rnd.nextInt(n);
      DefaultWeightedEdge e = g.addEdge(u, v);
      g.setEdgeWeight(e, sign * (1 + rnd.nextInt(4) + p[u] - p[v]));
    }
    int anchor = rnd.nextInt(n);
    int k = 1 + rnd.nextInt(4);
    String where = "seed " + seed;
    KBestPaths<Integer, DefaultWeightedEdge> best =
        backward
            ? PathSumSolvers.kBestTo(g, semiring, g::getEdgeWeight, anchor, k)
            : PathSumSolvers.kBestFrom(g, semiring, g::getEdgeWeight, anchor, k);
    assertEquals(k, best.k());
    Map<Integer, List<Double>> enumerated = enumerate(g, anchor, backward);
    for (int v = 0; v < n; v++) {
      int s = backward ? v : anchor;
      int t = backward ? anchor : v;
      // In cost space (negated for max-plus), no walk longer than L costs less than this.
      double bound = L + 1 + p[s] - p[t];
      List<Double> costs = new ArrayList<>();
      for (double w : enumerated.getOrDefault(v, List.of())) {
        costs.add(sign * w);
      }
      costs.sort(null);
      double[] weights = best.weights(v);
      assertTrue(weights.length <= k, where);
      for (int i = 0; i < k; i++) {
        boolean expectedBelow = i < costs.size() && costs.get(i) < bound;
        boolean actualBelow = i < weights.length && sign * weights[i] < bound;
        assertEquals(expectedBelow, actualBelow, where + " vertex " + v + " rank " + i);
        if (expectedBelow) {
          assertEquals(costs.get(i), sign * weights[i], 0, where + " vertex " + v + " rank " + i);
        }
      }
      if (weights.length < k) {
        // Fewer than k walks: there are no others at all, so none longer than L either.
        assertEquals(costs.size(), weights.length, where + " vertex " + v);
      }
      for (int i = 1; i < weights.length; i++) {
        assertTrue(sign * weights[i - 1] <= sign * weights[i], where + " best first");
      }
      checkWalks(g, best, s, t, v, backward, where);
    }
    // The edge arrays give the same weights, and the same walks as edge indices.
    List<Integer> vertices = List.copyOf(g.vertexSet());
    List<DefaultWeightedEdge> edges = List.copyOf(g.edgeSet());
    int[] from = new int[edges.size()];
    int[] to = new int[edges.size()];
    double[] w = new double[edges.size()];
    for (int e = 0; e < edges.size(); e++) {
      from[e] = vertices.indexOf(g.getEdgeSource(edges.get(e)));
      to[e] = vertices.indexOf(g.getEdgeTarget(edges.get(e)));
      w[e] = g.getEdgeWeight(edges.get(e));
    }
    KBestPaths<Integer, Integer> arrays =
        backward
            ? PathSumSolvers.kBestTo(vertices, from, to, semiring, w, anchor, k)
            : PathSumSolvers.kBestFrom(vertices, from, to, semiring, w, anchor, k);
    for (int v = 0; v < n; v++) {
      assertArrayEquals(best.weights(v), arrays.weights(v), where);
      List<List<DefaultWeightedEdge>> asEdges = new ArrayList<>();
      for (List<Integer> walk : arrays.walks(v)) {
        List<DefaultWeightedEdge> mapped = new ArrayList<>();
        for (int e : walk) {
          mapped.add(edges.get(e));
        }
        asEdges.add(mapped);
      }
      assertEquals(new HashSet<>(best.walks(v)), new HashSet<>(asEdges), where);
    }
    assertThrows(UnsupportedOperationException.class, () -> arrays.paths(anchor));
  }

  /** Each walk is a walk of g from s to t, distinct, weighing the sum of its edges. */
  private static void checkWalks(
      Graph<Integer, DefaultWeightedEdge> g,
      KBestPaths<Integer, DefaultWeightedEdge> best,
      int s,
      int t,
      int v,
      boolean backward,
      String where) {
    double[] weights = best.weights(v);
    List<List<DefaultWeightedEdge>> walks = best.walks(v);
    List<GraphPath<Integer, DefaultWeightedEdge>> paths = best.paths(v);
    assertEquals(weights.length, walks.size(), where);
    assertEquals(weights.length, paths.size(), where);
    assertEquals(walks.size(), new HashSet<>(walks).size(), where + ": distinct walks");
    for (int i = 0; i < walks.size(); i++) {
      List<DefaultWeightedEdge> walk = walks.get(i);
      int at = s;
      for (DefaultWeightedEdge e : walk) {
        assertEquals(at, (int) g.getEdgeSource(e), where + " a walk");
        at = g.getEdgeTarget(e);
      }
      assertEquals(t, at, where + " ends at " + t);
      double sum = 0;
      if (backward) {
        for (int j = walk.size() - 1; j >= 0; j--) {
          sum = g.getEdgeWeight(walk.get(j)) + sum;
        }
      } else {
        for (DefaultWeightedEdge e : walk) {
          sum = sum + g.getEdgeWeight(e);
        }
      }
      assertEquals(sum, weights[i], 0, where + " weight of walk " + i);
      GraphPath<Integer, DefaultWeightedEdge> path = paths.get(i);
      assertEquals(walk, path.getEdgeList(), where);
      assertEquals(s, (int) path.getStartVertex(), where);
      assertEquals(t, (int) path.getEndVertex(), where);
      assertEquals(weights[i], path.getWeight(), 0, where);
    }
  }

  /**
   * The weight of every walk of at most L edges between the anchor and each vertex (from the
   * anchor, or to it when {@code backward}), by breadth over walk prefixes.
   */
  private static Map<Integer, List<Double>> enumerate(
      Graph<Integer, DefaultWeightedEdge> g, int anchor, boolean backward) {
    Map<Integer, List<Double>> out = new HashMap<>();
    for (int start : g.vertexSet()) {
      if (!backward && start != anchor) {
        continue;
      }
      // (end vertex, weight) of every walk from start with the current number of edges.
      List<int[]> ends = new ArrayList<>(List.of(new int[] {start}));
      List<Double> weights = new ArrayList<>(List.of(0.0));
      for (int length = 0; length <= L; length++) {
        List<int[]> nextEnds = new ArrayList<>();
        List<Double> nextWeights = new ArrayList<>();
        for (int i = 0; i < ends.size(); i++) {
          int end = ends.get(i)[0];
          double w = weights.get(i);
          if (backward ? end == anchor : true) {
            out.computeIfAbsent(backward ? start : end, x -> new ArrayList<>()).add(w);
          }
          for (DefaultWeightedEdge e : g.outgoingEdgesOf(end)) {
            nextEnds.add(new int[] {g.getEdgeTarget(e)});
            nextWeights.add(w + g.getEdgeWeight(e));
          }
        }
        ends = nextEnds;
        weights = nextWeights;
      }
    }
    return out;
  }

  @Test
  void maxPlusOnDagsGivesEveryPathInOrder() {
    for (long seed = 0; seed < 60; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 2 + rnd.nextInt(6);
      Graph<Integer, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
      for (int v = 0; v < n; v++) {
        g.addVertex(v);
      }
      for (int i = rnd.nextInt(3 * n); i > 0; i--) {
        int u = rnd.nextInt(n);
        int v = rnd.nextInt(n);
        if (u != v) {
          g.setEdgeWeight(g.addEdge(Math.min(u, v), Math.max(u, v)), rnd.nextDouble() * 10 - 5);
        }
      }
      int k = 1 + rnd.nextInt(6);
      KBestPaths<Integer, DefaultWeightedEdge> best =
          PathSumSolvers.kBestFrom(g, Semirings.maxPlus(), g::getEdgeWeight, 0, k);
      Map<Integer, List<Double>> all = enumerate(g, 0, false); // a DAG: every path is short
      for (int v = 0; v < n; v++) {
        List<Double> expected = new ArrayList<>(all.getOrDefault(v, List.of()));
        expected.sort((a, b) -> Double.compare(b, a));
        double[] actual = best.weights(v);
        assertEquals(Math.min(k, expected.size()), actual.length, "seed " + seed);
        for (int i = 0; i < actual.length; i++) {
          assertEquals(expected.get(i), actual[i], 1e-12, "seed " + seed + " vertex " + v);
        }
        checkWalks(g, best, 0, v, v, false, "seed " + seed);
      }
    }
  }

  @Test
  void parallelEdgesAndZeroCyclesGiveTiedDistinctWalks() {
    Graph<String, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    DefaultWeightedEdge a = edge(g, "s", "t", 1);
    DefaultWeightedEdge b = edge(g, "s", "t", 1);
    DefaultWeightedEdge c = edge(g, "s", "t", 2);
    edge(g, "s", "t", Double.POSITIVE_INFINITY); // 0̄: no walk
    KBestPaths<String, DefaultWeightedEdge> best =
        PathSumSolvers.kBestFrom(g, Semirings.tropical(), g::getEdgeWeight, "s", 5);
    assertArrayEquals(new double[] {1, 1, 2}, best.weights("t"));
    assertEquals(List.of(List.of(a), List.of(b), List.of(c)), best.walks("t"));
    assertArrayEquals(new double[] {0}, best.weights("s"));
    assertEquals(List.of(List.of()), best.walks("s"));

    DefaultWeightedEdge loop = edge(g, "t", "t", 0);
    KBestPaths<String, DefaultWeightedEdge> tied =
        PathSumSolvers.kBestTo(g, Semirings.tropical(), g::getEdgeWeight, "t", 4);
    assertArrayEquals(new double[] {0, 0, 0, 0}, tied.weights("t"));
    assertEquals(
        List.of(List.of(), List.of(loop), List.of(loop, loop), List.of(loop, loop, loop)),
        tied.walks("t"));
    assertArrayEquals(new double[] {1, 1, 1, 1}, tied.weights("s"));
    assertEquals(4, new HashSet<>(tied.walks("s")).size());
  }

  @Test
  void refusals() {
    Graph<String, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    edge(g, "s", "a", 1);
    edge(g, "a", "s", -2);
    edge(g, "x", "y", 1);
    NegativeCycleException cycle =
        assertThrows(
            NegativeCycleException.class,
            () -> PathSumSolvers.kBestFrom(g, Semirings.tropical(), g::getEdgeWeight, "s", 2));
    assertEquals(-1.0, (double) cycle.<Double>cycleWeight());
    // Off the walks asked about, the cycle does not matter.
    assertArrayEquals(
        new double[] {1},
        PathSumSolvers.kBestFrom(g, Semirings.tropical(), g::getEdgeWeight, "x", 2).weights("y"));
    assertThrows(
        NegativeCycleException.class,
        () -> PathSumSolvers.kBestTo(g, Semirings.maxPlus(), e -> -g.getEdgeWeight(e), "a", 2));

    IllegalArgumentException k =
        assertThrows(
            IllegalArgumentException.class,
            () -> PathSumSolvers.kBestFrom(g, Semirings.tropical(), g::getEdgeWeight, "x", 0));
    assertTrue(k.getMessage().contains("k = 0"), k.getMessage());
    for (DoubleSemiring other : List.of(Semirings.real(), Semirings.log(), Semirings.viterbi())) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> PathSumSolvers.kBestFrom(g, other, g::getEdgeWeight, "x", 1));
      assertTrue(e.getMessage().contains(other.name()), e.getMessage());
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> PathSumSolvers.kBestTo(g, Semirings.tropical(), g::getEdgeWeight, "nowhere", 1));
    KBestPaths<String, DefaultWeightedEdge> fine =
        PathSumSolvers.kBestFrom(g, Semirings.tropical(), g::getEdgeWeight, "x", 1);
    assertThrows(IllegalArgumentException.class, () -> fine.weights("nowhere"));
    assertEquals(0, fine.weights("s").length);
    assertEquals(List.of(), fine.walks("s"));
  }

  @Test
  void aWalkWhoseWeightOverflowsIsRefused() {
    Graph<String, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    edge(g, "s", "t", 1e308);
    edge(g, "t", "t", 1e308);
    assertArrayEquals(
        new double[] {1e308},
        PathSumSolvers.kBestFrom(g, Semirings.tropical(), g::getEdgeWeight, "s", 1).weights("t"));
    CarrierOverflowException e =
        assertThrows(
            CarrierOverflowException.class,
            () -> PathSumSolvers.kBestFrom(g, Semirings.tropical(), g::getEdgeWeight, "s", 2));
    assertEquals("t", e.vertex());
  }

  private static DefaultWeightedEdge edge(
      Graph<String, DefaultWeightedEdge> g, String u, String v, double w) {
    g.addVertex(u);
    g.addVertex(v);
    DefaultWeightedEdge e = g.addEdge(u, v);
    g.setEdgeWeight(e, w);
    return e;
  }
}
