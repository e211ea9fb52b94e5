package org.pathsum.ad;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.pathsum.solver.internal.compiled.CompiledDag;

/**
 * A computation graph labeled at one point: a value on every node and the local partial derivative
 * on every edge. Every derivative is a path sum over these labels in the real semiring ({@link
 * AutoDiff}). Immutable and thread-safe.
 *
 * <p>{@link #asGraph()} gives the same thing as a JGraphT graph for DOT export and the generic
 * solvers.
 */
public final class LabeledGraph {

  private final ComputationGraph graph;
  private final double[] values;
  private final double[] labels;
  private volatile View view;

  private record View(Graph<LabeledNode, LabeledEdge> graph, List<LabeledNode> nodes) {}

  LabeledGraph(ComputationGraph graph, double[] values, double[] labels) {
    this.graph = graph;
    this.values = values;
    this.labels = labels;
  }

  /** The computation graph that was labeled. */
  public ComputationGraph graph() {
    return graph;
  }

  /** The values of the outputs, in {@link ComputationGraph#outputNames()} order; a fresh array. */
  public double[] outputValues() {
    double[] out = new double[graph.outputCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values[graph.outputNode(i)];
    }
    return out;
  }

  /**
   * The value of {@code node} at the labeling point.
   *
   * @throws IllegalArgumentException if {@code node} is not a node of {@link #graph()}
   */
  public double value(Node node) {
    return values[graph.indexOf(node)];
  }

  /** The value of every node, by index; a fresh array. */
  public double[] values() {
    return values.clone();
  }

  /**
   * The label (local partial) of edge {@code edge}.
   *
   * @throws IllegalArgumentException if the edge index is out of range
   */
  public double label(int edge) {
    if (edge < 0 || edge >= labels.length) {
      throw new IllegalArgumentException(
          "edge index " + edge + " out of range [0, " + labels.length + ")");
    }
    return labels[edge];
  }

  /** The label of every edge, by edge index; a fresh array. */
  public double[] labels() {
    return labels.clone();
  }

  /** The labels without a copy, for the solvers of this package; never modified. */
  double[] labelArray() {
    return labels;
  }

  /** The values without a copy, for the solvers of this package; never modified. */
  double[] valueArray() {
    return values;
  }

  /**
   * This labeled graph as an unmodifiable JGraphT {@link DirectedPseudograph}: one {@link
   * LabeledNode} per node, one {@link LabeledEdge} per edge (parallel edges kept), edge weight =
   * label. Built on first use in O(|V| + |E|) and cached; allocates objects per node and edge, so
   * the derivative methods of {@link AutoDiff} do not use it.
   */
  public Graph<LabeledNode, LabeledEdge> asGraph() {
    return view().graph();
  }

  private View view() {
    View v = view;
    if (v == null) {
      v = buildView();
      view = v; // benign race: equal views
    }
    return v;
  }

  private View buildView() {
    int n = values.length;
    List<List<String>> outputNames = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      outputNames.add(new ArrayList<>(0));
    }
    for (int i = 0; i < graph.outputCount(); i++) {
      outputNames.get(graph.outputNode(i)).add(graph.outputNames().get(i));
    }
    DirectedPseudograph<LabeledNode, LabeledEdge> g =
        new DirectedPseudograph<>(null, null, true);
    LabeledNode[] nodes = new LabeledNode[n];
    for (int v = 0; v < n; v++) {
      Optional<String> name = Optional.ofNullable(graph.inputNameOf(v));
      Op op = graph.tape().op(v);
      double parameter = op == Op.INPUT ? values[v] : graph.tape().parameter(v);
      nodes[v] = new LabeledNode(v, op, parameter, values[v], name, outputNames.get(v));
      g.addVertex(nodes[v]);
    }
    CompiledDag dag = graph.compiledDag();
    for (int e = 0; e < labels.length; e++) {
      int s = dag.edgeSource(e);
      int t = dag.edgeTarget(e);
      LabeledEdge edge = new LabeledEdge(e, s, t, e - dag.inEdge(t, 0), labels[e]);
      g.addEdge(nodes[s], nodes[t], edge);
      g.setEdgeWeight(edge, labels[e]);
    }
    return new View(new AsUnmodifiableGraph<>(g), List.of(nodes));
  }

  /**
   * The vertex of {@link #asGraph()} for {@code node}.
   *
   * @throws IllegalArgumentException if {@code node} is not a node of {@link #graph()}
   */
  public LabeledNode vertex(Node node) {
    return view().nodes().get(graph.indexOf(node));
  }

  @Override
  public String toString() {
    return "LabeledGraph[" + graph + "]";
  }
}
