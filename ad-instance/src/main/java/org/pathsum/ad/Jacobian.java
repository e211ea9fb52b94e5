package org.pathsum.ad;

import java.util.List;
import java.util.Objects;

/**
 * An immutable Jacobian matrix: {@code get(j, i) = ∂ output_j / ∂ input_i}. Rows follow the
 * graph's {@link ComputationGraph#outputNames() outputs}, columns its {@link
 * ComputationGraph#inputNames() inputs}.
 */
public final class Jacobian {

  private final List<String> outputNames;
  private final List<String> inputNames;
  private final double[][] entries;

  private Jacobian(List<String> outputNames, List<String> inputNames, double[][] entries) {
    this.outputNames = List.copyOf(outputNames);
    this.inputNames = List.copyOf(inputNames);
    this.entries = entries;
  }

  /**
   * A Jacobian with the given names and entries (copied).
   *
   * @param entries {@code outputNames.size()} rows of {@code inputNames.size()} entries
   * @throws IllegalArgumentException if the shape does not match the names
   */
  public static Jacobian of(List<String> outputNames, List<String> inputNames, double[][] entries) {
    Objects.requireNonNull(entries, "entries");
    if (entries.length != outputNames.size()) {
      throw new IllegalArgumentException(
          entries.length + " rows for " + outputNames.size() + " outputs " + outputNames);
    }
    double[][] copy = new double[entries.length][];
    for (int j = 0; j < entries.length; j++) {
      if (entries[j].length != inputNames.size()) {
        throw new IllegalArgumentException(
            "row " + j + " has " + entries[j].length + " entries for " + inputNames.size()
                + " inputs " + inputNames);
      }
      copy[j] = entries[j].clone();
    }
    return new Jacobian(outputNames, inputNames, copy);
  }

  /** Wraps {@code entries} without copying; the caller gives up the array. */
  static Jacobian wrap(ComputationGraph g, double[][] entries) {
    return new Jacobian(g.outputNames(), g.inputNames(), entries);
  }

  /** The number of rows (outputs). */
  public int rows() {
    return entries.length;
  }

  /** The number of columns (inputs). */
  public int columns() {
    return inputNames.size();
  }

  /**
   * {@code ∂ output / ∂ input}.
   *
   * @throws IllegalArgumentException if an index is out of range
   */
  public double get(int output, int input) {
    if (output < 0 || output >= rows() || input < 0 || input >= columns()) {
      throw new IllegalArgumentException(
          "entry (" + output + ", " + input + ") outside " + rows() + "x" + columns());
    }
    return entries[output][input];
  }

  /**
   * A fresh copy of row {@code output}: the gradient of that output.
   *
   * @throws IllegalArgumentException if {@code output} is out of range
   */
  public double[] row(int output) {
    if (output < 0 || output >= rows()) {
      throw new IllegalArgumentException("row " + output + " outside [0, " + rows() + ")");
    }
    return entries[output].clone();
  }

  /** A fresh copy of the entries, one array per row. */
  public double[][] toArray() {
    double[][] copy = new double[entries.length][];
    for (int j = 0; j < entries.length; j++) {
      copy[j] = entries[j].clone();
    }
    return copy;
  }

  /** The output names: the row labels. */
  public List<String> outputNames() {
    return outputNames;
  }

  /** The input names: the column labels. */
  public List<String> inputNames() {
    return inputNames;
  }

  /**
   * Whether every entry of {@code other}, with the same names, is within {@code |a − b| ≤ tol ·
   * max(1, |a|, |b|)} of this one.
   */
  public boolean isClose(Jacobian other, double tol) {
    if (!outputNames.equals(other.outputNames) || !inputNames.equals(other.inputNames)) {
      return false;
    }
    for (int j = 0; j < entries.length; j++) {
      for (int i = 0; i < entries[j].length; i++) {
        double a = entries[j][i];
        double b = other.entries[j][i];
        if (!(Math.abs(a - b) <= tol * Math.max(1, Math.max(Math.abs(a), Math.abs(b))))) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Jacobian
        && ((Jacobian) o).outputNames.equals(outputNames)
        && ((Jacobian) o).inputNames.equals(inputNames)
        && java.util.Arrays.deepEquals(((Jacobian) o).entries, entries);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.deepHashCode(entries) * 31 + inputNames.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Jacobian ").append(outputNames).append(" x ");
    sb.append(inputNames).append(":");
    for (double[] row : entries) {
      sb.append(' ').append(java.util.Arrays.toString(row));
    }
    return sb.toString();
  }
}
