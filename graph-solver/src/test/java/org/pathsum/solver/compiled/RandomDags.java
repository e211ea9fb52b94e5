package org.pathsum.solver.compiled;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/** Seeded random DAGs and brute-force path enumeration, the references for the sweep tests. */
final class RandomDags {

  private RandomDags() {}

  /**
   * A DAG on {@code n} vertices with {@code m} random edges {@code u < v}, parallel ones likely.
   */
  static CompiledDag randomDag(SplittableRandom rnd, int n, int m) {
    CompiledDag.Builder b = CompiledDag.builder(n);
    for (int k = 0; k < m && n > 1; k++) {
      int u = rnd.nextInt(n - 1);
      int v = u + 1 + rnd.nextInt(n - 1 - u);
      b.addEdge(u, v);
    }
    return b.build();
  }

  /**
   * Like {@link #randomDag} but with the edges added in nondecreasing order of target, the layout
   * in which the compiled DAG keeps no in-edge id map.
   */
  static CompiledDag randomDagByTarget(SplittableRandom rnd, int n, int m) {
    CompiledDag shuffled = randomDag(rnd, n, m);
    CompiledDag.Builder b = CompiledDag.builder(n);
    for (int v = 0; v < n; v++) {
      for (int i = 0; i < shuffled.inDegree(v); i++) {
        b.addEdge(shuffled.edgeSource(shuffled.inEdge(v, i)), v);
      }
    }
    return b.build();
  }

  /**
   * A JGraphT DAG with string vertices named in a shuffled order (so the topological numbering is
   * not the insertion order) and {@code m} random edges, parallel ones likely.
   */
  static Graph<String, Integer> randomJGraphTDag(SplittableRandom rnd, int n, int m) {
    List<String> rank = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rank.add("v" + i);
    }
    Graph<String, Integer> g = new DirectedPseudograph<>(null, null, false);
    List<String> insertion = new ArrayList<>(rank);
    for (int i = insertion.size() - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      String t = insertion.get(i);
      insertion.set(i, insertion.get(j));
      insertion.set(j, t);
    }
    insertion.forEach(g::addVertex);
    for (int k = 0; k < m && n > 1; k++) {
      int u = rnd.nextInt(n - 1);
      int v = u + 1 + rnd.nextInt(n - 1 - u);
      g.addEdge(rank.get(u), rank.get(v), k);
    }
    return g;
  }

  /**
   * Every path from {@code s} to {@code t} as its list of edge ids, in path order, found by an
   * explicit-stack depth-first search (exponential; small graphs only). The empty path if s == t.
   */
  static List<int[]> paths(CompiledDag g, int s, int t) {
    List<int[]> result = new ArrayList<>();
    // Each stack frame: (vertex, next out-edge position); the current path is the edges taken.
    int[] vertex = new int[g.vertexCount() + 1];
    int[] next = new int[g.vertexCount() + 1];
    int[] taken = new int[g.vertexCount()];
    int depth = 0;
    vertex[0] = s;
    next[0] = 0;
    if (s == t) {
      result.add(new int[0]);
    }
    while (depth >= 0) {
      int u = vertex[depth];
      if (next[depth] == g.outDegree(u)) {
        depth--;
        continue;
      }
      int e = g.outEdge(u, next[depth]++);
      taken[depth] = e;
      int v = g.edgeTarget(e);
      if (v == t) {
        int[] p = new int[depth + 1];
        System.arraycopy(taken, 0, p, 0, depth + 1);
        result.add(p);
      }
      if (v < t) {
        depth++;
        vertex[depth] = v;
        next[depth] = 0;
      }
    }
    return result;
  }
}
