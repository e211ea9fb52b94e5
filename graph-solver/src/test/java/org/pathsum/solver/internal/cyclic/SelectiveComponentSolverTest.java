package org.pathsum.solver.internal.cyclic;

import org.pathsum.solver.NegativeCycleException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.BellmanFordShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PrintSeedOnFailure.class)
class SelectiveComponentSolverTest {

  private static final double INF = Double.POSITIVE_INFINITY;

  /** Result of the reference: distances, or null when a reachable negative cycle exists. */
  private static double[] referenceBellmanFord(EdgeListCsr g, double[] b) {
    double[] d = b.clone();
    for (int round = 0; round <= g.n; round++) {
      boolean changed = false;
      for (int k = 0; k < g.m(); k++) {
        if (d[g.from[k]] < INF && d[g.from[k]] + g.weight[k] < d[g.to[k]]) {
          d[g.to[k]] = d[g.from[k]] + g.weight[k];
          changed = true;
        }
      }
      if (!changed) {
        return d;
      }
    }
    return null;
  }

  private static double[] randomInitial(SplittableRandom rnd, int n) {
    double[] b = new double[n];
    Arrays.fill(b, INF);
    b[rnd.nextInt(n)] = 0;
    for (int i = 0; i < n; i++) {
      if (rnd.nextInt(8) == 0) {
        b[i] = rnd.nextDouble(-5, 20);
      }
    }
    return b;
  }

  private static int[] tails(EdgeListCsr.Csr c, int n) {
    int[] tail = new int[c.targets.length];
    for (int u = 0; u < n; u++) {
      for (int k = c.offsets[u]; k < c.offsets[u + 1]; k++) {
        tail[k] = u;
      }
    }
    return tail;
  }

  private static void assertClose(double expected, double actual, String where) {
    if (expected == actual) {
      return;
    }
    assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), where);
  }

  /** Runs the tropical solver; returns d or null if it refused with a negative cycle (checked). */
  private static double[] solveTropical(EdgeListCsr g, double[] b, String where) {
    EdgeListCsr.Csr c = g.out();
    double[] d = b.clone();
    int[] pred = new int[g.n];
    try {
      SelectiveComponentSolver.tropical(g.n, c.offsets, c.targets, c.weights, d, pred);
    } catch (ComponentRefusalException e) {
      assertEquals(ComponentRefusalException.Kind.IMPROVING_CYCLE, e.kind(), where);
      assertImprovingCycle(g, c, b, e, 1, where);
      return null;
    }
    int[] tail = tails(c, g.n);
    for (int v = 0; v < g.n; v++) {
      if (pred[v] < 0) {
        assertEquals(b[v], d[v], where + " unpredecessed vertex " + v);
      } else {
        assertClose(d[tail[pred[v]]] + c.weights[pred[v]], d[v], where + " pred of " + v);
      }
    }
    return d;
  }

  /** The refused cycle is a cycle of the CSR, improving, and reachable from a finite start. */
  static void assertImprovingCycle(
      EdgeListCsr g, EdgeListCsr.Csr c, double[] b, ComponentRefusalException e, double sign,
      String where) {
    assertImprovingCycle(g, c, b, e, sign, where, true);
  }

  static void assertImprovingCycle(
      EdgeListCsr g, EdgeListCsr.Csr c, double[] b, ComponentRefusalException e, double sign,
      String where, boolean checkReachable) {
    int[] cycle = e.cycle();
    int[] edges = e.edges();
    assertEquals(cycle.length, edges.length, where);
    double sum = 0;
    for (int i = 0; i < cycle.length; i++) {
      int k = edges[i];
      assertTrue(c.offsets[cycle[i]] <= k && k < c.offsets[cycle[i] + 1], where + " edge leaves");
      assertEquals(cycle[(i + 1) % cycle.length], c.targets[k], where + " edge enters");
      sum += c.weights[k];
    }
    assertEquals(sum, e.lowerBound(), 1e-9 * Math.max(1, Math.abs(sum)), where);
    assertTrue(sign * sum < 0, where + " cycle weight " + sum + " does not improve");
    if (!checkReachable) {
      return;
    }
    double[] reach = b.clone();
    for (int i = 0; i < reach.length; i++) {
      reach[i] = sign * b[i] < INF ? 0 : INF;
    }
    double[] r = referenceBellmanFord(new EdgeListCsr(g.n, g.from, g.to, new double[g.m()]), reach);
    assertTrue(r[cycle[0]] == 0, where + " cycle not reachable");
  }

  private static Graph<Integer, DefaultWeightedEdge> jgrapht(EdgeListCsr g) {
    Graph<Integer, DefaultWeightedEdge> j = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < g.n; v++) {
      j.addVertex(v);
    }
    for (int k = 0; k < g.m(); k++) {
      j.setEdgeWeight(j.addEdge(g.from[k], g.to[k]), g.weight[k]);
    }
    return j;
  }

  /**
   * Shared body of the two random comparisons: on {@code g} with a random multi-source start, the
   * solver must not refuse and must equal the Bellman–Ford reference at every vertex; from one
   * random source it must equal {@code jgrapht}'s single-source paths on the same graph.
   */
  private static void assertMatchesReferences(
      SplittableRandom rnd,
      EdgeListCsr g,
      String where,
      Function<
              Graph<Integer, DefaultWeightedEdge>,
              ShortestPathAlgorithm<Integer, DefaultWeightedEdge>>
          jgraphtAlgorithm) {
    int n = g.n;
    double[] b = randomInitial(rnd, n);
    double[] ref = referenceBellmanFord(g, b);
    double[] d = solveTropical(g, b, where);
    assertTrue(ref != null, where + " the reference found a negative cycle");
    assertTrue(d != null, where + " refused a graph without negative cycles");
    for (int v = 0; v < n; v++) {
      assertClose(ref[v], d[v], where + " vertex " + v);
    }
    // JGraphT from one source (b = 0 there, +∞ elsewhere).
    int s = rnd.nextInt(n);
    double[] single = new double[n];
    Arrays.fill(single, INF);
    single[s] = 0;
    double[] ds = solveTropical(g, single, where);
    var paths = jgraphtAlgorithm.apply(jgrapht(g)).getPaths(s);
    for (int v = 0; v < n; v++) {
      assertClose(paths.getWeight(v), ds[v], where + " jgrapht vertex " + v);
    }
  }

  @Test
  void dijkstraMatchesBellmanFordAndJgraphtOnNonNegativeWeights() {
    long seed = EdgeListCsr.seed(getClass().getSimpleName());
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + rnd.nextInt(60);
      EdgeListCsr g = EdgeListCsr.random(rnd, n, rnd.nextInt(5 * n + 1), r -> r.nextDouble(0, 10));
      assertMatchesReferences(rnd, g, "seed " + seed + " trial " + trial, DijkstraShortestPath::new);
    }
  }

  @Test
  void bellmanFordHandlesNegativeEdgesWithoutNegativeCycles() {
    long seed = EdgeListCsr.seed(getClass().getSimpleName());
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 200; trial++) {
      int n = 1 + rnd.nextInt(60);
      double[] p = new double[n];
      for (int i = 0; i < n; i++) {
        p[i] = rnd.nextDouble(-20, 20);
      }
      EdgeListCsr g = EdgeListCsr.random(rnd, n, rnd.nextInt(5 * n + 1), r -> r.nextDouble(0, 5));
      for (int k = 0; k < g.m(); k++) {
        g.weight[k] += p[g.from[k]] - p[g.to[k]]; // reduced costs: every cycle keeps weight ≥ 0
      }
      assertMatchesReferences(
          rnd, g, "seed " + seed + " trial " + trial, BellmanFordShortestPath::new);
    }
  }

  @Test
  void negativeCyclesAreRefusedExactlyWhenReachable() {
    long seed = EdgeListCsr.seed(getClass().getSimpleName());
    SplittableRandom rnd = new SplittableRandom(seed);
    int refused = 0;
    for (int trial = 0; trial < 400; trial++) {
      int n = 1 + rnd.nextInt(40);
      EdgeListCsr g = EdgeListCsr.random(rnd, n, rnd.nextInt(3 * n + 1), r -> r.nextDouble(-2, 10));
      double[] b = randomInitial(rnd, n);
      String where = "seed " + seed + " trial " + trial;
      double[] ref = referenceBellmanFord(g, b);
      double[] d = solveTropical(g, b, where);
      assertEquals(ref == null, d == null, where + " verdicts differ");
      if (d == null) {
        refused++;
      } else {
        for (int v = 0; v < n; v++) {
          assertClose(ref[v], d[v], where + " vertex " + v);
        }
      }
    }
    assertTrue(refused > 20 && refused < 380, "seed " + seed + ": " + refused + " refusals");
  }

  @Test
  void maxPlusIsTropicalOfTheNegatedWeights() {
    long seed = EdgeListCsr.seed(getClass().getSimpleName());
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + rnd.nextInt(40);
      EdgeListCsr g = EdgeListCsr.random(rnd, n, rnd.nextInt(3 * n + 1), r -> r.nextDouble(-10, 2));
      double[] b = randomInitial(rnd, n);
      double[] negB = new double[n];
      for (int i = 0; i < n; i++) {
        negB[i] = -b[i];
      }
      String where = "seed " + seed + " trial " + trial;
      double[] ref = referenceBellmanFord(g, b);
      EdgeListCsr neg = g.scaled(-1);
      EdgeListCsr.Csr c = neg.out();
      double[] d = negB.clone();
      int[] pred = new int[n];
      try {
        SelectiveComponentSolver.maxPlus(n, c.offsets, c.targets, c.weights, d, pred);
      } catch (ComponentRefusalException e) {
        assertTrue(ref == null, where + " refused, reference did not");
        assertImprovingCycle(neg, c, negB, e, -1, where);
        continue;
      }
      assertTrue(ref != null, where + " missed a positive cycle");
      for (int v = 0; v < n; v++) {
        assertClose(-ref[v], d[v], where + " vertex " + v);
      }
    }
  }

  /**
   * The sign of a cycle is decided on the exact sum of its weights as given (every double is a
   * binary fraction, summed exactly), not up to a rounding bound: a cycle whose exact weight is
   * positive or zero is never refused, even where the rounded path sums seem to improve round it
   * (1 + 10¹⁶ − 10¹⁶ = 0 in doubles) ...
   */
  @Test
  void cyclesOfExactWeightZeroOrMoreAreNotRefused() {
    double[][] cycles = {{0.1, 0.2, -0.3}, {0.2, -0.3, 0.1}, {-0.3, 0.1, 0.2}, {1e16, -1e16, 0},
        {0.5, -0.25, -0.25}, {1e6 + 0.5, -1e6, -0.5}};
    for (double[] w : cycles) {
      for (double start : new double[] {0, 1, 1e6 + 0.3, -7.1}) {
        EdgeListCsr g = new EdgeListCsr(3, new int[] {0, 1, 2}, new int[] {1, 2, 0}, w);
        double[] b = {start, INF, INF};
        double[] d = solveTropical(g, b, Arrays.toString(w) + " from " + start);
        assertTrue(d != null, Arrays.toString(w) + " refused");
        assertClose(start, d[0], Arrays.toString(w));
      }
    }
  }

  /**
   * ... and a cycle whose exact weight is negative is refused however small that weight is: 0.3 −
   * 0.1 − 0.2 is −2.8·10⁻¹⁷ in the doubles given, and 10¹⁵ − (10¹⁵ + 1) is exactly −1, which a
   * rounding bound proportional to the weights (about 0.9 here) would have called noise.
   */
  @Test
  void cyclesOfNegativeExactWeightAreRefusedHoweverSmall() {
    double[][] cycles = {{0.3, -0.1, -0.2}, {1e6 + 0.1, -1e6, -0.1}, {0.7, 0.1, -0.8},
        {1e15, -1000000000000001.0, 0}};
    double[] exact = {-2.7755575615628914e-17, -2.3283069916502086e-11, -8.326672684688674e-17, -1};
    for (int k = 0; k < cycles.length; k++) {
      double[] w = cycles[k];
      EdgeListCsr g = new EdgeListCsr(3, new int[] {0, 1, 2}, new int[] {1, 2, 0}, w);
      EdgeListCsr.Csr c = g.out();
      double[] d = {0, INF, INF};
      ComponentRefusalException e =
          assertThrows(
              ComponentRefusalException.class,
              () -> SelectiveComponentSolver.tropical(3, c.offsets, c.targets, c.weights, d, new int[3]),
              Arrays.toString(w));
      assertEquals(ComponentRefusalException.Kind.IMPROVING_CYCLE, e.kind());
      assertEquals(exact[k], e.lowerBound(), Arrays.toString(w));
    }
  }

  @Test
  void refusalMapsToNegativeCycleExceptionAlongTheEdges() {
    // a → b 1, b → c −3, c → a 1, b → d 1 (tropical): cycle a, b, c of weight −1.
    EdgeListCsr g =
        new EdgeListCsr(4, new int[] {0, 1, 2, 1}, new int[] {1, 2, 0, 3}, new double[] {1, -3, 1, 1});
    EdgeListCsr.Csr c = g.out();
    double[] d = {0, INF, INF, INF};
    ComponentRefusalException e =
        assertThrows(
            ComponentRefusalException.class,
            () -> SelectiveComponentSolver.tropical(4, c.offsets, c.targets, c.weights, d, new int[4]));
    List<String> names = List.of("a", "b", "c", "d");
    NegativeCycleException nce =
        assertInstanceOf(NegativeCycleException.class, e.withVertices(names::get, "tropical", false));
    assertEquals(-1.0, (Double) nce.cycleWeight(), 1e-12);
    List<?> cycle = nce.cycle();
    assertEquals(3, cycle.size());
    int at = cycle.indexOf("a");
    assertEquals(List.of("a", "b", "c"),
        List.of(cycle.get(at), cycle.get((at + 1) % 3), cycle.get((at + 2) % 3)));
    // The same graph solved backward: in-edges as rows; reversed = true lists it along the edges.
    EdgeListCsr.Csr in = g.in();
    double[] back = {0, INF, INF, INF};
    ComponentRefusalException eb =
        assertThrows(
            ComponentRefusalException.class,
            () -> SelectiveComponentSolver.tropical(4, in.offsets, in.targets, in.weights, back, new int[4]));
    List<?> backCycle =
        ((NegativeCycleException) eb.withVertices(names::get, "tropical", true)).cycle();
    int bat = backCycle.indexOf("a");
    assertEquals(List.of("a", "b", "c"),
        List.of(backCycle.get(bat), backCycle.get((bat + 1) % 3), backCycle.get((bat + 2) % 3)));
  }

  @Test
  void unreachableImprovingCyclesDoNotMatter() {
    // 0 → 1 (5); 2 ⇄ 3 with weight −1 each, unreachable from 0.
    EdgeListCsr g =
        new EdgeListCsr(4, new int[] {0, 2, 3}, new int[] {1, 3, 2}, new double[] {5, -1, -1});
    double[] d = solveTropical(g, new double[] {0, INF, INF, INF}, "unreachable");
    assertEquals(List.of(0.0, 5.0, INF, INF), Arrays.stream(d).boxed().toList());
  }

  @Test
  void tropicalOverflowNamesTheVertexInsteadOfUnreachable() {
    // s → a 1e308, a → t 1e308: t would read +∞ = unreachable.
    EdgeListCsr g = new EdgeListCsr(3, new int[] {0, 1}, new int[] {1, 2}, new double[] {1e308, 1e308});
    EdgeListCsr.Csr c = g.out();
    ComponentRefusalException e =
        assertThrows(
            ComponentRefusalException.class,
            () ->
                SelectiveComponentSolver.tropical(
                    3, c.offsets, c.targets, c.weights, new double[] {0, INF, INF}, new int[3]));
    assertEquals(ComponentRefusalException.Kind.OVERFLOW, e.kind());
    assertEquals(2, e.vertices()[0]);
    // With another finite path to t, the overflowing one is simply not the best: no refusal.
    EdgeListCsr g2 =
        new EdgeListCsr(3, new int[] {0, 1, 0}, new int[] {1, 2, 2}, new double[] {1e308, 1e308, 5});
    assertEquals(5.0, solveTropical(g2, new double[] {0, INF, INF}, "other path")[2]);
    // Bellman–Ford (a negative edge elsewhere) checks the same way.
    EdgeListCsr g3 =
        new EdgeListCsr(4, new int[] {0, 1, 0}, new int[] {1, 2, 3}, new double[] {1e308, 1e308, -1});
    EdgeListCsr.Csr c3 = g3.out();
    ComponentRefusalException e3 =
        assertThrows(
            ComponentRefusalException.class,
            () ->
                SelectiveComponentSolver.tropical(
                    4, c3.offsets, c3.targets, c3.weights, new double[] {0, INF, INF, INF}, new int[4]));
    assertEquals(2, e3.vertices()[0]);
  }

  @Test
  void overflowTowardsTheBetterEndIsRefusedAtOnce() {
    // Max-plus 1e308 + 1e308 = +∞ would be the best value; tropical −1e308 − 1e308 likewise.
    EdgeListCsr g = new EdgeListCsr(3, new int[] {0, 1}, new int[] {1, 2}, new double[] {1e308, 1e308});
    EdgeListCsr.Csr c = g.out();
    ComponentRefusalException e =
        assertThrows(
            ComponentRefusalException.class,
            () ->
                SelectiveComponentSolver.maxPlus(
                    3, c.offsets, c.targets, c.weights,
                    new double[] {0, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}, new int[3]));
    assertEquals(ComponentRefusalException.Kind.OVERFLOW, e.kind());
    assertEquals(2, e.vertices()[0]);
    assertEquals(Double.POSITIVE_INFINITY, e.lowerBound());
    EdgeListCsr.Csr n = g.scaled(-1).out();
    ComponentRefusalException t =
        assertThrows(
            ComponentRefusalException.class,
            () ->
                SelectiveComponentSolver.tropical(
                    3, n.offsets, n.targets, n.weights, new double[] {0, INF, INF}, new int[3]));
    assertEquals(2, t.vertices()[0]);
  }

  @Test
  void rejectsValuesOutsideTheCarrier() {
    EdgeListCsr g = new EdgeListCsr(2, new int[] {0}, new int[] {1}, new double[] {Double.NaN});
    EdgeListCsr.Csr c = g.out();
    assertThrows(
        IllegalArgumentException.class,
        () -> SelectiveComponentSolver.tropical(2, c.offsets, c.targets, c.weights, new double[] {0, INF}, new int[2]));
  }

  @Test
  void aMillionEdges() {
    long seed = EdgeListCsr.seed(getClass().getSimpleName());
    SplittableRandom rnd = new SplittableRandom(seed);
    int n = 200_000;
    EdgeListCsr g = EdgeListCsr.random(rnd, n, 1_000_000, r -> r.nextDouble(0, 100));
    EdgeListCsr.Csr c = g.out();
    // Tropical, non-negative: Dijkstra; spot-check the result is a fixed point.
    double[] d = new double[n];
    Arrays.fill(d, INF);
    d[0] = 0;
    SelectiveComponentSolver.tropical(n, c.offsets, c.targets, c.weights, d, new int[n]);
    for (int k = 0; k < g.m(); k++) {
      assertTrue(d[g.to[k]] <= d[g.from[k]] + g.weight[k], "seed " + seed + " edge " + k);
    }
    // Max-plus with positive weights: refused after a few scans exactly when vertex 0 reaches a
    // cycle (it does unless it has no way into the giant component: seed 1882074936300924270).
    double[] e = new double[n];
    Arrays.fill(e, Double.NEGATIVE_INFINITY);
    e[0] = 0;
    if (!reachesCycle(n, c, 0)) {
      SelectiveComponentSolver.maxPlus(n, c.offsets, c.targets, c.weights, e, new int[n]);
      for (int k = 0; k < g.m(); k++) {
        assertTrue(e[g.to[k]] >= e[g.from[k]] + g.weight[k], "seed " + seed + " edge " + k);
      }
      return;
    }
    ComponentRefusalException ex =
        assertThrows(
            ComponentRefusalException.class,
            () -> SelectiveComponentSolver.maxPlus(n, c.offsets, c.targets, c.weights, e, new int[n]));
    assertImprovingCycle(g, c, new double[0], ex, -1, "seed " + seed, false);
  }

  /** Whether a cycle is reachable from {@code source}: Kahn's algorithm on the reachable part. */
  private static boolean reachesCycle(int n, EdgeListCsr.Csr c, int source) {
    boolean[] seen = new boolean[n];
    int[] stack = new int[n];
    int top = 0;
    stack[top++] = source;
    seen[source] = true;
    while (top > 0) {
      int u = stack[--top];
      for (int k = c.offsets[u]; k < c.offsets[u + 1]; k++) {
        if (!seen[c.targets[k]]) {
          seen[c.targets[k]] = true;
          stack[top++] = c.targets[k];
        }
      }
    }
    int[] indegree = new int[n];
    int reachable = 0;
    for (int u = 0; u < n; u++) {
      if (seen[u]) {
        reachable++;
        for (int k = c.offsets[u]; k < c.offsets[u + 1]; k++) {
          indegree[c.targets[k]]++;
        }
      }
    }
    top = 0;
    for (int u = 0; u < n; u++) {
      if (seen[u] && indegree[u] == 0) {
        stack[top++] = u;
      }
    }
    int removed = 0;
    while (top > 0) {
      int u = stack[--top];
      removed++;
      for (int k = c.offsets[u]; k < c.offsets[u + 1]; k++) {
        if (--indegree[c.targets[k]] == 0) {
          stack[top++] = c.targets[k];
        }
      }
    }
    return removed < reachable;
  }
}
