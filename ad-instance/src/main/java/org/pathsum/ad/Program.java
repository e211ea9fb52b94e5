package org.pathsum.ad;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A function written once against {@link Arithmetic}, from a list of inputs to a list of outputs:
 * the lecture's "same program F, transformed". {@link #evaluate} runs it on doubles, {@link
 * #derivatives} on dual numbers, and {@link #record} records it as a {@link ComputationGraph} for
 * the path-problem view; {@link #gradient} differentiates it in one call. Its method is generic, so
 * Java does not let a lambda implement it directly; {@link #of} and {@link #scalar} take a lambda
 * over {@code Arithmetic<Object>} instead, or implement it with an anonymous class.
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

  /**
   * The gradient of this program's only output at {@code point}: records it (inputs {@code x0 …},
   * output {@code f}) and runs one fused labeling pass and one reverse path solve. Recording costs
   * O(size of the program) and allocates the graph each call; in a loop, record once with {@link
   * #record(int)} and call {@link ComputationGraph#gradient(double[], double[])}, which allocates
   * nothing.
   *
   * @param point one value per input
   * @return ∂f/∂x_i for every input
   * @throws IllegalArgumentException if the program does not return exactly one output
   * @throws NonFiniteValueException if a value or local partial is NaN or ±∞, naming the node
   */
  default double[] gradient(double... point) {
    Objects.requireNonNull(point, "point");
    return record(point.length).gradient(point);
  }

  /**
   * Records this program with {@code inputCount} inputs named {@code x0 … x(inputCount−1)} and its
   * outputs named {@code f} (one output) or {@code f0, f1, …}. O(size of the program).
   *
   * @throws IllegalArgumentException if {@code inputCount} is negative or the program returns no
   *     output
   */
  default ComputationGraph record(int inputCount) {
    if (inputCount < 0) {
      throw new IllegalArgumentException("inputCount must be >= 0, got " + inputCount);
    }
    ComputationGraph.Builder b = ComputationGraph.builder();
    List<Node> inputs = new ArrayList<>(inputCount);
    for (int i = 0; i < inputCount; i++) {
      inputs.add(b.input("x" + i));
    }
    List<Node> outputs = run(b.arithmetic(), inputs);
    if (outputs.isEmpty()) {
      throw new IllegalArgumentException("the program returned no output");
    }
    for (int j = 0; j < outputs.size(); j++) {
      b.output(outputs.size() == 1 ? "f" : "f" + j, outputs.get(j));
    }
    return b.build();
  }

  /**
   * A program from a lambda, {@code Program.of((a, x) -> List.of(a.mul(x.get(0), x.get(1))))}.
   * The lambda sees the number type as {@code Object}; it must combine only values it got from
   * {@code a} and {@code x} (write a number as {@code a.constant(2)}, never as {@code 2.0}), which
   * is what makes it run on every number type.
   *
   * @param body the program's body
   */
  static Program of(Body body) {
    Objects.requireNonNull(body, "body");
    return new Program() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> List<T> run(Arithmetic<T> arithmetic, List<T> inputs) {
        // Sound by erasure: every value the body combines came from this arithmetic or the inputs.
        return (List<T>) body.run((Arithmetic<Object>) arithmetic, (List<Object>) inputs);
      }
    };
  }

  /**
   * A program of one output from a lambda, {@code Program.scalar((a, x) -> a.sin(x.get(0)))}; as
   * {@link #of}, the lambda must combine only values it got from {@code a} and {@code x}.
   *
   * @param body the program's body, returning its single output
   */
  static Program scalar(ScalarBody body) {
    Objects.requireNonNull(body, "body");
    return of((a, x) -> List.of(body.run(a, x)));
  }

  /** The body of a program written as a lambda: see {@link #of}. */
  @FunctionalInterface
  interface Body {
    /**
     * Runs the body.
     *
     * @param a the number type's operations
     * @param x the inputs
     * @return the outputs
     */
    List<Object> run(Arithmetic<Object> a, List<Object> x);
  }

  /** The body of a one-output program written as a lambda: see {@link #scalar}. */
  @FunctionalInterface
  interface ScalarBody {
    /**
     * Runs the body.
     *
     * @param a the number type's operations
     * @param x the inputs
     * @return the output
     */
    Object run(Arithmetic<Object> a, List<Object> x);
  }
}
