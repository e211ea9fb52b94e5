package org.pathsum.solver.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.pathsum.solver.internal.compiled.CompiledDag;

/**
 * Seeded random DAGs — as JGraphT graphs with parallel {@link TestEdge}s or {@code String}/{@code
 * Integer} vertices and edges, and as {@link CompiledDag}s — and brute-force path enumeration over a
 * compiled DAG: the one home of the random-DAG fixtures of every test.
 */
public final class RandomDags {

  private RandomDags() {}

  /**
   * A random DAG on 1..{@code maxVertices} integer vertices (mostly near the maximum), added in
   * random order and with a random hidden topological order (so vertex numbers say nothing about
   * it), 0.5 to 2.5 edges per vertex, half of them between neighbours in that order (for long
   * paths), some doubled into parallel edges, often with isolated or unreachable parts.
   */
  public static Graph<Integer, TestEdge> randomDag(SplittableRandom rnd, int maxVertices) {
    int n =
        rnd.nextInt(4) == 0
            ? 1 + rnd.nextInt(maxVertices)
            : maxVertices - rnd.nextInt(maxVertices / 3 + 1);
    List<Integer> vertices = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      vertices.add(v);
    }
    List<Integer> rank = shuffled(vertices, rnd);
    Graph<Integer, TestEdge> g = new DirectedPseudograph<>(null, null, false);
    for (Integer v : shuffled(vertices, rnd)) {
      g.addVertex(v);
    }
    if (n == 1) {
      return g;
    }
    int edges = rnd.nextInt(n / 2, 5 * n / 2 + 1);
    int id = 0;
    for (int i = 0; i < edges; i++) {
      int a = rnd.nextInt(n);
      int b = rnd.nextBoolean() ? a + 1 : rnd.nextInt(n);
      if (a == b || b == n) {
        continue;
      }
      // orient from lower to higher hidden rank: no cycle can form
      Integer from = rank.get(Math.min(a, b));
      Integer to = rank.get(Math.max(a, b));
      g.addEdge(from, to, new TestEdge(id++));
      if (rnd.nextInt(5) == 0) {
        g.addEdge(from, to, new TestEdge(id++));
      }
    }
    return g;
  }

  /** One random weight per edge, drawn in edge order from {@code sample}. */
  public static <W> Map<TestEdge, W> randomWeights(
      Graph<Integer, TestEdge> g, SplittableRandom rnd, Function<SplittableRandom, W> sample) {
    Map<TestEdge, W> weights = new HashMap<>();
    for (TestEdge e : g.edgeSet()) {
      weights.put(e, sample.apply(rnd));
    }
    return weights;
  }

  private static List<Integer> shuffled(List<Integer> list, SplittableRandom rnd) {
    List<Integer> copy = new ArrayList<>(list);
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, rnd.nextInt(i + 1));
    }
    return copy;
  }



  /**
   * A DAG on {@code n} vertices with {@code m} random edges {@code u < v}, parallel ones likely.
   */
  public static CompiledDag randomDag(SplittableRandom rnd, int n, int m) {
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
  public static CompiledDag randomDagByTarget(SplittableRandom rnd, int n, int m) {
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
  public static Graph<String, Integer> randomJGraphTDag(SplittableRandom rnd, int n, int m) {
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
  public static List<int[]> paths(CompiledDag g, int s, int t) {
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
