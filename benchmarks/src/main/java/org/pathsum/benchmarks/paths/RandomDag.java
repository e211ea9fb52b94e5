package org.pathsum.benchmarks.paths;

import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;
import org.pathsum.solver.internal.compiled.CompiledDag;

/**
 * A seeded random DAG given as an edge list: vertices {@code 0 … n−1}, and every vertex {@code v ≥
 * 1} has {@code degree} in-edges from sources drawn uniformly from {@code 0 … v−1} (parallel edges
 * possible). Every vertex is reachable from 0, and the uniform sources make the sweeps' reads
 * random-access, the hard case for memory. Edges are numbered by target, as a computation graph
 * numbers them.
 *
 * <p>This is a benchmark input, not a test fixture: it builds the edge lists the benchmarks time
 * (vertex in-degree, random-access sources, edges by target), which the randomized tests' {@code
 * org.pathsum.solver.testing.RandomDags} (graph-solver's test-jar) deliberately do not. Tests of
 * the solvers use those.
 */
public final class RandomDag {

  /** Vertex count n. */
  public final int vertexCount;

  /** Edge sources by edge id. */
  public final int[] from;

  /** Edge targets by edge id. */
  public final int[] to;

  private RandomDag(int vertexCount, int[] from, int[] to) {
    this.vertexCount = vertexCount;
    this.from = from;
    this.to = to;
  }

  /**
   * A DAG with about {@code edges} edges ({@code (n − 1) · degree} exactly, n = edges / degree +
   * 1).
   *
   * @param edges the wanted number of edges, {@code ≥ degree}
   * @param degree the in-degree of every vertex but 0, {@code ≥ 1}
   * @param seed the random seed
   */
  public static RandomDag generate(int edges, int degree, long seed) {
    if (degree < 1 || edges < degree) {
      throw new IllegalArgumentException(
          "need degree >= 1 and edges >= degree, got edges=" + edges + ", degree=" + degree);
    }
    int n = edges / degree + 1;
    int m = (n - 1) * degree;
    int[] from = new int[m];
    int[] to = new int[m];
    SplittableRandom rnd = new SplittableRandom(seed);
    int e = 0;
    for (int v = 1; v < n; v++) {
      for (int k = 0; k < degree; k++) {
        from[e] = rnd.nextInt(v);
        to[e] = v;
        e++;
      }
    }
    return new RandomDag(n, from, to);
  }

  /** The number of edges. */
  public int edgeCount() {
    return from.length;
  }

  /** This DAG built directly as a {@link CompiledDag}, edge ids preserved. */
  public CompiledDag toCompiledDag() {
    CompiledDag.Builder b = CompiledDag.builder(vertexCount, from.length);
    for (int e = 0; e < from.length; e++) {
      b.addEdge(from[e], to[e]);
    }
    return b.build();
  }

  /**
   * This DAG as JGraphT's default directed weighted multigraph on {@code Integer} vertices, edge
   * {@code e} weighted {@code weights[e]}.
   */
  public Graph<Integer, DefaultWeightedEdge> toJGraphT(double[] weights) {
    Graph<Integer, DefaultWeightedEdge> g =
        new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < vertexCount; v++) {
      g.addVertex(v);
    }
    for (int e = 0; e < from.length; e++) {
      DefaultWeightedEdge edge = g.addEdge(from[e], to[e]);
      g.setEdgeWeight(edge, weights[e]);
    }
    return g;
  }

  /**
   * Real weights ±0.5 with random signs: with in-degree 4 they keep path sums near magnitude 1, far
   * from overflow and from subnormals (which would slow the arithmetic, not the memory traffic).
   */
  public double[] realWeights(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] w = new double[from.length];
    for (int e = 0; e < w.length; e++) {
      w[e] = rnd.nextBoolean() ? 0.5 : -0.5;
    }
    return w;
  }

  /** Non-negative lengths in [1, 10), so that Dijkstra applies. */
  public double[] lengths(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] w = new double[from.length];
    for (int e = 0; e < w.length; e++) {
      w[e] = rnd.nextDouble(1, 10);
    }
    return w;
  }
}
