package org.pathsum.solver;

import org.pathsum.solver.testing.PathEnumerationSolver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.pathsum.solver.testing.SolverAgreement.assertAgree;
import static org.pathsum.solver.testing.SolverAgreement.assertEquivalent;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.AllDirectedPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.semiring.SymbolicSum;
import org.pathsum.solver.testing.RandomDags;
import org.pathsum.solver.testing.RandomWeights;
import org.pathsum.solver.testing.TestEdge;
import org.pathsum.solver.testing.SolverAgreement;

/**
 * Seeded random DAGs with parallel edges and unreachable parts: the DAG solver's forward, backward
 * and demand answers equal the brute-force path enumeration for every pair of vertices, in every
 * shipped semiring.
 */
class DagRandomTest {

  private static final int GRAPHS = 200;
  private static final int MAX_VERTICES = 9;
  private static final int GEN_KILL_WIDTH = 6;

  /** Every shipped semiring with a sampler of its weights; tests that differ only by semiring. */
  static Stream<Arguments> semirings() {
    return Stream.of(
        arguments(Semirings.real(), RandomWeights.real(), 1),
        arguments(Semirings.booleans(), RandomWeights.booleans(), 2),
        arguments(Semirings.tropical(), RandomWeights.tropical(), 3),
        arguments(Semirings.maxPlus(), RandomWeights.maxPlus(), 4),
        arguments(Semirings.counting(), RandomWeights.counting(), 5),
        arguments(Semirings.bottleneck(), RandomWeights.bottleneck(), 6),
        arguments(Semirings.viterbi(), RandomWeights.viterbi(), 7),
        arguments(Semirings.log(), RandomWeights.log(), 8),
        arguments(
            Semirings.genKillUnion(GEN_KILL_WIDTH), RandomWeights.genKill(GEN_KILL_WIDTH), 9),
        arguments(
            Semirings.genKillIntersection(GEN_KILL_WIDTH),
            RandomWeights.genKill(GEN_KILL_WIDTH),
            10),
        arguments(Semirings.symbolic(), RandomWeights.symbolic(), 11),
        arguments(
            Semirings.lexicographic(Semirings.tropical(), Semirings.counting()),
            RandomWeights.shortestWithCount(),
            12),
        arguments(
            Semirings.product(Semirings.real(), Semirings.counting()),
            RandomWeights.realAndCount(),
            13));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("semirings")
  <W> void frontDoorAgreesWithEnumeration(
      Semiring<W> semiring, Function<SplittableRandom, W> sample, long seedBase) {
    checkAgainstEnumeration(semiring, sample, seedBase);
  }

  @Test
  void symbolicWithOneAtomPerEdgeListsEveryPathInOrder() {
    // Each edge its own atom: every sum is exactly the multiset of paths, written in path order.
    Semiring<SymbolicSum> symbolic = Semirings.symbolic();
    for (int i = 0; i < GRAPHS; i++) {
      long seed = 1400L * 100_000L + i;
      Graph<Integer, TestEdge> g = RandomDags.randomDag(new SplittableRandom(seed), MAX_VERTICES);
      Function<TestEdge, SymbolicSum> atoms = e -> SymbolicSum.atom(e.toString());
      assertAgree(
          g,
          PathEnumerationSolver.of(g, symbolic, atoms),
          PathSumSolvers.forGraph(g, symbolic, atoms),
          "seed " + seed);
    }
  }

  @Test
  void forwardEqualsBackwardUnderNonCommutativeSemirings() {
    // No reference here: the forward sweep and the reversed-graph sweep must agree exactly.
    forwardEqualsBackward(
        Semirings.genKillUnion(GEN_KILL_WIDTH), RandomWeights.genKill(GEN_KILL_WIDTH), 15);
    forwardEqualsBackward(
        Semirings.genKillIntersection(GEN_KILL_WIDTH), RandomWeights.genKill(GEN_KILL_WIDTH), 16);
    forwardEqualsBackward(Semirings.symbolic(), RandomWeights.symbolic(), 17);
  }

  @Test
  void enumerationAgreesWithJgraphtAllDirectedPaths() {
    // The reference itself, checked against JGraphT's independent path enumeration.
    Semiring<SymbolicSum> symbolic = Semirings.symbolic();
    for (int i = 0; i < GRAPHS / 2; i++) {
      long seed = 1800L * 100_000L + i;
      Graph<Integer, TestEdge> g = RandomDags.randomDag(new SplittableRandom(seed), MAX_VERTICES);
      Function<TestEdge, SymbolicSum> atoms = e -> SymbolicSum.atom(e.toString());
      PathEnumerationSolver<Integer, TestEdge, SymbolicSum> reference =
          PathEnumerationSolver.of(g, symbolic, atoms);
      AllDirectedPaths<Integer, TestEdge> all = new AllDirectedPaths<>(g);
      for (Integer s : g.vertexSet()) {
        for (Integer t : g.vertexSet()) {
          SymbolicSum expected = s.equals(t) ? symbolic.one() : symbolic.zero();
          if (!s.equals(t)) {
            for (GraphPath<Integer, TestEdge> path : all.getAllPaths(s, t, true, null)) {
              SymbolicSum product = symbolic.one();
              for (TestEdge e : path.getEdgeList()) {
                product = symbolic.times(product, atoms.apply(e));
              }
              expected = symbolic.plus(expected, product);
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
          PathSumSolvers.forGraph(g, semiring, w::get),
          "seed " + seed + ", " + semiring.name());
    }
  }

  private static <W> void forwardEqualsBackward(
      Semiring<W> semiring, Function<SplittableRandom, W> sample, long seedBase) {
    for (int i = 0; i < GRAPHS; i++) {
      long seed = seedBase * 100_000L + i;
      SplittableRandom rnd = new SplittableRandom(seed);
      Graph<Integer, TestEdge> g = RandomDags.randomDag(rnd, MAX_VERTICES);
      Map<TestEdge, W> w = RandomDags.randomWeights(g, rnd, sample);
      PathSumSolver<Integer, W> solver = PathSumSolvers.forGraph(g, semiring, w::get);
      for (Integer t : g.vertexSet()) {
        PathSums<Integer, W> to = solver.solveTo(t);
        for (Integer s : g.vertexSet()) {
          assertEquivalent(
              semiring,
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
}
