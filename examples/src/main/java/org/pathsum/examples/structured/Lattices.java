package org.pathsum.examples.structured;

import com.google.common.collect.ContiguousSet;
import com.google.common.collect.DiscreteDomain;
import com.google.common.collect.Range;
import java.util.ArrayList;
import java.util.List;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.PathSumSolvers;

/**
 * The queries the models ask of a weighted chain lattice, each one call of the library's front
 * door: no model has a dynamic program of its own.
 */
final class Lattices {

  private Lattices() {}

  /** The integers 0 … n−1 as a list, the vertex names of a graph numbered by index. */
  static List<Integer> indices(int n) {
    return ContiguousSet.create(Range.closedOpen(0, n), DiscreteDomain.integers()).asList();
  }

  /** A chain lattice with a log-domain weight per edge. */
  record Weighted(ChainLattice chain, double[] weights) {}

  /** The log-semiring sum from start to end. */
  static double logTotal(Weighted w) {
    ChainLattice c = w.chain();
    return PathSumSolvers.forEdgeArrays(c.vertices(), c.from(), c.to(), Semirings.log(), w.weights())
        .solveBetween(c.start(), c.end());
  }

  /** Each (position, label) vertex's expected visits, {@code [t][y]}. */
  static double[][] vertexMarginals(Weighted w) {
    ChainLattice c = w.chain();
    var marginals = marginals(w);
    double[][] p = new double[c.length()][c.labels()];
    for (int t = 0; t < c.length(); t++) {
      for (int y = 0; y < c.labels(); y++) {
        p[t][y] = marginals.visits(c.vertex(t, y));
      }
    }
    return p;
  }

  /** Each edge's marginal, by edge index. */
  static double[] edgeMarginals(Weighted w) {
    var marginals = marginals(w);
    double[] mu = new double[w.weights().length];
    for (int e = 0; e < mu.length; e++) {
      mu[e] = marginals.edge(e);
    }
    return mu;
  }

  private static org.pathsum.solver.Marginals<Integer, Integer> marginals(Weighted w) {
    ChainLattice c = w.chain();
    return PathSumSolvers.marginals(
        c.vertices(), c.from(), c.to(), Semirings.log(), w.weights(), c.start(), c.end());
  }

  /** The k best labelings under max-plus, best first. */
  static List<Labeling> kBest(Weighted w, int k) {
    ChainLattice c = w.chain();
    var best =
        PathSumSolvers.kBestFrom(
            c.vertices(), c.from(), c.to(), Semirings.maxPlus(), w.weights(), c.start(), k);
    double[] scores = best.weights(c.end());
    List<List<Integer>> paths = best.walks(c.end());
    List<Labeling> out = new ArrayList<>(scores.length);
    for (int i = 0; i < scores.length; i++) {
      out.add(new Labeling(c.labeling(paths.get(i)), scores[i]));
    }
    return out;
  }
}
