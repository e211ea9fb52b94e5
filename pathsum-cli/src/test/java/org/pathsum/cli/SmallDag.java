package org.pathsum.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small random DAG for the {@code paths} tests whose oracle is the list of its paths themselves:
 * vertices {@code v0 … v(n−1)}, edges from lower to higher vertices (parallel edges likely), every
 * path enumerated edge by edge. graph-solver's {@code PathEnumerationSolver} sums paths in a
 * semiring; these tests need the paths (which edges, how often), so they enumerate here, with an
 * explicit stack. Exponential; for a few vertices only.
 *
 * @param n the number of vertices
 * @param from the source vertex of each edge
 * @param to the target vertex of each edge, {@code from[e] < to[e]}
 */
record SmallDag(int n, int[] from, int[] to) {

  /** A random DAG of 3 to 7 vertices with an edge v0 → v(n−1) and up to 3n more edges. */
  static SmallDag random(SplittableRandom random) {
    int n = 3 + random.nextInt(5);
    int m = 1 + random.nextInt(3 * n);
    int[] from = new int[m];
    int[] to = new int[m];
    from[0] = 0;
    to[0] = n - 1;
    for (int e = 1; e < m; e++) {
      from[e] = random.nextInt(n - 1);
      to[e] = from[e] + 1 + random.nextInt(n - 1 - from[e]);
    }
    return new SmallDag(n, from, to);
  }

  /** The name of vertex {@code i}. */
  static String name(int i) {
    return "v" + i;
  }

  /** The edge list file: a line per vertex first (so every vertex exists), then one per edge. */
  String text(List<String> weights) {
    StringBuilder sb = new StringBuilder();
    for (int v = 0; v < n; v++) {
      sb.append(name(v)).append('\n');
    }
    for (int e = 0; e < from.length; e++) {
      sb.append(name(from[e]))
          .append(' ')
          .append(name(to[e]))
          .append(' ')
          .append(weights.get(e))
          .append('\n');
    }
    return sb.toString();
  }

  /** Every path from {@code s} to {@code t}, each as its edges in order; the empty one if s = t. */
  List<List<Integer>> paths(int s, int t) {
    List<List<Integer>> out = new ArrayList<>();
    Deque<List<Integer>> stack = new ArrayDeque<>();
    stack.push(List.of());
    while (!stack.isEmpty()) {
      List<Integer> path = stack.pop();
      int at = path.isEmpty() ? s : to[path.get(path.size() - 1)];
      if (at == t) {
        out.add(path);
      }
      for (int e = 0; e < from.length; e++) {
        if (from[e] == at) {
          List<Integer> longer = new ArrayList<>(path);
          longer.add(e);
          stack.push(longer);
        }
      }
    }
    return out;
  }

  /** The vertices a path from {@code s} visits, in order. */
  List<Integer> vertices(int s, List<Integer> path) {
    List<Integer> vs = new ArrayList<>();
    vs.add(s);
    for (int e : path) {
      vs.add(to[e]);
    }
    return vs;
  }
}
