package org.pathsum.solver.internal.compiled;

import java.util.Arrays;
import java.util.Objects;

/**
 * The integer graph core every solver of this library runs on: vertices {@code 0 … n−1}, edges
 * {@code 0 … m−1} given by two {@code int} arrays (edge source, edge target), and compressed (CSR)
 * adjacency in both directions, each built on its first use. Weights are not part of the graph:
 * solvers keep them beside it in a {@code double[]} or {@code Object[]} indexed by edge id.
 *
 * <pre>{@code
 * 0 ──e0──▶ 1 ──e2──▶ 2        in(2)  = e1, e2     (in().edgeAt, in().endAt → 0, 1)
 * └────────e1────────▶┘        out(0) = e0, e1     (out().edgeAt, out().endAt → 1, 2)
 * }</pre>
 *
 * <p>Parallel edges and self-loops are allowed. Both adjacencies list each vertex's edges in
 * increasing edge id. A {@link CompiledDag} is this core with the promise that every edge goes from
 * a lower to a higher vertex; a {@link CompiledGraph} adds the JGraphT vertices and edges, numbered
 * so that every strongly connected component is a contiguous range of vertices and the components
 * are in topological order ({@link Components}).
 *
 * <p><b>Memory.</b> 8 bytes per edge for the edge arrays. Each adjacency, once built, adds 4 bytes
 * per vertex for its offsets and 4 bytes per edge for its edge ids — except that the in-adjacency
 * needs no edge ids when the edges were added in nondecreasing order of target (as a computation
 * graph records them), because its order is then the edge order. A solver that only sweeps forward
 * over a DAG never builds the out-adjacency; one that only solves from sources over a cyclic graph
 * never builds the in-adjacency.
 *
 * <p>Immutable and thread-safe; the lazily built adjacencies are immutable and safely published (a
 * racing thread may build an equal copy).
 */
public final class IntGraph {

  final int vertexCount;
  final int[] source;
  final int[] target;
  private volatile Adjacency in;
  private volatile Adjacency out;

  /**
   * The edges of one direction in compressed sparse rows: the edges at vertex {@code v} are the
   * positions {@code start(v) … end(v)−1}; at position {@code i}, {@link #edgeAt(int) edgeAt(i)} is
   * the edge id and {@link #endAt(int) endAt(i)} the vertex at its other end (the target for the
   * out-adjacency, the source for the in-adjacency). So an algorithm written over an {@code
   * Adjacency} runs forward on {@link IntGraph#out()} and on the reversed graph on {@link
   * IntGraph#in()}. All methods O(1), unchecked beyond Java's array bounds. Immutable.
   */
  public static final class Adjacency {
    final int[] offsets;
    // Position → edge id; null when that is the identity.
    final int[] edgeIds;
    final int[] ends;

    Adjacency(int[] offsets, int[] edgeIds, int[] ends) {
      this.offsets = offsets;
      this.edgeIds = edgeIds;
      this.ends = ends;
    }

    /** The first position of {@code v}'s edges. */
    public int start(int v) {
      return offsets[v];
    }

    /** One past the last position of {@code v}'s edges. */
    public int end(int v) {
      return offsets[v + 1];
    }

    /** The edge id at position {@code i}. */
    public int edgeAt(int i) {
      return edgeIds == null ? i : edgeIds[i];
    }

    /** The vertex at the other end of the edge at position {@code i}. */
    public int endAt(int i) {
      return ends[edgeAt(i)];
    }
  }

  IntGraph(int vertexCount, int[] source, int[] target) {
    this.vertexCount = vertexCount;
    this.source = source;
    this.target = target;
  }

  /** The number of vertices n; vertices are {@code 0 … n−1}. */
  public int vertexCount() {
    return vertexCount;
  }

  /** The number of edges m; edges are {@code 0 … m−1}. */
  public int edgeCount() {
    return source.length;
  }

  /**
   * The vertex edge {@code e} leaves.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 ≤ e < edgeCount()}
   */
  public int edgeSource(int e) {
    return source[e];
  }

  /**
   * The vertex edge {@code e} enters.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 ≤ e < edgeCount()}
   */
  public int edgeTarget(int e) {
    return target[e];
  }

  /** The out-adjacency (ends are edge targets), built on the first call in O(n + m). */
  public Adjacency out() {
    Adjacency a = out;
    if (a == null) {
      a = bucket(source, target);
      out = a;
    }
    return a;
  }

  /** The in-adjacency (ends are edge sources), built on the first call in O(n + m). */
  public Adjacency in() {
    Adjacency a = in;
    if (a == null) {
      a = bucket(target, source);
      in = a;
    }
    return a;
  }

  /** Whether the in-adjacency has been built yet (it is built lazily); for diagnostics. */
  public boolean hasIn() {
    return in != null;
  }

  /** Whether the out-adjacency has been built yet (it is built lazily); for diagnostics. */
  public boolean hasOut() {
    return out != null;
  }

  /** Counting sort of edge ids by {@code key[e]}; stable, so each bucket is in increasing id. */
  private Adjacency bucket(int[] key, int[] ends) {
    int[] offsets = new int[vertexCount + 1];
    for (int k : key) {
      offsets[k + 1]++;
    }
    for (int v = 0; v < vertexCount; v++) {
      offsets[v + 1] += offsets[v];
    }
    if (isSorted(key)) {
      return new Adjacency(offsets, null, ends);
    }
    int[] ids = new int[key.length];
    int[] next = Arrays.copyOf(offsets, vertexCount);
    for (int e = 0; e < key.length; e++) {
      ids[next[key[e]]++] = e;
    }
    return new Adjacency(offsets, ids, ends);
  }

  private static boolean isSorted(int[] a) {
    for (int i = 1; i < a.length; i++) {
      if (a[i - 1] > a[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The vertices reachable from {@code from} (itself included) along {@code adjacency}, as a mask;
   * pass {@link #in()} for the vertices that reach it. Iterative, O(reached vertices and edges).
   *
   * @throws IndexOutOfBoundsException unless {@code 0 ≤ from < vertexCount()}
   */
  public boolean[] reachable(Adjacency adjacency, int from) {
    Objects.requireNonNull(adjacency, "adjacency");
    Objects.checkIndex(from, vertexCount);
    boolean[] seen = new boolean[vertexCount];
    int[] stack = new int[vertexCount];
    int top = 0;
    seen[from] = true;
    stack[top++] = from;
    while (top > 0) {
      int u = stack[--top];
      for (int i = adjacency.start(u), end = adjacency.end(u); i < end; i++) {
        int v = adjacency.endAt(i);
        if (!seen[v]) {
          seen[v] = true;
          stack[top++] = v;
        }
      }
    }
    return seen;
  }

  @Override
  public String toString() {
    return "IntGraph[vertices=" + vertexCount + ", edges=" + source.length + "]";
  }
}
