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
import org.pathsum.semiring.SymbolicSum;

/**
 * Seeded random DAGs with parallel edges and unreachable parts: the DAG solver's forward, backward
 * and demand answers equal the brute-force path enumeration for every pair of vertices, in every
 * shipped semiring.
 */
class DagPathSolverRandomTest {

  private static final int GRAPHS = 200;
  private static final int MAX_VERTICES = 9;
  private static final int GEN_KILL_WIDTH = 6;

  @Test
  void real() {
    checkAgainstEnumeration(Semirings.real(), RandomWeights.real(), 1);
  }

  @Test
  void booleans() {
    checkAgainstEnumeration(Semirings.booleans(), RandomWeights.booleans(), 2);
  }

  @Test
  void tropical() {
    checkAgainstEnumeration(Semirings.tropical(), RandomWeights.tropical(), 3);
  }

  @Test
  void maxPlus() {
    checkAgainstEnumeration(Semirings.maxPlus(), RandomWeights.maxPlus(), 4);
  }

  @Test
  void counting() {
    checkAgainstEnumeration(Semirings.counting(), RandomWeights.counting(), 5);
  }

  @Test
  void bottleneck() {
    checkAgainstEnumeration(Semirings.bottleneck(), RandomWeights.bottleneck(), 6);
  }

  @Test
  void viterbi() {
    checkAgainstEnumeration(Semirings.viterbi(), RandomWeights.viterbi(), 7);
  }

  @Test
  void log() {
    checkAgainstEnumeration(Semirings.log(), RandomWeights.log(), 8);
  }

  @Test
  void genKillUnion() {
    checkAgainstEnumeration(
        Semirings.genKillUnion(GEN_KILL_WIDTH), RandomWeights.genKill(GEN_KILL_WIDTH), 9);
  }

  @Test
  void genKillIntersection() {
    checkAgainstEnumeration(
        Semirings.genKillIntersection(GEN_KILL_WIDTH), RandomWeights.genKill(GEN_KILL_WIDTH), 10);
  }

  @Test
  void symbolic() {
    checkAgainstEnumeration(Semirings.symbolic(), RandomWeights.symbolic(), 11);
  }

  @Test
  void lexicographicShortestDistanceAndCount() {
    checkAgainstEnumeration(
        Semirings.lexicographic(Semirings.tropical(), Semirings.counting()),
        RandomWeights.shortestWithCount(),
        12);
  }

  @Test
  void productOfRealAndCounting() {
    checkAgainstEnumeration(
        Semirings.product(Semirings.real(), Semirings.counting()),
        RandomWeights.realAndCount(),
        13);
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
          DagPathSolver.of(g, symbolic, atoms),
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
          DagPathSolver.of(g, semiring, w::get),
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
      DagPathSolver<Integer, TestEdge, W> solver = DagPathSolver.of(g, semiring, w::get);
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
