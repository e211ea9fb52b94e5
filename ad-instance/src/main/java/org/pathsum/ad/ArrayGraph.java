package org.pathsum.ad;

import java.util.List;
import java.util.Objects;

/**
 * An {@link ArrayProgram} recorded once ({@link ArrayProgram#record}) as a graph of array nodes,
 * and its derivatives at any number of points. Each node holds a vector, a matrix or a scalar;
 * each edge carries the operation's local Jacobian with respect to that operand, a linear map
 * applied without ever being formed (a diagonal, a broadcast, a sum, a selection, a
 * multiplication by the other operand). The graph over these maps is a path problem in the
 * non-commutative semiring of linear maps, exactly as a {@link ComputationGraph} is one in the
 * reals: {@link #jvp} is the single-source solve from the inputs (each map applied to a tangent),
 * {@link #valueAndGradient} the single-target solve to the output (each map transposed, applied
 * to an adjoint). Scalar nodes are the 1 × 1 case.
 *
 * <p><b>Points.</b> The inputs are vectors (reshape them inside the program); a point is every
 * input's entries, concatenated in input order ({@link #pointLength()}), and a gradient has the
 * same layout.
 *
 * <p><b>Cost and memory.</b> A gradient is one values pass and one reverse pass, each touching
 * every live node's entries a bounded number of times (a matrix product O(r·k·c)); the reverse
 * pass is a constant factor of the values pass, whatever the number of inputs. Each thread that
 * uses the graph keeps a workspace of two arrays of 8 bytes per entry for every node (a third for
 * {@link #jvp}), filled once with the constants and with everything that depends on no input, so
 * that {@link #valueAndGradient} allocates nothing after its first call on a thread. Nodes the
 * output does not depend on are never evaluated.
 *
 * <p><b>Refusals.</b> {@link #valueAndGradient} and {@link #jvp} refuse a point at which a live
 * node's value or local partial is NaN or infinite with a {@link NonFiniteValueException} naming
 * the first such node, its operation and the entry ({@link NonFiniteValueException#element()});
 * {@link #evaluate} propagates such values as IEEE-754 says. Immutable and thread-safe.
 */
public final class ArrayGraph {

  private final ArrayTape tape;
  private final ArrayEngine engine;
  private final List<String> inputNames;

  ArrayGraph(ArrayTape tape, List<String> inputNames) {
    this(tape, inputNames, !"false".equals(System.getProperty(ComputationGraph.COMPILE_PROPERTY)));
  }

  /** With {@code fuse} false, every node runs on its own (tests compare the two). */
  ArrayGraph(ArrayTape tape, List<String> inputNames, boolean fuse) {
    this.tape = tape;
    this.inputNames = List.copyOf(inputNames);
    String[] names = new String[tape.nodes];
    for (int i = 0; i < tape.inputNodes.length; i++) {
      names[tape.inputNodes[i]] = this.inputNames.get(i);
    }
    this.engine = new ArrayEngine(tape, names, fuse);
  }

  /** The input names, in order: the order of the blocks of a point. */
  public List<String> inputNames() {
    return inputNames;
  }

  /** The number of entries of a point (and of a gradient): every input's, summed. */
  public int pointLength() {
    return tape.pointLength();
  }

  /** The number of array nodes (inputs, constants and operations). */
  public int nodeCount() {
    return tape.nodes;
  }

  /** The output's number of rows. */
  public int outputRows() {
    return tape.rows[tape.output];
  }

  /** The output's number of columns. */
  public int outputCols() {
    return tape.cols[tape.output];
  }

  /**
   * The output's entries at {@code point}, row-major, by a values-only pass: no local partials and
   * no check that the values are finite (IEEE-754 propagation). Allocates the result.
   *
   * @throws IllegalArgumentException if the point has the wrong length
   */
  public double[] evaluate(double[] point) {
    checkPoint(point);
    return engine.evaluate(point);
  }

  /**
   * The gradient of the (scalar) output at {@code point} written into {@code gradient}, and the
   * output's value returned: one values pass, one reverse pass over the transposed local
   * Jacobians. Allocates nothing after the first call on a thread.
   *
   * @param point the inputs' entries, concatenated in input order
   * @param gradient receives ∂output/∂entry for every entry of the point, in the same layout
   * @return the output's value
   * @throws IllegalArgumentException if the output is not a scalar or an array has the wrong
   *     length
   * @throws NonFiniteValueException if a value or local partial is NaN or infinite, naming the
   *     node and the entry; {@code gradient} is then unspecified
   */
  public double valueAndGradient(double[] point, double[] gradient) {
    checkPoint(point);
    Objects.requireNonNull(gradient, "gradient");
    if (outputRows() * outputCols() != 1) {
      throw new IllegalArgumentException(
          "the output is " + ArrayOp.shape(outputRows(), outputCols())
              + ", not a scalar; reduce it (sum, mean, dot) to take a gradient");
    }
    if (gradient.length != pointLength()) {
      throw new IllegalArgumentException(
          "the gradient array has " + gradient.length + " entries but a point has "
              + pointLength());
    }
    return engine.gradient(point, gradient);
  }

  /**
   * Forward mode: the derivative of the output at {@code point} along {@code direction}, a
   * Jacobian–vector product, by applying every node's local Jacobian to its operands' tangents in
   * order. For a scalar output it equals the dot product of the gradient with the direction, up to
   * rounding. Allocates the result.
   *
   * @param direction one entry per entry of the point
   * @return the output's tangent, row-major
   * @throws IllegalArgumentException if an array has the wrong length
   * @throws NonFiniteValueException if a value or local partial is NaN or infinite
   */
  public double[] jvp(double[] point, double[] direction) {
    checkPoint(point);
    Objects.requireNonNull(direction, "direction");
    if (direction.length != pointLength()) {
      throw new IllegalArgumentException(
          "the direction has " + direction.length + " entries but a point has " + pointLength());
    }
    return engine.tangent(point, direction);
  }

  private void checkPoint(double[] point) {
    Objects.requireNonNull(point, "point");
    if (point.length != pointLength()) {
      throw new IllegalArgumentException(
          "the point has " + point.length + " entries but the inputs " + inputNames + " have "
              + pointLength());
    }
  }

  /** The engine, for tests. */
  ArrayEngine engine() {
    return engine;
  }

  @Override
  public String toString() {
    return "ArrayGraph(" + tape.nodes + " nodes, inputs " + inputNames + ", output "
        + ArrayOp.shape(outputRows(), outputCols()) + ")";
  }
}
