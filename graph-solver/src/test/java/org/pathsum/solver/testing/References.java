package org.pathsum.solver.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.BellmanFordShortestPath;
import org.jgrapht.alg.shortestpath.NegativeCycleDetectedException;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.NegativeCycleException;

/** Independent reference algorithms and checks used by several tests. */
public final class References {

  private References() {}

  /**
   * Row {@code s} of (I − A)⁻¹, where A[u][v] is the total weight of the edges u → v: the real path
   * sums from s when the series converges. Gaussian elimination with partial pivoting on the
   * transposed system (I − A)ᵀ x = e_s. O(n³).
   */
  public static double[] inverseRow(Graph<Integer, DefaultWeightedEdge> g, int n, int s) {
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      m[i][i] = 1;
    }
    for (DefaultWeightedEdge e : g.edgeSet()) {
      int u = g.getEdgeSource(e);
      int v = g.getEdgeTarget(e);
      m[v][u] -= g.getEdgeWeight(e); // transposed
    }
    m[s][n] = 1;
    for (int col = 0; col < n; col++) {
      int piv = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) {
          piv = r;
        }
      }
      double[] tmp = m[col];
      m[col] = m[piv];
      m[piv] = tmp;
      for (int r = 0; r < n; r++) {
        if (r != col && m[r][col] != 0) {
          double f = m[r][col] / m[col][col];
          for (int c = col; c <= n; c++) {
            m[r][c] -= f * m[col][c];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = m[i][n] / m[i][i];
    }
    return x;
  }

  /**
   * (I − A)⁻¹ by Gauss–Jordan elimination with partial pivoting: the real path sums of every pair
   * when the series converges, A[u][v] the total weight of the edges u → v. O(n³).
   */
  public static double[][] inverseOfIMinus(double[][] a) {
    int n = a.length;
    double[][] m = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = (i == j ? 1 : 0) - a[i][j];
      }
      m[i][n + i] = 1;
    }
    for (int col = 0; col < n; col++) {
      int piv = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) {
          piv = r;
        }
      }
      double[] tmp = m[col];
      m[col] = m[piv];
      m[piv] = tmp;
      double p = m[col][col];
      for (int c = 0; c < 2 * n; c++) {
        m[col][c] /= p;
      }
      for (int r = 0; r < n; r++) {
        double f = m[r][col];
        if (r != col && f != 0) {
          for (int c = 0; c < 2 * n; c++) {
            m[r][c] -= f * m[col][c];
          }
        }
      }
    }
    double[][] inv = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(m[i], n, inv[i], 0, n);
    }
    return inv;
  }

  /** Breadth-first reachability from {@code s}. */
  public static <E> boolean[] reachable(Graph<Integer, E> g, int n, int s) {
    boolean[] seen = new boolean[n];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    seen[s] = true;
    queue.add(s);
    while (!queue.isEmpty()) {
      int u = queue.poll();
      for (E e : g.outgoingEdgesOf(u)) {
        int v = g.getEdgeTarget(e);
        if (!seen[v]) {
          seen[v] = true;
          queue.add(v);
        }
      }
    }
    return seen;
  }

  /** Asserts that {@code cycle} is a non-empty directed cycle of {@code g}. */
  public static <V, E> void assertIsCycle(Graph<V, E> g, List<?> cycle, String message) {
    assertFalse(cycle.isEmpty(), message + ": empty cycle");
    for (int i = 0; i < cycle.size(); i++) {
      @SuppressWarnings("unchecked")
      V a = (V) cycle.get(i);
      @SuppressWarnings("unchecked")
      V b = (V) cycle.get((i + 1) % cycle.size());
      assertTrue(g.containsEdge(a, b), message + ": no edge " + a + " -> " + b + " in " + cycle);
    }
  }

  /** The least total weight of a way round {@code cycle} using the lightest parallel edges. */
  public static double lightestCycleWeight(Graph<Integer, DefaultWeightedEdge> g, List<?> cycle) {
    double total = 0;
    for (int i = 0; i < cycle.size(); i++) {
      Integer a = (Integer) cycle.get(i);
      Integer b = (Integer) cycle.get((i + 1) % cycle.size());
      double best = Double.POSITIVE_INFINITY;
      for (DefaultWeightedEdge e : g.getAllEdges(a, b)) {
        best = Math.min(best, g.getEdgeWeight(e));
      }
      total += best;
    }
    return total;
  }

  /**
   * On 60 seeded random tropical multigraphs with weights in [−3, 10): the solver that {@code
   * factory} builds refuses {@code solveFrom(s)} with a {@link NegativeCycleException} carrying a
   * real cycle of negative weight exactly when JGraphT's Bellman-Ford finds a negative cycle
   * reachable from s, and converges otherwise; enough graphs must have one for this to mean much.
   */
  public static void assertNegativeCyclesReported(
      Function<Graph<Integer, DefaultWeightedEdge>, PathSumSolver<Integer, Double>> factory,
      String label) {
    int detected = 0;
    for (long seed = 1; seed <= 60; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 2 + rnd.nextInt(15);
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, 1 + rnd.nextInt(3 * n), r -> r.nextInt(-3, 10));
      int s = rnd.nextInt(n);
      boolean negative;
      try {
        new BellmanFordShortestPath<>(g).getPaths(s);
        negative = false;
      } catch (NegativeCycleDetectedException e) {
        negative = true;
      }
      String msg = label + ", seed " + seed;
      PathSumSolver<Integer, Double> solver = factory.apply(g);
      if (negative) {
        NegativeCycleException e =
            assertThrows(NegativeCycleException.class, () -> solver.solveFrom(s), msg);
        assertIsCycle(g, e.cycle(), msg);
        assertTrue(e.<Double>cycleWeight() < 0, msg);
        assertTrue(lightestCycleWeight(g, e.cycle()) < 0, msg);
        assertEquals("tropical", e.semiringName(), msg);
        detected++;
      } else {
        solver.solveFrom(s); // converges
      }
    }
    assertTrue(detected > 10, label + ": too few random graphs had a negative cycle: " + detected);
  }
}
