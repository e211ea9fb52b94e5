package org.pathsum.solver.internal.compiled;

import java.util.Arrays;
import java.util.Objects;

/**
 * The strongly connected components of an {@link IntGraph}, numbered in a topological order of the
 * condensation: every edge between two components goes from a lower to a higher number. Members of
 * each component are listed in increasing vertex index.
 *
 * <p><b>Algorithm.</b> Tarjan's algorithm with an explicit stack (no recursion, so a chain of a
 * million vertices does not overflow the call stack) finds the components; Kahn's algorithm on the
 * condensation then numbers them, first-in first-out, starting from the sources in order of their
 * lowest vertex. On an acyclic graph every component is one vertex and this is Kahn's topological
 * sort of the graph itself, ties broken by vertex index: the one topological sort of the library.
 * A component is <em>cyclic</em> if it has more than one vertex or a self-loop.
 *
 * <p><b>Cost.</b> O(n + m) time, a few {@code int} arrays of length n; builds the graph's
 * out-adjacency. Immutable.
 */
public final class Components {

  // All four arrays are null for a topologically numbered acyclic graph, where vertex v is
  // component v: the compiled DAG then pays nothing per vertex for its components.
  private final int count;
  private final int[] componentOf;
  private final int[] memberStart;
  private final int[] members;
  private final boolean[] cyclic;
  private final boolean anyCyclic;

  Components(int[] componentOf, int[] memberStart, int[] members, boolean[] cyclic) {
    this.count = cyclic.length;
    this.componentOf = componentOf;
    this.memberStart = memberStart;
    this.members = members;
    this.cyclic = cyclic;
    boolean any = false;
    for (boolean c : cyclic) {
      any |= c;
    }
    this.anyCyclic = any;
  }

  /** The components of a topologically numbered DAG on {@code n} vertices: vertex v is component v. */
  private Components(int n) {
    this.count = n;
    this.componentOf = null;
    this.memberStart = null;
    this.members = null;
    this.cyclic = null;
    this.anyCyclic = false;
  }

  /**
   * The components of a graph on {@code n} vertices whose every edge goes from a lower to a higher
   * vertex: vertex v is component v, none cyclic. O(1); the caller vouches for the order.
   */
  static Components topological(int n) {
    return new Components(n);
  }

  /**
   * The components of {@code g}. O(n + m).
   *
   * @param g the graph
   */
  public static Components of(IntGraph g) {
    Objects.requireNonNull(g, "g");
    int n = g.vertexCount;
    int[] tarjan = tarjan(g);
    int count = 0;
    for (int v = 0; v < n; v++) {
      count = Math.max(count, tarjan[v] + 1);
    }
    // Kahn on the condensation, sources in order of their lowest vertex, FIFO.
    int[] indegree = new int[count];
    for (int e = 0; e < g.source.length; e++) {
      if (tarjan[g.source[e]] != tarjan[g.target[e]]) {
        indegree[tarjan[g.target[e]]]++;
      }
    }
    // Tarjan's members, grouped, in increasing vertex index within each group.
    int[] tStart = new int[count + 1];
    for (int v = 0; v < n; v++) {
      tStart[tarjan[v] + 1]++;
    }
    for (int c = 0; c < count; c++) {
      tStart[c + 1] += tStart[c];
    }
    int[] tMembers = new int[n];
    int[] fill = Arrays.copyOf(tStart, count);
    for (int v = 0; v < n; v++) {
      tMembers[fill[tarjan[v]]++] = v;
    }
    int[] queue = new int[count];
    int head = 0;
    int tail = 0;
    boolean[] queued = new boolean[count];
    for (int v = 0; v < n; v++) {
      int c = tarjan[v];
      if (indegree[c] == 0 && !queued[c]) {
        queued[c] = true;
        queue[tail++] = c;
      }
    }
    IntGraph.Adjacency out = g.out();
    int[] number = new int[count];
    while (head < tail) {
      int c = queue[head];
      number[c] = head++;
      for (int k = tStart[c]; k < tStart[c + 1]; k++) {
        int u = tMembers[k];
        for (int i = out.start(u), end = out.end(u); i < end; i++) {
          int d = tarjan[out.endAt(i)];
          if (d != c && --indegree[d] == 0) {
            queue[tail++] = d;
          }
        }
      }
    }
    int[] componentOf = new int[n];
    int[] memberStart = new int[count + 1];
    for (int v = 0; v < n; v++) {
      componentOf[v] = number[tarjan[v]];
      memberStart[componentOf[v] + 1]++;
    }
    for (int c = 0; c < count; c++) {
      memberStart[c + 1] += memberStart[c];
    }
    int[] members = new int[n];
    fill = Arrays.copyOf(memberStart, count);
    boolean[] cyclic = new boolean[count];
    for (int v = 0; v < n; v++) {
      int c = componentOf[v];
      members[fill[c]++] = v;
      if (fill[c] - memberStart[c] > 1) {
        cyclic[c] = true;
      }
    }
    for (int e = 0; e < g.source.length; e++) {
      if (g.source[e] == g.target[e]) {
        cyclic[componentOf[g.source[e]]] = true;
      }
    }
    return new Components(componentOf, memberStart, members, cyclic);
  }

  /** Tarjan's components, numbered in the order they are completed (reverse topological). */
  private static int[] tarjan(IntGraph g) {
    int n = g.vertexCount;
    IntGraph.Adjacency out = g.out();
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
    int[] component = new int[n];
    int emitted = 0;
    for (int root = 0; root < n; root++) {
      if (order[root] >= 0) {
        continue;
      }
      order[root] = low[root] = counter++;
      sccStack[sccTop++] = root;
      onStack[root] = true;
      callVertex[callTop] = root;
      callPos[callTop++] = out.start(root);
      while (callTop > 0) {
        int v = callVertex[callTop - 1];
        int pos = callPos[callTop - 1];
        if (pos < out.end(v)) {
          callPos[callTop - 1] = pos + 1;
          int w = out.endAt(pos);
          if (order[w] < 0) {
            order[w] = low[w] = counter++;
            sccStack[sccTop++] = w;
            onStack[w] = true;
            callVertex[callTop] = w;
            callPos[callTop++] = out.start(w);
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
              component[w] = emitted;
            } while (w != v);
            emitted++;
          }
          if (callTop > 0) {
            int parent = callVertex[callTop - 1];
            low[parent] = Math.min(low[parent], low[v]);
          }
        }
      }
    }
    return component;
  }

  /**
   * The components of the same graph after its vertices were renumbered so that vertex {@code
   * members()[k]} became {@code k}: each component is then the range {@code start(c) … end(c)−1}.
   */
  Components contiguous() {
    int n = members.length;
    if (!anyCyclic) {
      return new Components(n); // n one-vertex components in topological order: the identity
    }
    int[] identity = new int[n];
    int[] of = new int[n];
    for (int k = 0; k < n; k++) {
      identity[k] = k;
      of[k] = componentOf[members[k]];
    }
    return new Components(of, memberStart, identity, cyclic);
  }

  /** The vertices in component order, each component's members in increasing index. */
  int[] members() {
    return members;
  }

  /** The number of components. */
  public int count() {
    return count;
  }

  /**
   * The component of vertex {@code v}.
   *
   * @throws IndexOutOfBoundsException if {@code v} is not a vertex
   */
  public int componentOf(int v) {
    return componentOf == null ? Objects.checkIndex(v, count) : componentOf[v];
  }

  /** The number of members of component {@code c}. */
  public int size(int c) {
    return end(c) - start(c);
  }

  /** The position of component {@code c}'s first member in {@link #member(int)}. */
  public int start(int c) {
    return memberStart == null ? Objects.checkIndex(c, count) : memberStart[c];
  }

  /** One past the position of component {@code c}'s last member. */
  public int end(int c) {
    return memberStart == null ? Objects.checkIndex(c, count) + 1 : memberStart[c + 1];
  }

  /** The vertex at position {@code k}: components in order, members in increasing index. */
  public int member(int k) {
    return members == null ? Objects.checkIndex(k, count) : members[k];
  }

  /** Whether component {@code c} has a cycle: more than one vertex, or a self-loop. */
  public boolean isCyclic(int c) {
    return cyclic == null ? Objects.checkIndex(c, count) < 0 : cyclic[c];
  }

  /** Whether the graph is acyclic: every component is one vertex without a self-loop. */
  public boolean isAcyclic() {
    return !anyCyclic;
  }

  /**
   * A shortest (fewest edges) cycle through {@code v}, as its edge ids in order (the first leaves
   * {@code v}, the last enters it). Breadth-first search along {@code adjacency} inside v's
   * component, O(n + m). On {@link IntGraph#in()} the cycle is found on the reversed edges, and the
   * ids are then listed against the original edges' direction.
   *
   * @throws IllegalArgumentException if {@code v}'s component is not cyclic
   */
  public int[] cycleThrough(IntGraph g, IntGraph.Adjacency adjacency, int v) {
    int c = componentOf(v);
    if (!isCyclic(c)) {
      throw new IllegalArgumentException("vertex " + v + " lies on no cycle");
    }
    int n = g.vertexCount;
    int[] predEdge = new int[n];
    int[] predTail = new int[n];
    Arrays.fill(predEdge, -1);
    int[] queue = new int[n];
    int qh = 0;
    int qt = 0;
    queue[qt++] = v;
    while (qh < qt) {
      int u = queue[qh++];
      for (int i = adjacency.start(u), end = adjacency.end(u); i < end; i++) {
        int w = adjacency.endAt(i);
        if (componentOf(w) != c) {
          continue;
        }
        if (w == v) {
          int length = 1;
          for (int x = u; x != v; x = predTail[x]) {
            length++;
          }
          int[] edges = new int[length];
          edges[length - 1] = adjacency.edgeAt(i);
          int k = length - 2;
          for (int x = u; x != v; x = predTail[x]) {
            edges[k--] = predEdge[x];
          }
          return edges;
        }
        if (predEdge[w] < 0 && w != v) {
          predEdge[w] = adjacency.edgeAt(i);
          predTail[w] = u;
          queue[qt++] = w;
        }
      }
    }
    throw new IllegalStateException("vertex " + v + " lies on no cycle of its component");
  }

  @Override
  public String toString() {
    int cyclicCount = 0;
    for (int c = 0; c < count; c++) {
      cyclicCount += isCyclic(c) ? 1 : 0;
    }
    return "Components[" + count() + " components, " + cyclicCount + " cyclic]";
  }
}
