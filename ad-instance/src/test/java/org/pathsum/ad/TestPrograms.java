package org.pathsum.ad;

import java.util.ArrayList;
import java.util.List;

/** Programs shared by the tests, and the one way they record them with numbered inputs. */
final class TestPrograms {

  private TestPrograms() {}

  /**
   * The extended Rosenbrock function of an even number of inputs, {@code Σ 100·(x_{2k+1} −
   * x_{2k}²)² + (1 − x_{2k})²}, with a constant-exponent square.
   */
  static <T> T rosenbrock(Arithmetic<T> a, List<T> x) {
    T sum = a.constant(0);
    for (int i = 0; i + 1 < x.size(); i += 2) {
      T d = a.sub(x.get(i + 1), a.pow(x.get(i), 2));
      T e = a.sub(a.constant(1), x.get(i));
      sum = a.add(sum, a.add(a.mul(a.constant(100), a.mul(d, d)), a.mul(e, e)));
    }
    return sum;
  }

  /** {@link #rosenbrock} as a program. */
  static final Program ROSENBROCK = Program.scalar(TestPrograms::rosenbrock);

  /** {@code program} recorded with inputs {@code x0 … x(inputs − 1)} and outputs {@code f0 …}. */
  static ComputationGraph record(Program program, int inputs, int outputs) {
    List<String> in = new ArrayList<>();
    for (int i = 0; i < inputs; i++) {
      in.add("x" + i);
    }
    List<String> out = new ArrayList<>();
    for (int j = 0; j < outputs; j++) {
      out.add("f" + j);
    }
    return program.record(in, out);
  }

  /** The Rosenbrock function of {@code n} inputs, recorded. */
  static ComputationGraph rosenbrock(int n) {
    return record(ROSENBROCK, n, 1);
  }
}
