package org.pathsum.ad;

import java.util.Arrays;
import java.util.List;

/**
 * The Jacobian of a {@link ComputationGraph} at a point, with the outputs' values there: entry
 * {@code get(j, i) = ∂ output_j / ∂ input_i}, rows in {@link ComputationGraph#outputNames()} order,
 * columns in {@link ComputationGraph#inputNames()} order. Returned by {@link
 * ComputationGraph#jacobian(double...)}; immutable (every array returned is a copy).
 *
 * <p>A node that is both an input and an output has derivative 1 with respect to itself; an output
 * that does not depend on an input has derivative 0 there.
 */
public final class Jacobian {

  /**
   * How a Jacobian is computed. Every mode sums the same products of local partials over the same
   * paths, in different orders, so all give the same entries up to rounding; they differ in cost.
   * With n inputs and m outputs over a graph of |V| nodes and |E| edges:
   */
  public enum Mode {
    /**
     * Forward mode: one single-source path solve from each input, giving a column. O(n·(|V| +
     * |E|)); the cheaper mode when {@code n <= m}.
     */
    FORWARD,
    /**
     * Reverse mode (backpropagation): one single-target path solve to each output, giving a row.
     * O(m·(|V| + |E|)); the cheaper mode when {@code m < n}, as for a gradient.
     */
    REVERSE,
    /**
     * Dual numbers, the lecture's differentiation arithmetic: the recorded program run n times on
     * pairs (value, derivative), one input seeded with derivative 1. No path solve is involved, so
     * it checks the other modes independently. O(n·(|V| + |E|)) dual-number operations, each
     * allocating.
     */
    DUAL,
    /**
     * Cross-country (vertex) elimination: the intermediate nodes are eliminated from the labeled
     * graph in Markowitz order (fewest in-edges × out-edges first, ties by index) until only
     * input→output edges remain, whose labels are the entries. On a graph with a bottleneck it
     * needs fewer multiplications than either forward or reverse mode, but it works on boxed
     * numbers and hash maps: a tool for studying accumulation orders, not for speed. O(|V| + |E| +
     * Σ in-degree·out-degree at elimination).
     */
    CROSS_COUNTRY
  }

  private final Mode mode;
  private final List<String> outputNames;
  private final List<String> inputNames;
  private final double[] values;
  private final double[][] entries;

  /** Takes the arrays over; the caller gives them up. */
  Jacobian(
      Mode mode,
      List<String> outputNames,
      List<String> inputNames,
      double[] values,
      double[][] entries) {
    this.mode = mode;
    this.outputNames = List.copyOf(outputNames);
    this.inputNames = List.copyOf(inputNames);
    this.values = values;
    this.entries = entries;
  }

  /** The mode that computed this Jacobian. */
  public Mode mode() {
    return mode;
  }

  /** The outputs' values at the point, in row order; a fresh array. */
  public double[] values() {
    return values.clone();
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
   * Row {@code output}, the gradient of that output; a fresh array.
   *
   * @throws IllegalArgumentException if {@code output} is out of range
   */
  public double[] row(int output) {
    ComputationGraph.checkRange("output", output, rows());
    return entries[output].clone();
  }

  /** The entries, one fresh array per row. */
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
   * Equal when the names, values and entries are equal (bit for bit, as {@link Double#equals});
   * the mode that computed them is not compared.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Jacobian j
        && j.outputNames.equals(outputNames)
        && j.inputNames.equals(inputNames)
        && Arrays.equals(j.values, values)
        && Arrays.deepEquals(j.entries, entries);
  }

  @Override
  public int hashCode() {
    return (Arrays.deepHashCode(entries) * 31 + Arrays.hashCode(values)) * 31
        + inputNames.hashCode();
  }

  /** The names, the mode and every entry: the length grows with the matrix. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Jacobian ").append(outputNames).append(" x ");
    sb.append(inputNames).append(" (").append(mode).append("):");
    for (double[] row : entries) {
      sb.append(' ').append(Arrays.toString(row));
    }
    return sb.toString();
  }
}
