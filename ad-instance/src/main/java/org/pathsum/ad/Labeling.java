package org.pathsum.ad;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Labels a computation graph at a point: one pass in index order, O(|V| + |E|). */
final class Labeling {

  static double[] toArray(ComputationGraph g, Map<String, Double> point) {
    Objects.requireNonNull(point, "point");
    List<String> names = g.inputNames();
    for (String name : point.keySet()) {
      if (!g.inputPositions.containsKey(name)) {
        throw new IllegalArgumentException(
            "'" + name + "' is not an input of the graph; its inputs are " + names);
      }
    }
    double[] x = new double[names.size()];
    for (int i = 0; i < x.length; i++) {
      Double v = point.get(names.get(i));
      if (v == null) {
        throw new IllegalArgumentException(
            "no value for input '" + names.get(i) + "'; give a value for every input");
      }
      x[i] = v;
    }
    return x;
  }

  private Labeling() {}

  static LabeledGraph label(ComputationGraph g, double[] point) {
    int n = g.nodeCount();
    double[] values = new double[n];
    double[] labels = new double[g.edgeCount()];
    double[] params = g.params;
    int nextInput = 0; // inputs were created, hence numbered, in inputNames() order
    double[] x = new double[Math.max(1, g.maxArity)];
    Op[] ops = g.ops;
    int[] start = g.operandStart;
    int[] source = g.edgeSource;
    for (int v = 0; v < n; v++) {
      Op op = ops[v];
      int from = start[v];
      int k = start[v + 1] - from;
      for (int j = 0; j < k; j++) {
        x[j] = values[source[from + j]];
      }
      double param = op == Op.INPUT ? point[nextInput++] : params[v];
      double value = op.evaluate(x, k, param);
      if (!Double.isFinite(value)) {
        throw nonFinite(g, v, value, -1);
      }
      values[v] = value;
      int selected = op.selected(x, k);
      for (int j = 0; j < k; j++) {
        double label = op.partial(j, x, value, param, selected);
        if (!Double.isFinite(label)) {
          throw nonFinite(g, v, label, j);
        }
        labels[from + j] = label;
      }
    }
    return new LabeledGraph(g, values, labels);
  }

  static double[] evaluate(ComputationGraph g, double[] point) {
    int n = g.nodeCount();
    double[] values = new double[n];
    double[] params = g.params;
    int nextInput = 0; // inputs were created, hence numbered, in inputNames() order
    double[] x = new double[Math.max(1, g.maxArity)];
    for (int v = 0; v < n; v++) {
      int from = g.operandStart[v];
      int k = g.operandStart[v + 1] - from;
      for (int j = 0; j < k; j++) {
        x[j] = values[g.edgeSource[from + j]];
      }
      Op op = g.ops[v];
      values[v] = op.evaluate(x, k, op == Op.INPUT ? point[nextInput++] : params[v]);
    }
    double[] out = new double[g.outputNodes.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = values[g.outputNodes[j]];
    }
    return out;
  }

  private static NonFiniteValueException nonFinite(
      ComputationGraph g, int v, double value, int position) {
    int from = g.operandStart[v];
    int[] operands = java.util.Arrays.copyOfRange(g.edgeSource, from, g.operandStart[v + 1]);
    String name = g.inputNameOf(v);
    return new NonFiniteValueException(
        v, g.ops[v], operands, value, position, name == null ? "" : "'" + name + "'");
  }
}
