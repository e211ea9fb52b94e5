package org.pathsum.ad;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pathsum.ad.ComputationGraph.Node;

/**
 * A function from a list of inputs to a list of outputs, written once against the number-type
 * interface {@link Arithmetic}: the lecture's "same program F, transformed". {@link #evaluate} runs
 * it on doubles, {@link #derivatives} on dual numbers, and {@link #record} records it as a {@link
 * ComputationGraph}, the door to its derivatives.
 *
 * <p>The method is generic in the number type {@code T}, so the compiler checks that the body
 * combines only numbers of that type: a {@code double} such as {@code 2.0} where a {@code T} is
 * expected does not compile (write {@code a.constant(2)}). Java lambdas cannot implement a generic
 * method, but a method reference can: write the function as a generic method and refer to it,
 *
 * <pre>{@code
 * static <T> List<T> f(Arithmetic<T> a, List<T> x) {
 *   return List.of(a.mul(x.get(0), a.sin(x.get(1))));
 * }
 * Program program = MyFunctions::f;
 * Program scalar = Program.scalar(MyFunctions::g); // <T> T g(Arithmetic<T> a, List<T> x)
 * }</pre>
 *
 * or implement the interface with a class. The body must use only the arithmetic passed in, with
 * no branch on values (so that the recorded graph is the same program at every point), and no
 * recursion whose depth grows with the input.
 */
@FunctionalInterface
public interface Program {

  /**
   * Runs the program on a number type.
   *
   * @param arithmetic the number type's operations
   * @param inputs the inputs, one per input of the program
   * @return the outputs
   */
  <T> List<T> run(Arithmetic<T> arithmetic, List<T> inputs);

  /**
   * Runs the program on doubles, with {@link Arithmetic#ofDouble()}: IEEE-754 values, no checks.
   * O(size of the program).
   *
   * @param point one value per input
   * @return the outputs' values
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
   * Runs the program on dual numbers with input {@code input} seeded {@code (x, 1)} and the others
   * {@code (x, 0)}: the value of every output and its derivative with respect to that input, the
   * lecture's differentiation arithmetic. IEEE-754 values, no checks. O(size of the program).
   *
   * @param input which input to differentiate by, {@code 0 <= input < point.length}
   * @param point one value per input
   * @throws IllegalArgumentException if {@code input} is out of range
   */
  default List<Dual> derivatives(int input, double... point) {
    ComputationGraph.checkRange("input", input, point.length);
    return run(Arithmetic.ofDual(), DualEvaluator.seeded(point, input));
  }

  /**
   * Records the program as a computation graph, whose inputs and outputs carry the given names.
   * O(size of the program).
   *
   * @param inputNames the names of the inputs, distinct; their number is the program's arity
   * @param outputNames the names of the outputs, as many as the program returns (they may repeat)
   * @throws IllegalArgumentException if an input name repeats or the number of outputs differs
   */
  default ComputationGraph record(List<String> inputNames, List<String> outputNames) {
    Objects.requireNonNull(outputNames, "outputNames");
    ComputationGraph.Builder b = ComputationGraph.builder();
    List<Node> inputs = new ArrayList<>(inputNames.size());
    for (String name : inputNames) {
      inputs.add(b.input(name));
    }
    List<Node> outputs = run(b.arithmetic(), inputs);
    if (outputs.size() != outputNames.size()) {
      throw new IllegalArgumentException(
          "the program returned " + outputs.size() + " outputs for the names " + outputNames);
    }
    for (int j = 0; j < outputs.size(); j++) {
      b.output(outputNames.get(j), outputs.get(j));
    }
    return b.build();
  }

  /**
   * A program of one output: {@code Program.scalar(MyFunctions::g)} for a generic method {@code
   * <T> T g(Arithmetic<T> a, List<T> x)}.
   *
   * @param body the function
   */
  static Program scalar(Scalar body) {
    Objects.requireNonNull(body, "body");
    return new Program() {
      @Override
      public <T> List<T> run(Arithmetic<T> arithmetic, List<T> inputs) {
        return List.of(body.run(arithmetic, inputs));
      }
    };
  }

  /**
   * A function of one output, written against {@link Arithmetic}, for {@link #scalar}; generic in
   * the number type like {@link Program#run}.
   */
  @FunctionalInterface
  interface Scalar {
    /**
     * Runs the function on a number type.
     *
     * @param arithmetic the number type's operations
     * @param inputs the inputs
     * @return the output
     */
    <T> T run(Arithmetic<T> arithmetic, List<T> inputs);
  }
}
