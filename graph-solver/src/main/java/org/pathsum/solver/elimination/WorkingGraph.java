package org.pathsum.solver.elimination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.compiled.CompiledDag;

/**
 * The mutable graph that elimination works on: per vertex, insertion-ordered maps neighbour →
 * weight of its in- and out-edges (parallel edges merged by ⊕), over the vertices that lie on some
 * source→target path. Also counts the ⊗, ⊕ and fill-in. Single use, not thread-safe.
 */
final class WorkingGraph<W> {

  private final Semiring<W> semiring;
  private final CompiledDag dag;
  private final boolean[] terminal;
  private final boolean[] relevant;
  private final Map<Integer, W>[] in;
  private final Map<Integer, W>[] out;
  private final List<Integer> eliminated = new ArrayList<>();
  private long multiplications;
  private long additions;
  private long fillIn;

  /**
   * Loads the part of {@code dag} on source→target paths. O(n + m).
   *
   * @param terminal whether each vertex is a source or a target
   */
  @SuppressWarnings("unchecked")
  WorkingGraph(
      CompiledDag dag,
      Semiring<W> semiring,
      List<W> weights,
      boolean[] isSource,
      boolean[] isTarget,
      boolean[] terminal) {
    this.semiring = semiring;
    this.dag = dag;
    this.terminal = terminal;
    int n = dag.vertexCount();
    // Indices are topological: one pass each way finds what sources reach and what reaches targets.
    boolean[] fromSource = isSource.clone();
    for (int v = 0; v < n; v++) {
      for (int i = 0; i < dag.inDegree(v) && !fromSource[v]; i++) {
        fromSource[v] = fromSource[dag.edgeSource(dag.inEdge(v, i))];
      }
    }
    boolean[] toTarget = isTarget.clone();
    for (int v = n - 1; v >= 0; v--) {
      for (int i = 0; i < dag.outDegree(v) && !toTarget[v]; i++) {
        toTarget[v] = toTarget[dag.edgeTarget(dag.outEdge(v, i))];
      }
    }
    relevant = new boolean[n];
    in = new Map[n];
    out = new Map[n];
    for (int v = 0; v < n; v++) {
      relevant[v] = fromSource[v] && toTarget[v];
      if (relevant[v]) {
        in[v] = new LinkedHashMap<>();
        out[v] = new LinkedHashMap<>();
      }
    }
    for (int e = 0; e < dag.edgeCount(); e++) {
      int u = dag.edgeSource(e);
      int w = dag.edgeTarget(e);
      if (relevant[u] && relevant[w]) {
        W weight = weights.get(e);
        if (!semiring.isMember(weight)) {
          throw new IllegalArgumentException(
              "edge "
                  + e
                  + " ("
                  + u
                  + " -> "
                  + w
                  + ") has weight "
                  + weight
                  + ", not a member of "
                  + semiring.name()
                  + "; fix the weight");
        }
        addOnto(u, w, weight);
      }
    }
  }

  /** Whether {@code v} is an intermediate vertex still to be eliminated. */
  boolean pending(int v) {
    return relevant[v] && !terminal[v] && in[v] != null;
  }

  /** ⊕ {@code weight} onto edge u → w, creating it if absent. */
  private void addOnto(int u, int w, W weight) {
    W old = out[u].get(w);
    W sum;
    if (old == null) {
      sum = weight;
    } else {
      sum = semiring.plus(old, weight);
      additions++;
    }
    out[u].put(w, sum);
    in[w].put(u, sum);
  }

  /**
   * Eliminates {@code v}: every u → v → w becomes {@code a ⊗ b} ⊕-ed onto u → w. O(indeg·outdeg).
   */
  void eliminate(int v) {
    Map<Integer, W> ins = in[v];
    Map<Integer, W> outs = out[v];
    for (Integer u : ins.keySet()) {
      out[u].remove(v);
    }
    for (Integer w : outs.keySet()) {
      in[w].remove(v);
    }
    for (Map.Entry<Integer, W> ie : ins.entrySet()) {
      int u = ie.getKey();
      for (Map.Entry<Integer, W> oe : outs.entrySet()) {
        int w = oe.getKey();
        // Path order u → v → w: the in-edge's weight on the left.
        W product = semiring.times(ie.getValue(), oe.getValue());
        multiplications++;
        if (!out[u].containsKey(w)) {
          fillIn++;
        }
        addOnto(u, w, product);
      }
    }
    in[v] = null;
    out[v] = null;
    eliminated.add(v);
  }

  /** Eliminates all pending vertices in increasing (or decreasing) index order. O(Σ costs). */
  void eliminateTopological(boolean forward) {
    int n = dag.vertexCount();
    for (int k = 0; k < n; k++) {
      int v = forward ? k : n - 1 - k;
      if (pending(v)) {
        eliminate(v);
      }
    }
  }

  private long markowitz(int v) {
    return (long) in[v].size() * out[v].size();
  }

  /**
   * Eliminates all pending vertices greedily by smallest Markowitz degree, ties by index, with a
   * lazily updated priority queue: O(Σ costs · log n).
   */
  void eliminateMarkowitz() {
    PriorityQueue<long[]> queue =
        new PriorityQueue<>(
            (p, q) -> p[0] != q[0] ? Long.compare(p[0], q[0]) : Long.compare(p[1], q[1]));
    for (int v = 0; v < dag.vertexCount(); v++) {
      if (pending(v)) {
        queue.add(new long[] {markowitz(v), v});
      }
    }
    while (!queue.isEmpty()) {
      long[] top = queue.poll();
      int v = (int) top[1];
      if (!pending(v) || markowitz(v) != top[0]) {
        continue; // stale entry: v is gone or its degree changed since it was queued
      }
      List<Integer> neighbours = new ArrayList<>(in[v].keySet());
      neighbours.addAll(out[v].keySet());
      eliminate(v);
      for (int u : neighbours) {
        if (pending(u)) {
          queue.add(new long[] {markowitz(u), u});
        }
      }
    }
  }

  /** The vertices eliminated so far, in order. */
  List<Integer> eliminated() {
    return eliminated;
  }

  /**
   * After elimination only sources and targets remain: the sums from {@code source} to each vertex
   * by one sweep over them in index (topological) order, paths through other sources or targets
   * included. {@code null} marks "no path"; the source's own entry is not set. O(r + edges left).
   *
   * @param remaining the remaining relevant vertices, in increasing index
   */
  Map<Integer, W> sweepFrom(int source, List<Integer> remaining) {
    Map<Integer, W> acc = new LinkedHashMap<>();
    if (!relevant[source]) {
      return acc;
    }
    for (int r : remaining) {
      if (r <= source) {
        continue;
      }
      W sum = null;
      for (Map.Entry<Integer, W> e : in[r].entrySet()) {
        int u = e.getKey();
        W term;
        if (u == source) {
          term = e.getValue(); // 1̄ ⊗ w, not performed
        } else if (acc.containsKey(u)) {
          term = semiring.times(acc.get(u), e.getValue());
          multiplications++;
        } else {
          continue;
        }
        if (sum == null) {
          sum = term;
        } else {
          sum = semiring.plus(sum, term);
          additions++;
        }
      }
      if (sum != null) {
        acc.put(r, sum);
      }
    }
    return acc;
  }

  /** Whether {@code v} lies on some source→target path. */
  boolean relevant(int v) {
    return relevant[v];
  }

  /** The counts: ⊗, ⊕, fill-in. */
  long[] counts() {
    return new long[] {multiplications, additions, fillIn};
  }
}
