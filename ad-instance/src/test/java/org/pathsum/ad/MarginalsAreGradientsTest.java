package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.Marginals;
import org.pathsum.solver.PathSumSolvers;

/**
 * Marginals are gradients: log Z over a lattice, written here as the forward recursion {@code α(v)
 * = log Σ_{e = (u, v)} exp(α(u) + w_e)} with the tape's own operations and recorded as a {@link
 * ComputationGraph}, differentiated by reverse mode with respect to the edge log-weights, gives
 * {@link PathSumSolvers#marginals} edge for edge, on seeded random lattices with parallel edges.
 * The value of the recorded program is log Z too.
 */
class MarginalsAreGradientsTest {

  @Test
  void theGradientOfLogZIsTheEdgeMarginals() {
    for (long seed = 0; seed < 30; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      Lattice lattice = new Lattice(rnd, 1 + rnd.nextInt(5), 1 + rnd.nextInt(4));
      double[] w = rnd.doubles(lattice.from.length, -2, 2).toArray();
      List<String> names = new ArrayList<>();
      for (int e = 0; e < w.length; e++) {
        names.add("w" + e);
      }
      ComputationGraph logZ =
          Program.scalar(lattice::logZ).record(names, List.of("log Z"));
      Gradient gradient = logZ.gradient(w);

      List<Integer> vertices = new ArrayList<>();
      for (int v = 0; v < lattice.n; v++) {
        vertices.add(v);
      }
      Marginals<Integer, Integer> m =
          PathSumSolvers.marginals(
              vertices, lattice.from, lattice.to, Semirings.log(), w, 0, lattice.n - 1);
      String where = "seed " + seed;
      assertEquals(gradient.value(), m.value(), 1e-12 * Math.max(1, Math.abs(m.value())), where);
      for (int e = 0; e < w.length; e++) {
        assertEquals(gradient.get(e), m.edgeAt(e), 1e-12, where + " edge " + e);
      }
    }
  }

  /**
   * Source 0, {@code layers} layers of {@code width} vertices, target n − 1: every vertex of a layer
   * to every vertex of the next, some pairs twice (parallel edges), in topological vertex order.
   */
  private static final class Lattice {
    final int n;
    final int[] from;
    final int[] to;

    Lattice(SplittableRandom rnd, int layers, int width) {
      n = layers * width + 2;
      List<int[]> edges = new ArrayList<>();
      List<Integer> previous = List.of(0);
      for (int l = 0; l < layers; l++) {
        List<Integer> layer = new ArrayList<>();
        for (int i = 0; i < width; i++) {
          layer.add(1 + l * width + i);
        }
        for (int u : previous) {
          for (int v : layer) {
            edges.add(new int[] {u, v});
            if (rnd.nextInt(3) == 0) {
              edges.add(new int[] {u, v});
            }
          }
        }
        previous = layer;
      }
      for (int u : previous) {
        edges.add(new int[] {u, n - 1});
      }
      from = edges.stream().mapToInt(e -> e[0]).toArray();
      to = edges.stream().mapToInt(e -> e[1]).toArray();
    }

    /** log Z by the forward recursion over the vertices in order; input e is edge e's log-weight. */
    <T> T logZ(Arithmetic<T> a, List<T> w) {
      List<T> alpha = new ArrayList<>();
      alpha.add(a.constant(0));
      for (int v = 1; v < n; v++) {
        T sum = null;
        for (int e = 0; e < from.length; e++) {
          if (to[e] == v) {
            T term = a.exp(a.add(alpha.get(from[e]), w.get(e)));
            sum = sum == null ? term : a.add(sum, term);
          }
        }
        alpha.add(a.log(sum));
      }
      return alpha.get(n - 1);
    }
  }
}
