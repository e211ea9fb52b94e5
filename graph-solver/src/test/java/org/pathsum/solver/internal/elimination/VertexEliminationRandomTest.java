package org.pathsum.solver.internal.elimination;

import org.pathsum.solver.testing.PathEnumerationSolver;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.GenKill;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.semiring.SymbolicSum;
import org.pathsum.solver.PathSumSolvers;
import org.pathsum.solver.testing.PathEnumerationSolver;
import org.pathsum.solver.PathSumSolver;

/**
 * Every elimination order against the reference solvers on seeded random DAGs with parallel edges,
 * several sources and targets (overlapping, and sources downstream of sources), in commutative and
 * non-commutative semirings.
 */
class VertexEliminationRandomTest {

  private static final int GRAPHS = 40;

  /** A random DAG on shuffled labels; edge e is the Integer e; weights by edge id. */
  private record Instance(
      Graph<Integer, Integer> graph, List<Integer> sources, List<Integer> targets, long seed) {}

  private static Instance instance(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 2 + rnd.nextInt(11);
    List<Integer> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      labels.add(i);
    }
    Collections.shuffle(labels, new Random(seed));
    Graph<Integer, Integer> g = new DirectedPseudograph<>(null, null, false);
    labels.forEach(g::addVertex);
    int m = rnd.nextInt(3 * n);
    for (int e = 0; e < m; e++) {
      int a = rnd.nextInt(n);
      int b = rnd.nextInt(n);
      if (a == b) {
        continue;
      }
      // Edge from the smaller to the larger position in labels: acyclic, parallel edges allowed.
      g.addEdge(labels.get(Math.min(a, b)), labels.get(Math.max(a, b)), e);
    }
    Set<Integer> sources = new LinkedHashSet<>();
    Set<Integer> targets = new LinkedHashSet<>();
    int ns = 1 + rnd.nextInt(3);
    int nt = 1 + rnd.nextInt(3);
    for (int i = 0; i < ns; i++) {
      sources.add(rnd.nextInt(n));
    }
    for (int i = 0; i < nt; i++) {
      targets.add(rnd.nextInt(n));
    }
    return new Instance(g, List.copyOf(sources), List.copyOf(targets), seed);
  }

  private static List<EliminationOrder> orders(Instance in) {
    List<Object> inner = new ArrayList<>();
    for (Integer v : in.graph().vertexSet()) {
      if (!in.sources().contains(v) && !in.targets().contains(v)) {
        inner.add(v);
      }
    }
    Collections.shuffle(inner, new Random(in.seed() * 31 + 7));
    return List.of(
        EliminationOrder.FORWARD,
        EliminationOrder.REVERSE,
        EliminationOrder.MARKOWITZ,
        EliminationOrder.explicit(inner));
  }

  /**
   * Checks every order on GRAPHS random instances against {@code reference(graph, weights)}, with
   * {@code weight(random, edge)} drawing each edge's weight.
   */
  private static <W> void check(
      Semiring<W> s, BiFunction<SplittableRandom, Integer, W> weight, boolean enumerate) {
    for (long seed = 1; seed <= GRAPHS; seed++) {
      Instance in = instance(seed);
      SplittableRandom rnd = new SplittableRandom(seed * 1_000_003);
      List<W> w = new ArrayList<>();
      int maxEdge = in.graph().edgeSet().stream().mapToInt(Integer::intValue).max().orElse(-1);
      for (int e = 0; e <= maxEdge; e++) {
        w.add(weight.apply(rnd, e));
      }
      PathSumSolver<Integer, W> ref =
          enumerate
              ? PathEnumerationSolver.of(in.graph(), s, w::get)
              : PathSumSolvers.forGraph(in.graph(), s, w::get);
      for (EliminationOrder order : orders(in)) {
        EliminationResult<Integer, W> r =
            VertexElimination.eliminate(in.graph(), s, w::get, in.sources(), in.targets(), order);
        for (Integer src : in.sources()) {
          for (Integer tgt : in.targets()) {
            W expected = ref.solveBetween(src, tgt);
            W actual = r.get(src, tgt);
            assertTrue(
                s.equivalent(expected, actual),
                () ->
                    s.name()
                        + " seed "
                        + in.seed()
                        + " order "
                        + order
                        + " pair "
                        + src
                        + "->"
                        + tgt
                        + ": expected "
                        + expected
                        + " got "
                        + actual);
          }
        }
      }
    }
  }

  @Test
  void realMatchesDagSolver() {
    check(Semirings.real(), (rnd, e) -> rnd.nextDouble(-2, 2), false);
  }

  @Test
  void tropicalMatchesDagSolver() {
    check(Semirings.tropical(), (rnd, e) -> (double) rnd.nextInt(10), false);
  }

  @Test
  void countingMatchesDagSolver() {
    check(Semirings.counting(), (rnd, e) -> (long) rnd.nextInt(4), false);
  }

  @Test
  void booleanMatchesDagSolver() {
    check(Semirings.booleans(), (rnd, e) -> rnd.nextInt(4) != 0, false);
  }

  @Test
  void symbolicWordsMatchEnumeration() {
    check(Semirings.symbolic(), (rnd, e) -> SymbolicSum.atom("e" + e), true);
  }

  @Test
  void genKillMatchesEnumeration() {
    check(Semirings.genKillUnion(6), (rnd, e) -> genKill(rnd), true);
  }

  private static GenKill genKill(SplittableRandom rnd) {
    BitSet gen = new BitSet();
    BitSet kill = new BitSet();
    for (int b = 0; b < 6; b++) {
      int r = rnd.nextInt(4);
      if (r == 0) {
        gen.set(b);
      } else if (r == 1) {
        kill.set(b);
      }
    }
    return GenKill.of(gen, kill);
  }

  /**
   * The symbolic test is sensitive to operand order: eliminating with ⊗ swapped (the reversed
   * semiring) disagrees with path enumeration on some pair of the same random instances.
   */
  @Test
  void swappedOperandsWouldBeCaught() {
    Semiring<SymbolicSum> s = Semirings.symbolic();
    Semiring<SymbolicSum> swapped = s.reversed();
    int mismatches = 0;
    for (long seed = 1; seed <= GRAPHS; seed++) {
      Instance in = instance(seed);
      PathSumSolver<Integer, SymbolicSum> ref =
          PathEnumerationSolver.of(in.graph(), s, e -> SymbolicSum.atom("e" + e));
      EliminationResult<Integer, SymbolicSum> r =
          VertexElimination.eliminate(
              in.graph(),
              swapped,
              e -> SymbolicSum.atom("e" + e),
              in.sources(),
              in.targets(),
              EliminationOrder.MARKOWITZ);
      for (Integer src : in.sources()) {
        for (Integer tgt : in.targets()) {
          if (!ref.solveBetween(src, tgt).equals(r.get(src, tgt))) {
            mismatches++;
          }
        }
      }
    }
    assertTrue(mismatches > 0, "swapping ⊗ operands went unnoticed on " + GRAPHS + " graphs");
  }

  /** All orders agree on the operation-free parts: same eliminated set, whatever the order. */
  @Test
  void everyOrderEliminatesTheSameVertices() {
    for (long seed = 1; seed <= GRAPHS; seed++) {
      Instance in = instance(seed);
      Set<Integer> first = null;
      for (EliminationOrder order : orders(in)) {
        EliminationResult<Integer, Long> r =
            VertexElimination.eliminate(
                in.graph(), Semirings.counting(), e -> 1L, in.sources(), in.targets(), order);
        Set<Integer> set = Set.copyOf(r.eliminated());
        assertEquals(r.eliminated().size(), set.size(), "seed " + seed + " " + order);
        if (first == null) {
          first = set;
        }
        assertEquals(first, set, "seed " + seed + " " + order);
      }
    }
  }
}
