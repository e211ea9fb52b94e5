package org.pathsum.ad;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A function of vector inputs to one array (usually a scalar loss), written once against {@link
 * ArrayArithmetic}: {@link #record} records it as an {@link ArrayGraph} (its gradient, its
 * Jacobian–vector products), {@link #evaluate} runs it on arrays of doubles, and {@link
 * #asProgram} runs it element by element on any scalar {@link Arithmetic} (doubles, dual numbers,
 * or a scalar {@link ComputationGraph} recorded from it). Write it as a generic method and refer
 * to it, as for a {@link Program}:
 *
 * <pre>{@code
 * static <T> T rosenbrock(ArrayArithmetic<T> a, List<T> in) {
 *   T x = in.get(0);
 *   int n = a.size(x);
 *   T x0 = a.slice(x, 0, n, 2); // even entries
 *   T x1 = a.slice(x, 1, n, 2); // odd entries
 *   T d = a.sub(x1, a.square(x0));
 *   T e = a.sub(a.constant(1), x0);
 *   return a.sum(a.add(a.mul(a.constant(100), a.square(d)), a.square(e)));
 * }
 * ArrayGraph graph = ((ArrayProgram) MyFunctions::rosenbrock).record(List.of("x"), 30_000);
 * }</pre>
 *
 * <p>The inputs are vectors (n × 1); reshape one inside the body for a matrix. The body must use
 * only the arithmetic passed in, with no branch on values, and no recursion whose depth grows with
 * the input.
 */
@FunctionalInterface
public interface ArrayProgram {

  /**
   * Runs the program on an array number type.
   *
   * @param arithmetic the number type's operations
   * @param inputs the inputs, column vectors, one per input of the program
   * @return the output, of any shape
   */
  <T> T run(ArrayArithmetic<T> arithmetic, List<T> inputs);

  /**
   * Runs the program on arrays of doubles, each operation at once (the kernels of the recorded
   * graph, so the same values): IEEE-754 values, no checks. O(size of the program).
   *
   * @param inputs the inputs' entries, one array per input (not modified)
   * @return the output's entries, row-major
   * @throws IllegalArgumentException if an input is empty, or as the body's operations refuse
   *     shapes
   */
  default double[] evaluate(double[]... inputs) {
    List<EagerArrays.Value> in = new ArrayList<>(inputs.length);
    for (double[] x : inputs) {
      ArrayOp.checkShape("input", x.length, 1);
      in.add(EagerArrays.vector(x.clone()));
    }
    return run(EagerArrays.INSTANCE, in).data.clone();
  }

  /**
   * Records the program as an {@link ArrayGraph}: one node per array operation, whatever the
   * inputs' lengths. O(number of operations + size of the constants).
   *
   * @param inputNames the inputs' names, distinct
   * @param lengths each input's number of entries, at least 1, as many as names
   * @throws IllegalArgumentException if the names repeat, the counts differ, a length is below 1,
   *     or as the body's operations refuse shapes
   */
  default ArrayGraph record(List<String> inputNames, int... lengths) {
    checkInputs(inputNames, lengths);
    ArrayRecorder recorder = new ArrayRecorder();
    List<ArrayRecorder.Node> in = new ArrayList<>(lengths.length);
    for (int n : lengths) {
      in.add(recorder.input(n));
    }
    ArrayRecorder.Node out = Objects.requireNonNull(run(recorder, in), "the program's output");
    return new ArrayGraph(recorder.toTape(out), inputNames);
  }

  /**
   * The same function as a scalar {@link Program}: its inputs are the entries of a point (every
   * input's, concatenated), its outputs the output's entries, row-major, and every array operation
   * is written out with the scalar operations. Run on {@link Arithmetic#ofDual()} it is forward
   * mode by {@link Dual}'s rules; recorded, a scalar {@link ComputationGraph} with a node per
   * entry of every array. For checks and small problems: it costs a scalar operation per entry.
   *
   * @param lengths each input's number of entries, at least 1
   */
  default Program asProgram(int... lengths) {
    int[] sizes = lengths.clone();
    int total = 0;
    for (int n : sizes) {
      ArrayOp.checkShape("input", n, 1);
      total += n;
    }
    int pointLength = total;
    ArrayProgram body = this;
    return new Program() {
      @Override
      public <S> List<S> run(Arithmetic<S> arithmetic, List<S> scalars) {
        if (scalars.size() != pointLength) {
          throw new IllegalArgumentException(
              scalars.size() + " inputs for array inputs of " + pointLength + " entries");
        }
        List<LiftedArrays.Value<S>> in = new ArrayList<>(sizes.length);
        int start = 0;
        for (int n : sizes) {
          in.add(new LiftedArrays.Value<>(n, 1, List.copyOf(scalars.subList(start, start + n))));
          start += n;
        }
        return body.run(new LiftedArrays<>(arithmetic), in).data;
      }
    };
  }

  private static void checkInputs(List<String> names, int[] lengths) {
    Objects.requireNonNull(names, "inputNames");
    Objects.requireNonNull(lengths, "lengths");
    if (names.size() != lengths.length) {
      throw new IllegalArgumentException(
          names.size() + " input names " + names + " for " + lengths.length + " lengths");
    }
    if (names.stream().distinct().count() != names.size()) {
      throw new IllegalArgumentException("the input names " + names + " repeat");
    }
    for (int i = 0; i < lengths.length; i++) {
      ArrayOp.checkShape("input '" + names.get(i) + "'", lengths[i], 1);
    }
  }
}
