package org.pathsum.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.testing.PathEnumerationSolver;
import org.pathsum.solver.testing.RandomGraphs;
import org.pathsum.solver.testing.References;

/**
 * {@link PathSumSolvers#marginals} against oracles that share nothing with it: on seeded random
 * DAGs and lattices with parallel edges, every edge marginal and every vertex's expected visits
 * equal the brute-force sums over the enumerated source → target paths; on seeded random graphs
 * with cycles (spectral radius below 1) they equal the dense linear solve {@code N = (I − A)⁻¹}
 * written here; central finite differences of log Z (front door) with respect to each edge's
 * log-weight equal the marginals. Both doors agree, and the refusals are those of {@code
 * solveBetween}.
 */
class MarginalsTest {

  private static final DoubleSemiring REAL = Semirings.real();
  private static final DoubleSemiring LOG = Semirings.log();

  // ---- brute force on DAGs ----------------------------------------------------------------

  @Test
  void onRandomDagsEveryMarginalIsTheEnumeratedExpectation() {
    int checked = 0;
    for (long seed = 0; seed < 150; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      boolean log = seed % 2 == 1;
      Graph<Integer, DefaultWeightedEdge> g =
          seed % 3 == 0 ? lattice(rnd, 2 + rnd.nextInt(3), 1 + rnd.nextInt(3)) : dag(rnd, 2 + rnd.nextInt(6));
      weigh(g, rnd, log, false);
      int s = 0;
      int t = g.vertexSet().size() - 1;
      double z = 0;
      for (List<DefaultWeightedEdge> p : PathEnumerationSolver.pathsFrom(g, s).get(t)) {
        z += product(g, p, log);
      }
      if (z == 0) {
        continue; // no path of nonzero weight: refused (tested below)
      }
      checked++;
      checkAgainstEnumeration(g, log ? LOG : REAL, s, t, "seed " + seed);
    }
    assertTrue(checked > 80, "enough graphs with paths: " + checked);
  }

  @Test
  void negativeRealWeightsAndPairsInsideTheGraphToo() {
    for (long seed = 0; seed < 80; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Graph<Integer, DefaultWeightedEdge> g = dag(rnd, 3 + rnd.nextInt(5));
      weigh(g, rnd, false, true);
      int n = g.vertexSet().size();
      int s = rnd.nextInt(n);
      int t = rnd.nextInt(n);
      double z = 0;
      for (List<DefaultWeightedEdge> p : PathEnumerationSolver.pathsFrom(g, s).get(t)) {
        z += product(g, p, false);
      }
      if (z == 0 || Math.abs(z) < 1e-3) {
        continue; // no path, or one that cancels: refused (tested below)
      }
      checkAgainstEnumeration(g, REAL, s, t, "seed " + seed);
    }
  }

  private static void checkAgainstEnumeration(
      Graph<Integer, DefaultWeightedEdge> g, DoubleSemiring semiring, int s, int t, String where) {
    boolean log = semiring == LOG;
    List<List<DefaultWeightedEdge>> paths = PathEnumerationSolver.pathsFrom(g, s).get(t);
    double z = 0;
    Map<DefaultWeightedEdge, Double> uses = new HashMap<>();
    Map<Integer, Double> visits = new HashMap<>();
    for (List<DefaultWeightedEdge> p : paths) {
      double w = product(g, p, log);
      z += w;
      for (DefaultWeightedEdge e : p) {
        uses.merge(e, w, Double::sum);
      }
      visits.merge(s, w, Double::sum);
      for (DefaultWeightedEdge e : p) {
        visits.merge(g.getEdgeTarget(e), w, Double::sum);
      }
    }
    Marginals<Integer, DefaultWeightedEdge> m =
        PathSumSolvers.marginals(g, semiring, g::getEdgeWeight, s, t);
    assertEquals(log ? Math.log(z) : z, m.value(), 1e-12 * Math.max(1, Math.abs(z)), where);
    List<DefaultWeightedEdge> order = List.copyOf(g.edgeSet());
    assertEquals(order, List.copyOf(m.edges().keySet()), where);
    for (int k = 0; k < order.size(); k++) {
      DefaultWeightedEdge e = order.get(k);
      double expected = uses.getOrDefault(e, 0.0) / z;
      assertEquals(expected, m.edge(e), 1e-9 * Math.max(1, Math.abs(expected)), where + " " + e);
      assertEquals(m.edge(e), m.edgeAt(k), 0, where);
      assertEquals(m.edge(e), m.edges().get(e), 0, where);
    }
    assertEquals(List.copyOf(g.vertexSet()), List.copyOf(m.vertices().keySet()), where);
    for (int v : g.vertexSet()) {
      double expected = visits.getOrDefault(v, 0.0) / z;
      assertEquals(expected, m.visits(v), 1e-9 * Math.max(1, Math.abs(expected)), where + " " + v);
    }
    if (s != t) {
      assertEquals(1.0, m.visits(s), 1e-12, where);
      assertEquals(1.0, m.visits(t), 1e-12, where);
    }
    // The array door on the same graph: the same numbers, edge e being position e.
    Marginals<Integer, Integer> a = arrays(g, semiring, s, t);
    assertEquals(m.value(), a.value(), 0, where);
    for (int k = 0; k < order.size(); k++) {
      assertEquals(m.edgeAt(k), a.edgeAt(k), 0, where);
      assertEquals(m.edgeAt(k), a.edge(k), 0, where);
    }
    assertEquals(m.vertices(), a.vertices(), where);
  }

  @Test
  void anEdgeOfWeightZeroHasMarginalZero() {
    Graph<String, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    DefaultWeightedEdge a = edge(g, "s", "t", Math.log(3));
    DefaultWeightedEdge b = edge(g, "s", "t", Math.log(1));
    DefaultWeightedEdge dead = edge(g, "s", "t", Double.NEGATIVE_INFINITY);
    DefaultWeightedEdge off = edge(g, "t", "u", 0);
    Marginals<String, DefaultWeightedEdge> m =
        PathSumSolvers.marginals(g, LOG, g::getEdgeWeight, "s", "t");
    assertEquals(Math.log(4), m.value(), 1e-15);
    assertEquals(0.75, m.edge(a), 1e-15);
    assertEquals(0.25, m.edge(b), 1e-15);
    assertEquals(0.0, m.edge(dead));
    assertEquals(0.0, m.edge(off));
    assertEquals(0.0, m.visits("u"));
    assertEquals(4, m.edgeCount());

    Marginals<String, Integer> real =
        PathSumSolvers.marginals(
            List.of("s", "t"), new int[] {0, 0, 0}, new int[] {1, 1, 1}, REAL,
            new double[] {-1, 0, 3}, "s", "t");
    assertEquals(2.0, real.value());
    assertEquals(-0.5, real.edgeAt(0));
    assertEquals(0.0, real.edgeAt(1));
    assertEquals(1.5, real.edgeAt(2));
    assertEquals(Map.of(0, -0.5, 1, 0.0, 2, 1.5), real.edges());
  }

  // ---- cycles: the dense linear solve -----------------------------------------------------

  @Test
  void onRandomGraphsWithCyclesMarginalsAreTheDenseSolve() {
    int checked = 0;
    for (long seed = 0; seed < 120; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 2 + rnd.nextInt(7);
      boolean log = seed % 2 == 1;
      boolean signed = !log && seed % 4 == 0;
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(4 * n), r -> signed ? r.nextDouble() - 0.4 : r.nextDouble());
      // Scale the weights so that every row of |A| sums to at most 0.9: ρ(|A|) ≤ 0.9 < 1.
      double[] row = new double[n];
      for (DefaultWeightedEdge e : g.edgeSet()) {
        row[g.getEdgeSource(e)] += Math.abs(g.getEdgeWeight(e));
      }
      double max = 0;
      for (double r : row) {
        max = Math.max(max, r);
      }
      double scale = max == 0 ? 1 : 0.9 / max;
      double[][] a = new double[n][n];
      for (DefaultWeightedEdge e : g.edgeSet()) {
        double w = g.getEdgeWeight(e) * scale;
        g.setEdgeWeight(e, w);
        a[g.getEdgeSource(e)][g.getEdgeTarget(e)] += w;
      }
      double[][] big = References.inverseOfIMinus(a);
      int s = rnd.nextInt(n);
      int t = rnd.nextInt(n);
      double z = big[s][t];
      if (Math.abs(z) < 1e-6) {
        continue;
      }
      String where = "seed " + seed;
      // Every third graph with a named algorithm for the cycles: the same marginals.
      PathSumSolvers.Options options =
          seed % 3 == 0
              ? PathSumSolvers.Options.defaults()
                  .withAlgorithm(PathSumSolvers.Algorithm.STAR_ELIMINATION)
              : PathSumSolvers.Options.defaults();
      Marginals<Integer, DefaultWeightedEdge> m =
          log
              ? PathSumSolvers.marginals(g, LOG, e -> Math.log(g.getEdgeWeight(e)), s, t, options)
              : PathSumSolvers.marginals(g, REAL, g::getEdgeWeight, s, t, options);
      assertEquals(log ? Math.log(z) : z, m.value(), 1e-8 * Math.max(1, Math.abs(z)), where);
      for (DefaultWeightedEdge e : g.edgeSet()) {
        double expected =
            big[s][g.getEdgeSource(e)] * g.getEdgeWeight(e) * big[g.getEdgeTarget(e)][t] / z;
        assertEquals(expected, m.edge(e), 1e-8 * Math.max(1, Math.abs(expected)), where + " " + e);
      }
      for (int v = 0; v < n; v++) {
        double expected = big[s][v] * big[v][t] / z;
        assertEquals(expected, m.visits(v), 1e-8 * Math.max(1, Math.abs(expected)), where + " " + v);
      }
      checked++;
    }
    assertTrue(checked > 60, "enough graphs with paths: " + checked);
  }

  // ---- marginals are gradients ------------------------------------------------------------

  @Test
  void centralDifferencesOfLogZAreTheMarginals() {
    for (long seed = 0; seed < 40; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Graph<Integer, DefaultWeightedEdge> g;
      int n;
      if (seed % 2 == 0) {
        g = lattice(rnd, 2 + rnd.nextInt(3), 1 + rnd.nextInt(3));
        n = g.vertexSet().size();
        weigh(g, rnd, true, false);
      } else {
        n = 2 + rnd.nextInt(5);
        g = RandomGraphs.multigraph(rnd, n, 3 * n, r -> Math.log(0.25 / 3 * r.nextDouble()));
      }
      int s = 0;
      int t = n - 1;
      PathSumSolver<Integer, Double> solver = PathSumSolvers.forGraph(g, LOG, RandomGraphs.weightsOf(g));
      if (solver.solveBetween(s, t) == Double.NEGATIVE_INFINITY) {
        continue;
      }
      Marginals<Integer, DefaultWeightedEdge> m =
          PathSumSolvers.marginals(g, LOG, g::getEdgeWeight, s, t);
      double h = 1e-5;
      for (DefaultWeightedEdge e : g.edgeSet()) {
        double w = g.getEdgeWeight(e);
        if (w == Double.NEGATIVE_INFINITY) {
          assertEquals(0.0, m.edge(e));
          continue;
        }
        g.setEdgeWeight(e, w + h);
        double up = PathSumSolvers.forGraph(g, LOG, RandomGraphs.weightsOf(g)).solveBetween(s, t);
        g.setEdgeWeight(e, w - h);
        double down = PathSumSolvers.forGraph(g, LOG, RandomGraphs.weightsOf(g)).solveBetween(s, t);
        g.setEdgeWeight(e, w);
        assertEquals((up - down) / (2 * h), m.edge(e), 1e-6, "seed " + seed + " " + e);
      }
    }
  }

  // ---- refusals ---------------------------------------------------------------------------

  @Test
  void refusesWhatSolveBetweenRefusesAndNothingElse() {
    Graph<String, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    edge(g, "s", "a", 0.5);
    edge(g, "a", "t", 0.5);
    edge(g, "s", "x", 1);
    edge(g, "x", "x", 1.5); // diverges, but on no s → t path
    Marginals<String, DefaultWeightedEdge> m =
        PathSumSolvers.marginals(g, REAL, g::getEdgeWeight, "s", "t");
    assertEquals(0.25, m.value(), 1e-15);
    assertEquals(1.0, m.visits("a"), 1e-15);
    assertEquals(0.0, m.visits("x"));
    assertThrows(
        DivergentSeriesException.class,
        () -> PathSumSolvers.forGraph(g, REAL, g::getEdgeWeight).solveFrom("s"));

    edge(g, "a", "a", 1.5); // now on the paths
    DivergentSeriesException between =
        assertThrows(
            DivergentSeriesException.class,
            () -> PathSumSolvers.forGraph(g, REAL, g::getEdgeWeight).solveBetween("s", "t"));
    DivergentSeriesException marginals =
        assertThrows(
            DivergentSeriesException.class,
            () -> PathSumSolvers.marginals(g, REAL, g::getEdgeWeight, "s", "t"));
    assertEquals(between.cycle(), marginals.cycle());
    assertEquals(List.of("a"), marginals.cycle());
    assertThrows(
        DivergentSeriesException.class,
        () -> PathSumSolvers.marginals(g, LOG, e -> Math.log(g.getEdgeWeight(e)), "s", "t"));
  }

  @Test
  void onRandomGraphsTheRefusalsAreThoseOfSolveBetween() {
    for (long seed = 0; seed < 150; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 2 + rnd.nextInt(6);
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(3 * n), r -> r.nextDouble() * 1.2 - 0.2);
      int s = rnd.nextInt(n);
      int t = rnd.nextInt(n);
      Class<?> expected = null;
      try {
        double z = PathSumSolvers.forGraph(g, REAL, g::getEdgeWeight).solveBetween(s, t);
        if (z == 0) {
          expected = IllegalArgumentException.class;
        }
      } catch (RuntimeException e) {
        expected = e.getClass();
      }
      Class<?> actual = null;
      try {
        PathSumSolvers.marginals(g, REAL, g::getEdgeWeight, s, t);
      } catch (RuntimeException e) {
        actual = e.getClass();
      }
      assertEquals(expected, actual, "seed " + seed);
    }
  }

  @Test
  void anOverflowOffThePathsDoesNotMatterOneOnThemIsRefused() {
    Graph<String, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    edge(g, "s", "t", 2);
    edge(g, "s", "x", 1e200);
    edge(g, "x", "y", 1e200); // 1e400 at y, which reaches no target
    Marginals<String, DefaultWeightedEdge> m =
        PathSumSolvers.marginals(g, REAL, g::getEdgeWeight, "s", "t");
    assertEquals(2.0, m.value());
    assertEquals(1.0, m.visits("t"));
    assertEquals(0.0, m.visits("y"));
    assertThrows(
        CarrierOverflowException.class,
        () -> PathSumSolvers.forGraph(g, REAL, g::getEdgeWeight).solveFrom("s"));

    edge(g, "y", "t", 1); // now on the paths
    CarrierOverflowException between =
        assertThrows(
            CarrierOverflowException.class,
            () -> PathSumSolvers.forGraph(g, REAL, g::getEdgeWeight).solveBetween("s", "t"));
    CarrierOverflowException marginals =
        assertThrows(
            CarrierOverflowException.class,
            () -> PathSumSolvers.marginals(g, REAL, g::getEdgeWeight, "s", "t"));
    assertEquals(between.<String>vertex(), marginals.<String>vertex());
    assertEquals("s", marginals.<String>anchor());
  }

  @Test
  void refusesNoPathNamingBothEnds() {
    Graph<String, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    edge(g, "s", "a", 0.5);
    edge(g, "t", "s", 0.5);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PathSumSolvers.marginals(g, LOG, g::getEdgeWeight, "s", "t"));
    assertTrue(e.getMessage().contains("from s to t"), e.getMessage());
    // Paths that cancel leave nothing to draw either.
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PathSumSolvers.marginals(
                List.of("s", "t"), new int[] {0, 0}, new int[] {1, 1}, REAL,
                new double[] {1, -1}, "s", "t"));
  }

  @Test
  void refusesOtherSemiringsNamingThem() {
    Graph<String, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    edge(g, "s", "t", 0.5);
    for (DoubleSemiring other :
        List.of(Semirings.tropical(), Semirings.maxPlus(), Semirings.viterbi(), Semirings.bottleneck())) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> PathSumSolvers.marginals(g, other, g::getEdgeWeight, "s", "t"));
      assertTrue(e.getMessage().contains(other.name()), e.getMessage());
    }
  }

  @Test
  void refusesUnknownVerticesAndEdgesAndBadWeights() {
    Graph<String, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    DefaultWeightedEdge st = edge(g, "s", "t", 0.5);
    IllegalArgumentException source =
        assertThrows(
            IllegalArgumentException.class,
            () -> PathSumSolvers.marginals(g, REAL, g::getEdgeWeight, "nowhere", "t"));
    assertTrue(source.getMessage().contains("nowhere"), source.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> PathSumSolvers.marginals(g, REAL, g::getEdgeWeight, "s", "nowhere"));
    Marginals<String, DefaultWeightedEdge> m =
        PathSumSolvers.marginals(g, REAL, g::getEdgeWeight, "s", "t");
    assertEquals(1.0, m.edge(st));
    assertThrows(IllegalArgumentException.class, () -> m.visits("nowhere"));
    assertThrows(IllegalArgumentException.class, () -> m.edge(new DefaultWeightedEdge()));
    assertThrows(IndexOutOfBoundsException.class, () -> m.edgeAt(1));
    IllegalArgumentException nan =
        assertThrows(
            IllegalArgumentException.class,
            () -> PathSumSolvers.marginals(g, REAL, e -> Double.NaN, "s", "t"));
    assertTrue(nan.getMessage().contains(st.toString()), nan.getMessage());
    Marginals<String, Integer> a =
        PathSumSolvers.marginals(
            List.of("s", "t"), new int[] {0}, new int[] {1}, LOG, new double[] {2}, "s", "t");
    assertThrows(IllegalArgumentException.class, () -> a.edge(1));
    assertThrows(IllegalArgumentException.class, () -> a.edge(-1));
  }

  // ---- fixtures ---------------------------------------------------------------------------

  private static <V> DefaultWeightedEdge edge(Graph<V, DefaultWeightedEdge> g, V u, V v, double w) {
    g.addVertex(u);
    g.addVertex(v);
    DefaultWeightedEdge e = g.addEdge(u, v);
    g.setEdgeWeight(e, w);
    return e;
  }

  /** A random DAG on 0..n−1 (edges from lower to higher), with parallel edges. */
  private static Graph<Integer, DefaultWeightedEdge> dag(SplittableRandom rnd, int n) {
    Graph<Integer, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < n; v++) {
      g.addVertex(v);
    }
    int m = rnd.nextInt(3 * n);
    for (int k = 0; k < m; k++) {
      int u = rnd.nextInt(n);
      int v = rnd.nextInt(n);
      if (u != v) {
        g.addEdge(Math.min(u, v), Math.max(u, v));
      }
    }
    return g;
  }

  /**
   * A lattice: source 0, {@code layers} layers of {@code width} vertices, target last; every vertex
   * of a layer to every vertex of the next, some twice (parallel edges).
   */
  private static Graph<Integer, DefaultWeightedEdge> lattice(
      SplittableRandom rnd, int layers, int width) {
    Graph<Integer, DefaultWeightedEdge> g = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    int n = layers * width + 2;
    for (int v = 0; v < n; v++) {
      g.addVertex(v);
    }
    List<Integer> previous = List.of(0);
    for (int l = 0; l < layers; l++) {
      List<Integer> layer = new ArrayList<>();
      for (int i = 0; i < width; i++) {
        layer.add(1 + l * width + i);
      }
      for (int u : previous) {
        for (int v : layer) {
          g.addEdge(u, v);
          if (rnd.nextInt(3) == 0) {
            g.addEdge(u, v);
          }
        }
      }
      previous = layer;
    }
    for (int u : previous) {
      g.addEdge(u, n - 1);
    }
    return g;
  }

  /** Random weights: log-weights in [−2, 2], or real weights in (0, 2] (signed: [−1, 2]); some 0̄. */
  private static void weigh(
      Graph<Integer, DefaultWeightedEdge> g, SplittableRandom rnd, boolean log, boolean signed) {
    for (DefaultWeightedEdge e : g.edgeSet()) {
      double w;
      if (rnd.nextInt(8) == 0) {
        w = log ? Double.NEGATIVE_INFINITY : 0;
      } else if (log) {
        w = 4 * rnd.nextDouble() - 2;
      } else {
        w = signed ? 3 * rnd.nextDouble() - 1 : 0.1 + 1.9 * rnd.nextDouble();
      }
      g.setEdgeWeight(e, w);
    }
  }

  /** The product of a path's weights, as a number (exp of the sum for log-weights). */
  private static double product(Graph<Integer, DefaultWeightedEdge> g, List<DefaultWeightedEdge> p, boolean log) {
    double w = log ? 0 : 1;
    for (DefaultWeightedEdge e : p) {
      w = log ? w + g.getEdgeWeight(e) : w * g.getEdgeWeight(e);
    }
    return log ? Math.exp(w) : w;
  }

  /** The same graph as edge arrays: vertices in vertexSet order, edges in edgeSet order. */
  private static Marginals<Integer, Integer> arrays(
      Graph<Integer, DefaultWeightedEdge> g, DoubleSemiring semiring, int s, int t) {
    List<Integer> vertices = List.copyOf(g.vertexSet());
    List<DefaultWeightedEdge> edges = List.copyOf(g.edgeSet());
    int[] from = new int[edges.size()];
    int[] to = new int[edges.size()];
    double[] w = new double[edges.size()];
    for (int e = 0; e < edges.size(); e++) {
      from[e] = vertices.indexOf(g.getEdgeSource(edges.get(e)));
      to[e] = vertices.indexOf(g.getEdgeTarget(edges.get(e)));
      w[e] = g.getEdgeWeight(edges.get(e));
    }
    return PathSumSolvers.marginals(vertices, from, to, semiring, w, s, t);
  }
}
