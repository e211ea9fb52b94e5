package org.pathsum.ad;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.pathsum.ad.ComputationGraph.Node;
import org.pathsum.semiring.SymbolicSum;
import org.pathsum.solver.internal.compiled.CompiledDag;

/**
 * A computation graph labeled at one point, for study: the lecture's labeled graph, with a value on
 * every node and the local partial derivative on every edge. Every derivative is a path sum over
 * these labels in the real semiring (the sum over paths of the product of the labels along each),
 * and this object shows it several ways: {@link #tangents} and {@link #adjoints} (the path sums
 * from an input to every node, and from every node to an output), {@link #symbolicPaths} (the sums
 * written out as products, {@code 1·40 + 1·5·23}), {@link #asGraph()} (a JGraphT graph, for its
 * algorithms) and {@link #toDot()} (Graphviz). Made by {@link ComputationGraph#labelAt}; every
 * value and label is finite. Immutable and thread-safe.
 */
public final class LabeledGraph {

  /** The most path products (paths from the anchor to any node, summed) a symbolic view writes. */
  public static final int MAX_PATH_PRODUCTS = SymbolicPaths.MAX_WORDS;

  private final ComputationGraph graph;
  private final double[] values;
  private final double[] labels;
  private volatile View view;

  private record View(Graph<Vertex, Edge> graph, List<Vertex> vertices) {}

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
   * The value of {@code node} at the point.
   *
   * @throws IllegalArgumentException if {@code node} is not a node of {@link #graph()}
   */
  public double value(Node node) {
    return values[graph.indexOf(node)];
  }

  /** The value of every node, by node index; a fresh array. */
  public double[] values() {
    return values.clone();
  }

  /**
   * The label (local partial) of edge {@code edge}.
   *
   * @throws IllegalArgumentException if the edge index is out of range
   */
  public double label(int edge) {
    ComputationGraph.checkRange("edge", edge, labels.length);
    return labels[edge];
  }

  /** The label of every edge, by edge index (the edges of node 0 first, in operand order). */
  public double[] labels() {
    return labels.clone();
  }

  /**
   * Forward mode at every node: {@code ∂v/∂x} for every node {@code v}, by node index, where
   * {@code x} is input number {@code input}; the single-source path solve from that input. Nodes
   * that do not depend on it get 0. O(|V| + |E|); a fresh array.
   *
   * @throws IllegalArgumentException if {@code input} is out of range
   */
  public double[] tangents(int input) {
    ComputationGraph.checkRange("input", input, graph.inputCount());
    return JacobianSweeps.tangents(this, input);
  }

  /**
   * Reverse mode at every node: {@code ∂f/∂v} for every node {@code v}, by node index, where
   * {@code f} is output number {@code output}; the single-target path solve to that output. Nodes
   * it does not depend on get 0. O(|V| + |E|); a fresh array.
   *
   * @throws IllegalArgumentException if {@code output} is out of range
   */
  public double[] adjoints(int output) {
    ComputationGraph.checkRange("output", output, graph.outputCount());
    return JacobianSweeps.adjoints(this, output);
  }

  /**
   * {@code ∂ output / ∂ input} written as the sum over its paths of the products of their labels,
   * each product in path order from the input up: {@code 1·40 + 1·5·23} for the lecture's ∂F/∂x.
   * The same path problem over the free (symbolic) semiring. Terms are not factored, and parallel
   * edges with equal labels print as a multiplicity ({@code 2×7} for {@code x*x} at 7).
   *
   * @throws IllegalArgumentException if an index is out of range, or the input reaches more than
   *     {@link #MAX_PATH_PRODUCTS} path products (the number of paths can grow exponentially)
   */
  public SymbolicSum symbolicPaths(int input, int output) {
    return SymbolicPaths.forward(this, input, output);
  }

  /**
   * The same paths as {@link #symbolicPaths} with each product written from the output down:
   * {@code 40·1 + 23·5·1}, the order in which reverse mode multiplies them.
   *
   * @throws IllegalArgumentException if an index is out of range, or more than {@link
   *     #MAX_PATH_PRODUCTS} path products reach the output
   */
  public SymbolicSum symbolicPathsFromOutput(int input, int output) {
    return SymbolicPaths.reverse(this, input, output);
  }

  /**
   * This labeled graph as an unmodifiable JGraphT {@link DirectedPseudograph}: one {@link Vertex}
   * per node, one {@link Edge} per edge (parallel edges kept), edge weight = label. Built on first
   * use in O(|V| + |E|), allocating objects per node and edge, and cached.
   */
  public Graph<Vertex, Edge> asGraph() {
    return view().graph();
  }

  /**
   * The vertex of {@link #asGraph()} for {@code node}.
   *
   * @throws IllegalArgumentException if {@code node} is not a node of {@link #graph()}
   */
  public Vertex vertex(Node node) {
    return view().vertices().get(graph.indexOf(node));
  }

  /**
   * The graph in Graphviz DOT, in the lecture's style: operands below the operations that use them,
   * each node with its operation and value ({@code "+ = 8"}, inputs as boxes, outputs doubly
   * circled with their names), each edge with its local partial; integers print as {@code 155},
   * other numbers to 6 significant digits. O(|V| + |E|).
   */
  public String toDot() {
    return LabeledGraphDot.toDot(this);
  }

  /**
   * Writes {@link #toDot()} to {@code out}, which is not closed.
   *
   * @throws java.io.UncheckedIOException if writing fails
   */
  public void writeDot(Writer out) {
    LabeledGraphDot.write(this, Objects.requireNonNull(out, "out"));
  }

  /** The labels without a copy, for the solvers of this package; never modified. */
  double[] labelArray() {
    return labels;
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
    DirectedPseudograph<Vertex, Edge> g = new DirectedPseudograph<>(null, null, true);
    List<Vertex> vertices = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      Optional<String> name = Optional.ofNullable(graph.inputNameOf(v));
      Op op = graph.tape().op(v);
      double parameter = op == Op.INPUT ? values[v] : graph.tape().parameter(v);
      Vertex vertex =
          new Vertex(v, op, parameter, values[v], name, List.copyOf(outputNames.get(v)));
      vertices.add(vertex);
      g.addVertex(vertex);
    }
    CompiledDag dag = graph.compiledDag();
    for (int e = 0; e < labels.length; e++) {
      int s = dag.edgeSource(e);
      int t = dag.edgeTarget(e);
      Edge edge = new Edge(e, s, t, e - dag.inEdge(t, 0), labels[e]);
      g.addEdge(vertices.get(s), vertices.get(t), edge);
      g.setEdgeWeight(edge, labels[e]);
    }
    return new View(new AsUnmodifiableGraph<>(g), List.copyOf(vertices));
  }

  @Override
  public String toString() {
    return "LabeledGraph[" + graph + "]";
  }

  /**
   * A vertex of {@link #asGraph()}: one node with its value at the point.
   *
   * @param index the node's index in the computation graph
   * @param op its operation
   * @param parameter the constant's value, the POW_CONST exponent, the input's coordinate; else 0
   * @param value its value at the point
   * @param inputName the input's name, for an input node
   * @param outputNames the names under which the node is an output; empty if none
   */
  public record Vertex(
      int index,
      Op op,
      double parameter,
      double value,
      Optional<String> inputName,
      List<String> outputNames) {

    /** Checks for null and copies the output names. */
    public Vertex {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(inputName, "inputName");
      outputNames = List.copyOf(outputNames);
    }

    /**
     * The operation as written in a diagram: the input name, the constant, {@code "^2"} for a
     * constant power, else {@link Op#functionName()}.
     */
    public String operationText() {
      switch (op) {
        case INPUT:
          return inputName.orElse("input");
        case CONSTANT:
          return Numbers.compact(parameter);
        case POW_CONST:
          return "^" + Numbers.compact(parameter);
        default:
          return op.functionName();
      }
    }

    /** {@code index:operation=value}, e.g. {@code 5:+=8}. */
    @Override
    public String toString() {
      return index + ":" + operationText() + "=" + Numbers.compact(value);
    }
  }

  /**
   * An edge of {@link #asGraph()}: from an operand to the operation using it, labeled with the
   * local partial derivative at the point. Parallel edges ({@code x*x}) have distinct indices.
   *
   * @param index the edge's index in the computation graph
   * @param sourceIndex the index of the operand node
   * @param targetIndex the index of the operation node
   * @param operandPosition which operand of the target this edge carries, from 0
   * @param label the local partial derivative of the target with respect to that operand
   */
  public record Edge(
      int index, int sourceIndex, int targetIndex, int operandPosition, double label) {

    /** {@code source->target [label]}. */
    @Override
    public String toString() {
      return sourceIndex + "->" + targetIndex + " [" + Numbers.compact(label) + "]";
    }
  }
}
