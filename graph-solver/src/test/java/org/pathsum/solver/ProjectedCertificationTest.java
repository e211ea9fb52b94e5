package org.pathsum.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.pathsum.semiring.Expectation;
import org.pathsum.semiring.KBest;
import org.pathsum.semiring.SecondOrder;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.testing.References;

/**
 * Semirings with a star that declare a {@link org.pathsum.semiring.ConvergenceProjection}
 * (expectation, second order, k-tropical, k-max-plus) on graphs with cycles: a component is
 * refused exactly where the projected double semiring refuses it, with the same exception type and
 * cycle, by the front door and by every named algorithm; where the sum exists, the values are
 * those of a dense linear solve (expectation, second order) or of a best-first enumeration of the
 * k best walks (k-tropical), both written here.
 */
class ProjectedCertificationTest {

  private static final long SEED = 20261207L;

  private static final List<PathSumSolvers.Options> EVERY_ALGORITHM =
      List.of(
          PathSumSolvers.Options.defaults(),
          PathSumSolvers.Options.defaults()
              .withAlgorithm(PathSumSolvers.Algorithm.STAR_ELIMINATION),
          PathSumSolvers.Options.defaults().withAlgorithm(PathSumSolvers.Algorithm.RESIDUAL));

  /** A graph as arrays, over vertices 0 … n−1. */
  private record Arrays3(int n, int[] from, int[] to) {
    List<Integer> vertices() {
      List<Integer> v = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        v.add(i);
      }
      return v;
    }
  }

  private static <W> PathSumSolver<Integer, W> solver(
      Arrays3 g, Semiring<W> s, IntFunction<W> w, PathSumSolvers.Options options) {
    return PathSumSolvers.forEdgeArrays(g.vertices(), g.from(), g.to(), s, w, options);
  }

  /**
   * Solving from {@code source} throws the same exception type, with the same cycle, in {@code s}
   * under every algorithm as the front door of {@code projected} on the projected weights.
   */
  private static <W> DivergentPathSumException assertRefusedAsProjection(
      Arrays3 g,
      Semiring<W> s,
      IntFunction<W> w,
      org.pathsum.semiring.DoubleSemiring projected,
      double[] p,
      int source) {
    PathSumSolver<Integer, Double> reference =
        PathSumSolvers.forEdgeArrays(g.vertices(), g.from(), g.to(), projected, p);
    DivergentPathSumException expected =
        assertThrows(DivergentPathSumException.class, () -> reference.solveFrom(source));
    DivergentPathSumException last = null;
    for (PathSumSolvers.Options options : EVERY_ALGORITHM) {
      PathSumSolver<Integer, W> solver = solver(g, s, w, options);
      for (Executable query :
          List.<Executable>of(
              () -> solver.solveFrom(source),
              () -> solver.solveBetween(source, g.n() - 1),
              () -> solver.solveTo(g.n() - 1))) {
        DivergentPathSumException e = assertThrows(DivergentPathSumException.class, query);
        assertEquals(expected.getClass(), e.getClass(), options + ": " + e);
        assertEquals(s.name(), e.semiringName());
        assertTrue(isCycle(g, e.<Integer>cycle()), () -> "not a cycle of the graph: " + e.cycle());
        last = e;
      }
      assertEquals(
          expected.<Integer>cycle(),
          assertThrows(DivergentPathSumException.class, () -> solver.solveFrom(source)).cycle(),
          options::toString);
    }
    return last;
  }

  private static boolean isCycle(Arrays3 g, List<Integer> cycle) {
    if (cycle.isEmpty()) {
      return false;
    }
    for (int i = 0; i < cycle.size(); i++) {
      int u = cycle.get(i);
      int v = cycle.get((i + 1) % cycle.size());
      boolean found = false;
      for (int e = 0; e < g.from().length; e++) {
        found |= g.from()[e] == u && g.to()[e] == v;
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  // ---- expectation and second order: refusals

  @Test
  void aSelfLoopOfProbabilityTwoIsRefusedAsTheRealSeriesIs() {
    // 0 → 1, 1 ↺ (p = 2), 1 → 2. The expectation star of ⟨2, r⟩ would be ⟨−1, r⟩: a number for a
    // divergent series.
    Arrays3 g = new Arrays3(3, new int[] {0, 1, 1}, new int[] {1, 1, 2});
    double[] p = {0.5, 2.0, 0.5};
    DivergentPathSumException e =
        assertRefusedAsProjection(
            g,
            Semirings.expectation(),
            i -> Expectation.of(p[i], p[i] * (i + 1)),
            Semirings.real(),
            p,
            0);
    assertTrue(e instanceof DivergentSeriesException, e::toString);
    assertEquals(List.of(1), e.<Integer>cycle());
    assertRefusedAsProjection(
        g,
        Semirings.secondOrder(),
        i -> SecondOrder.of(p[i], p[i], p[i], p[i]),
        Semirings.real(),
        p,
        0);
  }

  @Test
  void aTwoVertexCycleWithSpectralRadiusAboveOneIsRefused() {
    // 1 → 2 (2.0), 2 → 1 (0.75): each weight alone could pass for a probability-like score, the
    // cycle 1 → 2 → 1 weighs 1.5, ρ = √1.5.
    Arrays3 g = new Arrays3(4, new int[] {0, 1, 2, 2}, new int[] {1, 2, 1, 3});
    double[] p = {1.0, 2.0, 0.75, 1.0};
    assertRefusedAsProjection(
        g, Semirings.expectation(), i -> Expectation.of(p[i], -p[i]), Semirings.real(), p, 0);
    // Signed weights: 1 ↺ 0.9, 1 → 2 (2), 2 → 1 (−0.5). ρ(|A|) ≈ 1.55 and the eigenvalues of A lie
    // on the unit circle, so the series diverges; eliminating 2 first would leave 1 a loop of
    // weight −0.1, whose star exists — only the certificate refuses it.
    Arrays3 h = new Arrays3(4, new int[] {0, 1, 1, 2, 2}, new int[] {1, 1, 2, 1, 3});
    double[] q = {1.0, 0.9, 2.0, -0.5, 1.0};
    DivergentPathSumException e =
        assertRefusedAsProjection(
            h, Semirings.expectation(), i -> Expectation.of(q[i], 1.0), Semirings.real(), q, 0);
    assertTrue(e instanceof DivergentSeriesException, e::toString);
  }

  // ---- expectation and second order: values against a dense solve

  private static double[][] mul(double[][] a, double[][] b) {
    int n = a.length;
    double[][] c = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < n; k++) {
        for (int j = 0; j < n; j++) {
          c[i][j] += a[i][k] * b[k][j];
        }
      }
    }
    return c;
  }

  private static double[][] add(double[][] a, double[][] b) {
    int n = a.length;
    double[][] c = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        c[i][j] = a[i][j] + b[i][j];
      }
    }
    return c;
  }

  /** A random graph on n vertices with self-loops, parallel edges and one big cycle. */
  private static Arrays3 randomCyclicGraph(SplittableRandom r, int n) {
    List<int[]> edges = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      edges.add(new int[] {v, (v + 1) % n}); // one cycle through everything
    }
    for (int extra = r.nextInt(3 * n); extra > 0; extra--) {
      edges.add(new int[] {r.nextInt(n), r.nextInt(n)}); // self-loops and parallels included
    }
    int[] from = new int[edges.size()];
    int[] to = new int[edges.size()];
    for (int e = 0; e < from.length; e++) {
      from[e] = edges.get(e)[0];
      to[e] = edges.get(e)[1];
    }
    return new Arrays3(n, from, to);
  }

  /** Signed weights whose absolute row sums stay below 0.9: ρ(|P|) < 1. */
  private static double[] convergentWeights(SplittableRandom r, Arrays3 g) {
    int[] outDegree = new int[g.n()];
    for (int u : g.from()) {
      outDegree[u]++;
    }
    double[] p = new double[g.from().length];
    for (int e = 0; e < p.length; e++) {
      p[e] = r.nextDouble(-0.9, 0.9) / outDegree[g.from()[e]];
    }
    return p;
  }

  private static double[][] matrix(Arrays3 g, double[] w) {
    double[][] m = new double[g.n()][g.n()];
    for (int e = 0; e < w.length; e++) {
      m[g.from()[e]][g.to()[e]] += w[e];
    }
    return m;
  }

  private static void assertClose(double expected, double actual, String what) {
    assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
  }

  @Test
  void expectationAndSecondOrderOnConvergentCyclesAreTheDenseSolve() {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int round = 0; round < 60; round++) {
      int n = 1 + r.nextInt(6);
      Arrays3 g = randomCyclicGraph(r, n);
      double[] p = convergentWeights(r, g);
      double[] a = new double[p.length];
      double[] b = new double[p.length];
      double[] ab = new double[p.length];
      for (int e = 0; e < p.length; e++) {
        a[e] = p[e] * r.nextDouble(-3, 3);
        b[e] = p[e] * r.nextDouble(-3, 3);
        ab[e] = r.nextDouble(-2, 2);
      }
      double[][] star = References.inverseOfIMinus(matrix(g, p));
      double[][] rPart = mul(mul(star, matrix(g, a)), star);
      double[][] sPart = mul(mul(star, matrix(g, b)), star);
      // T* = P* T P* + P* R P* S P* + P* S P* R P*
      double[][] tPart =
          add(
              mul(mul(star, matrix(g, ab)), star),
              add(mul(mul(rPart, matrix(g, b)), star), mul(mul(sPart, matrix(g, a)), star)));
      String where = "seed " + SEED + ", round " + round;
      for (PathSumSolvers.Options options : EVERY_ALGORITHM.subList(0, 2)) {
        PathSumSolver<Integer, Expectation> e =
            solver(g, Semirings.expectation(), i -> Expectation.of(p[i], a[i]), options);
        PathSumSolver<Integer, SecondOrder> so =
            solver(
                g, Semirings.secondOrder(), i -> SecondOrder.of(p[i], a[i], b[i], ab[i]), options);
        int s = r.nextInt(n);
        int t = r.nextInt(n);
        PathSums<Integer, Expectation> from = e.solveFrom(s);
        PathSums<Integer, Expectation> to = e.solveTo(t);
        PathSums<Integer, SecondOrder> second = so.solveFrom(s);
        for (int v = 0; v < n; v++) {
          assertClose(star[s][v], from.get(v).p(), where + " p " + s + "->" + v);
          assertClose(rPart[s][v], from.get(v).r(), where + " r " + s + "->" + v);
          assertClose(star[v][t], to.get(v).p(), where + " p " + v + "->" + t);
          assertClose(rPart[v][t], to.get(v).r(), where + " r " + v + "->" + t);
          SecondOrder w = second.get(v);
          assertClose(star[s][v], w.p(), where + " p");
          assertClose(rPart[s][v], w.r(), where + " r");
          assertClose(sPart[s][v], w.s(), where + " s");
          assertClose(tPart[s][v], w.t(), where + " t");
        }
        assertClose(rPart[s][t], e.solveBetween(s, t).r(), where + " between");
      }
    }
  }

  // ---- k best

  @Test
  void aNegativeCycleIsRefusedForKTropicalAsForTropical() {
    // 0 → 1 → 2 → 1 with 1 → 2 → 1 weighing −1, and 2 → 3
    Arrays3 g = new Arrays3(4, new int[] {0, 1, 2, 2}, new int[] {1, 2, 1, 3});
    double[] w = {1.0, 2.0, -3.0, 0.0};
    NegativeCycleException e =
        (NegativeCycleException)
            assertRefusedAsProjection(
                g, Semirings.kTropical(3), i -> KBest.of(w[i]), Semirings.tropical(), w, 0);
    assertEquals(2, e.<Integer>cycle().size());
    // and a positive cycle for k-max-plus
    double[] m = {1.0, 2.0, -1.0, 0.0};
    assertTrue(
        assertRefusedAsProjection(
                g, Semirings.kMaxPlus(2), i -> KBest.of(m[i]), Semirings.maxPlus(), m, 0)
            instanceof NegativeCycleException);
  }

  /**
   * The k smallest walk weights from {@code s} to every vertex, by best-first search over walks:
   * with non-negative weights a vertex's walks leave the queue in order of weight, so its first k
   * pops are its k best.
   */
  private static double[][] kShortestWalks(Arrays3 g, double[] w, int s, int k) {
    List<List<Double>> found = new ArrayList<>();
    for (int v = 0; v < g.n(); v++) {
      found.add(new ArrayList<>());
    }
    PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> Double.compare(x[0], y[0]));
    queue.add(new double[] {0.0, s});
    while (!queue.isEmpty()) {
      double[] top = queue.poll();
      int v = (int) top[1];
      if (found.get(v).size() == k) {
        continue;
      }
      found.get(v).add(top[0]);
      for (int e = 0; e < w.length; e++) {
        if (g.from()[e] == v) {
          queue.add(new double[] {top[0] + w[e], g.to()[e]});
        }
      }
    }
    double[][] out = new double[g.n()][];
    for (int v = 0; v < g.n(); v++) {
      out[v] = found.get(v).stream().mapToDouble(Double::doubleValue).toArray();
    }
    return out;
  }

  @Test
  void kTropicalOnCyclesWithoutNegativeOnesIsTheKShortestWalks() {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int round = 0; round < 80; round++) {
      int n = 1 + r.nextInt(5);
      int k = 1 + r.nextInt(4);
      Arrays3 g = randomCyclicGraph(r, n);
      double[] w = new double[g.from().length];
      for (int e = 0; e < w.length; e++) {
        w[e] = r.nextInt(0, 6); // zero-weight cycles included; sums are exact
      }
      int s = r.nextInt(n);
      double[][] expected = kShortestWalks(g, w, s, k);
      for (PathSumSolvers.Options options : EVERY_ALGORITHM.subList(0, 2)) {
        PathSums<Integer, KBest> sums =
            solver(g, Semirings.kTropical(k), i -> KBest.of(w[i]), options).solveFrom(s);
        for (int v = 0; v < n; v++) {
          assertEquals(
              Arrays.toString(expected[v]),
              sums.get(v).toString(),
              "seed " + SEED + ", round " + round + ", k " + k + ", " + s + "->" + v);
        }
      }
    }
  }

  @Test
  void kMaxPlusOnCyclesIsKTropicalNegated() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    for (int round = 0; round < 40; round++) {
      int n = 1 + r.nextInt(5);
      int k = 1 + r.nextInt(3);
      Arrays3 g = randomCyclicGraph(r, n);
      double[] w = new double[g.from().length];
      for (int e = 0; e < w.length; e++) {
        w[e] = r.nextInt(0, 6);
      }
      int t = r.nextInt(n);
      // the k longest walks to t with weights −w are the k shortest with w, negated; computed
      // from t on the reversed graph
      Arrays3 reversed = new Arrays3(n, g.to(), g.from());
      double[][] expected = kShortestWalks(reversed, w, t, k);
      PathSums<Integer, KBest> sums =
          solver(g, Semirings.kMaxPlus(k), i -> KBest.of(-w[i]), PathSumSolvers.Options.defaults())
              .solveTo(t);
      for (int v = 0; v < n; v++) {
        double[] negated = Arrays.stream(expected[v]).map(x -> x == 0 ? 0.0 : -x).toArray();
        assertEquals(
            Arrays.toString(negated),
            sums.get(v).toString(),
            "seed " + SEED + ", round " + round + ", " + v + "->" + t);
      }
    }
  }

}
