package org.pathsum.ad;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pathsum.solver.internal.compiled.CompiledDag;

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
 * <p>Held as a tape: a structure of arrays, one {@code byte} operation code, two {@code int}
 * operands and one {@code double} parameter per node (17 bytes), with the edges implicit (an
 * operation has at most two operands; see {@link Builder#apply} for how n-ary max/min and constant
 * exponents are recorded). The {@link #compiledDag()} view is derived from it on first use. Each thread that labels or differentiates
 * the graph keeps one reusable workspace (values, labels, adjoints: 8 bytes per node twice and per
 * edge once) for as long as the graph is reachable.
 *
 * <p>A small graph (at most 2,000 nodes) that has served 2,000 gradients and evaluations has its
 * tape compiled to straight-line bytecode for the outputs it is used with: the same operations in
 * the same order, so the same bits, about 1.5–2.2× faster (see {@code TapeCompiler}; off with {@link
 * #COMPILE_PROPERTY}). Larger graphs stay with the interpreter, which is faster there.
 */
public final class ComputationGraph {

  private final Object owner;
  private final Tape tape;
  private final int[] inputNodes;
  private final int[] outputNodes;
  private final int[] outputEdgeEnds; // edgesBefore(output + 1), for the reverse sweep
  private final List<String> inputNames;
  private final List<String> outputNames;
  private final Map<String, Integer> inputPositions;
  private final String[] inputNameOfNode;
  private final ThreadLocal<Tape.Workspace> workspaces;
  // The tape's kernels as generated code, by output, once the graph has been used COMPILE_AFTER
  // times (gradients and evaluations) and if it is small enough (Tape#compile). Written once per
  // output; a race compiles twice, harmlessly: a compiled tape has no state
  private final Tape.Compiled[] compiled;
  private int uses; // racy counts are fine: they only decide when to compile
  private boolean compiles; // false for large graphs, on request, or once a compile failed

  /**
   * The system property that turns the compilation of small graphs off when {@code "false"} (read
   * when a graph is built): for comparisons, and for a runtime that forbids defining classes.
   */
  public static final String COMPILE_PROPERTY = "pathsum.ad.compile";

  /**
   * The number of gradients and evaluations after which a small graph's tape is compiled to
   * bytecode. Writing and defining the code of 503 nodes took 1.2 ms (4.5 ms the first time in a
   * JVM, before the JIT has compiled ASM), the time of 900–3,500 interpreted gradients of that
   * graph, and the cost of both grows with the nodes: so a graph is compiled once it has run about
   * as long as its compilation takes, and then runs 1.5–2× faster.
   */
  static final int COMPILE_AFTER = 2_000;

  private ComputationGraph(Builder b) {
    NodeStore store = b.store;
    this.owner = store.owner;
    this.inputNames = List.copyOf(b.inputNames);
    this.inputNodes = b.inputNodes.stream().mapToInt(Integer::intValue).toArray();
    this.outputNames = List.copyOf(b.outputNames);
    this.outputNodes = b.outputNodes.stream().mapToInt(Integer::intValue).toArray();
    this.inputPositions = Map.copyOf(b.inputPositions);
    this.tape = store.toTape(inputNodes);
    this.inputNameOfNode = new String[tape.nodeCount()];
    for (int i = 0; i < inputNodes.length; i++) {
      inputNameOfNode[inputNodes[i]] = inputNames.get(i);
    }
    this.outputEdgeEnds = new int[outputNodes.length];
    for (int j = 0; j < outputNodes.length; j++) {
      outputEdgeEnds[j] = tape.edgesBefore(outputNodes[j] + 1);
    }
    this.workspaces = ThreadLocal.withInitial(tape::newWorkspace);
    this.compiled = new Tape.Compiled[outputNodes.length];
    this.compiles = tape.isCompilable() && !"false".equals(System.getProperty(COMPILE_PROPERTY));
  }

  /**
   * The compiled kernels for {@code output}, compiling them on the {@link #COMPILE_AFTER}th use
   * of a graph of at most {@link TapeCompiler#MAX_NODES} nodes; null while the interpreter serves.
   */
  private Tape.Compiled kernels(int output) {
    Tape.Compiled k = compiled[output];
    if (k == null && compiles && ++uses >= COMPILE_AFTER) {
      try {
        k = compile(output);
      } catch (IllegalStateException e) { // no class definition here: the interpreter serves
        compiles = false;
      }
    }
    return k;
  }

  /** Compiles the kernels for {@code output} now (tests use it to skip the wait). */
  Tape.Compiled compile(int output) {
    Tape.Compiled k = tape.compile(outputNodes[output]);
    compiled[output] = k;
    return k;
  }

  /** Whether the gradient of {@code output} runs compiled code (for tests). */
  boolean isCompiled(int output) {
    return compiled[output] != null;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The graph's structure as a {@link CompiledDag}: vertex = node index, edge id = edge index, so
   * a {@link LabeledGraph#labels()} array is its edge-weight array. Derived from the tape on the
   * first call (O(|V| + |E|), 8 bytes per edge and 8 per node) and cached; the derivative methods
   * of {@link #gradient} do not need it.
   */
  public CompiledDag compiledDag() {
    return tape.compiledDag();
  }

  /** The number of nodes (inputs, constants and operations). */
  public int nodeCount() {
    return tape.nodeCount();
  }

  /** The number of edges, one per operand of every operation (parallel edges counted). */
  public int edgeCount() {
    return tape.edgeCount();
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
    return new Node(owner, index, tape.op(index));
  }

  /** The operands of {@code node}, in position order (a repeated operand appears twice). */
  public List<Node> operands(Node node) {
    int v = indexOf(node);
    List<Node> list = new ArrayList<>(2);
    for (int k = 0; k < tape.arity(v); k++) {
      list.add(node(tape.operand(v, k)));
    }
    return List.copyOf(list);
  }

  /**
   * The node's parameter: the value of a CONSTANT, the exponent of a POW_CONST; 0 otherwise.
   *
   * @throws IllegalArgumentException if {@code node} is not a node of this graph
   */
  public double parameter(Node node) {
    return tape.parameter(indexOf(node));
  }

  /** The input name of {@code node}, or empty if it is not an input. */
  public Optional<String> inputName(Node node) {
    return Optional.ofNullable(inputNameOfNode[indexOf(node)]);
  }

  /**
   * Labels the graph at a point: the value of every node and the local partial on every edge, by
   * the tape's fused pass. O(|V| + |E|); the structure is shared, only two arrays are new.
   *
   * @param point the input values, in {@link #inputNames()} order
   * @throws IllegalArgumentException if {@code point} has the wrong length
   * @throws NonFiniteValueException if a value or label is NaN or ±∞, naming the node
   */
  public LabeledGraph labelAt(double... point) {
    checkPoint(point);
    Tape.Workspace ws = workspaces.get();
    label(point, ws, null);
    tape.derivedLabels(ws.values, ws.labels);
    return new LabeledGraph(this, ws.values.clone(), Arrays.copyOf(ws.labels, tape.edgeCount()));
  }

  /**
   * The fused pass into {@code ws}, by compiled kernels {@code k} or, if null, the interpreter; or
   * the located diagnostic of the first non-finite number.
   */
  private void label(double[] point, Tape.Workspace ws, Tape.Compiled k) {
    int bad =
        k == null
            ? tape.label(point, ws.values, ws.labels)
            : tape.label(point, ws.values, ws.labels, k);
    if (bad >= 0) {
      String name = inputNameOfNode[bad];
      throw tape.nonFinite(bad, ws.values, name == null ? "" : "'" + name + "'");
    }
  }

  /**
   * The gradient of the graph's only output at {@code point}, by one fused labeling pass and one
   * reverse path solve ({@link #gradient(int, double[], double[])}); allocates only the result.
   *
   * @param point the input values, in {@link #inputNames()} order
   * @return ∂output/∂input for every input, in {@link #inputNames()} order
   * @throws IllegalArgumentException if the graph has not exactly one output, or the point has the
   *     wrong length
   * @throws NonFiniteValueException if a value or label is NaN or ±∞, naming the node
   */
  public double[] gradient(double... point) {
    double[] g = new double[inputNodes.length];
    gradient(point, g);
    return g;
  }

  /**
   * The gradient of the graph's only output at {@code point} into {@code gradient}, returning the
   * output's value: the call for a training loop. See {@link #gradient(int, double[], double[])}.
   *
   * @throws IllegalArgumentException if the graph has not exactly one output, or an array has the
   *     wrong length
   * @throws NonFiniteValueException if a value or label is NaN or ±∞, naming the node
   */
  public double gradient(double[] point, double[] gradient) {
    if (outputNodes.length != 1) {
      throw new IllegalArgumentException(
          "the graph has " + outputNodes.length + " outputs " + outputNames
              + "; name one with gradient(output, point, gradient)");
    }
    return gradient(0, point, gradient);
  }

  /**
   * The gradient of output {@code output} at {@code point} into {@code gradient}, returning that
   * output's value. One fused pass computes every value and local partial (the labels), checking
   * that all are finite; one reverse sweep, the single-target path solve to the output over the
   * labels, gives the adjoints, of which the inputs' are the gradient. (The labels of +, − and ·,
   * which are ±1 or an operand's value, are read from where they are rather than copied.) The
   * values, labels and adjoints live in a workspace owned by the calling thread and reused by
   * every later call on this graph, so after the first call on a thread nothing is allocated
   * (except once, by the call that compiles a small graph: see the class comment). Bit for bit
   * the same as {@code AutoDiff.gradient(labelAt(point), output)}, compiled or not. O(|V| +
   * |E|).
   *
   * @param output the output's position in {@link #outputNames()}
   * @param point the input values, in {@link #inputNames()} order
   * @param gradient receives ∂output/∂input for every input, in {@link #inputNames()} order
   * @return the output's value at {@code point}
   * @throws IllegalArgumentException if {@code output} is out of range or an array has the wrong
   *     length
   * @throws NonFiniteValueException if a value or label is NaN or ±∞, naming the node
   */
  public double gradient(int output, double[] point, double[] gradient) {
    checkPoint(point);
    Objects.requireNonNull(gradient, "gradient");
    if (output < 0 || output >= outputNodes.length) {
      throw new IllegalArgumentException(
          "output index " + output + " out of range [0, " + outputNodes.length + ")");
    }
    if (gradient.length != inputNodes.length) {
      throw new IllegalArgumentException(
          "the gradient array has " + gradient.length + " entries but the graph has "
              + inputNodes.length + " inputs");
    }
    Tape.Workspace ws = workspaces.get();
    int target = outputNodes[output];
    Tape.Compiled k = kernels(output);
    label(point, ws, k);
    if (k == null) {
      tape.reverse(target, outputEdgeEnds[output], ws.values, ws.labels, ws.adjoints, gradient);
    } else {
      tape.reverse(target, ws.values, ws.labels, ws.adjoints, gradient, k);
    }
    return ws.values[target];
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
    double[] values = workspaces.get().values;
    Tape.Compiled k = outputNodes.length > 0 ? kernels(0) : null; // values need no target
    if (k == null) {
      tape.values(point, values);
    } else {
      tape.values(point, values, k);
    }
    double[] out = new double[outputNodes.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = values[outputNodes[j]];
    }
    return out;
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
    if (node.owner() != owner || node.index() >= tape.nodeCount()) {
      throw new IllegalArgumentException(node + " is not a node of this graph");
    }
    return node.index();
  }

  String inputNameOf(int v) {
    return inputNameOfNode[v];
  }

  /** The gradient of output {@code output} over a labeled graph's arrays into {@code into} (no checks). */
  void reverseGradient(double[] values, double[] labels, int output, double[] into) {
    double[] adjoints = workspaces.get().adjoints;
    tape.reverse(outputNodes[output], outputEdgeEnds[output], values, labels, adjoints, into);
  }

  Tape tape() {
    return tape;
  }

  int inputCount() {
    return inputNodes.length;
  }

  int outputCount() {
    return outputNodes.length;
  }

  /** The node of input {@code i}. */
  int inputNode(int i) {
    return inputNodes[i];
  }

  /** The node of output {@code j}. */
  int outputNode(int j) {
    return outputNodes[j];
  }

  boolean hasInput(String name) {
    return inputPositions.containsKey(name);
  }

  private void checkIndex(int index) {
    if (index < 0 || index >= tape.nodeCount()) {
      throw new IllegalArgumentException(
          "node index " + index + " out of range [0, " + tape.nodeCount() + ")");
    }
  }

  /** A summary whose length does not grow with the graph: at most 10 names of each kind. */
  @Override
  public String toString() {
    return "ComputationGraph["
        + tape.nodeCount()
        + " nodes, "
        + tape.edgeCount()
        + " edges, inputs "
        + firstNames(inputNames)
        + ", outputs "
        + firstNames(outputNames)
        + "]";
  }

  private static String firstNames(List<String> names) {
    if (names.size() <= 10) {
      return names.toString();
    }
    String first = names.subList(0, 10).toString();
    return first.substring(0, first.length() - 1) + ", … (" + names.size() + " in all)]";
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
