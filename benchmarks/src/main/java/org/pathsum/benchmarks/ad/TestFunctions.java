package org.pathsum.benchmarks.ad;

import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.CalculusFieldElement;
import org.pathsum.ad.Arithmetic;
import org.pathsum.ad.ArrayArithmetic;
import org.pathsum.ad.ArrayProgram;
import org.pathsum.ad.Program;

/**
 * The benchmark functions, each written once against {@link Arithmetic} (so the same code runs on
 * doubles, on dual numbers and records the computation graph), with hand-written Java for the value
 * and the gradient where a benchmark needs the floor.
 */
public final class TestFunctions {

  private TestFunctions() {}

  /**
   * The extended Rosenbrock function of an even number n of inputs: {@code Σ_{k < n/2}
   * 100·(x_{2k+1} − x_{2k}²)² + (1 − x_{2k})²}. Eight operation nodes per pair of inputs.
   */
  public static final Program ROSENBROCK =
      new Program() {
        @Override
        public <T> List<T> run(Arithmetic<T> a, List<T> x) {
          T hundred = a.constant(100);
          T one = a.constant(1);
          T sum = a.constant(0);
          for (int i = 0; i + 1 < x.size(); i += 2) {
            T x0 = x.get(i);
            T d = a.sub(x.get(i + 1), a.mul(x0, x0));
            T e = a.sub(one, x0);
            sum = a.add(sum, a.add(a.mul(hundred, a.mul(d, d)), a.mul(e, e)));
          }
          return List.of(sum);
        }
      };

  /**
   * The extended Rosenbrock function written once with array nodes: the even and odd entries as
   * two strided slices, then elementwise operations and one sum. Thirteen nodes whatever n.
   */
  public static final ArrayProgram ARRAY_ROSENBROCK = TestFunctions::rosenbrock;

  private static <T> T rosenbrock(ArrayArithmetic<T> a, List<T> in) {
    T x = in.get(0);
    int n = a.size(x);
    T x0 = a.slice(x, 0, n, 2);
    T x1 = a.slice(x, 1, n, 2);
    T d = a.sub(x1, a.square(x0));
    T e = a.sub(a.constant(1), x0);
    return a.sum(a.add(a.mul(a.constant(100), a.square(d)), a.square(e)));
  }

  /** The extended Rosenbrock function, by hand. O(n). */
  public static double rosenbrock(double[] x) {
    double sum = 0;
    for (int i = 0; i + 1 < x.length; i += 2) {
      double d = x[i + 1] - x[i] * x[i];
      double e = 1 - x[i];
      sum += 100 * d * d + e * e;
    }
    return sum;
  }

  /** The extended Rosenbrock function and its gradient, by hand, into {@code g}. O(n). */
  public static double rosenbrockGradient(double[] x, double[] g) {
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

  /** The extended Rosenbrock function over a Hipparchus field (forward-mode derivatives). */
  public static <T extends CalculusFieldElement<T>> T rosenbrock(T[] x) {
    T sum = x[0].getField().getZero();
    for (int i = 0; i + 1 < x.length; i += 2) {
      T d = x[i + 1].subtract(x[i].multiply(x[i]));
      T e = x[i].negate().add(1);
      sum = sum.add(d.multiply(d).multiply(100).add(e.multiply(e)));
    }
    return sum;
  }

  /**
   * The Jacobian family f: ℝⁿ → ℝᵐ: {@code h₀ = Σᵢ sin xᵢ}, then {@code length} steps {@code h ←
   * 0.9·tanh(h) + 0.001·x_{k mod n}}, and outputs {@code y_j = (1 + j/1000)·h + x_{j mod n}}. About
   * {@code 2n + 4·length + 3m} nodes: a body of fixed size, so that a forward Jacobian costs n
   * sweeps and a reverse one m sweeps of nearly the same graph, and their ratio should be m/n.
   */
  public static Program jacobianFamily(int n, int m, int length) {
    return new Program() {
      @Override
      public <T> List<T> run(Arithmetic<T> a, List<T> x) {
        T decay = a.constant(0.9);
        T mix = a.constant(0.001);
        T h = a.constant(0);
        for (int i = 0; i < n; i++) {
          h = a.add(h, a.sin(x.get(i)));
        }
        for (int k = 0; k < length; k++) {
          h = a.add(a.mul(decay, a.tanh(h)), a.mul(mix, x.get(k % n)));
        }
        List<T> y = new java.util.ArrayList<>(m);
        for (int j = 0; j < m; j++) {
          y.add(a.add(a.mul(a.constant(1 + j / 1000.0), h), x.get(j % n)));
        }
        return y;
      }
    };
  }

  /** Names {@code prefix0 … prefix(count−1)}. */
  public static List<String> names(String prefix, int count) {
    List<String> names = new java.util.ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      names.add(prefix + i);
    }
    return names;
  }

  /** {@code count} values uniform in {@code [lo, hi)} from {@code new SplittableRandom(seed)}. */
  public static double[] point(int count, double lo, double hi, long seed) {
    return new SplittableRandom(seed).doubles(count, lo, hi).toArray();
  }
}
