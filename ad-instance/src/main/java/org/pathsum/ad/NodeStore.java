package org.pathsum.ad;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.pathsum.ad.ComputationGraph.Node;

/**
 * The growing arrays behind a {@link ComputationGraph.Builder}, in the {@link Tape}'s layout;
 * amortized O(1) per node. Lowers what the tape does not hold: an n-ary max or min becomes a
 * left-leaning chain of binary ones, and a power whose exponent depends on no input becomes a
 * constant-exponent power. For that it knows, per node, whether it is constant (depends on no
 * input) and then its value.
 */
final class NodeStore {

  final Object owner = new Object();
  private byte[] code = new byte[16];
  private int[] first = new int[16];
  private int[] second = new int[16];
  private double[] param = new double[16];
  private boolean[] constant = new boolean[16];
  private double[] constantValue = new double[16];
  int nodeCount;
  int edgeCount;

  int check(Node node) {
    Objects.requireNonNull(node, "node");
    if (node.owner() != owner || node.index() >= nodeCount) {
      throw new IllegalArgumentException(node + " was not created by this builder");
    }
    return node.index();
  }

  /** Whether {@code node} depends on no input, so that its value is known now. */
  boolean isConstant(Node node) {
    return constant[check(node)];
  }

  /** The value of a node for which {@link #isConstant} holds. */
  double constantValue(Node node) {
    return constantValue[check(node)];
  }

  /**
   * Appends {@code op} on {@code operands}, lowering an n-ary MAX/MIN to a chain (a single operand
   * {@code a} to {@code max(a, a)}, whose derivative is 1 by the first-operand rule).
   *
   * @return the node holding the result: the last of a chain
   */
  Node append(Op op, double parameter, List<Node> operands) {
    if (!op.acceptsArity(operands.size())) {
      throw new IllegalArgumentException(
          op + " takes " + op.minArity() + ".." + op.maxArity() + " operands, got "
              + operands.size());
    }
    int[] idx = new int[operands.size()];
    for (int k = 0; k < idx.length; k++) {
      idx[k] = check(operands.get(k));
    }
    if (op == Op.MAX || op == Op.MIN) {
      int acc = appendRaw(op, 0.0, idx[0], idx.length > 1 ? idx[1] : idx[0]);
      for (int k = 2; k < idx.length; k++) {
        acc = appendRaw(op, 0.0, acc, idx[k]);
      }
      return new Node(owner, acc, op);
    }
    int a = idx.length > 0 ? idx[0] : nodeCount;
    int b = idx.length > 1 ? idx[1] : a;
    return new Node(owner, appendRaw(op, parameter, a, b), op);
  }

  private int appendRaw(Op op, double parameter, int a, int b) {
    if (nodeCount == code.length) {
      int cap = code.length * 2;
      code = Arrays.copyOf(code, cap);
      first = Arrays.copyOf(first, cap);
      second = Arrays.copyOf(second, cap);
      param = Arrays.copyOf(param, cap);
      constant = Arrays.copyOf(constant, cap);
      constantValue = Arrays.copyOf(constantValue, cap);
    }
    int v = nodeCount++;
    code[v] = (byte) op.ordinal();
    first[v] = a;
    second[v] = b;
    param[v] = parameter;
    edgeCount += Op.TAPE_ARITY[op.ordinal()];
    if (op == Op.INPUT) {
      constant[v] = false;
    } else {
      int arity = Op.TAPE_ARITY[op.ordinal()];
      constant[v] = (arity < 1 || constant[a]) && (arity < 2 || constant[b]);
      if (constant[v]) {
        double x = arity > 0 ? constantValue[a] : parameter; // a CONSTANT's value is its parameter
        double y = arity > 1 ? constantValue[b] : x;
        constantValue[v] = Op.value(op.ordinal(), x, y, param, v);
      }
    }
    return v;
  }

  /** An immutable tape of the nodes so far. */
  Tape toTape(int[] inputNodes) {
    return new Tape(code, first, second, param, nodeCount, inputNodes);
  }
}
