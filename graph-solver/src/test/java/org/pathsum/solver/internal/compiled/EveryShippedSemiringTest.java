package org.pathsum.solver.internal.compiled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.GenKill;
import org.pathsum.semiring.Pair;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.semiring.SymbolicSum;
import org.pathsum.solver.testing.PathEnumerationSolver;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSumSolvers;
import org.pathsum.solver.testing.RandomDags;

/**
 * Every shipped semiring through the compiled sweeps: against brute-force path enumeration in both
 * directions, primitive against boxed twins, and the front door's three queries against brute-force
 * path enumeration ({@link PathEnumerationSolver}, which works on the JGraphT graph and shares
 * nothing with the solvers).
 * The gen/kill and symbolic semirings are not commutative, so they also check operand order.
 */
class EveryShippedSemiringTest {

  /** A semiring with a generator of random member weights, given the edge id. */
  record Case<W>(Semiring<W> s, BiFunction<SplittableRandom, Integer, W> weight) {
    @Override
    public String toString() {
      return s.name();
    }
  }

  static Stream<Case<?>> semirings() {
    return Stream.of(
        new Case<>(Semirings.real(), (r, e) -> r.nextDouble(-2, 2)),
        new Case<>(Semirings.tropical(), (r, e) -> r.nextDouble(-5, 5)),
        new Case<>(Semirings.maxPlus(), (r, e) -> r.nextDouble(-5, 5)),
        new Case<>(Semirings.bottleneck(), (r, e) -> r.nextDouble(-5, 5)),
        new Case<>(Semirings.viterbi(), (r, e) -> r.nextDouble()),
        new Case<>(Semirings.log(), (r, e) -> r.nextDouble(-3, 1)),
        new Case<>(Semirings.booleans(), (r, e) -> r.nextInt(4) > 0),
        new Case<>(Semirings.counting(), (r, e) -> (long) r.nextInt(4)),
        new Case<>(Semirings.genKillUnion(6), (r, e) -> randomGenKill(r)),
        new Case<>(Semirings.genKillIntersection(6), (r, e) -> randomGenKill(r)),
        new Case<>(Semirings.symbolic(), (r, e) -> SymbolicSum.atom("e" + e)),
        new Case<>(
            Semirings.product(Semirings.counting(), Semirings.symbolic()),
            (r, e) -> Pair.of((long) r.nextInt(3), SymbolicSum.atom("e" + e))),
        // Small integer distances make ties, where the lexicographic semiring adds the counts.
        new Case<>(
            Semirings.lexicographic(Semirings.tropical(), Semirings.counting()),
            (r, e) -> Pair.of((double) r.nextInt(3), 1L)));
  }

  private static GenKill randomGenKill(SplittableRandom r) {
    BitSet gen = new BitSet();
    BitSet kill = new BitSet();
    for (int bit = 0; bit < 6; bit++) {
      int k = r.nextInt(4);
      if (k == 1) {
        gen.set(bit);
      } else if (k == 2) {
        kill.set(bit);
      }
    }
    return GenKill.of(gen, kill);
  }

  private static <W> W bruteForce(CompiledDag g, Semiring<W> s, List<W> w, int from, int to) {
    W sum = s.zero();
    for (int[] path : RandomDags.paths(g, from, to)) {
      W product = s.one();
      for (int e : path) {
        product = s.times(product, w.get(e));
      }
      sum = s.plus(sum, product);
    }
    return sum;
  }

  @ParameterizedTest
  @MethodSource("semirings")
  <W> void sweepsMatchBruteForceInBothDirections(Case<W> c) {
    Semiring<W> s = c.s();
    for (long seed = 1; seed <= 15; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(8);
      // Odd seeds: edges by target, the layout without an in-edge id map.
      CompiledDag g =
          seed % 2 == 0
              ? RandomDags.randomDag(rnd, n, rnd.nextInt(14))
              : RandomDags.randomDagByTarget(rnd, n, rnd.nextInt(14));
      List<W> w = new ArrayList<>();
      for (int e = 0; e < g.edgeCount(); e++) {
        w.add(c.weight().apply(rnd, e));
      }
      for (int a = 0; a < n; a++) {
        List<W> fwd = DagSweeps.forward(g, s, w, a);
        List<W> bwd = DagSweeps.backward(g, s, w, a);
        for (int v = 0; v < n; v++) {
          String where = s.name() + " seed " + seed + " anchor " + a + " vertex " + v;
          W from = bruteForce(g, s, w, a, v);
          W to = bruteForce(g, s, w, v, a);
          assertTrue(s.equivalent(from, fwd.get(v)), where + ": " + from + " vs " + fwd.get(v));
          assertTrue(s.equivalent(to, bwd.get(v)), where + ": " + to + " vs " + bwd.get(v));
          assertTrue(s.equivalent(from, DagSweeps.between(g, s, w, a, v)), where);
        }
      }
      if (s instanceof DoubleSemiring) {
        assertPrimitiveTwinsAgree(g, (DoubleSemiring) s, w, seed);
      }
    }
  }

  private static void assertPrimitiveTwinsAgree(
      CompiledDag g, DoubleSemiring s, List<?> boxed, long seed) {
    double[] w = new double[boxed.size()];
    for (int e = 0; e < w.length; e++) {
      w[e] = (Double) boxed.get(e);
    }
    @SuppressWarnings("unchecked")
    List<Double> bw = (List<Double>) boxed;
    Semiring<Double> generic = s;
    for (int a = 0; a < g.vertexCount(); a++) {
      String where = s.name() + " seed " + seed + " anchor " + a;
      assertEquals(
          DagSweeps.forward(g, generic, bw, a), asList(DagSweeps.forward(g, s, w, a)), where);
      assertEquals(
          DagSweeps.backward(g, generic, bw, a), asList(DagSweeps.backward(g, s, w, a)), where);
      assertEquals(
          DagSweeps.between(g, generic, bw, 0, a), DagSweeps.between(g, s, w, 0, a), where);
    }
  }

  private static List<Double> asList(double[] a) {
    List<Double> list = new ArrayList<>();
    for (double x : a) {
      list.add(x);
    }
    return list;
  }

  @ParameterizedTest
  @MethodSource("semirings")
  <W> void frontDoorAgreesWithPathEnumeration(Case<W> c) {
    Semiring<W> s = c.s();
    for (long seed = 1; seed <= 10; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(10);
      Graph<String, Integer> graph = RandomDags.randomJGraphTDag(rnd, n, rnd.nextInt(2 * n + 1));
      List<W> w = new ArrayList<>();
      for (int e = 0; e < graph.edgeSet().size(); e++) {
        w.add(c.weight().apply(rnd, e));
      }
      PathSumSolver<String, W> reference = PathEnumerationSolver.of(graph, s, w::get);
      PathSumSolver<String, W> compiled = PathSumSolvers.forGraph(graph, s, w::get);
      for (String a : graph.vertexSet()) {
        for (String v : graph.vertexSet()) {
          String where = s.name() + " seed " + seed + " " + a + " -> " + v;
          assertTrue(
              s.equivalent(reference.solveFrom(a).get(v), compiled.solveFrom(a).get(v)), where);
          assertTrue(s.equivalent(reference.solveTo(a).get(v), compiled.solveTo(a).get(v)), where);
          assertTrue(
              s.equivalent(reference.solveBetween(a, v), compiled.solveBetween(a, v)), where);
        }
      }
    }
  }
}
