package org.pathsum.dataflow.intraprocedural;

import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.pathsum.semiring.GenKill;

/**
 * A control-flow graph over block indices whose edges carry gen/kill transfer functions: the
 * weighted graph a bit-vector problem is solved on. Optionally adds a sink {@code n} with an
 * identity edge from every block, so that one single-target solve covers paths ending anywhere.
 */
final class TransferGraph {

  /** An edge with its transfer function; identity-distinct so parallel edges stay distinct. */
  static final class Arc {
    final GenKill transfer;

    Arc(GenKill transfer) {
      this.transfer = transfer;
    }
  }

  final Graph<Integer, Arc> graph;
  final List<String> blocks;
  final Map<String, Integer> index;

  private TransferGraph(
      Graph<Integer, Arc> graph, List<String> blocks, Map<String, Integer> index) {
    this.graph = graph;
    this.blocks = blocks;
    this.index = index;
  }

  /**
   * @param cfg the control flow
   * @param onEdge the transfer function of edge (u, v), given u and v
   * @param withSink whether to add the sink vertex {@code blocks.size()}
   */
  static TransferGraph of(
      ControlFlowGraph cfg,
      java.util.function.BiFunction<String, String, GenKill> onEdge,
      boolean withSink) {
    List<String> blocks = cfg.blocks();
    Map<String, Integer> index = new java.util.HashMap<>();
    Graph<Integer, Arc> g = new DirectedPseudograph<>(Arc.class);
    for (int i = 0; i < blocks.size(); i++) {
      index.put(blocks.get(i), i);
      g.addVertex(i);
    }
    Graph<String, DefaultEdge> flow = cfg.graph();
    for (DefaultEdge e : flow.edgeSet()) {
      String u = flow.getEdgeSource(e);
      String v = flow.getEdgeTarget(e);
      g.addEdge(index.get(u), index.get(v), new Arc(onEdge.apply(u, v)));
    }
    if (withSink) {
      int sink = blocks.size();
      g.addVertex(sink);
      for (int i = 0; i < blocks.size(); i++) {
        g.addEdge(i, sink, new Arc(GenKill.identity()));
      }
    }
    return new TransferGraph(g, blocks, Collections.unmodifiableMap(index));
  }

  static Function<Arc, GenKill> weights() {
    return a -> a.transfer;
  }

  /** The names of the set bits, in universe order; immutable. */
  static Set<String> names(BitSet bits, List<String> universe) {
    Set<String> out = new LinkedHashSet<>();
    bits.stream().forEach(i -> out.add(universe.get(i)));
    return Collections.unmodifiableSet(out);
  }
}
