package org.pathsum.ad;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A vertex of {@link LabeledGraph#asGraph()}: one node of the computation graph with its value at
 * the labeling point. Immutable; equal when index, operation, parameter, value and names are.
 */
public final class LabeledNode {

  private final int index;
  private final Op op;
  private final double parameter;
  private final double value;
  private final Optional<String> inputName;
  private final List<String> outputNames;

  LabeledNode(
      int index,
      Op op,
      double parameter,
      double value,
      Optional<String> inputName,
      List<String> outputNames) {
    this.index = index;
    this.op = op;
    this.parameter = parameter;
    this.value = value;
    this.inputName = inputName;
    this.outputNames = List.copyOf(outputNames);
  }

  /** The node's index in the computation graph. */
  public int index() {
    return index;
  }

  /** The node's operation. */
  public Op op() {
    return op;
  }

  /** The constant's value, the POW_CONST exponent, the input's coordinate; 0 otherwise. */
  public double parameter() {
    return parameter;
  }

  /** The node's value at the labeling point. */
  public double value() {
    return value;
  }

  /** The input name, for an input node. */
  public Optional<String> inputName() {
    return inputName;
  }

  /** The names under which the node is an output; empty if it is none. */
  public List<String> outputNames() {
    return outputNames;
  }

  /**
   * A display name: the input name, else the output names joined by {@code ","}, else empty.
   */
  public Optional<String> name() {
    if (inputName.isPresent()) {
      return inputName;
    }
    return outputNames.isEmpty() ? Optional.empty() : Optional.of(String.join(",", outputNames));
  }

  /**
   * The operation as written in a diagram: the input name, the constant, {@code "^2"} for a
   * constant power, else {@link Op#functionName()}.
   */
  public String operationText() {
    switch (op) {
      case INPUT:
        return inputName.orElse("input");
      case CONSTANT:
        return Numbers.compact(parameter);
      case POW_CONST:
        return "^" + Numbers.compact(parameter);
      default:
        return op.functionName();
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LabeledNode)) {
      return false;
    }
    LabeledNode n = (LabeledNode) o;
    return n.index == index
        && n.op == op
        && Double.compare(n.parameter, parameter) == 0
        && Double.compare(n.value, value) == 0
        && n.inputName.equals(inputName)
        && n.outputNames.equals(outputNames);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, op, parameter, value, inputName, outputNames);
  }

  @Override
  public String toString() {
    return index + ":" + operationText() + "=" + Numbers.compact(value);
  }
}
