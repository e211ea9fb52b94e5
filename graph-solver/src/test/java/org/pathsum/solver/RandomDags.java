package org.pathsum.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/** Seeded random DAGs for the differential tests. */
final class RandomDags {

  private RandomDags() {}

  /**
   * A random DAG on 1..{@code maxVertices} integer vertices (mostly near the maximum), added in
   * random order and with a random hidden topological order (so vertex numbers say nothing about
   * it), 0.5 to 2.5 edges per vertex, half of them between neighbours in that order (for long
   * paths), some doubled into parallel edges, often with isolated or unreachable parts.
   */
  static Graph<Integer, TestEdge> randomDag(SplittableRandom rnd, int maxVertices) {
    int n =
        rnd.nextInt(4) == 0
            ? 1 + rnd.nextInt(maxVertices)
            : maxVertices - rnd.nextInt(maxVertices / 3 + 1);
    List<Integer> vertices = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      vertices.add(v);
    }
    List<Integer> rank = shuffled(vertices, rnd);
    Graph<Integer, TestEdge> g = new DirectedPseudograph<>(null, null, false);
    for (Integer v : shuffled(vertices, rnd)) {
      g.addVertex(v);
    }
    if (n == 1) {
      return g;
    }
    int edges = rnd.nextInt(n / 2, 5 * n / 2 + 1);
    int id = 0;
    for (int i = 0; i < edges; i++) {
      int a = rnd.nextInt(n);
      int b = rnd.nextBoolean() ? a + 1 : rnd.nextInt(n);
      if (a == b || b == n) {
        continue;
      }
      // orient from lower to higher hidden rank: no cycle can form
      Integer from = rank.get(Math.min(a, b));
      Integer to = rank.get(Math.max(a, b));
      g.addEdge(from, to, new TestEdge(id++));
      if (rnd.nextInt(5) == 0) {
        g.addEdge(from, to, new TestEdge(id++));
      }
    }
    return g;
  }

  /** One random weight per edge, drawn in edge order from {@code sample}. */
  static <W> Map<TestEdge, W> randomWeights(
      Graph<Integer, TestEdge> g, SplittableRandom rnd, Function<SplittableRandom, W> sample) {
    Map<TestEdge, W> weights = new HashMap<>();
    for (TestEdge e : g.edgeSet()) {
      weights.put(e, sample.apply(rnd));
    }
    return weights;
  }

  private static List<Integer> shuffled(List<Integer> list, SplittableRandom rnd) {
    List<Integer> copy = new ArrayList<>(list);
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, rnd.nextInt(i + 1));
    }
    return copy;
  }
}
