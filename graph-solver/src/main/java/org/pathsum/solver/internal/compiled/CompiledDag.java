package org.pathsum.solver.internal.compiled;

import java.util.Arrays;
import java.util.Objects;
import org.jgrapht.Graph;
import org.pathsum.solver.internal.NotADagException;

/**
 * The acyclic view of the {@linkplain IntGraph integer graph core}: a directed acyclic graph on
 * the int vertices {@code 0 … n−1}, numbered in a topological order (every edge {@code u → v} has {@code u < v}), with edges {@code 0 … m−1} in
 * insertion order and compressed (CSR) in- and out-adjacency held in {@code int} arrays only.
 *
 * <pre>{@code
 * 0 ──e0──▶ 1 ──e2──▶ 2        inEdge(2, 0) = e1, inEdge(2, 1) = e2
 * └────────e1────────▶┘        outEdge(0, 0) = e0, outEdge(0, 1) = e1
 * }</pre>
 *
 * <p>Parallel edges are allowed and are distinct paths; self-loops are not (they are cycles). The
 * in-edges of a vertex are listed in increasing edge id, and so are its out-edges.
 *
 * <p>Build one directly with {@link #builder(int)} (no JGraphT objects: the fast path for code that
 * generates graphs, such as automatic differentiation) or from any JGraphT DAG with {@link
 * #compile(Graph)}. Solve path problems over it with {@link DagSweeps}.
 *
 * <p><b>Memory.</b> Two {@code int} arrays of length m (edge source, edge target) and two of length
 * about n (in-CSR offsets, each vertex's lowest predecessor): 8 bytes per edge plus 8 bytes per
 * vertex, plus array headers, when the edges were added in nondecreasing order of target (as a
 * computation graph records them), because the in-CSR order is then the edge-id order. Otherwise a
 * third {@code int} array maps in-CSR positions to edge ids: 4 bytes per edge more. The
 * out-adjacency ({@link #outDegree}, {@link #outEdge}) is built on its first use and then adds 4
 * bytes per edge and 4 per vertex; the sweeps of {@link DagSweeps} never need it. Weights are not
 * part of the graph: a {@code double[]} of them adds 8 bytes per edge.
 *
 * <p><b>Layout tip.</b> Add edges by target, so that sweeps read edges and weights sequentially and
 * the graph takes the smaller layout.
 *
 * <p>Accessors run in O(1) (the first out-adjacency access excepted) and check their indices
 * ({@link IndexOutOfBoundsException} otherwise). Instances are immutable and thread-safe; the
 * lazily built out-adjacency is an immutable cache, safely published.
 */
public final class CompiledDag {

  final IntGraph graph;
  final int vertexCount;
  final int[] source;
  final int[] target;
  final int[] inOffsets;
  // In-CSR position → edge id; null when that is the identity (edges added in nondecreasing order
  // of target, as a computation graph adds them), which saves 4 bytes per edge and a load per edge.
  final int[] inEdgeIds;
  // The lowest source among each vertex's in-edges (the vertex itself if none): lets a forward
  // sweep from s skip its "u >= s" test at vertices with no in-edge from below s.
  final int[] lowestPredecessor;

  /** The acyclic view of {@code graph}, whose edges all go from a lower to a higher vertex. */
  CompiledDag(IntGraph graph) {
    this.graph = graph;
    this.vertexCount = graph.vertexCount;
    this.source = graph.source;
    this.target = graph.target;
    // The fields alias the core's arrays: the view costs one int per vertex (lowestPredecessor).
    IntGraph.Adjacency in = graph.in();
    this.inOffsets = in.offsets;
    this.inEdgeIds = in.edgeIds;
    this.lowestPredecessor = new int[vertexCount];
    for (int v = 0; v < vertexCount; v++) {
      lowestPredecessor[v] = v;
    }
    for (int e = 0; e < source.length; e++) {
      lowestPredecessor[target[e]] = Math.min(lowestPredecessor[target[e]], source[e]);
    }
  }

  /**
   * The vertices from {@code from} to {@code to} that reach {@code to}, as a mask over all
   * vertices (entries below {@code from} are meaningless). O(the edges into that range).
   */
  boolean[] reachingTarget(int from, int to) {
    boolean[] mask = new boolean[vertexCount];
    mask[to] = true;
    for (int v = to; v > from; v--) {
      if (mask[v]) {
        for (int i = inOffsets[v], end = inOffsets[v + 1]; i < end; i++) {
          mask[source[inEdgeAt(i)]] = true;
        }
      }
    }
    return mask;
  }

  /** The edge id at in-CSR position {@code i}. */
  int inEdgeAt(int i) {
    return inEdgeIds == null ? i : inEdgeIds[i];
  }

  /** The integer graph core this DAG is a view of; the same vertices and edge ids. */
  public IntGraph graph() {
    return graph;
  }

  /**
   * A builder of a graph with {@code vertexCount} vertices and no edges yet.
   *
   * @param vertexCount the number of vertices, {@code ≥ 0}
   * @throws IllegalArgumentException if {@code vertexCount} is negative
   */
  public static Builder builder(int vertexCount) {
    return new Builder(vertexCount, 16);
  }

  /**
   * A builder of a graph with {@code vertexCount} vertices, sized for about {@code expectedEdges}
   * edges so that building a large graph does not grow and copy its arrays.
   *
   * @param vertexCount the number of vertices, {@code ≥ 0}
   * @param expectedEdges the initial edge capacity, {@code ≥ 0}; more edges may still be added
   * @throws IllegalArgumentException if either argument is negative
   */
  public static Builder builder(int vertexCount, int expectedEdges) {
    if (expectedEdges < 0) {
      throw new IllegalArgumentException(
          "expectedEdges must be >= 0, got " + expectedEdges + "; pass 0 if unknown");
    }
    return new Builder(vertexCount, expectedEdges);
  }

  /**
   * Compiles a directed acyclic JGraphT graph: its vertices are renumbered in a topological order
   * (Kahn's algorithm, ties broken by the graph's vertex order) and its edges numbered in the
   * graph's edge order. The result keeps both mappings. The graph is read once and not retained;
   * later changes to it are not seen. Cost O(|V| + |E|) time, plus hash maps for the mappings.
   *
   * @param graph a directed graph; parallel edges are allowed
   * @throws IllegalArgumentException if the graph is undirected or mixed
   * @throws NotADagException if the graph has a directed cycle (a self-loop is one); the exception
   *     carries one cycle's vertices
   */
  public static <V, E> CompiledGraph<V, E> compile(Graph<V, E> graph) {
    CompiledGraph<V, E> compiled = GraphCompiler.compile(graph, null, null).graph();
    compiled.dag(); // refuses a cycle
    return compiled;
  }

  /** The number of vertices n; vertices are {@code 0 … n−1}. */
  public int vertexCount() {
    return vertexCount;
  }

  /** The number of edges m; edges are {@code 0 … m−1} in insertion order. */
  public int edgeCount() {
    return source.length;
  }

  /**
   * The tail of edge {@code edge}: the vertex it leaves.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 ≤ edge < edgeCount()}
   */
  public int edgeSource(int edge) {
    return source[edge];
  }

  /**
   * The head of edge {@code edge}: the vertex it enters; always greater than its source.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 ≤ edge < edgeCount()}
   */
  public int edgeTarget(int edge) {
    return target[edge];
  }

  /**
   * The number of edges entering {@code v}, parallel edges counted separately.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 ≤ v < vertexCount()}
   */
  public int inDegree(int v) {
    Objects.checkIndex(v, vertexCount);
    return inOffsets[v + 1] - inOffsets[v];
  }

  /**
   * The id of the {@code i}-th edge entering {@code v}, in increasing edge id.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 ≤ v < vertexCount()} and {@code 0 ≤ i <
   *     inDegree(v)}
   */
  public int inEdge(int v, int i) {
    return inEdgeAt(inOffsets[v] + Objects.checkIndex(i, inDegree(v)));
  }

  /**
   * The number of edges leaving {@code v}, parallel edges counted separately. The first call to
   * this or {@link #outEdge} builds the out-adjacency in O(|V| + |E|); later calls are O(1).
   *
   * @throws IndexOutOfBoundsException unless {@code 0 ≤ v < vertexCount()}
   */
  public int outDegree(int v) {
    Objects.checkIndex(v, vertexCount);
    IntGraph.Adjacency out = graph.out();
    return out.end(v) - out.start(v);
  }

  /**
   * The id of the {@code i}-th edge leaving {@code v}, in increasing edge id.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 ≤ v < vertexCount()} and {@code 0 ≤ i <
   *     outDegree(v)}
   */
  public int outEdge(int v, int i) {
    return graph.out().edgeAt(graph.out().start(v) + Objects.checkIndex(i, outDegree(v)));
  }

  @Override
  public String toString() {
    return "CompiledDag[vertices=" + vertexCount + ", edges=" + source.length + "]";
  }

  /**
   * Collects the edges of a {@link CompiledDag}. Every edge must go from a lower to a higher
   * vertex, so the graph is acyclic and topologically numbered by construction. Not thread-safe;
   * {@link #build()} may be called more than once, each call taking a snapshot.
   */
  public static final class Builder {

    private final int vertexCount;
    private int[] source;
    private int[] target;
    private int edgeCount;

    private Builder(int vertexCount, int capacity) {
      if (vertexCount < 0) {
        throw new IllegalArgumentException(
            "vertexCount must be >= 0, got " + vertexCount + "; pass the number of vertices");
      }
      this.vertexCount = vertexCount;
      this.source = new int[capacity];
      this.target = new int[capacity];
    }

    /**
     * Adds an edge {@code from → to}; parallel edges are allowed. Amortized O(1).
     *
     * @param from its source vertex, {@code 0 ≤ from < to}
     * @param to its target vertex, {@code from < to < vertexCount}
     * @return the id of the new edge: the number of edges added before it
     * @throws IllegalArgumentException if a vertex is out of range or {@code from ≥ to} (the
     *     message names both); the builder is unchanged
     */
    public int addEdge(int from, int to) {
      if (from < 0 || from >= vertexCount || to < 0 || to >= vertexCount) {
        throw new IllegalArgumentException(
            "edge "
                + from
                + " -> "
                + to
                + " has a vertex outside 0.."
                + (vertexCount - 1)
                + "; create the builder with enough vertices");
      }
      if (from >= to) {
        throw new IllegalArgumentException(
            "edge "
                + from
                + " -> "
                + to
                + " does not go from a lower to a higher vertex; number the vertices in a"
                + " topological order (or use CompiledDag.compile for an arbitrary DAG)");
      }
      if (edgeCount == source.length) {
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16L, 3L * source.length / 2));
        if (capacity == edgeCount) {
          throw new IllegalStateException("a CompiledDag holds at most " + capacity + " edges");
        }
        source = Arrays.copyOf(source, capacity);
        target = Arrays.copyOf(target, capacity);
      }
      source[edgeCount] = from;
      target[edgeCount] = to;
      return edgeCount++;
    }

    /** The number of edges added so far. */
    public int edgeCount() {
      return edgeCount;
    }

    /** The graph of the edges added so far. O(|V| + |E|). */
    public CompiledDag build() {
      return new CompiledDag(
          new IntGraph(
              vertexCount, Arrays.copyOf(source, edgeCount), Arrays.copyOf(target, edgeCount)));
    }
  }
}
