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
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.PathSumException;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;

/**
 * {@link PathSumSolvers#forEdgeArrays} is {@link PathSumSolvers#forGraph} on the same graph given
 * as arrays: same sums (and same refusals) from every vertex on seeded random cyclic multigraphs,
 * in the order of the vertex list; bad arrays are refused with a message. The {@code double[]}
 * overload (primitive weights, nothing boxed) is its twin: the same sums bit for bit and the same
 * refusals (type and cycle) as the boxed one.
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
        PathSumSolver<String, Double> expected = PathSumSolvers.forGraph(g, semiring, g::getEdgeWeight);
        PathSumSolver<String, Double> actual =
            PathSumSolvers.forEdgeArrays(vertices, from, to, semiring, e -> w[e]);
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
                two, new int[] {0}, new int[] {}, Semirings.tropical(), e -> 1.0));
    IllegalArgumentException outside =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PathSumSolvers.forEdgeArrays(
                    two, new int[] {0}, new int[] {2}, Semirings.tropical(), e -> 1.0));
    assertEquals("edge 0 (0 -> 2) names a vertex index outside 0..1", outside.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PathSumSolvers.forEdgeArrays(
                List.of("a", "a"), new int[] {0}, new int[] {1}, Semirings.tropical(), e -> 1.0));
    assertThrows(
        NullPointerException.class,
        () ->
            PathSumSolvers.forEdgeArrays(
                two, new int[] {0}, new int[] {1}, Semirings.tropical(), e -> null));
  }

  @Test
  void primitiveWeightsGiveTheSameSumsAndRefusalsAsBoxedOnes() {
    List<DoubleSemiring> semirings =
        List.of(
            Semirings.real(),
            Semirings.log(),
            Semirings.tropical(),
            Semirings.maxPlus(),
            Semirings.viterbi(),
            Semirings.bottleneck());
    int refusals = 0;
    for (DoubleSemiring semiring : semirings) {
      for (long seed = 0; seed < 60; seed++) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int n = 1 + rnd.nextInt(20);
        int m = rnd.nextInt(4 * n);
        List<String> vertices = new ArrayList<>();
        for (int v = 0; v < n; v++) {
          vertices.add("v" + v);
        }
        int[] from = new int[m];
        int[] to = new int[m];
        double[] w = new double[m];
        for (int e = 0; e < m; e++) {
          from[e] = rnd.nextInt(n);
          to[e] = rnd.nextInt(n);
          // zeros of every semiring (0, ±inf), −0.0, and weights that make some cycles refused
          w[e] =
              switch (rnd.nextInt(8)) {
                case 0 -> semiring.zeroAsDouble();
                case 1 -> -0.0;
                case 2 -> rnd.nextDouble() * 3 - 1.5;
                default -> rnd.nextDouble() * 0.4 - 0.1;
              };
          if (!semiring.isMemberAsDouble(w[e])) {
            w[e] = Math.min(1, Math.abs(w[e])); // Viterbi's carrier is [0, 1]
          }
        }
        PathSumSolver<String, Double> boxed =
            PathSumSolvers.forEdgeArrays(vertices, from, to, semiring, e -> w[e]);
        PathSumSolver<String, Double> primitive =
            PathSumSolvers.forEdgeArrays(vertices, from, to, semiring, w);
        for (String v : vertices) {
          String where = semiring.name() + " seed " + seed + " from " + v;
          for (boolean backward : new boolean[] {false, true}) {
            try {
              var expected = (backward ? boxed.solveTo(v) : boxed.solveFrom(v)).values();
              var actual = (backward ? primitive.solveTo(v) : primitive.solveFrom(v)).values();
              assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), where);
              assertEquals(expected, actual, where); // Double.equals: bit for bit
            } catch (PathSumException refused) {
              refusals++;
              PathSumException other =
                  assertThrows(
                      refused.getClass(),
                      () -> (backward ? primitive.solveTo(v) : primitive.solveFrom(v)).values(),
                      where);
              assertEquals(refused.getMessage(), other.getMessage(), where);
            }
          }
          String t = vertices.get(rnd.nextInt(n));
          try {
            assertEquals(
                boxed.solveBetween(v, t), primitive.solveBetween(v, t), where + " to " + t);
          } catch (PathSumException refused) {
            assertThrows(refused.getClass(), () -> primitive.solveBetween(v, t), where);
          }
        }
      }
    }
    // the weights above make some queries refused; the comparison must have covered them
    org.junit.jupiter.api.Assertions.assertTrue(refusals > 0, "no refusal was compared");
  }

  @Test
  void badPrimitiveArraysAreRefused() {
    List<String> two = List.of("a", "b");
    DoubleSemiring tropical = Semirings.tropical();
    IllegalArgumentException shortWeights =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PathSumSolvers.forEdgeArrays(
                    two, new int[] {0, 1}, new int[] {1, 0}, tropical, new double[] {1.0}));
    assertEquals(
        "from has 2 edges but weights has 1; give one weight per edge", shortWeights.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PathSumSolvers.forEdgeArrays(
                two, new int[] {0}, new int[] {}, tropical, new double[] {1.0}));
    IllegalArgumentException outside =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PathSumSolvers.forEdgeArrays(
                    two, new int[] {0}, new int[] {2}, tropical, new double[] {1.0}));
    assertEquals("edge 0 (0 -> 2) names a vertex index outside 0..1", outside.getMessage());
    // A repeated vertex is caught by the vertex index's own map, and named.
    IllegalArgumentException repeated =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PathSumSolvers.forEdgeArrays(
                    List.of("a", "b", "a"),
                    new int[] {0},
                    new int[] {1},
                    tropical,
                    new double[] {1.0}));
    assertEquals("the vertex list repeats vertex a; list each vertex once", repeated.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PathSumSolvers.forEdgeArrays(
                List.of("x", "x"), new int[] {}, new int[] {}, tropical, e -> 1.0));
  }
}
