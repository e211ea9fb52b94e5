package org.pathsum.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pathsum.solver.SolverAgreement.assertAgree;
import static org.pathsum.solver.SolverAgreement.assertEquivalent;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.AllDirectedPaths;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;

/**
 * Seeded random DAGs with parallel edges and unreachable parts: the DAG solver's forward, backward
 * and demand answers equal the brute-force path enumeration for every pair of vertices.
 */
class DagPathSolverRandomTest {

  private static final int GRAPHS = 300;
  private static final int MAX_VERTICES = 9;

  @Test
  void realSemiringMatchesEnumeration() {
    checkAgainstEnumeration(Semirings.real(), rnd -> rnd.nextDouble(-2, 2), 1L);
  }

  @Test
  void wordSeriesMatchesEnumerationExactly() {
    // Each edge its own letter: the sums are the exact multisets of paths, in path order.
    for (int i = 0; i < GRAPHS; i++) {
      long seed = 1000L + i;
      SplittableRandom rnd = new SplittableRandom(seed);
      Graph<Integer, TestEdge> g = RandomDags.randomDag(rnd, MAX_VERTICES);
      Function<TestEdge, Map<String, Long>> letters = e -> WordSeriesSemiring.word(e + ".");
      assertAgree(
          g,
          PathEnumerationSolver.of(g, WordSeriesSemiring.INSTANCE, letters),
          DagPathSolver.of(g, WordSeriesSemiring.INSTANCE, letters),
          "seed " + seed);
    }
  }

  @Test
  void wordSeriesForwardEqualsBackwardWithoutReference() {
    // Few letters, so different paths share words: coefficients and word order must both match.
    for (int i = 0; i < GRAPHS; i++) {
      long seed = 2000L + i;
      SplittableRandom rnd = new SplittableRandom(seed);
      Graph<Integer, TestEdge> g = RandomDags.randomDag(rnd, MAX_VERTICES);
      Map<TestEdge, Map<String, Long>> w =
          RandomDags.randomWeights(
              g, rnd, r -> WordSeriesSemiring.word(String.valueOf("abc".charAt(r.nextInt(3)))));
      DagPathSolver<Integer, TestEdge, Map<String, Long>> solver =
          DagPathSolver.of(g, WordSeriesSemiring.INSTANCE, w::get);
      for (Integer t : g.vertexSet()) {
        PathSums<Integer, Map<String, Long>> to = solver.solveTo(t);
        for (Integer s : g.vertexSet()) {
          assertEquivalent(
              WordSeriesSemiring.INSTANCE,
              solver.solveFrom(s).get(t),
              to.get(s),
              "seed " + seed,
              "solveTo vs solveFrom",
              s,
              t);
        }
      }
    }
  }

  @Test
  void enumerationAgreesWithJgraphtAllDirectedPaths() {
    // The reference itself, checked against JGraphT's independent path enumeration.
    Semiring<Map<String, Long>> words = WordSeriesSemiring.INSTANCE;
    for (int i = 0; i < GRAPHS / 3; i++) {
      long seed = 3000L + i;
      Graph<Integer, TestEdge> g = RandomDags.randomDag(new SplittableRandom(seed), MAX_VERTICES);
      Function<TestEdge, Map<String, Long>> letters = e -> WordSeriesSemiring.word(e + ".");
      PathEnumerationSolver<Integer, TestEdge, Map<String, Long>> reference =
          PathEnumerationSolver.of(g, words, letters);
      AllDirectedPaths<Integer, TestEdge> all = new AllDirectedPaths<>(g);
      for (Integer s : g.vertexSet()) {
        for (Integer t : g.vertexSet()) {
          Map<String, Long> expected = s.equals(t) ? words.one() : words.zero();
          if (!s.equals(t)) {
            for (GraphPath<Integer, TestEdge> path : all.getAllPaths(s, t, true, null)) {
              Map<String, Long> product = words.one();
              for (TestEdge e : path.getEdgeList()) {
                product = words.times(product, letters.apply(e));
              }
              expected = words.plus(expected, product);
            }
          }
          assertEquals(
              expected, reference.solveBetween(s, t), "seed " + seed + ", " + s + " -> " + t);
        }
      }
    }
  }

  private static <W> void checkAgainstEnumeration(
      Semiring<W> semiring, Function<SplittableRandom, W> sample, long seedBase) {
    for (int i = 0; i < GRAPHS; i++) {
      long seed = seedBase * 100_000L + i;
      SplittableRandom rnd = new SplittableRandom(seed);
      Graph<Integer, TestEdge> g = RandomDags.randomDag(rnd, MAX_VERTICES);
      Map<TestEdge, W> w = RandomDags.randomWeights(g, rnd, sample);
      assertAgree(
          g,
          PathEnumerationSolver.of(g, semiring, w::get),
          DagPathSolver.of(g, semiring, w::get),
          "seed " + seed + ", " + semiring.name());
    }
  }
}
