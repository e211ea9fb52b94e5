package org.pathsum.ad;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Runs a recorded graph on any {@link Arithmetic}: each node in index order, no recursion. */
final class Interpreter {

  private Interpreter() {}

  static <T> List<T> evaluate(ComputationGraph g, Arithmetic<T> arithmetic, List<T> inputs) {
    int[] inputNodes = g.inputNodes;
    int[] outputNodes = g.outputNodes;
    Op[] ops = g.ops;
    int[] operandStart = g.operandStart;
    int[] edgeSource = g.edgeSource;
    double[] params = g.params;
    int maxArity = g.maxArity;
    List<String> inputNames = g.inputNames();
    Objects.requireNonNull(arithmetic, "arithmetic");
    if (inputs.size() != inputNodes.length) {
      throw new IllegalArgumentException(
          "got " + inputs.size() + " inputs, the graph has " + inputNodes.length + " " + inputNames);
    }
    List<T> values = new ArrayList<>(Collections.<T>nCopies(ops.length, null));
    for (int i = 0; i < inputNodes.length; i++) {
      values.set(inputNodes[i], Objects.requireNonNull(inputs.get(i), "inputs[" + i + "]"));
    }
    List<T> operands = new ArrayList<>(maxArity);
    List<T> view = Collections.unmodifiableList(operands); // valid during one apply only
    for (int v = 0; v < ops.length; v++) {
      if (ops[v] == Op.INPUT) {
        continue;
      }
      operands.clear();
      for (int e = operandStart[v]; e < operandStart[v + 1]; e++) {
        operands.add(values.get(edgeSource[e]));
      }
      values.set(v, arithmetic.apply(ops[v], view, params[v]));
    }
    List<T> out = new ArrayList<>(outputNodes.length);
    for (int v : outputNodes) {
      out.add(values.get(v));
    }
    return out;
  }
}
