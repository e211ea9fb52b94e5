package org.pathsum.ad;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.pathsum.semiring.PathSumException;

/**
 * Thrown by the doors of a {@link ComputationGraph} when, at the given point, a node's value or the
 * local partial on one of its in-edges is NaN or infinite: the point is outside the domain of the
 * recorded function (log of a negative number, a division by 0) or the function is not
 * differentiable there. Carries the first such node in index order: its index, its operation, its
 * operands' indices, the offending number and, for a label, which operand's edge it is on. A
 * {@link PathSumException}, like every refusal of bad input.
 */
public final class NonFiniteValueException extends PathSumException {

  private static final long serialVersionUID = 1L;

  /** The node that produced the value, or whose incoming edge carries the label. */
  private final int nodeIndex;

  /** Its operation. */
  private final Op op;

  /** Its operands' indices, in position order. */
  private final int[] operands;

  /** The offending value or label. */
  private final double value;

  /** The operand position of the offending label, or −1 for the node's value. */
  private final int operandPosition;

  /** For an array node: the offending entry's row-major index; −1 for a scalar node. */
  private final int element;

  /**
   * An exception for a non-finite value or label (made by the tape that found it).
   *
   * @param nodeIndex the node whose value or incoming label is not finite
   * @param op its operation
   * @param operands the indices of its operands, in position order
   * @param value the offending value or label
   * @param operandPosition the position of the operand whose edge label is offending, or −1 if
   *     the node's value is
   * @param what a short description of the node for the message, e.g. its input name or ""
   */
  NonFiniteValueException(
      int nodeIndex, Op op, int[] operands, double value, int operandPosition, String what) {
    this(nodeIndex, op, operands, value, operandPosition, what, -1);
  }

  /**
   * An exception for a non-finite entry of an array node (made by {@link ArrayGraph}): as above,
   * with the entry's row-major index, and as {@code op} the operation whose rule the entry follows
   * ({@link Op#ADD} for the sum in a reduction or a matrix product).
   */
  NonFiniteValueException(int nodeIndex, Op op, int[] operands, double value,
      int operandPosition, String what, int element) {
    super(message(nodeIndex, op, operands, value, operandPosition, what));
    this.nodeIndex = nodeIndex;
    this.op = op;
    this.operands = operands.clone();
    this.value = value;
    this.operandPosition = operandPosition;
    this.element = element;
  }

  private static String message(
      int nodeIndex, Op op, int[] operands, double value, int position, String what) {
    String node = describe(nodeIndex, op, operands) + (what.isEmpty() ? "" : " " + what);
    if (position < 0) {
      return node
          + " has the non-finite value "
          + value
          + " at this point; move the point inside the operation's domain";
    }
    return "the local partial of "
        + node
        + " with respect to operand "
        + position
        + " (node "
        + operands[position]
        + ") is "
        + value
        + " at this point; the operation is not differentiable there (choose another point"
        + (op == Op.POW
            ? ", or make the exponent a constant, as in x^2 or pow(x, 3), which allows a negative"
                + " base)"
            : ")");
  }

  private static String describe(int index, Op op, int[] operands) {
    if (operands.length == 0) {
      return "node " + index + " (" + op + ")";
    }
    String args =
        Arrays.stream(operands).mapToObj(i -> "node " + i).collect(Collectors.joining(", "));
    return "node " + index + " (" + op.functionName() + " of " + args + ")";
  }

  /** The index of the node that produced the value, or whose incoming edge has the label. */
  public int nodeIndex() {
    return nodeIndex;
  }

  /** The operation of that node. */
  public Op op() {
    return op;
  }

  /** The indices of its operands, in position order. */
  public List<Integer> operands() {
    return Arrays.stream(operands).boxed().collect(Collectors.toUnmodifiableList());
  }

  /** The non-finite value or label (NaN or ±∞). */
  public double value() {
    return value;
  }

  /** For a label: the operand position of the edge that carries it; empty for a node value. */
  public OptionalInt operandPosition() {
    return operandPosition < 0 ? OptionalInt.empty() : OptionalInt.of(operandPosition);
  }

  /**
   * For a node of an {@link ArrayGraph}: the row-major index of the offending entry in the node's
   * array (for a label, in the node's own shape); empty for a node of a {@link ComputationGraph}.
   */
  public OptionalInt element() {
    return element < 0 ? OptionalInt.empty() : OptionalInt.of(element);
  }

  /** Whether the offending number is an edge label (a local partial) rather than a node value. */
  public boolean isLabel() {
    return operandPosition >= 0;
  }
}
