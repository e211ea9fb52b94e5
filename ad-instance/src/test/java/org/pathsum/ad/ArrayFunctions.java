package org.pathsum.ad;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Array programs for the tests, each written once against {@link ArrayArithmetic}. */
final class ArrayFunctions {

  private ArrayFunctions() {}

  /** The extended Rosenbrock function of an even number of entries, with strided slices. */
  static <T> T rosenbrock(ArrayArithmetic<T> a, List<T> in) {
    T x = in.get(0);
    int n = a.size(x);
    T x0 = a.slice(x, 0, n, 2);
    T x1 = a.slice(x, 1, n, 2);
    T d = a.sub(x1, a.square(x0));
    T e = a.sub(a.constant(1), x0);
    return a.sum(a.add(a.mul(a.constant(100), a.square(d)), a.square(e)));
  }

  /** The extended Rosenbrock function, by hand, and its gradient into {@code g}. */
  static double rosenbrockByHand(double[] x, double[] g) {
    double sum = 0;
    for (int i = 0; i + 1 < x.length; i += 2) {
      double d = x[i + 1] - x[i] * x[i];
      double e = 1 - x[i];
      sum += 100 * d * d + e * e;
      g[i] = -400 * d * x[i] - 2 * e;
      g[i + 1] = 200 * d;
    }
    return sum;
  }

  /**
   * The squared-error loss of a one-hidden-layer sigmoid network on a fixed data set, batched:
   * parameters {@code w1 (h × d), b1 (h), w2 (h), b2}, one vector; data {@code X (N × d)} and
   * targets {@code y (N)}, constants.
   */
  static ArrayProgram mlp(int d, int h, double[] features, double[] targets) {
    int points = targets.length;
    return new ArrayProgram() {
      @Override
      public <T> T run(ArrayArithmetic<T> a, List<T> in) {
        T p = in.get(0);
        T w1 = a.reshape(a.slice(p, 0, h * d), h, d);
        T b1 = a.slice(p, h * d, h * d + h);
        T w2 = a.reshape(a.slice(p, h * d + h, h * d + 2 * h), 1, h);
        T b2 = a.slice(p, h * d + 2 * h, h * d + 2 * h + 1);
        T xt = a.transpose(a.constant(features, points, d)); // d × N
        T hidden = a.sigmoid(a.add(a.matmul(w1, xt), b1)); // h × N, b1 broadcast over columns
        T out = a.sigmoid(a.add(a.matmul(w2, hidden), b2)); // 1 × N
        T error = a.sub(out, a.reshape(a.constant(targets), 1, points));
        return a.mul(a.sum(a.square(error)), a.constant(1.0 / points));
      }
    };
  }

  /**
   * A random composition of every operation, replayed identically on every arithmetic (the
   * choices depend on the seed and the shapes only): a pool starting from two inputs of 6 and 4
   * entries, grown by {@code steps} random operations on members whose shapes fit, then every
   * member reduced and added into one scalar. Arguments of log, sqrt, division and exp are kept
   * inside their domains.
   */
  static ArrayProgram random(long seed, int steps) {
    return new ArrayProgram() {
      @Override
      public <T> T run(ArrayArithmetic<T> a, List<T> in) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<T> pool = new ArrayList<>(in);
        pool.add(a.constant(0.7));
        pool.add(a.constant(rnd.doubles(6, -1, 1).toArray()));
        for (int s = 0; s < steps; s++) {
          T x = pool.get(rnd.nextInt(pool.size()));
          pool.add(step(a, rnd, x, pool));
        }
        T total = a.constant(0);
        for (T t : pool) {
          total = a.add(total, a.size(t) == 1 ? t : a.mean(a.sin(t)));
        }
        return total;
      }
    };
  }

  private static <T> T partner(ArrayArithmetic<T> a, SplittableRandom rnd, T x, List<T> pool) {
    List<T> fits = new ArrayList<>();
    for (T t : pool) {
      boolean rows = a.rows(t) == a.rows(x) || a.rows(t) == 1;
      boolean cols = a.cols(t) == a.cols(x) || a.cols(t) == 1;
      if (rows && cols) {
        fits.add(t);
      }
    }
    return fits.get(rnd.nextInt(fits.size()));
  }

  private static <T> T positive(ArrayArithmetic<T> a, T x) {
    return a.add(a.constant(1), a.square(x));
  }

  private static <T> T step(ArrayArithmetic<T> a, SplittableRandom rnd, T x, List<T> pool) {
    int n = a.size(x);
    switch (rnd.nextInt(27)) {
      case 0:
        return a.add(x, partner(a, rnd, x, pool));
      case 1:
        return a.sub(partner(a, rnd, x, pool), x);
      case 2:
        return a.mul(x, partner(a, rnd, x, pool));
      case 3:
        return a.div(partner(a, rnd, x, pool), positive(a, x));
      case 4:
        return a.neg(x);
      case 5:
        return a.square(x);
      case 6:
        return a.pow(x, 3);
      case 7:
        return a.sin(x);
      case 8:
        return a.cos(x);
      case 9:
        return a.tanh(x);
      case 10:
        return a.sigmoid(x);
      case 11:
        return a.exp(a.mul(a.constant(0.3), a.tanh(x)));
      case 12:
        return a.log(positive(a, x));
      case 13:
        return a.sqrt(positive(a, x));
      case 14:
        return a.mul(a.relu(x), a.abs(x));
      case 15:
        return a.max(x, partner(a, rnd, x, pool));
      case 16:
        return a.min(List.of(partner(a, rnd, x, pool), x, a.constant(0.25)));
      case 17:
        return a.mul(a.sum(x), a.dot(x, x));
      case 18:
        return a.transpose(x);
      case 19: // a matrix product of two reshapes of vectors, or x·xᵀ
        if (n % 2 == 0 && n > 2) {
          return a.matmul(a.reshape(x, 2, n / 2), a.reshape(a.tan(a.mul(a.constant(0.2), x)),
              n / 2, 2));
        }
        return a.matmul(x, a.transpose(x));
      case 20:
        return n > 1 ? a.slice(a.reshape(x, n, 1), 1, n) : x;
      case 21:
        return n > 2 ? a.slice(a.reshape(x, 1, n), 0, n, 2) : x;
      case 22:
        return a.concat(a.reshape(x, n, 1), a.constant(rnd.doubles(3, -1, 1).toArray()));
      case 23:
        return a.softmax(x);
      case 24:
        return a.logSumExp(x);
      case 25:
        return a.mean(a.pow(positive(a, x), partner(a, rnd, x, pool)));
      default:
        return a.reshape(x, 1, n);
    }
  }
}
