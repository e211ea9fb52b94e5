package org.pathsum.ad;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pathsum.solver.internal.compiled.CompiledDag;

/**
 * An immutable computation graph, recorded once, and every derivative of it: the door of automatic
 * differentiation. Nodes are inputs, constants and operations ({@link Op}), with an edge from each
 * operand to the operation that uses it. Record one by running a {@link Program} ({@link
 * Program#record}) or with a {@link Builder}; then, at any number of points, without rebuilding
 * anything:
 *
 * <ul>
 *   <li>{@link #gradient(double...)}: the value and gradient of the only output, as an immutable
 *       {@link Gradient}; {@link #valueAndGradient(double[], double[])} writes the gradient into
 *       the caller's array and allocates nothing, for training loops;
 *   <li>{@link #jacobian(double...)}: every output's derivatives, the mode chosen by the shape, or
 *       named with {@link #jacobian(Jacobian.Mode, double...)};
 *   <li>{@link #hessianVector}: a Hessian-vector product;
 *   <li>{@link #labelAt}: the graph at a point for study ({@link LabeledGraph}: values on nodes,
 *       local partials on edges, its JGraphT view, DOT and the symbolic path sums);
 *   <li>{@link #evaluate(double...)}, {@link #sparsity()}.
 * </ul>
 *
 * <p>Every derivative is a path sum: the sum over all paths between two nodes of the product of
 * the local partials along the path. Every door refuses a point at which a value or a local
 * partial is NaN or infinite with a {@link NonFiniteValueException} naming the node, except {@link
 * #evaluate}, which propagates such values as IEEE-754 says.
 *
 * <p>Nodes are numbered in creation order, which is a topological order (operands first); the
 * in-edges of a node are consecutive, one per operand position, so {@code x*x} has two parallel
 * edges from {@code x}. Inputs, in creation order, are the columns of a Jacobian and the order of
 * a point; outputs, in declaration order, its rows. A node may be an output under several names,
 * and an input may be an output.
 *
 * <p><b>Cost and memory.</b> A gradient costs one pass over the graph for values and local
 * partials and one reverse pass, O(|V| + |E|), independent of the number of inputs. The graph is
 * held as a tape: a structure of arrays of 17 bytes per node, with implicit edges. Each thread
 * that differentiates the graph keeps a workspace of about 16 bytes per node and 8 per edge for as
 * long as the graph is reachable. A graph of at most 2,000 nodes that has served 2,000 gradients
 * and evaluations has its tape compiled to bytecode for the outputs it is used with (the same
 * operations in the same order, so the same bits, and faster); {@link #COMPILE_PROPERTY} turns
 * that off. Immutable and thread-safe.
 */
public final class ComputationGraph {

  /**
   * The system property that, set to {@code "false"} when a graph is recorded, keeps that graph's
   * tape interpreted: for comparisons, and for a runtime that forbids defining classes.
   */
  public static final String COMPILE_PROPERTY = "pathsum.ad.compile";

  private final Object owner;
  private final Tape tape;
  private final TapeEngine engine;
  private final int[] inputNodes;
  private final int[] outputNodes;
  private final List<String> inputNames;
  private final List<String> outputNames;
  private final String[] inputNameOfNode;

  private ComputationGraph(Builder b) {
    this.owner = b.store.owner;
    this.inputNames = List.copyOf(b.inputNames);
    this.inputNodes = b.inputNodes.stream().mapToInt(Integer::intValue).toArray();
    this.outputNames = List.copyOf(b.outputNames);
    this.outputNodes = b.outputNodes.stream().mapToInt(Integer::intValue).toArray();
    this.tape = b.store.toTape(inputNodes);
    this.inputNameOfNode = new String[tape.nodeCount()];
    for (int i = 0; i < inputNodes.length; i++) {
      inputNameOfNode[inputNodes[i]] = inputNames.get(i);
    }
    boolean compile = !"false".equals(System.getProperty(COMPILE_PROPERTY));
    this.engine = new TapeEngine(tape, inputNameOfNode, outputNodes, compile);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The number of nodes (inputs, constants and operations). */
  public int nodeCount() {
    return tape.nodeCount();
  }

  /** The number of edges, one per operand of every operation (parallel edges counted). */
  public int edgeCount() {
    return tape.edgeCount();
  }

  /** The input names, in creation order: the order of a point and of a gradient. */
  public List<String> inputNames() {
    return inputNames;
  }

  /** The output names, in declaration order: the rows of a Jacobian. */
  public List<String> outputNames() {
    return outputNames;
  }

  /** The input nodes, in {@link #inputNames()} order. */
  public List<Node> inputs() {
    return nodes(inputNodes);
  }

  /** The output nodes, in {@link #outputNames()} order. */
  public List<Node> outputs() {
    return nodes(outputNodes);
  }

  private List<Node> nodes(int[] indices) {
    List<Node> list = new ArrayList<>(indices.length);
    for (int v : indices) {
      list.add(node(v));
    }
    return List.copyOf(list);
  }

  /**
   * The value and gradient of the graph's only output at {@code point}: one pass for the values
   * and local partials, one reverse path solve to the output. Allocates the result only; see
   * {@link #valueAndGradient(double[], double[])} for a loop. O(|V| + |E|).
   *
   * @param point the input values, in {@link #inputNames()} order
   * @throws IllegalArgumentException if the graph has not exactly one output or the point has the
   *     wrong length
   * @throws NonFiniteValueException if a value or local partial is NaN or infinite, naming the
   *     node
   */
  public Gradient gradient(double... point) {
    double[] g = new double[inputNodes.length];
    double value = valueAndGradient(point, g);
    return new Gradient(outputNames.get(0), value, inputNames, g);
  }

  /**
   * {@link #gradient(double...)} into a caller's array: writes ∂output/∂input for every input into
   * {@code gradient} and returns the output's value. See {@link #valueAndGradient(int, double[],
   * double[])}.
   *
   * @throws IllegalArgumentException if the graph has not exactly one output, or an array has the
   *     wrong length
   * @throws NonFiniteValueException if a value or local partial is NaN or infinite, naming the
   *     node
   */
  public double valueAndGradient(double[] point, double[] gradient) {
    if (outputNodes.length != 1) {
      throw new IllegalArgumentException(
          "the graph has " + outputNodes.length + " outputs " + outputNames
              + "; name one with valueAndGradient(output, point, gradient)");
    }
    return valueAndGradient(0, point, gradient);
  }

  /**
   * The gradient of output {@code output} at {@code point} written into {@code gradient}, and that
   * output's value returned: the call for a training loop. The values, local partials and adjoints
   * live in a workspace owned by the calling thread and reused by every later call on this graph,
   * so after the first call on a thread nothing is allocated (except once, by the call that
   * compiles a small graph). The same bits whether the graph runs compiled or interpreted. O(|V| +
   * |E|).
   *
   * @param output the output's position in {@link #outputNames()}
   * @param point the input values, in {@link #inputNames()} order
   * @param gradient receives ∂output/∂input for every input, in {@link #inputNames()} order
   * @return the output's value at {@code point}
   * @throws IllegalArgumentException if {@code output} is out of range or an array has the wrong
   *     length
   * @throws NonFiniteValueException if a value or local partial is NaN or infinite, naming the
   *     node; {@code gradient} is then unspecified
   */
  public double valueAndGradient(int output, double[] point, double[] gradient) {
    checkPoint(point);
    Objects.requireNonNull(gradient, "gradient");
    checkRange("output", output, outputNodes.length);
    if (gradient.length != inputNodes.length) {
      throw new IllegalArgumentException(
          "the gradient array has " + gradient.length + " entries but the graph has "
              + inputNodes.length + " inputs");
    }
    return engine.gradient(output, point, gradient);
  }

  /**
   * The Jacobian at {@code point} by the cheaper of forward and reverse mode: {@link
   * Jacobian.Mode#FORWARD} when the graph has no more inputs than outputs ({@code n <= m}, n
   * single-source solves), {@link Jacobian.Mode#REVERSE} otherwise (m single-target solves). The
   * two give the same numbers up to rounding. O(min(n, m)·(|V| + |E|)).
   *
   * @throws IllegalArgumentException if the point has the wrong length
   * @throws NonFiniteValueException if a value or local partial is NaN or infinite, naming the
   *     node
   */
  public Jacobian jacobian(double... point) {
    return jacobian(
        inputNodes.length <= outputNodes.length ? Jacobian.Mode.FORWARD : Jacobian.Mode.REVERSE,
        point);
  }

  /**
   * The Jacobian at {@code point} by the named mode; its cost is the mode's ({@link
   * Jacobian.Mode}). Every mode first labels the graph at the point and refuses a non-finite value
   * or local partial there, so all modes answer and refuse alike.
   *
   * @throws IllegalArgumentException if the point has the wrong length
   * @throws NonFiniteValueException if a value or local partial is NaN or infinite, naming the
   *     node
   */
  public Jacobian jacobian(Jacobian.Mode mode, double... point) {
    Objects.requireNonNull(mode, "mode");
    LabeledGraph labeled = labelAt(point);
    double[] values = labeled.outputValues();
    double[][] entries;
    switch (mode) {
      case FORWARD:
        entries = JacobianSweeps.forward(labeled);
        break;
      case REVERSE:
        entries = JacobianSweeps.reverse(labeled);
        break;
      case DUAL:
        entries = DualEvaluator.jacobian(this, point);
        break;
      case CROSS_COUNTRY:
        entries = CrossCountry.markowitz(labeled);
        break;
      default:
        throw new AssertionError(mode);
    }
    return new Jacobian(mode, outputNames, inputNames, values, entries);
  }

  /**
   * The Hessian-vector product {@code H·u}, where {@code H} is the Hessian of output {@code
   * output} at {@code point}: forward-over-reverse, one path solve over labels that are dual
   * numbers (each local partial with its derivative along {@code u}). O(|V| + |E|) dual-number
   * operations, independent of the number of inputs. Kinks (relu, abs, max/min) have second
   * derivative 0.
   *
   * @param output the output's position in {@link #outputNames()}
   * @param point the input values
   * @param direction the vector {@code u}, one entry per input
   * @return {@code H·u}, one entry per input
   * @throws IllegalArgumentException if {@code output} is out of range or an array has the wrong
   *     length
   * @throws NonFiniteValueException if a value or local partial is NaN or infinite, naming the
   *     node
   */
  public double[] hessianVector(int output, double[] point, double[] direction) {
    Objects.requireNonNull(direction, "direction");
    checkRange("output", output, outputNodes.length);
    labelAt(point); // refuses non-finite values and labels, naming the node
    if (direction.length != point.length) {
      throw new IllegalArgumentException(
          "the direction has " + direction.length + " entries but the graph has " + point.length
              + " inputs");
    }
    return HessianVector.product(this, outputNodes[output], point, direction);
  }

  /**
   * The structural sparsity pattern of the Jacobian: entry {@code [j][i]} is {@code true} when a
   * path joins input i to output j (the same path problem over the boolean semiring, so no point
   * is needed). A {@code false} entry is 0 at every point; a {@code true} one may still be 0 at
   * some (relu below 0). O(n·(|V| + |E|)); a fresh array.
   */
  public boolean[][] sparsity() {
    return Sparsity.of(this);
  }

  /**
   * The graph labeled at {@code point}: the value of every node and the local partial of every
   * edge, for study (see {@link LabeledGraph}). O(|V| + |E|); the structure is shared.
   *
   * @param point the input values, in {@link #inputNames()} order
   * @throws IllegalArgumentException if the point has the wrong length
   * @throws NonFiniteValueException if a value or local partial is NaN or infinite, naming the
   *     node
   */
  public LabeledGraph labelAt(double... point) {
    checkPoint(point);
    double[][] labeled = engine.label(point);
    return new LabeledGraph(this, labeled[0], labeled[1]);
  }

  /**
   * The outputs' values at {@code point}, by a values-only pass: no local partials, and no check
   * that the values are finite (IEEE-754 propagation). O(|V| + |E|).
   *
   * @param point the input values, in {@link #inputNames()} order
   * @throws IllegalArgumentException if the point has the wrong length
   */
  public double[] evaluate(double... point) {
    checkPoint(point);
    return engine.evaluate(point);
  }

  /**
   * Runs the recorded program on another number type: every node in index order through {@link
   * Arithmetic#apply}, no checks beyond the arithmetic's own. O(|V| + |E|) operations of {@code
   * arithmetic}.
   *
   * @param inputs one element per input, in {@link #inputNames()} order
   * @return the outputs, in {@link #outputNames()} order
   * @throws IllegalArgumentException if {@code inputs} has the wrong size
   */
  public <T> List<T> evaluate(Arithmetic<T> arithmetic, List<T> inputs) {
    return Interpreter.evaluate(this, arithmetic, inputs);
  }

  /** A summary whose length does not grow with the graph: at most 10 names of each kind. */
  @Override
  public String toString() {
    return "ComputationGraph[" + tape.nodeCount() + " nodes, " + tape.edgeCount()
        + " edges, inputs " + firstNames(inputNames) + ", outputs " + firstNames(outputNames) + "]";
  }

  private static String firstNames(List<String> names) {
    if (names.size() <= 10) {
      return names.toString();
    }
    String first = names.subList(0, 10).toString();
    return first.substring(0, first.length() - 1) + ", … (" + names.size() + " in all)]";
  }

  private void checkPoint(double[] point) {
    Objects.requireNonNull(point, "point");
    if (point.length != inputNodes.length) {
      throw new IllegalArgumentException(
          "the point has " + point.length + " coordinates but the graph has "
              + inputNodes.length + " inputs " + firstNames(inputNames));
    }
  }

  static void checkRange(String what, int index, int count) {
    if (index < 0 || index >= count) {
      throw new IllegalArgumentException(
          what + " index " + index + " out of range [0, " + count + ")");
    }
  }

  // ---- for the package: the structure by index ----

  Node node(int v) {
    return new Node(owner, v, tape.op(v));
  }

  int indexOf(Node node) {
    Objects.requireNonNull(node, "node");
    if (node.owner != owner || node.index >= tape.nodeCount()) {
      throw new IllegalArgumentException(node + " is not a node of this graph");
    }
    return node.index;
  }

  Tape tape() {
    return tape;
  }

  TapeEngine engine() {
    return engine;
  }

  /** The structure as a {@link CompiledDag}: vertex = node index, edge id = edge index. */
  CompiledDag compiledDag() {
    return tape.compiledDag();
  }

  String inputNameOf(int v) {
    return inputNameOfNode[v];
  }

  int inputCount() {
    return inputNodes.length;
  }

  int outputCount() {
    return outputNodes.length;
  }

  int inputNode(int i) {
    return inputNodes[i];
  }

  int outputNode(int j) {
    return outputNodes[j];
  }

  /**
   * An immutable handle to one node of a computation graph: its index (its position in creation
   * order, a topological order) and its operation. Two handles are equal when they denote the same
   * index of graphs recorded by the same {@link Builder}; a handle from one builder is refused by
   * every other builder and by the graphs it did not build.
   */
  public static final class Node {

    private final Object owner;
    private final int index;
    private final Op op;

    Node(Object owner, int index, Op op) {
      this.owner = owner;
      this.index = index;
      this.op = op;
    }

    /** The node's index, {@code 0 <= index < nodeCount}; operands have smaller indices. */
    public int index() {
      return index;
    }

    /** The node's operation. */
    public Op op() {
      return op;
    }

    Object owner() {
      return owner;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Node n && n.owner == owner && n.index == index;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(owner) * 31 + index;
    }

    @Override
    public String toString() {
      return "node " + index + " (" + op + ")";
    }
  }

  /**
   * Records a computation graph. Every call appends at most one node, after its operands, so the
   * creation order is topological; the operations themselves come from {@link #arithmetic()}, an
   * {@code Arithmetic<Node>}, or {@link #apply}. Not thread-safe; {@link #build} may be called more
   * than once (each graph is a snapshot). Amortized O(1) per node.
   */
  public static final class Builder {

    private final NodeStore store = new NodeStore();
    private final List<String> inputNames = new ArrayList<>();
    private final List<Integer> inputNodes = new ArrayList<>();
    private final Set<String> inputNameSet = new HashSet<>();
    private final List<String> outputNames = new ArrayList<>();
    private final List<Integer> outputNodes = new ArrayList<>();
    private final RecordingArithmetic arithmetic = new RecordingArithmetic(this);

    private Builder() {}

    /**
     * A new input (variable), the next coordinate of a point.
     *
     * @param name its name, unique among inputs
     * @throws IllegalArgumentException if an input of that name exists
     */
    public Node input(String name) {
      Objects.requireNonNull(name, "name");
      if (!inputNameSet.add(name)) {
        throw new IllegalArgumentException(
            "duplicate input name '" + name + "'; reuse the node it returned instead");
      }
      Node node = store.append(Op.INPUT, 0.0, List.of());
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
     * <p>Two operations are recorded in the tape's terms: a MAX or MIN of k operands becomes k − 1
     * binary ones in a left-leaning chain, {@code max(max(a, b), c)} (one operand {@code a}: {@code
     * max(a, a)}), which keeps the rule that only the first operand attaining the extremum gets
     * derivative 1; and a POW whose exponent depends on no input ({@code pow(x, 2)}, {@code pow(x,
     * 1 + 1)}) becomes a {@link #powConst constant-exponent power}, so a negative base is fine. The
     * returned node is the one holding the result (the last of a chain).
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
      if (op == Op.POW && operands.size() == 2 && store.isConstant(operands.get(1))) {
        double exponent = store.constantValue(operands.get(1));
        if (Double.isFinite(exponent)) {
          return powConst(operands.get(0), exponent);
        }
      }
      return store.append(op, 0.0, operands);
    }

    /**
     * {@code base^exponent} for a constant exponent: one edge, labeled {@code c·a^(c−1)}, defined
     * for a negative base.
     *
     * @throws IllegalArgumentException if {@code exponent} is not finite, or the base is foreign
     */
    public Node powConst(Node base, double exponent) {
      if (!Double.isFinite(exponent)) {
        throw new IllegalArgumentException("the exponent must be finite, got " + exponent);
      }
      return store.append(Op.POW_CONST, exponent, List.of(base));
    }

    /**
     * Declares {@code node} an output named {@code name}, the next row of a Jacobian. Output names
     * need not be distinct: the same expression asked for twice is two rows under one name.
     *
     * @throws IllegalArgumentException if the node is foreign
     */
    public Builder output(String name, Node node) {
      Objects.requireNonNull(name, "name");
      int v = store.check(node);
      outputNames.add(name);
      outputNodes.add(v);
      return this;
    }

    /**
     * This builder as an {@link Arithmetic} whose elements are the nodes it records: a {@link
     * Program} run on it records itself.
     */
    public Arithmetic<Node> arithmetic() {
      return arithmetic;
    }

    /** An immutable snapshot of the graph recorded so far. O(|V| + |E|). */
    public ComputationGraph build() {
      return new ComputationGraph(this);
    }
  }
}
