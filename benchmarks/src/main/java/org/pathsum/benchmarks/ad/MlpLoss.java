package org.pathsum.benchmarks.ad;

import java.util.SplittableRandom;
import org.pathsum.examples.nn.Dataset;
import org.pathsum.examples.nn.Network;

/**
 * The squared-error loss of a {@link Network} (one sigmoid hidden layer, sigmoid output) on a
 * dataset, and its gradient by hand-written backpropagation: the floor for the neural-network
 * benchmark. Same parameter layout and the same operations as {@link Network#loss}.
 */
public final class MlpLoss {

  private final int inputs;
  private final int hidden;
  private final double[][] features;
  private final double[] targets;
  private final double[] h; // hidden activations of the current point

  /**
   * @param network the architecture
   * @param data the dataset, of the network's input dimension
   */
  public MlpLoss(Network network, Dataset data) {
    this.inputs = network.inputs();
    this.hidden = network.hidden();
    this.features = new double[data.size()][];
    this.targets = new double[data.size()];
    for (int p = 0; p < data.size(); p++) {
      features[p] = data.features(p);
      targets[p] = data.target(p);
    }
    this.h = new double[hidden];
  }

  /**
   * A dataset of {@code points} points in {@code dimension} features uniform in [−1, 1), labeled 1
   * where a fixed random linear form is positive.
   */
  public static Dataset randomDataset(int points, int dimension, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double[] normal = rnd.doubles(dimension, -1, 1).toArray();
    double[][] x = new double[points][];
    double[] y = new double[points];
    for (int p = 0; p < points; p++) {
      x[p] = rnd.doubles(dimension, -1, 1).toArray();
      double s = 0;
      for (int i = 0; i < dimension; i++) {
        s += normal[i] * x[p][i];
      }
      y[p] = s > 0 ? 1 : 0;
    }
    return new Dataset("random-linear", x, y);
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** The loss at parameters {@code w}. O(points · hidden · inputs). */
  public double value(double[] w) {
    int b1 = hidden * inputs;
    int w2 = b1 + hidden;
    double sum = 0;
    for (int p = 0; p < targets.length; p++) {
      double[] x = features[p];
      double out = w[w2 + hidden];
      for (int j = 0; j < hidden; j++) {
        double z = w[b1 + j];
        for (int i = 0; i < inputs; i++) {
          z += w[j * inputs + i] * x[i];
        }
        out += w[w2 + j] * sigmoid(z);
      }
      double error = sigmoid(out) - targets[p];
      sum += error * error;
    }
    return sum * (1.0 / targets.length);
  }

  /** The loss and its gradient into {@code g}, by backpropagation. O(points · hidden · inputs). */
  public double gradient(double[] w, double[] g) {
    java.util.Arrays.fill(g, 0.0);
    int b1 = hidden * inputs;
    int w2 = b1 + hidden;
    double scale = 1.0 / targets.length;
    double sum = 0;
    for (int p = 0; p < targets.length; p++) {
      double[] x = features[p];
      double out = w[w2 + hidden];
      for (int j = 0; j < hidden; j++) {
        double z = w[b1 + j];
        for (int i = 0; i < inputs; i++) {
          z += w[j * inputs + i] * x[i];
        }
        h[j] = sigmoid(z);
        out += w[w2 + j] * h[j];
      }
      double prediction = sigmoid(out);
      double error = prediction - targets[p];
      sum += error * error;
      double deltaOut = 2 * error * scale * prediction * (1 - prediction);
      g[w2 + hidden] += deltaOut;
      for (int j = 0; j < hidden; j++) {
        g[w2 + j] += deltaOut * h[j];
        double deltaHidden = deltaOut * w[w2 + j] * h[j] * (1 - h[j]);
        g[b1 + j] += deltaHidden;
        int row = j * inputs;
        for (int i = 0; i < inputs; i++) {
          g[row + i] += deltaHidden * x[i];
        }
      }
    }
    return sum * scale;
  }
}
