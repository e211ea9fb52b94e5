package org.pathsum.ad;

import org.pathsum.semiring.DoubleSemiring;

/**
 * The path-problem structure of a computation graph: int vertices in topological order with CSR
 * in- and out-adjacency, and the forward and backward sweeps over a {@link DoubleSemiring}.
 */
final class EdgeIndex {

  private final int[] inStart;
  private final int[] edgeSource;
  private final int[] outStart;
  private final int[] outEdges;
  private final int[] edgeTarget;

  private EdgeIndex(int[] inStart, int[] edgeSource, int[] edgeTarget) {
    int n = inStart.length - 1;
    this.inStart = inStart;
    this.edgeSource = edgeSource;
    this.edgeTarget = edgeTarget;
    this.outStart = new int[n + 1];
    for (int s : edgeSource) {
      outStart[s + 1]++;
    }
    for (int v = 0; v < n; v++) {
      outStart[v + 1] += outStart[v];
    }
    this.outEdges = new int[edgeSource.length];
    int[] fill = java.util.Arrays.copyOf(outStart, n);
    for (int e = 0; e < edgeSource.length; e++) {
      outEdges[fill[edgeSource[e]]++] = e;
    }
  }

  static EdgeIndex of(int[] inStart, int[] edgeSource, int[] edgeTarget) {
    return new EdgeIndex(inStart, edgeSource, edgeTarget);
  }

  /** out[v] = ⊕ over paths source → v of the ⊗-products of the labels. O(|V| + |E|). */
  void forward(DoubleSemiring s, double[] w, int source, double[] out) {
    int n = inStart.length - 1;
    java.util.Arrays.fill(out, 0, source, s.zeroAsDouble());
    out[source] = s.oneAsDouble();
    for (int v = source + 1; v < n; v++) {
      double acc = s.zeroAsDouble();
      for (int e = inStart[v]; e < inStart[v + 1]; e++) {
        acc = s.plusAsDouble(acc, s.timesAsDouble(out[edgeSource[e]], w[e]));
      }
      out[v] = acc;
    }
  }

  /** out[v] = ⊕ over paths v → target of the ⊗-products, in path order. O(|V| + |E|). */
  void backward(DoubleSemiring s, double[] w, int target, double[] out) {
    int n = inStart.length - 1;
    java.util.Arrays.fill(out, target + 1, n, s.zeroAsDouble());
    out[target] = s.oneAsDouble();
    for (int u = target - 1; u >= 0; u--) {
      double acc = s.zeroAsDouble();
      for (int i = outStart[u]; i < outStart[u + 1]; i++) {
        int e = outEdges[i];
        acc = s.plusAsDouble(acc, s.timesAsDouble(w[e], out[edgeTarget[e]]));
      }
      out[u] = acc;
    }
  }
}
