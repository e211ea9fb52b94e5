package org.pathsum.ad;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Points given by input name, as arrays in the graph's input order. */
final class Labeling {

  static double[] toArray(ComputationGraph g, Map<String, Double> point) {
    Objects.requireNonNull(point, "point");
    List<String> names = g.inputNames();
    for (String name : point.keySet()) {
      if (!g.hasInput(name)) {
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
}
