package org.pathsum.examples.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.pathsum.ad.Arithmetic;
import org.pathsum.ad.ArrayArithmetic;
import org.pathsum.ad.ArrayGraph;
import org.pathsum.ad.ArrayProgram;
import org.pathsum.ad.ComputationGraph;
import org.pathsum.ad.ComputationGraph.Node;

/**
 * A network with one hidden layer of sigmoid units and one sigmoid output, written once against
 * {@link Arithmetic}: the same code predicts on doubles and records the training circuit; and its
 * loss written once more with array nodes ({@link ArrayArithmetic}: matrix products over the whole
 * data set), the circuit that training uses.
 *
 * <p>Parameters, in this order (also the circuit's inputs): {@code w1[j][i]} (hidden unit j, input
 * i), {@code b1[j]}, {@code w2[j]}, {@code b2}; {@code hidden·(inputs + 2) + 1} in all. The
 * prediction is {@code σ(Σ_j w2[j]·σ(Σ_i w1[j][i]·x_i + b1[j]) + b2)}. Immutable.
 */
public final class Network {

  private final int inputs;
  private final int hidden;

  /**
   * A network shape.
   *
   * @param inputs the number of features, at least 1
   * @param hidden the number of hidden units, at least 1
   * @throws IllegalArgumentException if either is below 1
   */
  public Network(int inputs, int hidden) {
    if (inputs < 1 || hidden < 1) {
      throw new IllegalArgumentException(
          "need inputs >= 1 and hidden >= 1, got inputs=" + inputs + ", hidden=" + hidden);
    }
    this.inputs = inputs;
    this.hidden = hidden;
  }

  /** The number of features. */
  public int inputs() {
    return inputs;
  }

  /** The number of hidden units. */
  public int hidden() {
    return hidden;
  }

  /** The number of parameters: {@code hidden·(inputs + 2) + 1}. */
  public int parameterCount() {
    return hidden * (inputs + 2) + 1;
  }

  /** The parameter names in order: {@code w1_0_0 … b1_0 … w2_0 … b2}. */
  public List<String> parameterNames() {
    List<String> names = new ArrayList<>(parameterCount());
    for (int j = 0; j < hidden; j++) {
      for (int i = 0; i < inputs; i++) {
        names.add("w1_" + j + "_" + i);
      }
    }
    for (int j = 0; j < hidden; j++) {
      names.add("b1_" + j);
    }
    for (int j = 0; j < hidden; j++) {
      names.add("w2_" + j);
    }
    names.add("b2");
    return names;
  }

  /** Parameters drawn uniformly from [−1, 1) by {@code new SplittableRandom(seed)}. */
  public double[] initialParameters(long seed) {
    return new SplittableRandom(seed).doubles(parameterCount(), -1, 1).toArray();
  }

  /**
   * The network's output for one point, on any number type. O(hidden·inputs) operations.
   *
   * @param params {@link #parameterCount()} parameters in the documented order
   * @param features {@link #inputs()} features
   */
  public <T> T predict(Arithmetic<T> a, List<T> params, List<T> features) {
    int b1 = hidden * inputs;
    int w2 = b1 + hidden;
    T out = params.get(w2 + hidden);
    for (int j = 0; j < hidden; j++) {
      T z = params.get(b1 + j);
      for (int i = 0; i < inputs; i++) {
        z = a.add(z, a.mul(params.get(j * inputs + i), features.get(i)));
      }
      out = a.add(out, a.mul(params.get(w2 + j), a.sigmoid(z)));
    }
    return a.sigmoid(out);
  }

  /**
   * The mean squared error {@code (1/N) Σ_p (predict(x_p) − y_p)²} over {@code data}, with the
   * features and targets as constants. O(N·hidden·inputs) operations.
   *
   * @throws IllegalArgumentException if the data's dimension is not {@link #inputs()}
   */
  public <T> T loss(Arithmetic<T> a, List<T> params, Dataset data) {
    requireDimension(data);
    T sum = a.constant(0);
    List<T> features = new ArrayList<>(inputs);
    for (int p = 0; p < data.size(); p++) {
      features.clear();
      for (int i = 0; i < inputs; i++) {
        features.add(a.constant(data.feature(p, i)));
      }
      T error = a.sub(predict(a, params, features), a.constant(data.target(p)));
      sum = a.add(sum, a.mul(error, error));
    }
    return a.mul(sum, a.constant(1.0 / data.size()));
  }

  /**
   * The training circuit: the loss over {@code data} recorded once as a computation graph whose
   * inputs are the parameters ({@link #parameterNames()}) and whose single output is {@code
   * "loss"}. Label it at new parameters each step; the structure is never rebuilt.
   *
   * @throws IllegalArgumentException if the data's dimension is not {@link #inputs()}
   */
  public ComputationGraph trainingCircuit(Dataset data) {
    Objects.requireNonNull(data, "data");
    ComputationGraph.Builder b = ComputationGraph.builder();
    List<Node> params = new ArrayList<>(parameterCount());
    for (String name : parameterNames()) {
      params.add(b.input(name));
    }
    b.output("loss", loss(b.arithmetic(), params, data));
    return b.build();
  }

  /**
   * The same mean squared error with array nodes, over the whole data set at once: with {@code W1}
   * the hidden × inputs matrix, {@code X} the points × inputs matrix of features (a constant) and
   * {@code y} the targets, {@code H = σ(W1·Xᵀ + b1)} (b1 broadcast over the points), {@code p =
   * σ(w2ᵀ·H + b2)} and the loss {@code Σ (p − y)² · (1/N)}. The parameters are one vector in the
   * documented order. O(N·hidden·inputs) per entry, in a handful of array operations.
   *
   * @throws IllegalArgumentException if the data's dimension is not {@link #inputs()}
   */
  public <T> T loss(ArrayArithmetic<T> a, T params, Dataset data) {
    requireDimension(data);
    int n = data.size();
    int b1 = hidden * inputs;
    int w2 = b1 + hidden;
    double[] features = new double[n * inputs];
    double[] targets = new double[n];
    for (int p = 0; p < n; p++) {
      System.arraycopy(data.features(p), 0, features, p * inputs, inputs);
      targets[p] = data.target(p);
    }
    T weights1 = a.reshape(a.slice(params, 0, b1), hidden, inputs);
    T bias1 = a.slice(params, b1, w2);
    T weights2 = a.reshape(a.slice(params, w2, w2 + hidden), 1, hidden);
    T bias2 = a.slice(params, w2 + hidden, w2 + hidden + 1);
    T pointsByFeature = a.transpose(a.constant(features, n, inputs));
    T h = a.sigmoid(a.add(a.matmul(weights1, pointsByFeature), bias1));
    T prediction = a.sigmoid(a.add(a.matmul(weights2, h), bias2));
    T error = a.sub(prediction, a.constant(targets, 1, n));
    return a.mul(a.sum(a.square(error)), a.constant(1.0 / n));
  }

  /**
   * The training circuit with array nodes: {@link #loss(ArrayArithmetic, Object, Dataset)}
   * recorded once as an {@link ArrayGraph} whose one input {@code "params"} is the parameter vector
   * ({@link #parameterNames()} order) and whose output is the loss. Its gradient allocates nothing
   * after the first.
   *
   * @throws IllegalArgumentException if the data's dimension is not {@link #inputs()}
   */
  public ArrayGraph arrayTrainingCircuit(Dataset data) {
    Objects.requireNonNull(data, "data");
    requireDimension(data);
    ArrayProgram loss =
        new ArrayProgram() {
          @Override
          public <T> T run(ArrayArithmetic<T> a, List<T> in) {
            return loss(a, in.get(0), data);
          }
        };
    return loss.record(List.of("params"), parameterCount());
  }

  /** The fraction of points whose prediction, thresholded at 1/2, equals the target. */
  public double accuracy(double[] params, Dataset data) {
    requireDimension(data);
    List<Double> p = boxed(params);
    int correct = 0;
    for (int k = 0; k < data.size(); k++) {
      double y = predict(Arithmetic.ofDouble(), p, boxed(data.features(k)));
      correct += ((y >= 0.5 ? 1.0 : 0.0) == data.target(k)) ? 1 : 0;
    }
    return (double) correct / data.size();
  }

  private void requireDimension(Dataset data) {
    if (data.dimension() != inputs) {
      throw new IllegalArgumentException(
          "data set '" + data.name() + "' has " + data.dimension() + " features, the network "
              + inputs);
    }
  }

  static List<Double> boxed(double[] x) {
    List<Double> list = new ArrayList<>(x.length);
    for (double v : x) {
      list.add(v);
    }
    return list;
  }
}
