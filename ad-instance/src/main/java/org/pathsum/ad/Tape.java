package org.pathsum.ad;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import org.pathsum.solver.internal.compiled.CompiledDag;

/**
 * The tape: a recorded computation graph as a structure of arrays, and the kernels that run over
 * it. The only class that reads these arrays; everything else asks it (and {@link TapeCompiler},
 * to which {@link #compile} hands them, writes the same kernels out as code).
 *
 * <p><b>Layout.</b> Node {@code v} (numbered in creation order, a topological order) has a {@code
 * byte} operation code ({@link Op}'s ordinal), at most two operands {@code first[v]}, {@code
 * second[v]} (an operation of arity 1 repeats its operand in {@code second}; inputs and constants
 * point at themselves, so the kernels read every node the same way without a branch on its arity;
 * two separate operand arrays rather than one interleaved array, whose loads would advance at the
 * same 8-byte stride as the stores into the values array) and a {@code double} parameter (a
 * constant's value, a constant exponent; the kernels read it for constant exponents only, a
 * constant's value being preset in each workspace). The arity is a function of the code ({@link
 * Op#TAPE_ARITY}); an n-ary max or min was recorded as a chain of binary ones. The leading leaves
 * (the nodes before the first operation: usually the inputs) are not visited by the kernels.
 *
 * <p><b>Edges are implicit.</b> The edges of node {@code v} are numbered consecutively after those
 * of every earlier node, one per operand in position order, so a kernel walking the nodes keeps
 * the edge id in a counter and stores no edge arrays. A label array indexed by that id is the edge
 * weight array of {@link #compiledDag()}, the same graph as a {@link CompiledDag}, which is derived
 * from the tape on first use (for the generic solvers, Jacobians and views) and cached.
 *
 * <p><b>Kernels.</b> {@link #values} (values only), {@link #label} (the fused pass: one switch per
 * node, {@link Op#rule}, computing the value and the local partials, with one predictable test per
 * node that they are finite) and {@link #reverse} (the single-target path solve from one node over
 * the edge weights, the same sums in the same order as {@code DagSweeps.backward}, so bit for bit
 * equal to it). They write into a caller's {@link Workspace} and allocate nothing. The weight of an
 * edge of +, − or · is a constant (±1) or the value of the node's other operand; the gradient's two
 * passes read it there instead of copying it into the label array and reading it back (a store and
 * a load per edge of the most frequent operations), so {@link #label} writes the labels of the
 * other operations only and {@link #derivedLabels} completes the array when the whole edge-weight
 * array is asked for ({@code ComputationGraph.labelAt}).
 *
 * <p><b>Each loop its own compiled unit.</b> A gradient's two loops, {@link #labelOperations}
 * and {@link #reverseOperations}, are called through method handles held in instance fields, not
 * directly. The JIT (C2) inlines through a method handle only when the handle is a compile-time
 * constant, which an instance field is not, so each loop is compiled on its own, with the
 * registers to itself, whatever calls it and however small the callers become. Inlined together
 * into a hot caller (the door, its engine, the labeling pass), the loops were compiled with the
 * caller's live values taking the registers: the loop counter and the array bases were spilled and
 * reloaded on every node, and a gradient took about twice as long. The handles cost one indirect
 * call per pass, on tapes too large to be {@linkplain #compile compiled} (compiled tapes run
 * generated code instead).
 *
 * <p>Memory: 17 bytes per node (code, two operands, parameter) and 4 per leaf after the first
 * operation, plus array headers; immutable and thread-safe.
 */
final class Tape {

  private final int nodeCount;
  private final int edgeCount;
  private final byte[] code;
  private final int[] first;
  private final int[] second;
  private final double[] param;
  private final int[] inputNodes;
  private final int leafPrefix; // the number of leading leaves: nodes 0 … leafPrefix − 1
  private final int[] laterLeaves; // the other leaves (inputs and constants among operations)
  private volatile CompiledDag dag;

  private static final MethodHandle LABEL_OPERATIONS =
      loop("labelOperations", MethodType.methodType(int.class, double[].class, double[].class));
  private static final MethodHandle REVERSE_OPERATIONS =
      loop(
          "reverseOperations",
          MethodType.methodType(
              void.class, int.class, int.class, double[].class, double[].class, double[].class));

  // The same handles, read from instance fields so that the JIT never sees them as constants (a
  // static final handle is one, and would be inlined): see "Each loop its own compiled unit" above.
  // Do not make these static or read the static handles directly.
  private final MethodHandle labelLoop = LABEL_OPERATIONS;
  private final MethodHandle reverseLoop = REVERSE_OPERATIONS;

  private static MethodHandle loop(String name, MethodType type) {
    try {
      return MethodHandles.lookup().findVirtual(Tape.class, name, type);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("Tape." + name, e);
    }
  }

  /** Takes trimmed copies of the recorder's arrays. */
  Tape(byte[] code, int[] first, int[] second, double[] param, int nodeCount, int[] inputNodes) {
    this.nodeCount = nodeCount;
    this.code = Arrays.copyOf(code, nodeCount);
    this.first = Arrays.copyOf(first, nodeCount);
    this.second = Arrays.copyOf(second, nodeCount);
    this.param = Arrays.copyOf(param, nodeCount);
    this.inputNodes = inputNodes.clone();
    this.edgeCount = edgesBefore(nodeCount);
    int p = 0;
    while (p < nodeCount && Op.TAPE_ARITY[this.code[p]] == 0) {
      p++;
    }
    this.leafPrefix = p;
    int later = 0;
    for (int v = p; v < nodeCount; v++) {
      later += Op.TAPE_ARITY[this.code[v]] == 0 ? 1 : 0;
    }
    this.laterLeaves = new int[later];
    for (int v = p, i = 0; v < nodeCount; v++) {
      if (Op.TAPE_ARITY[this.code[v]] == 0) {
        laterLeaves[i++] = v;
      }
    }
  }

  int nodeCount() {
    return nodeCount;
  }

  int edgeCount() {
    return edgeCount;
  }

  Op op(int v) {
    return Op.byCode(code[v]);
  }

  int arity(int v) {
    return Op.TAPE_ARITY[code[v]];
  }

  /** Operand {@code k} of node {@code v}, {@code 0 <= k < arity(v)}. */
  int operand(int v, int k) {
    return k == 0 ? first[v] : second[v];
  }

  /** The operands of {@code v}, in position order. */
  int[] operands(int v) {
    int arity = arity(v);
    if (arity == 0) {
      return new int[0];
    }
    return arity == 1 ? new int[] {first[v]} : new int[] {first[v], second[v]};
  }

  double parameter(int v) {
    return param[v];
  }

  /** The number of edges of nodes {@code 0 … v − 1}: the id of {@code v}'s first edge. O(v). */
  int edgesBefore(int v) {
    int e = 0;
    for (int u = 0; u < v; u++) {
      e += Op.TAPE_ARITY[code[u]];
    }
    return e;
  }

  /** The graph as a {@link CompiledDag}: vertex = node, edge id = the implicit edge id. */
  CompiledDag compiledDag() {
    CompiledDag d = dag;
    if (d == null) {
      CompiledDag.Builder b = CompiledDag.builder(nodeCount);
      for (int v = 0; v < nodeCount; v++) {
        int arity = Op.TAPE_ARITY[code[v]];
        for (int k = 0; k < arity; k++) {
          b.addEdge(k == 0 ? first[v] : second[v], v);
        }
      }
      d = b.build();
      dag = d; // benign race: equal graphs
    }
    return d;
  }

  /** Fresh working arrays for this tape's kernels, with every constant's value in place. */
  Workspace newWorkspace() {
    Workspace ws = new Workspace(nodeCount, edgeCount);
    for (int v = 0; v < nodeCount; v++) {
      if (code[v] == Op.Code.CONSTANT) {
        ws.values[v] = param[v];
      }
    }
    return ws;
  }

  private void presetInputs(double[] point, double[] values) {
    for (int i = 0; i < inputNodes.length; i++) {
      values[inputNodes[i]] = point[i];
    }
  }

  /**
   * The value of every node into {@code values}; IEEE-754 propagation, no checks. The leading
   * leaves (inputs and constants recorded before the first operation, whose values are preset) are
   * not visited. O(|V|).
   */
  void values(double[] point, double[] values) {
    presetInputs(point, values);
    final byte[] code = this.code;
    final int[] first = this.first;
    final int[] second = this.second;
    final double[] param = this.param;
    for (int v = leafPrefix, n = nodeCount; v < n; v++) {
      values[v] = Op.value(code[v], values[first[v]], values[second[v]], param, v);
    }
  }

  /**
   * The fused pass: the value of every node into {@code values} and the local partial of every
   * edge whose partial is not {@linkplain Op#partialsFollowOperands derived} into {@code
   * labels[edge id]}, by one {@link Op#rule} per node. The edges of +, − and · (and only those)
   * are left unwritten: their partials are constants or an operand's value, which {@link #reverse}
   * reads where they are and {@link #derivedLabels} writes when the whole edge-weight array is
   * wanted. Stops at the first node whose value or one of whose labels is NaN or infinite and
   * returns it (see {@link #nonFinite}); returns −1 when everything is finite. O(|V|).
   *
   * @param labels at least {@link #edgeCount()} + 2 entries (the rule writes two slots per node)
   */
  int label(double[] point, double[] values, double[] labels) {
    // A non-finite input among the leading leaves is the first bad node (later inputs are tested
    // in the loop, in node order). It is only noted before the loop and returned after it, so that
    // the loop below has no early exit ahead of it: the common, all-finite case runs one pass
    int firstBadInput = presetInputsNotingBad(point, values);
    int bad;
    try {
      bad = (int) labelLoop.invokeExact(this, values, labels);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new AssertionError("the labeling loop throws no checked exception", e);
    }
    return firstBadInput < leafPrefix ? firstBadInput : bad;
  }

  /**
   * The inputs' values into {@code values}; returns the first (lowest) node of an input that is
   * NaN or infinite, or {@link Integer#MAX_VALUE} if all are finite.
   */
  private int presetInputsNotingBad(double[] point, double[] values) {
    final int[] inputs = inputNodes;
    int firstBadInput = Integer.MAX_VALUE;
    for (int i = 0; i < inputs.length; i++) {
      double x = point[i];
      int u = inputs[i];
      values[u] = x;
      if (x - x != 0.0 && u < firstBadInput) {
        firstBadInput = u;
      }
    }
    return firstBadInput;
  }

  /**
   * {@link #label}'s loop over the nodes after the leading leaves; called through {@link
   * #labelLoop} only.
   */
  private int labelOperations(double[] values, double[] labels) {
    final byte[] code = this.code;
    final int[] first = this.first;
    final int[] second = this.second;
    final double[] param = this.param;
    final byte[] arity = Op.TAPE_ARITY;
    int e = 0; // the leading leaves have no edges
    for (int v = leafPrefix, n = nodeCount; v < n; v++) {
      int c = code[v];
      double a = values[first[v]];
      double b = values[second[v]];
      // x − x is 0 for every finite x and NaN otherwise. Every earlier node passed this test, so
      // the operands are finite, and so are partials that are constants or operands' values
      if (Op.partialsFollowOperands(c)) {
        double r = Op.value(c, a, b, param, v);
        values[v] = r;
        if (r - r != 0.0) {
          return v;
        }
      } else {
        double r = Op.rule(c, a, b, param, v, labels, e);
        values[v] = r;
        if (r - r != 0.0 || (labels[e] - labels[e]) + (labels[e + 1] - labels[e + 1]) != 0.0) {
          return v;
        }
      }
      e += arity[c];
    }
    return -1;
  }

  /**
   * Writes the labels {@link #label} leaves unwritten, those of the edges of +, − and ·, from the
   * values it computed: with them {@code labels} is the whole edge-weight array of {@link
   * #compiledDag()}. O(|V|).
   */
  void derivedLabels(double[] values, double[] labels) {
    final byte[] code = this.code;
    final byte[] arity = Op.TAPE_ARITY;
    int e = 0;
    for (int v = leafPrefix, n = nodeCount; v < n; v++) {
      int c = code[v];
      if (c == Op.Code.ADD || c == Op.Code.SUB || c == Op.Code.MUL) {
        Op.rule(c, values[first[v]], values[second[v]], param, v, labels, e);
      }
      e += arity[c];
    }
  }

  /**
   * The diagnostic for node {@code v} where {@link #label} stopped: the node's value, or else its
   * first non-finite label, with the node's operation and operands. The operands' values in {@code
   * values} must be those {@link #label} computed.
   */
  NonFiniteValueException nonFinite(int v, double[] values, String what) {
    double[] d = new double[2];
    double r = Op.rule(code[v], values[first[v]], values[second[v]], param, v, d, 0);
    int position = -1;
    double bad = r;
    if (Double.isFinite(r)) {
      for (int k = 0; k < arity(v); k++) {
        if (!Double.isFinite(d[k])) {
          position = k;
          bad = d[k];
          break;
        }
      }
    }
    return new NonFiniteValueException(v, op(v), operands(v), bad, position, what);
  }

  /**
   * The reverse sweep and the gradient: {@code gradient[i]} = the sum over paths input i → target
   * of the product of the edge weights. The adjoint of every node (the same sum from that node) is
   * built in {@code adjoints}: for {@code v} from the target down, the final {@code adjoints[v]}
   * is pushed along {@code v}'s edges, last edge first, as {@code adjoints[u] = weight ·
   * adjoints[v] + adjoints[u]}, starting from 0: the order and the operations of {@code
   * DagSweeps.backward} on {@link #compiledDag()}, hence the same bits. An edge's weight is its
   * label, read from {@code labels}, except on the edges of +, − and ·, whose weight is a constant
   * (±1) or the other operand's value, read from {@code values} by {@link Op#pushAdd}, {@link
   * Op#pushSub} and {@link Op#pushMul} (the numbers {@link #label} would have copied into the
   * labels, and the same bits). The leading leaves, which push nothing, are not visited.
   *
   * <p>{@code adjoints} must be all 0 on entry (a new workspace's are) and is all 0 again on
   * return: each node's entry is reset once it has been pushed, and the leaves' (which hold the
   * inputs' adjoints) once the gradient is read, so no pass over all nodes clears it. O(target +
   * leaves).
   *
   * @param edgeEnd {@link #edgesBefore edgesBefore(target + 1)}
   * @param values the values {@link #label} computed
   * @param labels the labels {@link #label} computed (those of +, − and · are not read)
   * @param gradient receives the inputs' adjoints, in input order
   */
  void reverse(
      int target,
      int edgeEnd,
      double[] values,
      double[] labels,
      double[] adjoints,
      double[] gradient) {
    adjoints[target] = 1.0;
    try {
      reverseLoop.invokeExact(this, target, edgeEnd, values, labels, adjoints);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new AssertionError("the reverse loop throws no checked exception", e);
    }
    gather(adjoints, gradient);
  }

  /**
   * {@link #reverse}'s loop, from {@code target} down to the first operation; called through
   * {@link #reverseLoop} only.
   */
  private void reverseOperations(
      int target, int edgeEnd, double[] values, double[] labels, double[] adjoints) {
    final byte[] code = this.code;
    final int[] first = this.first;
    final int[] second = this.second;
    final byte[] arity = Op.TAPE_ARITY;
    int e = edgeEnd;
    // one switch on the code, the common operations first, rather than a lookup of the arity
    // followed by a switch on it: one dispatch per node instead of two
    for (int v = target, stop = leafPrefix; v >= stop; v--) {
      int c = code[v];
      switch (c) {
        case Op.Code.INPUT:
        case Op.Code.CONSTANT:
          break;
        case Op.Code.ADD: {
          e -= 2;
          double g = adjoints[v];
          adjoints[v] = 0.0;
          Op.pushAdd(g, first[v], second[v], adjoints);
          break;
        }
        case Op.Code.SUB: {
          e -= 2;
          double g = adjoints[v];
          adjoints[v] = 0.0;
          Op.pushSub(g, first[v], second[v], adjoints);
          break;
        }
        case Op.Code.MUL: {
          e -= 2;
          double g = adjoints[v];
          adjoints[v] = 0.0;
          Op.pushMul(g, first[v], second[v], values, adjoints);
          break;
        }
        default: {
          int k = arity[c];
          e -= k;
          double g = adjoints[v];
          adjoints[v] = 0.0;
          int u = first[v];
          if (k == 2) {
            int w = second[v];
            adjoints[w] = labels[e + 1] * g + adjoints[w];
          }
          adjoints[u] = labels[e] * g + adjoints[u];
        }
      }
    }
  }

  /** The inputs' adjoints into {@code gradient}, and the leaves' adjoints back to 0. */
  private void gather(double[] adjoints, double[] gradient) {
    final int[] inputs = inputNodes;
    for (int i = 0; i < gradient.length; i++) {
      gradient[i] = adjoints[inputs[i]];
    }
    Arrays.fill(adjoints, 0, leafPrefix, 0.0);
    for (int u : laterLeaves) {
      adjoints[u] = 0.0;
    }
  }

  /**
   * This tape's kernels as straight-line bytecode ({@link TapeCompiler}), the reverse sweep from
   * {@code target}; or null if the tape has more than {@link TapeCompiler#MAX_NODES} nodes, where
   * the interpreter is faster. O(|V|) to write; the JIT compiles the code once it runs often.
   */
  Compiled compile(int target) {
    if (!isCompilable()) {
      return null;
    }
    return TapeCompiler.compile(code, first, second, leafPrefix, nodeCount, target);
  }

  /** Whether {@link #compile} writes code for this tape: at most {@link TapeCompiler#MAX_NODES}. */
  boolean isCompilable() {
    return nodeCount <= TapeCompiler.MAX_NODES;
  }

  /** {@link #values} by compiled kernels {@code k}: the same values, bit for bit. */
  void values(double[] point, double[] values, Compiled k) {
    presetInputs(point, values);
    k.values(values, param);
  }

  /**
   * {@link #label} by compiled kernels {@code k}: the same values, labels and result. When a number
   * is not finite, the interpreter runs the pass again to name the first such node. O(|V|).
   */
  int label(double[] point, double[] values, double[] labels, Compiled k) {
    if (presetInputsNotingBad(point, values) == Integer.MAX_VALUE
        && k.label(values, labels, param)) {
      return -1;
    }
    return label(point, values, labels);
  }

  /**
   * {@link #reverse} by compiled kernels {@code k}, which must be those of {@link #compile
   * compile(target)}: the same gradient, bit for bit, and {@code adjoints} all 0 again on return.
   */
  void reverse(int target, double[] values, double[] labels, double[] adjoints, double[] gradient,
      Compiled k) {
    adjoints[target] = 1.0;
    k.reverse(values, labels, adjoints);
    gather(adjoints, gradient);
  }

  /**
   * A tape's kernels as generated code ({@link TapeCompiler}): the interpreter's loops unrolled, one
   * run of instructions per node. Stateless and thread-safe: the arrays are the caller's.
   */
  interface Compiled {
    /** {@link Tape#values}' loop over the operations; the inputs already in {@code values}. */
    void values(double[] values, double[] params);

    /**
     * {@link Tape#label}'s loop over the operations; the inputs already in {@code values}. False as
     * soon as a value or label is not finite (which one is the interpreter's to say).
     */
    boolean label(double[] values, double[] labels, double[] params);

    /** {@link Tape#reverse}'s loop from the compiled target; its adjoint already 1. */
    void reverse(double[] values, double[] labels, double[] adjoints);
  }

  /**
   * Reusable working arrays of one tape's kernels: values (constants preset by {@link
   * #newWorkspace}; the kernels rewrite a constant with itself), labels, adjoints (all 0 between
   * calls, see {@link #reverse}). Not thread-safe.
   */
  static final class Workspace {
    final double[] values;
    final double[] labels;
    final double[] adjoints;

    Workspace(int nodes, int edges) {
      this.values = new double[nodes];
      this.labels = new double[edges + 2];
      this.adjoints = new double[nodes];
    }
  }
}
