package org.pathsum.dataflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Test oracle: the facts at every node as the union, over every valid path from a root with at
 * most {@code maxDepth} pending calls, of the facts it carries — by exhaustive search over
 * (node, facts, call stack) states, each call saving the caller's frame facts and each return
 * restoring them, and each call also having a call-to-return edge that keeps only the frame facts
 * (as in IFDS). Independent of the pushdown machinery.
 */
final class ValidPathSearch {

  private ValidPathSearch() {}

  private record Frame(int returnTo, BitSet saved) {}

  private record State(int node, BitSet facts, List<Frame> stack) {
    State {
      Objects.requireNonNull(facts);
    }
  }

  static BitSet[] facts(Supergraph g, GenKillProblem problem, int[] roots, int maxDepth) {
    boolean fwd = problem.forward();
    BitSet frame = problem.frameBits();
    int n = g.nodeCount();
    BitSet[] out = new BitSet[n];
    for (int i = 0; i < n; i++) {
      out[i] = new BitSet();
    }
    // Reversed edges and call lists for the backward direction.
    List<List<Integer>> pred = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      pred.add(new ArrayList<>());
    }
    for (int u = 0; u < n; u++) {
      for (int v : g.successors[u]) {
        pred.get(v).add(u);
      }
    }
    Set<State> seen = new HashSet<>();
    ArrayDeque<State> work = new ArrayDeque<>();
    for (int r : roots) {
      State s = new State(fwd ? g.entries[r] : g.exits[r], new BitSet(), List.of());
      if (seen.add(s)) {
        work.add(s);
      }
    }
    while (!work.isEmpty()) {
      State s = work.poll();
      out[s.node].or(s.facts);
      BitSet after = problem.effect(s.node).apply(s.facts);
      List<State> next = new ArrayList<>();
      for (int v : fwd ? g.successors[s.node] : toArray(pred.get(s.node))) {
        next.add(new State(v, after, s.stack));
      }
      for (int[] call : g.calls) {
        int from = fwd ? call[0] : call[2];
        if (from == s.node) {
          // The call-to-return edge: frame facts only.
          BitSet local = (BitSet) after.clone();
          local.and(frame);
          next.add(new State(fwd ? call[2] : call[0], local, s.stack));
        }
        if (from == s.node && s.stack.size() < maxDepth) {
          List<Frame> st = new ArrayList<>(s.stack);
          st.add(new Frame(fwd ? call[2] : call[0], after));
          next.add(new State(fwd ? g.entries[call[1]] : g.exits[call[1]], after, List.copyOf(st)));
        }
      }
      int p = g.procedureOf[s.node];
      boolean end = fwd ? g.exits[p] == s.node : g.entries[p] == s.node;
      if (end && !s.stack.isEmpty()) {
        Frame top = s.stack.get(s.stack.size() - 1);
        BitSet merged = (BitSet) after.clone();
        merged.andNot(frame);
        BitSet kept = (BitSet) top.saved.clone();
        kept.and(frame);
        merged.or(kept);
        next.add(new State(top.returnTo, merged, List.copyOf(s.stack.subList(0, s.stack.size() - 1))));
      }
      for (State t : next) {
        if (seen.add(t)) {
          work.add(t);
        }
      }
    }
    return out;
  }

  private static int[] toArray(List<Integer> l) {
    return l.stream().mapToInt(Integer::intValue).toArray();
  }
}
