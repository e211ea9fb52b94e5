package org.pathsum.benchmarks.structured;

import com.google.common.collect.ContiguousSet;
import com.google.common.collect.DiscreteDomain;
import com.google.common.collect.Range;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A label lattice as edge arrays: a start vertex, {@code positions × labels} vertices, an end
 * vertex; every label at position t joined to every label at t + 1. The shape of an HMM's or a
 * CRF's lattice, with random log-domain weights.
 */
final class Lattice {

  final List<Integer> vertices;
  final int[] from;
  final int[] to;
  final double[] logWeights;
  final int start;
  final int end;

  Lattice(int positions, int labels, long seed) {
    int n = 2 + positions * labels;
    int m = 2 * labels + (positions - 1) * labels * labels;
    vertices = ContiguousSet.create(Range.closedOpen(0, n), DiscreteDomain.integers()).asList();
    from = new int[m];
    to = new int[m];
    logWeights = new double[m];
    start = 0;
    end = n - 1;
    SplittableRandom random = new SplittableRandom(seed);
    int e = 0;
    for (int y = 0; y < labels; y++, e++) {
      from[e] = start;
      to[e] = 1 + y;
    }
    for (int t = 0; t + 1 < positions; t++) {
      for (int y = 0; y < labels; y++) {
        for (int z = 0; z < labels; z++, e++) {
          from[e] = 1 + t * labels + y;
          to[e] = 1 + (t + 1) * labels + z;
        }
      }
    }
    for (int y = 0; y < labels; y++, e++) {
      from[e] = 1 + (positions - 1) * labels + y;
      to[e] = end;
    }
    for (int k = 0; k < m; k++) {
      // log-probabilities of a transition times an emission: ln of values in (0.001, 1)
      logWeights[k] = Math.log(random.nextDouble(0.001, 1));
    }
  }
}
