package org.pathsum.ad;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Runs a recorded graph on any {@link Arithmetic}: each node in index order, no recursion. */
final class Interpreter {

  private Interpreter() {}

  static <T> List<T> evaluate(ComputationGraph g, Arithmetic<T> arithmetic, List<T> inputs) {
    Tape tape = g.tape();
    Objects.requireNonNull(arithmetic, "arithmetic");
    if (inputs.size() != g.inputCount()) {
      throw new IllegalArgumentException(
          "got " + inputs.size() + " inputs, the graph has " + g.inputCount() + " "
              + g.inputNames());
    }
    int n = tape.nodeCount();
    List<T> values = new ArrayList<>(Collections.<T>nCopies(n, null));
    for (int i = 0; i < g.inputCount(); i++) {
      values.set(g.inputNode(i), Objects.requireNonNull(inputs.get(i), "inputs[" + i + "]"));
    }
    List<T> operands = new ArrayList<>(2);
    List<T> view = Collections.unmodifiableList(operands); // valid during one apply only
    for (int v = 0; v < n; v++) {
      Op op = tape.op(v);
      if (op == Op.INPUT) {
        continue;
      }
      operands.clear();
      for (int k = 0; k < tape.arity(v); k++) {
        operands.add(values.get(tape.operand(v, k)));
      }
      values.set(v, arithmetic.apply(op, view, tape.parameter(v)));
    }
    List<T> out = new ArrayList<>(g.outputCount());
    for (int j = 0; j < g.outputCount(); j++) {
      out.add(values.get(g.outputNode(j)));
    }
    return out;
  }
}
