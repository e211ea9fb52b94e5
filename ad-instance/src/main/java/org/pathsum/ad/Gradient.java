package org.pathsum.ad;

import java.util.Arrays;
import java.util.List;

/**
 * The value of a one-output {@link ComputationGraph} at a point and its gradient there, returned by
 * {@link ComputationGraph#gradient(double...)}: {@code gradient()[i] = ∂ output / ∂ input_i}, in
 * {@link ComputationGraph#inputNames()} order. Immutable (every array returned is a copy).
 */
public final class Gradient {

  private final String outputName;
  private final double value;
  private final List<String> inputNames;
  private final double[] gradient;

  /** Takes the array over; the caller gives it up. */
  Gradient(String outputName, double value, List<String> inputNames, double[] gradient) {
    this.outputName = outputName;
    this.value = value;
    this.inputNames = inputNames;
    this.gradient = gradient;
  }

  /** The output's value at the point. */
  public double value() {
    return value;
  }

  /** ∂ output / ∂ input for every input, in {@link #inputNames()} order; a fresh array. */
  public double[] gradient() {
    return gradient.clone();
  }

  /**
   * ∂ output / ∂ input number {@code input}.
   *
   * @throws IllegalArgumentException if {@code input} is out of range
   */
  public double get(int input) {
    ComputationGraph.checkRange("input", input, gradient.length);
    return gradient[input];
  }

  /** The output's name. */
  public String outputName() {
    return outputName;
  }

  /** The input names, the order of {@link #gradient()}. */
  public List<String> inputNames() {
    return inputNames;
  }

  /** Equal when names, value and gradient are equal (bit for bit, as {@link Double#equals}). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Gradient g
        && g.outputName.equals(outputName)
        && Double.compare(g.value, value) == 0
        && g.inputNames.equals(inputNames)
        && Arrays.equals(g.gradient, gradient);
  }

  @Override
  public int hashCode() {
    return (Double.hashCode(value) * 31 + Arrays.hashCode(gradient)) * 31 + inputNames.hashCode();
  }

  /** The value and every entry: the length grows with the number of inputs. */
  @Override
  public String toString() {
    return "Gradient[" + outputName + " = " + value + ", ∂/∂" + inputNames + " = "
        + Arrays.toString(gradient) + "]";
  }
}
