package org.pathsum.solver.internal.cyclic;

import java.util.Arrays;

/** Finds a cycle in a local CSR, for the evidence of a refusal; only called when refusing. */
final class LocalCycles {

  private LocalCycles() {}

  /**
   * Some directed cycle following the CSR rows, over the edges whose weight is not {@code
   * absent}, found by an iterative depth-first search started at {@code start} and then at every
   * other vertex; the vertices in row order. Empty if the graph has no such cycle. O(n + m) time,
   * O(n) extra space, no recursion.
   */
  static int[] anyCycle(
      int n, int[] offsets, int[] targets, double[] weights, double absent, int start) {
    byte[] state = new byte[n]; // 0 new, 1 on the stack, 2 done
    int[] stack = new int[n];
    int[] cursor = new int[n];
    for (int r = 0; r < n; r++) {
      int root = (start + r) % n;
      if (state[root] != 0) {
        continue;
      }
      int top = 0;
      stack[0] = root;
      cursor[root] = offsets[root];
      state[root] = 1;
      while (top >= 0) {
        int u = stack[top];
        if (cursor[u] == offsets[u + 1]) {
          state[u] = 2;
          top--;
          continue;
        }
        int k = cursor[u]++;
        if (weights[k] == absent) {
          continue;
        }
        int v = targets[k];
        if (state[v] == 1) {
          int from = top;
          while (stack[from] != v) {
            from--;
          }
          return Arrays.copyOfRange(stack, from, top + 1);
        }
        if (state[v] == 0) {
          state[v] = 1;
          cursor[v] = offsets[v];
          stack[++top] = v;
        }
      }
    }
    return new int[0];
  }

  /** Checks a local CSR: offsets of length n + 1, non-decreasing, targets within 0..n-1. */
  static void checkCsr(int n, int[] offsets, int[] targets, double[] weights) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, got " + n);
    }
    if (offsets.length < n + 1 || offsets[0] != 0) {
      throw new IllegalArgumentException(
          "offsets must have n + 1 = " + (n + 1) + " entries starting at 0");
    }
    int m = offsets[n];
    if (targets.length < m || weights.length < m) {
      throw new IllegalArgumentException(
          "targets and weights must hold offsets[n] = " + m + " entries");
    }
    for (int i = 0; i < n; i++) {
      if (offsets[i] > offsets[i + 1]) {
        throw new IllegalArgumentException("offsets decrease at vertex " + i);
      }
    }
    for (int k = 0; k < m; k++) {
      if (targets[k] < 0 || targets[k] >= n) {
        throw new IllegalArgumentException(
            "edge " + k + " targets " + targets[k] + ", outside the component 0.." + (n - 1));
      }
    }
  }
}
