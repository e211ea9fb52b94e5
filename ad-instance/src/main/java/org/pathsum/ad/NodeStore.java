package org.pathsum.ad;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The growable arrays behind a {@link ComputationGraph.Builder}; amortized O(1) per node/edge. */
final class NodeStore {

  final Object owner = new Object();
  Op[] ops = new Op[16];
  double[] params = new double[16];
  int[] operandStart = new int[17];
  int[] edgeSource = new int[16];
  int nodeCount;
  int edgeCount;

  int check(Node node) {
    Objects.requireNonNull(node, "node");
    if (node.owner() != owner || node.index() >= nodeCount) {
      throw new IllegalArgumentException(node + " was not created by this builder");
    }
    return node.index();
  }

  Node append(Op op, double param, List<Node> operands) {
    if (!op.acceptsArity(operands.size())) {
      throw new IllegalArgumentException(
          op + " takes " + op.minArity() + ".." + op.maxArity() + " operands, got "
              + operands.size());
    }
    for (Node operand : operands) {
      check(operand);
    }
    if (nodeCount == ops.length) {
      int cap = ops.length * 2;
      ops = Arrays.copyOf(ops, cap);
      params = Arrays.copyOf(params, cap);
      operandStart = Arrays.copyOf(operandStart, cap + 1);
    }
    while (edgeCount + operands.size() > edgeSource.length) {
      edgeSource = Arrays.copyOf(edgeSource, edgeSource.length * 2);
    }
    for (Node operand : operands) {
      edgeSource[edgeCount++] = operand.index();
    }
    int v = nodeCount++;
    ops[v] = op;
    params[v] = param;
    operandStart[v + 1] = edgeCount;
    return new Node(owner, v, op);
  }
}
