package org.pathsum.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Expectation;
import org.pathsum.semiring.KBest;
import org.pathsum.semiring.Polynomial;
import org.pathsum.semiring.SecondOrder;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.testing.PathEnumerationSolver;
import org.pathsum.solver.testing.RandomDags;
import org.pathsum.solver.testing.TestEdge;

/**
 * Exact counting, k-best, provenance, expectation and second order through the front door on
 * seeded random DAGs with parallel edges, against every path enumerated here: the k best of the
 * enumerated path weights, the number of paths, Σ p(π), Σ p(π)·c(π) and Σ p(π)·c(π)² computed
 * path by path in plain {@code double}s. Cycles are refused for the semirings without a star,
 * naming a cycle of the graph.
 */
class StructuredPredictionOnDagsTest {

  private static final long SEED = 20261207L;

  private static Graph<Integer, TestEdge> dag(SplittableRandom r) {
    return RandomDags.randomDag(r, 9);
  }

  @Test
  void kBestOnRandomDagsIsTheKBestOfTheEnumeratedPathWeights() {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int round = 0; round < 150; round++) {
      Graph<Integer, TestEdge> g = dag(r);
      Map<TestEdge, Double> w = new HashMap<>();
      for (TestEdge e : g.edgeSet()) {
        w.put(e, (double) r.nextInt(-4, 8)); // negative weights are fine on a DAG; sums exact
      }
      int k = 1 + r.nextInt(5);
      boolean max = r.nextBoolean();
      Semiring<KBest> s = max ? Semirings.kMaxPlus(k) : Semirings.kTropical(k);
      PathSumSolver<Integer, KBest> solver =
          PathSumSolvers.forGraph(g, s, e -> KBest.of(w.get(e)));
      Integer source = g.vertexSet().iterator().next();
      Map<Integer, List<List<TestEdge>>> all = PathEnumerationSolver.pathsFrom(g, source);
      PathSums<Integer, KBest> from = solver.solveFrom(source);
      for (Integer v : g.vertexSet()) {
        double[] weights =
            all.get(v).stream()
                .mapToDouble(p -> p.stream().mapToDouble(w::get).sum())
                .sorted()
                .toArray();
        if (max) {
          weights = reverse(weights);
        }
        double[] expected = Arrays.copyOf(weights, Math.min(k, weights.length));
        String where = "seed " + SEED + ", round " + round + ", " + s.name() + " k " + k;
        assertEquals(Arrays.toString(expected), from.get(v).toString(), where + " to " + v);
        assertEquals(
            Arrays.toString(expected), solver.solveTo(v).get(source).toString(), where + " back");
      }
    }
  }

  private static double[] reverse(double[] a) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[a.length - 1 - i];
    }
    return out;
  }

  @Test
  void provenanceIsUniversalForCountingAndRealPathSums() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    for (int round = 0; round < 100; round++) {
      Graph<Integer, TestEdge> g = dag(r);
      Map<TestEdge, Double> w = new HashMap<>();
      for (TestEdge e : g.edgeSet()) {
        w.put(e, r.nextDouble(-2, 2));
      }
      PathSumSolver<Integer, Polynomial> solver =
          PathSumSolvers.forGraph(
              g, Semirings.provenance(), e -> Polynomial.variable("e" + e.id()));
      Integer source = g.vertexSet().iterator().next();
      Map<Integer, List<List<TestEdge>>> all = PathEnumerationSolver.pathsFrom(g, source);
      PathSums<Integer, Polynomial> from = solver.solveFrom(source);
      for (Integer v : g.vertexSet()) {
        Polynomial poly = from.get(v);
        String where = "seed " + SEED + ", round " + round + ", vertex " + v + ": " + poly;
        assertEquals(
            BigInteger.valueOf(all.get(v).size()),
            poly.evaluate(Semirings.exactCounting(), x -> BigInteger.ONE),
            where);
        double real = 0;
        for (List<TestEdge> p : all.get(v)) {
          double product = 1;
          for (TestEdge e : p) {
            product *= w.get(e);
          }
          real += product;
        }
        double evaluated =
            poly.evaluate(
                Semirings.real(), x -> w.get(edge(g, Integer.parseInt(x.substring(1)))));
        assertEquals(real, evaluated, 1e-9 * Math.max(1, Math.abs(real)), where);
      }
    }
  }

  private static TestEdge edge(Graph<Integer, TestEdge> g, int id) {
    return g.edgeSet().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
  }

  @Test
  void provenanceListsEachPathAsTheProductOfItsEdges() {
    // s → a twice (x, y), a → t (z), s → t (z): paths x·z, y·z, z
    Graph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
    for (String v : List.of("s", "a", "t")) {
      g.addVertex(v);
    }
    Map<DefaultEdge, String> names = new HashMap<>();
    names.put(g.addEdge("s", "a"), "x");
    names.put(g.addEdge("s", "a"), "y");
    names.put(g.addEdge("a", "t"), "z");
    names.put(g.addEdge("s", "t"), "z");
    Polynomial p =
        PathSumSolvers.forGraph(
                g, Semirings.provenance(), e -> Polynomial.variable(names.get(e)))
            .solveBetween("s", "t");
    assertEquals("x*z + y*z + z", p.toString());
  }

  /** 0 ⇉ 1 ⇉ … ⇉ k: two parallel edges per step (a diamond each), 2^v paths from 0 to v. */
  private static Graph<Integer, DefaultEdge> doubledChain(int k) {
    Graph<Integer, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
    g.addVertex(0);
    for (int i = 0; i < k; i++) {
      g.addVertex(i + 1);
      g.addEdge(i, i + 1);
      g.addEdge(i, i + 1);
    }
    return g;
  }

  @Test
  void exactCountingCountsTwoToTheHundredPaths() {
    int k = 100;
    Graph<Integer, DefaultEdge> g = doubledChain(k);
    PathSumSolver<Integer, BigInteger> solver =
        PathSumSolvers.forGraph(g, Semirings.exactCounting(), e -> BigInteger.ONE);
    assertEquals(BigInteger.TWO.pow(100), solver.solveBetween(0, k));
    assertEquals(BigInteger.TWO.pow(100), solver.solveTo(k).get(0));
    assertEquals(BigInteger.TWO.pow(37), solver.solveFrom(0).get(37));
    // the long twin refuses what the exact one counts
    PathSumSolver<Integer, Long> counting =
        PathSumSolvers.forGraph(g, Semirings.counting(), e -> 1L);
    assertThrows(CarrierOverflowException.class, () -> counting.solveBetween(0, k));
  }

  @Test
  void exactCountingAgreesWithEnumerationOnRandomDags() {
    SplittableRandom r = new SplittableRandom(SEED + 2);
    for (int round = 0; round < 100; round++) {
      Graph<Integer, TestEdge> g = dag(r);
      Integer source = g.vertexSet().iterator().next();
      Map<Integer, List<List<TestEdge>>> all = PathEnumerationSolver.pathsFrom(g, source);
      PathSums<Integer, BigInteger> from =
          PathSumSolvers.forGraph(g, Semirings.exactCounting(), e -> BigInteger.ONE)
              .solveFrom(source);
      for (Integer v : g.vertexSet()) {
        assertEquals(
            BigInteger.valueOf(all.get(v).size()),
            from.get(v),
            "seed " + SEED + ", round " + round + ", vertex " + v);
      }
    }
  }

  @Test
  void weightedExactCountsAgreeWithEnumerationInEveryDirection() {
    // Multiplicities 0..3, and in every third round one edge weighing 2^70: the sweeps on long
    // counts, their hand-over to BigInteger when a count passes 2^63, and the generic sweep on
    // weights no long holds must all give the enumerated sums, forward, backward and per pair.
    SplittableRandom r = new SplittableRandom(SEED + 3);
    BigInteger huge = BigInteger.TWO.pow(70);
    for (int round = 0; round < 60; round++) {
      Graph<Integer, TestEdge> g = dag(r);
      Map<TestEdge, BigInteger> weight = new HashMap<>();
      for (TestEdge e : g.edgeSet()) {
        weight.put(e, BigInteger.valueOf(r.nextInt(4)));
      }
      if (round % 3 == 0 && !g.edgeSet().isEmpty()) {
        weight.put(g.edgeSet().iterator().next(), huge);
      }
      Integer source = g.vertexSet().iterator().next();
      Map<Integer, List<List<TestEdge>>> all = PathEnumerationSolver.pathsFrom(g, source);
      PathSumSolver<Integer, BigInteger> solver =
          PathSumSolvers.forGraph(g, Semirings.exactCounting(), weight::get);
      PathSums<Integer, BigInteger> from = solver.solveFrom(source);
      for (Integer v : g.vertexSet()) {
        BigInteger expected = BigInteger.ZERO;
        for (List<TestEdge> path : all.get(v)) {
          BigInteger product = BigInteger.ONE;
          for (TestEdge e : path) {
            product = product.multiply(weight.get(e));
          }
          expected = expected.add(product);
        }
        String where = "seed " + SEED + ", round " + round + ", vertex " + v;
        assertEquals(expected, from.get(v), where);
        assertEquals(expected, solver.solveTo(v).get(source), where);
        assertEquals(expected, solver.solveBetween(source, v), where);
      }
    }
  }

  @Test
  void exactCountsPassTwoToTheSixtyThreeMidSweep() {
    // 0 ⇉ 1 ⇉ … ⇉ 70, then 70 → 71 weighing 3: counts pass 2^63 at
    // vertex 63, and every vertex before it was counted exactly on the way
    int k = 70;
    Graph<Integer, DefaultEdge> g = doubledChain(k);
    g.addVertex(k + 1);
    DefaultEdge last = g.addEdge(k, k + 1);
    PathSumSolver<Integer, BigInteger> solver =
        PathSumSolvers.forGraph(
            g, Semirings.exactCounting(), e -> e == last ? BigInteger.valueOf(3) : BigInteger.ONE);
    PathSums<Integer, BigInteger> from = solver.solveFrom(0);
    PathSums<Integer, BigInteger> to = solver.solveTo(k + 1);
    for (int v = 0; v <= k; v++) {
      assertEquals(BigInteger.TWO.pow(v), from.get(v), "from 0 to " + v);
      assertEquals(BigInteger.TWO.pow(k - v).multiply(BigInteger.valueOf(3)), to.get(v), "to " + v);
    }
    assertEquals(BigInteger.TWO.pow(k).multiply(BigInteger.valueOf(3)), from.get(k + 1));
    assertEquals(BigInteger.TWO.pow(62), solver.solveBetween(0, 62));
    assertEquals(BigInteger.TWO.pow(64), solver.solveBetween(0, 64));
  }

  @Test
  void exactCountingAndProvenanceRefuseACycleNamingIt() {
    // 0 → 1 → 2 → 3 → 1, 3 → 4
    Graph<Integer, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
    for (int v = 0; v <= 4; v++) {
      g.addVertex(v);
    }
    g.addEdge(0, 1);
    g.addEdge(1, 2);
    g.addEdge(2, 3);
    g.addEdge(3, 1);
    g.addEdge(3, 4);
    for (Semiring<?> s : List.of(Semirings.exactCounting(), Semirings.provenance())) {
      PathSumSolver<Integer, ?> solver = solverOfOnes(g, s);
      InfinitePathSumException e =
          assertThrows(InfinitePathSumException.class, () -> solver.solveFrom(0), s::name);
      List<Integer> cycle = e.cycle();
      assertEquals(3, cycle.size(), cycle::toString);
      assertTrue(cycle.containsAll(List.of(1, 2, 3)), cycle::toString);
      for (int i = 0; i < cycle.size(); i++) {
        assertTrue(g.containsEdge(cycle.get(i), cycle.get((i + 1) % cycle.size())), cycle::toString);
      }
      assertEquals(s.name(), e.semiringName());
      assertThrows(InfinitePathSumException.class, () -> solver.solveTo(4), s::name);
      // paths that avoid the cycle are still summed
      assertEquals(s.one(), solver.solveBetween(4, 4));
    }
  }

  @SuppressWarnings("unchecked")
  private static <W> PathSumSolver<Integer, W> solverOfOnes(
      Graph<Integer, DefaultEdge> g, Semiring<W> s) {
    return PathSumSolvers.forGraph(
        g,
        s,
        e ->
            s.equals(Semirings.provenance())
                ? (W) Polynomial.variable("e" + g.getEdgeSource(e) + "_" + g.getEdgeTarget(e))
                : s.one());
  }

  /**
   * The three documented uses on one random DAG per round: expected cost (expectation, ⟨p, p·c⟩),
   * variance of the cost (second order, ⟨p, p·c, p·c, p·c²⟩) and entropy of the path distribution
   * (expectation, ⟨p, p·ln p⟩), each against the formula evaluated path by path.
   */
  @Test
  void expectedCostVarianceAndEntropyAreThoseOfTheEnumeratedPaths() {
    SplittableRandom r = new SplittableRandom(SEED + 3);
    int checked = 0;
    for (int round = 0; round < 100; round++) {
      Graph<Integer, TestEdge> g = dag(r);
      Map<TestEdge, Double> p = new HashMap<>();
      Map<TestEdge, Double> c = new HashMap<>();
      for (TestEdge e : g.edgeSet()) {
        p.put(e, r.nextDouble(0.05, 1.0));
        c.put(e, r.nextDouble(-3, 5));
      }
      Integer source = g.vertexSet().iterator().next();
      Map<Integer, List<List<TestEdge>>> all = PathEnumerationSolver.pathsFrom(g, source);
      PathSums<Integer, Expectation> cost =
          PathSumSolvers.forGraph(
                  g,
                  Semirings.expectation(),
                  e -> Expectation.of(p.get(e), p.get(e) * c.get(e)))
              .solveFrom(source);
      PathSums<Integer, SecondOrder> second =
          PathSumSolvers.forGraph(
                  g,
                  Semirings.secondOrder(),
                  e -> {
                    double pe = p.get(e);
                    double ce = c.get(e);
                    return SecondOrder.of(pe, pe * ce, pe * ce, pe * ce * ce);
                  })
              .solveFrom(source);
      PathSums<Integer, Expectation> entropy =
          PathSumSolvers.forGraph(
                  g,
                  Semirings.expectation(),
                  e -> Expectation.of(p.get(e), p.get(e) * Math.log(p.get(e))))
              .solveFrom(source);
      for (Integer v : g.vertexSet()) {
        List<List<TestEdge>> paths = all.get(v);
        if (paths.isEmpty()) {
          continue;
        }
        double z = 0;
        double[] prob = new double[paths.size()];
        double[] costs = new double[paths.size()];
        for (int i = 0; i < prob.length; i++) {
          prob[i] = 1;
          for (TestEdge e : paths.get(i)) {
            prob[i] *= p.get(e);
            costs[i] += c.get(e);
          }
          z += prob[i];
        }
        double mean = 0;
        double h = 0;
        for (int i = 0; i < prob.length; i++) {
          double q = prob[i] / z;
          mean += q * costs[i];
          h -= q * Math.log(q);
        }
        double variance = 0;
        for (int i = 0; i < prob.length; i++) {
          variance += prob[i] / z * (costs[i] - mean) * (costs[i] - mean);
        }
        String where = "seed " + SEED + ", round " + round + ", vertex " + v;
        Expectation ec = cost.get(v);
        assertClose(mean, ec.r() / ec.p(), where + " expected cost");
        SecondOrder so = second.get(v);
        double m = so.r() / so.p();
        assertClose(mean, m, where + " second-order mean");
        assertClose(variance, so.t() / so.p() - m * m, where + " variance");
        Expectation en = entropy.get(v);
        assertClose(h, Math.log(en.p()) - en.r() / en.p(), where + " entropy");
        checked++;
      }
    }
    assertTrue(checked > 200, "too few vertices with paths: " + checked);
  }

  private static void assertClose(double expected, double actual, String what) {
    assertEquals(expected, actual, 1e-8 * Math.max(1, Math.abs(expected)), what);
  }
}
