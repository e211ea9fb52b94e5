package org.pathsum.solver.cyclic;

import java.util.Arrays;

/**
 * The strongly connected components of the part of an {@link IndexedGraph} selected by a mask,
 * numbered in topological order (every edge between components goes from a lower number to a higher
 * one).
 *
 * <p>Tarjan's algorithm with an explicit stack instead of recursion, so a path of a million
 * vertices does not overflow the call stack. O(|V| + |E|) time, O(|V|) extra space.
 */
final class Components {

  /** Component of each vertex, in topological order; -1 for vertices outside the mask. */
  final int[] component;

  /** Members of component c are {@code members[memberStart[c] .. memberStart[c+1]-1]}. */
  final int[] memberStart;

  final int[] members;

  /** Whether component c contains a cycle: more than one vertex, or a self-loop. */
  final boolean[] cyclic;

  private Components(int[] component, int[] memberStart, int[] members, boolean[] cyclic) {
    this.component = component;
    this.memberStart = memberStart;
    this.members = members;
    this.cyclic = cyclic;
  }

  int count() {
    return cyclic.length;
  }

  int size(int c) {
    return memberStart[c + 1] - memberStart[c];
  }

  /** Components of the subgraph induced by {@code mask}. */
  static Components of(IndexedGraph<?, ?, ?> g, boolean[] mask) {
    int n = g.vertexCount();
    int[] order = new int[n];
    Arrays.fill(order, -1);
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    int[] sccStack = new int[n];
    int sccTop = 0;
    int[] callVertex = new int[n];
    int[] callPos = new int[n];
    int callTop = 0;
    int counter = 0;
    int[] emitted = new int[n]; // reverse-topological component of each vertex
    int emittedCount = 0;
    int inMask = 0;
    for (int root = 0; root < n; root++) {
      if (!mask[root] || order[root] >= 0) {
        continue;
      }
      order[root] = low[root] = counter++;
      sccStack[sccTop++] = root;
      onStack[root] = true;
      callVertex[callTop] = root;
      callPos[callTop++] = g.start[root];
      while (callTop > 0) {
        int v = callVertex[callTop - 1];
        int pos = callPos[callTop - 1];
        if (pos < g.start[v + 1]) {
          callPos[callTop - 1] = pos + 1;
          int w = g.head[pos];
          if (!mask[w]) {
            continue;
          }
          if (order[w] < 0) {
            order[w] = low[w] = counter++;
            sccStack[sccTop++] = w;
            onStack[w] = true;
            callVertex[callTop] = w;
            callPos[callTop++] = g.start[w];
          } else if (onStack[w]) {
            low[v] = Math.min(low[v], order[w]);
          }
        } else {
          callTop--;
          if (low[v] == order[v]) {
            int w;
            do {
              w = sccStack[--sccTop];
              onStack[w] = false;
              emitted[w] = emittedCount;
              inMask++;
            } while (w != v);
            emittedCount++;
          }
          if (callTop > 0) {
            int parent = callVertex[callTop - 1];
            low[parent] = Math.min(low[parent], low[v]);
          }
        }
      }
    }
    int[] component = new int[n];
    int[] memberStart = new int[emittedCount + 1];
    for (int v = 0; v < n; v++) {
      if (mask[v]) {
        component[v] = emittedCount - 1 - emitted[v];
        memberStart[component[v] + 1]++;
      } else {
        component[v] = -1;
      }
    }
    for (int c = 0; c < emittedCount; c++) {
      memberStart[c + 1] += memberStart[c];
    }
    int[] fill = Arrays.copyOf(memberStart, emittedCount);
    int[] members = new int[inMask];
    boolean[] cyclic = new boolean[emittedCount];
    for (int v = 0; v < n; v++) {
      if (mask[v]) {
        int c = component[v];
        members[fill[c]++] = v;
        if (fill[c] - memberStart[c] > 1) {
          cyclic[c] = true;
        }
      }
    }
    for (int v = 0; v < n; v++) {
      if (mask[v]) {
        for (int i = g.start[v]; i < g.start[v + 1]; i++) {
          if (g.head[i] == v) {
            cyclic[component[v]] = true;
          }
        }
      }
    }
    return new Components(component, memberStart, members, cyclic);
  }
}
