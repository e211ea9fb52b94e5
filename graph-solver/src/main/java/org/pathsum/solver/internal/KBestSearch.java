package org.pathsum.solver.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.jgrapht.Graph;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.DoubleSemiring.Arithmetic;
import org.pathsum.solver.KBestPaths;
import org.pathsum.solver.PathSumSolvers;
import org.pathsum.solver.internal.compiled.CarrierEscape;
import org.pathsum.solver.internal.compiled.IntGraph;

/**
 * The k best walks of a tropical or max-plus semiring from a source (or to a target). An acyclic
 * graph takes one sweep in topological order ({@link KBestDagSweep}, O(|E| + k·|V|·log Δ)); a graph
 * with a cycle takes the walk search below.
 *
 * <p>The walk search: the best weights d(·) from the front door's own solve (so improving cycles
 * are refused exactly as there), then Dijkstra over walks, popping each vertex at most k times,
 * with the potential d (Johnson's reweighting): in cost space (weights, negated for max-plus) a
 * walk to v is keyed by {@code cost − D(v)}, which never decreases along an edge because {@code
 * D(v) ≤ D(u) + c(u, v)}. The first k walks popped at a vertex are then its k best, walks that
 * differ in their edge sequence being distinct. Each walk is a node of an arena (parent node, last
 * edge, weight), so a walk is shared by all its extensions and read back without recursion.
 *
 * <p>Two prunings leave the walks popped, and their order, unchanged: a candidate is not pushed
 * when its vertex already has as many better pending candidates as walks left to pop ({@link
 * Pending}), and the search stops once every vertex joined to the anchor has popped k walks.
 *
 * <p>A backward query searches from the target along the in-edges; a node's weight is then the
 * edge's weight plus its parent's, which is the walk's weight summed right to left, as the backward
 * solve sums it.
 *
 * <p>Cost O(k·|E| · log(k·|E|)) time and O(k·|E|) memory at most (each pop of a vertex offers its
 * out-edges), plus the solve of d and, for the pending candidates, O(k·|V|) memory.
 */
public final class KBestSearch {

  private KBestSearch() {}

  /** The k best walks of a JGraphT graph. */
  public static <V, E> KBestPaths<V, E> of(
      Graph<V, E> graph,
      DoubleSemiring semiring,
      ToDoubleFunction<? super E> weights,
      V anchor,
      int k,
      boolean backward) {
    require(semiring, k);
    Objects.requireNonNull(weights, "weights");
    SolverGraph<V, E, Double> sg =
        SolverGraph.compile(graph, semiring, e -> weights.applyAsDouble(e));
    return search(sg, graph, anchor, k, backward);
  }

  /** The k best walks of a graph given as arrays; edge {@code e} is the index {@code e}. */
  public static <V> KBestPaths<V, Integer> of(
      List<V> vertices,
      int[] from,
      int[] to,
      DoubleSemiring semiring,
      double[] weights,
      V anchor,
      int k,
      boolean backward) {
    require(semiring, k);
    SolverGraph<V, Integer, Double> sg = SolverGraph.compile(vertices, from, to, weights, semiring);
    return search(sg, null, anchor, k, backward);
  }

  private static void require(DoubleSemiring semiring, int k) {
    Objects.requireNonNull(semiring, "semiring");
    Arithmetic a = semiring.arithmetic();
    if (a != Arithmetic.MIN_PLUS && a != Arithmetic.MAX_PLUS) {
      throw new IllegalArgumentException(
          "the k best walks need a tropical or max-plus semiring (declared arithmetic MIN_PLUS or"
              + " MAX_PLUS), but the "
              + semiring.name()
              + " semiring declares "
              + a
              + "; use Semirings.tropical() or Semirings.maxPlus()");
    }
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got k = " + k);
    }
  }

  private static <V, E> KBestPaths<V, E> search(
      SolverGraph<V, E, Double> sg, Graph<V, E> graph, V anchor, int k, boolean backward) {
    int a = sg.index.indexOf(anchor, backward ? "target" : "source");
    if (sg.compiled.isAcyclic()) {
      return KBestDagSweep.sweep(sg, graph, anchor, a, k, backward);
    }
    return walkSearch(sg, graph, anchor, a, k, backward, true);
  }

  /**
   * The walk search on a graph with a cycle; {@code prune = false} pushes every candidate (for the
   * test that holds the pruning to the plain search).
   */
  static <V, E> KBestPaths<V, E> walkSearch(
      SolverGraph<V, E, Double> sg,
      Graph<V, E> graph,
      V anchor,
      int a,
      int k,
      boolean backward,
      boolean prune) {
    double[] d = best(sg, anchor, a, backward);
    boolean maxPlus = ((DoubleSemiring) sg.semiring).arithmetic() == Arithmetic.MAX_PLUS;
    double sign = maxPlus ? -1 : 1;
    IntGraph.Adjacency adj = sg.adjacency(backward);
    double[] w = sg.doubles;
    int n = sg.g.vertexCount();
    Arena arena = new Arena(Math.max(16, Math.min(sg.g.edgeCount() + 1, 1 << 20)));
    int[] pops = new int[n];
    int[] popped = new int[Math.max(16, Math.min(n, 1 << 20))];
    int poppedCount = 0;
    // The vertices joined to the anchor that still take walks: once none does, every entry left in
    // the heap would be popped and dropped.
    double zero = ((DoubleSemiring) sg.semiring).zeroAsDouble();
    int open = 0;
    for (double dv : d) {
      if (dv != zero) {
        open++;
      }
    }
    NodeHeap heap = new NodeHeap();
    Pending pending = prune ? Pending.of(n, k) : null;
    int root = arena.add(-1, -1, 0);
    heap.push(root, 0);
    if (pending != null) {
      pending.offer(a, root, 0, k);
    }
    while (open > 0 && !heap.isEmpty()) {
      int x = heap.pop();
      int v = arena.vertex(x, sg.g, backward, a);
      if (pops[v] >= k || (pending != null && !pending.take(v, x))) {
        continue; // v is full, or x was displaced by k better candidates at v
      }
      double weight = arena.weight[x];
      if (Double.isInfinite(weight)) {
        throw sg.overflow(
            new CarrierEscape(
                v, false, "the weight of one of the " + k + " best walks is " + weight),
            anchor,
            backward);
      }
      if (++pops[v] == k) {
        open--;
      }
      if (poppedCount == popped.length) {
        popped = Arrays.copyOf(popped, 2 * popped.length);
      }
      popped[poppedCount++] = x;
      for (int i = adj.start(v), end = adj.end(v); i < end; i++) {
        int u = adj.endAt(i);
        if (pops[u] >= k) {
          continue;
        }
        int e = adj.edgeAt(i);
        double next = backward ? w[e] + weight : weight + w[e];
        double key = sign * next - sign * d[u];
        // The node the candidate would be, so that ties are broken by the order of pushing.
        int y = arena.size;
        if (pending != null && !pending.offer(u, y, key, k - pops[u])) {
          continue;
        }
        arena.add(x, e, next);
        heap.push(y, key);
      }
    }
    return ArenaKBestPaths.ofPopped(
        sg, graph, anchor, a, k, backward, arena, Arrays.copyOf(popped, poppedCount), pops);
  }

  /**
   * The best weight between the anchor and every vertex of a graph with a cycle, by compiled index:
   * the front door's.
   */
  private static <V, E> double[] best(
      SolverGraph<V, E, Double> sg, V anchor, int a, boolean backward) {
    CompiledSolver<V, E, Double> solver =
        new CondensationSolver<>(
            sg,
            Strategies.of(
                PathSumSolvers.Algorithm.AUTOMATIC,
                sg.semiring,
                PathSumSolvers.Options.defaults().accuracy()));
    Object values;
    try {
      values = solver.values(a, backward);
    } catch (CarrierEscape e) {
      throw sg.overflow(e, anchor, backward);
    }
    if (values instanceof double[] d) {
      return d;
    }
    Object[] boxed = (Object[]) values;
    double[] d = new double[boxed.length];
    for (int v = 0; v < d.length; v++) {
      d[v] = (Double) boxed[v];
    }
    return d;
  }

  /**
   * The candidates of each vertex still in the heap, at most as many as it may still pop, sorted by
   * (key, node) as the heap pops them. A candidate worse than that many pending ones at its vertex
   * would be popped after the vertex is full and dropped, so it is never pushed; one that displaces
   * the worst pending candidate leaves that one in the heap, where it is recognized when popped (it
   * is not its vertex's first pending candidate) and dropped. So the search pops the same walks in
   * the same order, with at most k·|V| candidates live. Flat arrays of k entries per vertex.
   */
  static final class Pending {
    // A cap on the lists' memory, allocated up front at 12 bytes an entry; past it the search runs
    // unpruned.
    private static final long MAX_ENTRIES = 1L << 24;
    private final int k;
    private final int[] count;
    private final int[] node;
    private final double[] key;

    private Pending(int n, int k) {
      this.k = k;
      count = new int[n];
      node = new int[n * k];
      key = new double[n * k];
    }

    /** The lists for n vertices, or null (no pruning) if n·k entries are too many. */
    static Pending of(int n, int k) {
      return (long) n * k <= MAX_ENTRIES ? new Pending(n, k) : null;
    }

    /**
     * Offers the candidate node {@code x} of key {@code q} at vertex v, which may pop {@code room}
     * more walks; {@code x} is larger than every node offered before. Whether to push it.
     */
    boolean offer(int v, int x, double q, int room) {
      int base = v * k;
      int c = count[v];
      if (c == room) {
        // A later node loses ties, so only a strictly smaller key displaces the worst.
        if (!(q < key[base + c - 1])) {
          return false;
        }
        c--;
      }
      int j = base + c;
      while (j > base && key[j - 1] > q) {
        node[j] = node[j - 1];
        key[j] = key[j - 1];
        j--;
      }
      node[j] = x;
      key[j] = q;
      count[v] = c + 1;
      return true;
    }

    /**
     * Whether the popped node x is v's first pending candidate (and then removes it); if not, it
     * was displaced.
     */
    boolean take(int v, int x) {
      int base = v * k;
      int c = count[v];
      if (c == 0 || node[base] != x) {
        return false;
      }
      System.arraycopy(node, base + 1, node, base, c - 1);
      System.arraycopy(key, base + 1, key, base, c - 1);
      count[v] = c - 1;
      return true;
    }
  }

  /**
   * The walks found, as parallel arrays: node x is the walk of its parent extended by edge {@code
   * edge[x]} (−1 and parent −1 for the empty walk at the anchor), of weight {@code weight[x]}.
   */
  static final class Arena {
    private static final int MAX_NODES = Integer.MAX_VALUE - 8;
    int[] parent;
    int[] edge;
    double[] weight;
    int size;

    Arena(int capacity) {
      parent = new int[capacity];
      edge = new int[capacity];
      weight = new double[capacity];
    }

    int add(int parentNode, int edgeId, double w) {
      if (size == parent.length) {
        if (size == MAX_NODES) {
          throw new IllegalArgumentException(
              "the k best walks need more than "
                  + MAX_NODES
                  + " walks in memory; ask for a smaller k");
        }
        int grown = (int) Math.min(MAX_NODES, parent.length + (parent.length >> 1) + 1L);
        parent = Arrays.copyOf(parent, grown);
        edge = Arrays.copyOf(edge, grown);
        weight = Arrays.copyOf(weight, grown);
      }
      parent[size] = parentNode;
      edge[size] = edgeId;
      weight[size] = w;
      return size++;
    }

    /** The vertex a walk ends at (for a backward search: starts at). */
    int vertex(int x, IntGraph g, boolean backward, int anchor) {
      int e = edge[x];
      return e < 0 ? anchor : backward ? g.edgeSource(e) : g.edgeTarget(e);
    }
  }

  /**
   * A 4-ary min-heap of arena nodes by key, ties broken by node number (the order of pushing), so
   * the search is deterministic: (key, node) is a total order, so any heap pops the same sequence.
   * Four children per node halve the depth of a binary heap; the heap may hold up to k·|E| entries,
   * far past the caches, where each level a pop descends costs a miss, and a node's four children
   * share a cache line.
   */
  static final class NodeHeap {
    private int[] nodes = new int[64];
    private double[] keys = new double[64];
    private int size;

    boolean isEmpty() {
      return size == 0;
    }

    void push(int node, double key) {
      if (size == nodes.length) {
        nodes = Arrays.copyOf(nodes, 2 * size);
        keys = Arrays.copyOf(keys, 2 * size);
      }
      int i = size++;
      while (i > 0) {
        int p = (i - 1) >>> 2;
        if (!less(node, key, nodes[p], keys[p])) {
          break;
        }
        nodes[i] = nodes[p];
        keys[i] = keys[p];
        i = p;
      }
      nodes[i] = node;
      keys[i] = key;
    }

    int pop() {
      int top = nodes[0];
      int last = nodes[--size];
      double lastKey = keys[size];
      int i = 0;
      while (true) {
        int first = 4 * i + 1;
        if (first >= size) {
          break;
        }
        int c = first;
        for (int j = first + 1, end = Math.min(first + 4, size); j < end; j++) {
          if (less(nodes[j], keys[j], nodes[c], keys[c])) {
            c = j;
          }
        }
        if (!less(nodes[c], keys[c], last, lastKey)) {
          break;
        }
        nodes[i] = nodes[c];
        keys[i] = keys[c];
        i = c;
      }
      nodes[i] = last;
      keys[i] = lastKey;
      return top;
    }

    private static boolean less(int a, double ka, int b, double kb) {
      return ka < kb || (ka == kb && a < b);
    }
  }
}
