package org.pathsum.ad;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pathsum.solver.compiled.CompiledDag;

/**
 * An immutable computation graph: inputs, constants and operations ({@link Op}), with an edge from
 * each operand to the operation that uses it. Recorded once by a {@link Builder}, then {@linkplain
 * #labelAt labeled} at any number of points; re-labeling never rebuilds the structure.
 *
 * <p>Nodes are numbered in creation order, which is a topological order (operands first). Edges are
 * numbered in creation order too: the in-edges of a node are contiguous, one per operand position.
 * A node used twice by one operation ({@code x*x}) has two parallel edges to it.
 *
 * <p>Inputs are the graph's variables, in creation order ({@link #inputNames()}); outputs are named
 * nodes ({@link #outputNames()}), the rows of a {@link Jacobian}. A node may be an output under
 * several names, and an input may be an output.
 *
 * <p>Memory: O(|V| + |E|) primitive arrays (the node arrays and a {@link CompiledDag}); no
 * per-node objects.
 */
public final class ComputationGraph {

  final Object owner;
  final Op[] ops;
  final double[] params;
  final int[] operandStart; // in-edges of v: [operandStart[v], operandStart[v+1])
  final int[] edgeSource;
  final int[] edgeTarget;
  final int[] inputNodes;
  final int[] outputNodes;
  final int maxArity;
  private final List<String> inputNames;
  private final List<String> outputNames;
  final Map<String, Integer> inputPositions;
  private final String[] inputNameOfNode;
  final CompiledDag dag;

  private ComputationGraph(Builder b) {
    NodeStore store = b.store;
    int n = store.nodeCount;
    int m = store.edgeCount;
    this.owner = store.owner;
    this.ops = Arrays.copyOf(store.ops, n);
    this.params = Arrays.copyOf(store.params, n);
    this.operandStart = Arrays.copyOf(store.operandStart, n + 1);
    this.edgeSource = Arrays.copyOf(store.edgeSource, m);
    this.edgeTarget = new int[m];
    int arity = 0;
    for (int v = 0; v < n; v++) {
      arity = Math.max(arity, operandStart[v + 1] - operandStart[v]);
      for (int e = operandStart[v]; e < operandStart[v + 1]; e++) {
        edgeTarget[e] = v;
      }
    }
    this.maxArity = arity;
    this.inputNames = List.copyOf(b.inputNames);
    this.inputNodes = b.inputNodes.stream().mapToInt(Integer::intValue).toArray();
    this.outputNames = List.copyOf(b.outputNames);
    this.outputNodes = b.outputNodes.stream().mapToInt(Integer::intValue).toArray();
    this.inputPositions = Map.copyOf(b.inputPositions);
    this.inputNameOfNode = new String[n];
    for (int i = 0; i < inputNodes.length; i++) {
      inputNameOfNode[inputNodes[i]] = inputNames.get(i);
    }
    CompiledDag.Builder dagBuilder = CompiledDag.builder(n, m);
    for (int e = 0; e < m; e++) {
      dagBuilder.addEdge(edgeSource[e], edgeTarget[e]); // edge id == edge index
    }
    this.dag = dagBuilder.build();
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The graph's structure as a {@link CompiledDag}: vertex = node index, edge id = edge index, so
   * a {@link LabeledGraph#labels()} array is its edge-weight array.
   */
  public CompiledDag compiledDag() {
    return dag;
  }

  /** The number of nodes (inputs, constants and operations). */
  public int nodeCount() {
    return ops.length;
  }

  /** The number of edges, one per operand of every operation (parallel edges counted). */
  public int edgeCount() {
    return edgeSource.length;
  }

  /** The input names, in creation order: the columns of a Jacobian and the order of a point. */
  public List<String> inputNames() {
    return inputNames;
  }

  /** The output names, in the order they were declared: the rows of a Jacobian. */
  public List<String> outputNames() {
    return outputNames;
  }

  /** The input nodes, in {@link #inputNames()} order. */
  public List<Node> inputs() {
    List<Node> list = new ArrayList<>(inputNodes.length);
    for (int v : inputNodes) {
      list.add(node(v));
    }
    return List.copyOf(list);
  }

  /** The output nodes, in {@link #outputNames()} order. */
  public List<Node> outputs() {
    List<Node> list = new ArrayList<>(outputNodes.length);
    for (int v : outputNodes) {
      list.add(node(v));
    }
    return List.copyOf(list);
  }

  /**
   * The node with the given index.
   *
   * @throws IllegalArgumentException if {@code index} is not in {@code [0, nodeCount())}
   */
  public Node node(int index) {
    checkIndex(index);
    return new Node(owner, index, ops[index]);
  }

  /** The operands of {@code node}, in position order (a repeated operand appears twice). */
  public List<Node> operands(Node node) {
    int v = indexOf(node);
    List<Node> list = new ArrayList<>(operandStart[v + 1] - operandStart[v]);
    for (int e = operandStart[v]; e < operandStart[v + 1]; e++) {
      list.add(node(edgeSource[e]));
    }
    return List.copyOf(list);
  }

  /**
   * The node's parameter: the value of a CONSTANT, the exponent of a POW_CONST; 0 otherwise.
   *
   * @throws IllegalArgumentException if {@code node} is not a node of this graph
   */
  public double parameter(Node node) {
    return params[indexOf(node)];
  }

  /** The input name of {@code node}, or empty if it is not an input. */
  public Optional<String> inputName(Node node) {
    return Optional.ofNullable(inputNameOfNode[indexOf(node)]);
  }

  /**
   * Labels the graph at a point: the value of every node and the local partial on every edge.
   * O(|V| + |E|); the structure is shared, only two arrays are new.
   *
   * @param point the input values, in {@link #inputNames()} order
   * @throws IllegalArgumentException if {@code point} has the wrong length
   * @throws NonFiniteValueException if a value or label is NaN or ±∞, naming the node
   */
  public LabeledGraph labelAt(double... point) {
    checkPoint(point);
    return Labeling.label(this, point);
  }

  private void checkPoint(double[] point) {
    Objects.requireNonNull(point, "point");
    if (point.length != inputNodes.length) {
      throw new IllegalArgumentException(
          "the point has " + point.length + " coordinates but the graph has "
              + inputNodes.length + " inputs " + inputNames);
    }
  }

  /**
   * The output values at a point, by one value-only pass (no labels, no NaN checks: IEEE-754
   * propagation). O(|V| + |E|).
   *
   * @param point the input values, in {@link #inputNames()} order
   * @throws IllegalArgumentException if {@code point} has the wrong length
   */
  public double[] evaluate(double... point) {
    checkPoint(point);
    return Labeling.evaluate(this, point);
  }

  /**
   * Labels the graph at a point given by input name.
   *
   * @param point a value for every input name, and no other name
   * @throws IllegalArgumentException naming an input without a value, or a name that is no input
   * @throws NonFiniteValueException if a value or label is NaN or ±∞, naming the node
   */
  public LabeledGraph labelAt(Map<String, Double> point) {
    return labelAt(toArray(point));
  }

  /**
   * The point as an array in {@link #inputNames()} order.
   *
   * @throws IllegalArgumentException naming an input without a value, or a name that is no input
   */
  public double[] toArray(Map<String, Double> point) {
    return Labeling.toArray(this, point);
  }

  /**
   * Runs the recorded program on another number type: every node in index order through {@link
   * Arithmetic#apply}. O(|V| + |E|) operations of {@code arithmetic}.
   *
   * @param arithmetic the number type
   * @param inputs one element per input, in {@link #inputNames()} order
   * @return the outputs, in {@link #outputNames()} order
   * @throws IllegalArgumentException if {@code inputs} has the wrong size
   */
  public <T> List<T> evaluate(Arithmetic<T> arithmetic, List<T> inputs) {
    return Interpreter.evaluate(this, arithmetic, inputs);
  }

  int indexOf(Node node) {
    Objects.requireNonNull(node, "node");
    if (node.owner() != owner || node.index() >= ops.length) {
      throw new IllegalArgumentException(node + " is not a node of this graph");
    }
    return node.index();
  }

  String inputNameOf(int v) {
    return inputNameOfNode[v];
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= ops.length) {
      throw new IllegalArgumentException(
          "node index " + index + " out of range [0, " + ops.length + ")");
    }
  }

  @Override
  public String toString() {
    return "ComputationGraph["
        + ops.length
        + " nodes, "
        + edgeSource.length
        + " edges, inputs "
        + inputNames
        + ", outputs "
        + outputNames
        + "]";
  }
  /**
   * Records a computation graph. Every method appends at most one node, after its operands, so the
   * creation order is topological. Also an {@link Arithmetic Arithmetic&lt;Node&gt;} through {@link
   * #arithmetic()}, so a program written against {@link Arithmetic} records itself. Not
   * thread-safe; {@link #build} may be called more than once (each graph is a snapshot).
   */
  public static final class Builder {

    private final NodeStore store = new NodeStore();
    private final List<String> inputNames = new ArrayList<>();
    private final List<Integer> inputNodes = new ArrayList<>();
    private final Map<String, Integer> inputPositions = new HashMap<>();
    private final List<String> outputNames = new ArrayList<>();
    private final List<Integer> outputNodes = new ArrayList<>();
    private final RecordingArithmetic arithmetic = new RecordingArithmetic(this);

    private Builder() {}

    /**
     * A new input (variable).
     *
     * @param name its name, unique among inputs
     * @throws IllegalArgumentException if an input of that name exists
     */
    public Node input(String name) {
      Objects.requireNonNull(name, "name");
      if (inputPositions.containsKey(name)) {
        throw new IllegalArgumentException(
            "duplicate input name '" + name + "'; reuse the node it returned instead");
      }
      Node node = store.append(Op.INPUT, 0.0, List.of());
      inputPositions.put(name, inputNames.size());
      inputNames.add(name);
      inputNodes.add(node.index());
      return node;
    }

    /**
     * A new constant.
     *
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public Node constant(double value) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("a constant must be finite, got " + value);
      }
      return store.append(Op.CONSTANT, value, List.of());
    }

    /**
     * A new operation on {@code operands}; one edge per operand, so passing a node twice makes two
     * parallel edges ({@code x*x}: derivative {@code x + x}).
     *
     * @param op any operation but INPUT, CONSTANT and POW_CONST (see {@link #powConst})
     * @throws IllegalArgumentException if the number of operands is not {@code op}'s arity, or an
     *     operand is from another builder
     */
    public Node apply(Op op, Node... operands) {
      return apply(op, Arrays.asList(operands));
    }

    /** {@link #apply(Op, Node...)} with a list of operands. */
    public Node apply(Op op, List<Node> operands) {
      Objects.requireNonNull(op, "op");
      if (op == Op.INPUT || op == Op.CONSTANT || op == Op.POW_CONST) {
        throw new IllegalArgumentException(
            op + " is not built by apply; use input, constant or powConst");
      }
      return store.append(op, 0.0, operands);
    }

    /**
     * {@code base^exponent} for a constant exponent: one edge, labeled {@code c·a^(c−1)}.
     *
     * @throws IllegalArgumentException if {@code exponent} is not finite
     */
    public Node powConst(Node base, double exponent) {
      if (!Double.isFinite(exponent)) {
        throw new IllegalArgumentException("the exponent must be finite, got " + exponent);
      }
      return store.append(Op.POW_CONST, exponent, List.of(base));
    }

    /** {@code a + b}. */
    public Node add(Node a, Node b) {
      return apply(Op.ADD, a, b);
    }

    /** {@code a − b}. */
    public Node sub(Node a, Node b) {
      return apply(Op.SUB, a, b);
    }

    /** {@code a · b}. */
    public Node mul(Node a, Node b) {
      return apply(Op.MUL, a, b);
    }

    /** {@code a / b}. */
    public Node div(Node a, Node b) {
      return apply(Op.DIV, a, b);
    }

    /** {@code −a}. */
    public Node neg(Node a) {
      return apply(Op.NEG, a);
    }

    /**
     * Declares {@code node} an output named {@code name}.
     *
     * @throws IllegalArgumentException if an output of that name exists, or the node is foreign
     */
    public Builder output(String name, Node node) {
      Objects.requireNonNull(name, "name");
      int v = store.check(node);
      if (outputNames.contains(name)) {
        throw new IllegalArgumentException("duplicate output name '" + name + "'");
      }
      outputNames.add(name);
      outputNodes.add(v);
      return this;
    }

    /** This builder as an {@link Arithmetic} whose elements are the nodes it records. */
    public Arithmetic<Node> arithmetic() {
      return arithmetic;
    }

    /** The number of nodes recorded so far. */
    public int nodeCount() {
      return store.nodeCount;
    }

    /** An immutable snapshot of the graph recorded so far. O(|V| + |E|). */
    public ComputationGraph build() {
      return new ComputationGraph(this);
    }

  }
}
