package org.pathsum.benchmarks.paths;

import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;

/**
 * A seeded random directed multigraph with cycles, for the cyclic-solver benchmarks: {@code edges}
 * edges with uniformly random ends over {@code edges / 5} vertices (mean out-degree 5, the issue's
 * 2·10⁵ vertices for 10⁶ edges; one giant strongly connected component holds most vertices), in
 * CSR in both directions, with the weights the benchmarks need.
 */
public final class RandomCyclicGraph {

  /** The number of vertices. */
  public final int vertexCount;

  /** Edge tails and heads, in generation order. */
  public final int[] from;

  /** Edge heads. */
  public final int[] to;

  private RandomCyclicGraph(int vertexCount, int[] from, int[] to) {
    this.vertexCount = vertexCount;
    this.from = from;
    this.to = to;
  }

  /** A graph of {@code edges} edges on {@code edges / 5} vertices, from {@code seed}. */
  public static RandomCyclicGraph generate(int edges, long seed) {
    int n = Math.max(1, edges / 5);
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] from = new int[edges];
    int[] to = new int[edges];
    for (int k = 0; k < edges; k++) {
      from[k] = rnd.nextInt(n);
      to[k] = rnd.nextInt(n);
    }
    return new RandomCyclicGraph(n, from, to);
  }

  /** The number of edges. */
  public int edgeCount() {
    return from.length;
  }

  /** Uniform weights in [lo, hi) per edge, in generation order, from {@code seed}. */
  public double[] uniformWeights(double lo, double hi, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] w = new double[from.length];
    for (int k = 0; k < w.length; k++) {
      w[k] = rnd.nextDouble(lo, hi);
    }
    return w;
  }

  /**
   * Lengths in [0, 100) shifted by random vertex potentials in [0, 100): {@code w + p(u) − p(v)}.
   * Many edges are negative, but every cycle keeps its non-negative length: Bellman–Ford territory
   * without a negative cycle.
   */
  public double[] reducedCostWeights(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] p = new double[vertexCount];
    for (int v = 0; v < vertexCount; v++) {
      p[v] = rnd.nextDouble(0, 100);
    }
    double[] w = uniformWeights(0, 100, seed + 1);
    for (int k = 0; k < w.length; k++) {
      w[k] += p[from[k]] - p[to[k]];
    }
    return w;
  }

  /** A CSR over the edges: rows by tail ({@code out = true}) or by head, with its weights. */
  public Csr csr(boolean out, double[] weights) {
    int[] rows = out ? from : to;
    int[] cols = out ? to : from;
    int n = vertexCount;
    int[] offsets = new int[n + 1];
    for (int r : rows) {
      offsets[r + 1]++;
    }
    for (int i = 0; i < n; i++) {
      offsets[i + 1] += offsets[i];
    }
    int[] fill = java.util.Arrays.copyOf(offsets, n);
    int[] targets = new int[rows.length];
    double[] w = new double[rows.length];
    for (int k = 0; k < rows.length; k++) {
      int at = fill[rows[k]]++;
      targets[at] = cols[k];
      w[at] = weights[k];
    }
    return new Csr(offsets, targets, w);
  }

  /** The same graph as a JGraphT pseudograph with these weights (vertices 0..n-1). */
  public Graph<Integer, DefaultWeightedEdge> toJGraphT(double[] weights) {
    Graph<Integer, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (int v = 0; v < vertexCount; v++) {
      g.addVertex(v);
    }
    for (int k = 0; k < from.length; k++) {
      g.setEdgeWeight(g.addEdge(from[k], to[k]), weights[k]);
    }
    return g;
  }

  /** A CSR: row {@code i} is {@code offsets[i] .. offsets[i+1]-1} of {@code targets}/{@code weights}. */
  public static final class Csr {
    /** Row starts, length n + 1. */
    public final int[] offsets;

    /** The other end of each entry. */
    public final int[] targets;

    /** The weight of each entry. */
    public final double[] weights;

    Csr(int[] offsets, int[] targets, double[] weights) {
      this.offsets = offsets;
      this.targets = targets;
      this.weights = weights;
    }
  }
}
