package org.pathsum.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.PathSumException;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;

/**
 * {@link PathSumSolvers#forEdgeArrays} is {@link PathSumSolvers#forGraph} on the same graph given
 * as arrays: same sums (and same refusals) from every vertex on seeded random cyclic multigraphs,
 * in the order of the vertex list; bad arrays are refused with a message.
 */
class ForEdgeArraysTest {

  @Test
  void arraysGiveTheSameSumsAsTheJgraphtGraph() {
    List<Semiring<Double>> semirings =
        List.of(Semirings.tropical(), Semirings.maxPlus(), Semirings.real(), Semirings.viterbi());
    for (Semiring<Double> semiring : semirings) {
      for (long seed = 0; seed < 40; seed++) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 1 + rnd.nextInt(15);
        int m = rnd.nextInt(3 * n);
        List<String> vertices = new ArrayList<>();
        Graph<String, DefaultWeightedEdge> g =
            new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < n; v++) {
          vertices.add("v" + v);
          g.addVertex("v" + v);
        }
        int[] from = new int[m];
        int[] to = new int[m];
        double[] w = new double[m];
        for (int e = 0; e < m; e++) {
          from[e] = rnd.nextInt(n);
          to[e] = rnd.nextInt(n);
          w[e] = rnd.nextInt(4) == 0 ? 0.0 : rnd.nextDouble() * 0.3;
          DefaultWeightedEdge edge = g.addEdge(vertices.get(from[e]), vertices.get(to[e]));
          g.setEdgeWeight(edge, w[e]);
        }
        PathSumSolver<String, Double> expected = PathSumSolvers.ofEdgeWeights(g, semiring);
        PathSumSolver<String, Double> actual =
            PathSumSolvers.forEdgeArrays(vertices, from, to, e -> w[e], semiring);
        for (String v : vertices) {
          String where = semiring.name() + " seed " + seed + " from " + v;
          try {
            var values = expected.solveFrom(v).values();
            assertEquals(List.copyOf(values.keySet()), vertices, where);
            assertEquals(values, actual.solveFrom(v).values(), where);
          } catch (PathSumException refused) {
            assertThrows(refused.getClass(), () -> actual.solveFrom(v), where);
          }
        }
      }
    }
  }

  @Test
  void badArraysAreRefused() {
    List<String> two = List.of("a", "b");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PathSumSolvers.forEdgeArrays(
                two, new int[] {0}, new int[] {}, e -> 1.0, Semirings.tropical()));
    IllegalArgumentException outside =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PathSumSolvers.forEdgeArrays(
                    two, new int[] {0}, new int[] {2}, e -> 1.0, Semirings.tropical()));
    assertEquals("edge 0 (0 -> 2) names a vertex index outside 0..1", outside.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PathSumSolvers.forEdgeArrays(
                List.of("a", "a"), new int[] {0}, new int[] {1}, e -> 1.0, Semirings.tropical()));
    assertThrows(
        NullPointerException.class,
        () ->
            PathSumSolvers.forEdgeArrays(
                two, new int[] {0}, new int[] {1}, e -> null, Semirings.tropical()));
  }
}
