package org.pathsum.ad;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A function written once against {@link Arithmetic}, from a list of inputs to a list of outputs:
 * the lecture's "same program F, transformed". {@link #evaluate} runs it on doubles, {@link
 * #derivatives} on dual numbers, and {@link #record} records it as a {@link ComputationGraph} for
 * the path-problem view. Not a functional interface (its method is generic): implement it with an
 * anonymous class.
 *
 * <p>Implementations must use only the arithmetic passed in (no branching on values, for the
 * recorded graph to be the same program at every point) and no recursion whose depth grows with
 * the input.
 */
public interface Program {

  /**
   * Runs the program on a number type.
   *
   * @param arithmetic the number type's operations
   * @param inputs the inputs, one per input name
   * @return the outputs
   */
  <T> List<T> run(Arithmetic<T> arithmetic, List<T> inputs);

  /**
   * Runs the program on doubles.
   *
   * @param point one value per input
   */
  default double[] evaluate(double... point) {
    List<Double> in = new ArrayList<>(point.length);
    for (double x : point) {
      in.add(x);
    }
    List<Double> out = run(Arithmetic.ofDouble(), in);
    double[] result = new double[out.size()];
    for (int j = 0; j < result.length; j++) {
      result[j] = out.get(j);
    }
    return result;
  }

  /**
   * Runs the program on dual numbers seeded along input {@code input}: the value and the
   * derivative of every output with respect to that input.
   *
   * @param input which input to differentiate by, {@code 0 <= input < point.length}
   * @throws IllegalArgumentException if {@code input} is out of range
   */
  default List<Dual> derivatives(int input, double... point) {
    if (input < 0 || input >= point.length) {
      throw new IllegalArgumentException(
          "input " + input + " out of range [0, " + point.length + ")");
    }
    return run(Arithmetic.ofDual(), DualEvaluator.seeded(point, input));
  }

  /**
   * Records the program as a computation graph. O(size of the program).
   *
   * @param program the program
   * @param inputNames the names of its inputs, distinct
   * @param outputNames the names of its outputs, distinct, as many as the program returns
   * @throws IllegalArgumentException if a name repeats or the number of outputs differs
   */
  static ComputationGraph record(
      Program program, List<String> inputNames, List<String> outputNames) {
    Objects.requireNonNull(program, "program");
    ComputationGraph.Builder b = ComputationGraph.builder();
    List<Node> inputs = new ArrayList<>(inputNames.size());
    for (String name : inputNames) {
      inputs.add(b.input(name));
    }
    List<Node> outputs = program.run(b.arithmetic(), inputs);
    if (outputs.size() != outputNames.size()) {
      throw new IllegalArgumentException(
          "the program returned " + outputs.size() + " outputs for the names " + outputNames);
    }
    for (int j = 0; j < outputs.size(); j++) {
      b.output(outputNames.get(j), outputs.get(j));
    }
    return b.build();
  }
}
