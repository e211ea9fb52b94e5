package org.pathsum.benchmarks.ad;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pathsum.ad.ComputationGraph;

/**
 * An experiment for the long-term target "gradient ≤ 4× hand-written evaluation":
 * the same scheme as pathsum's tape (a fused pass writing values and edge labels, then a reverse
 * scatter over the labels, a path solve to the output) at three granularities of node, on the
 * extended Rosenbrock function of 30,000 inputs:
 *
 * <ul>
 *   <li>{@code fineTape}: pathsum's tape, one node per arithmetic operation (≈150,000 nodes,
 *       240,000 edges), {@link ComputationGraph#valueAndGradient(double[], double[])};
 *   <li>{@code termNodes}: a tape with one coarse node per term {@code 100(x₁ − x₀²)² + (1 −
 *       x₀)²}, whose rule gives the two local partials, and one n-ary sum node (45,001 nodes,
 *       45,000 edges);
 *   <li>{@code vectorNode}: one vector node for all the terms (their labels stored per element) and
 *       the sum node: two dispatches in all, the rest straight loops — what generated code or a
 *       library of vector operations would run.
 * </ul>
 *
 * <p>The coarse tapes are written here, for this function only: they measure what coarser nodes
 * would buy, they are not part of the library. The floors are {@code handEvaluation} and {@code
 * handGradient}. All three gradients equal the hand-written one (checked in the setup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CoarseNodeBenchmark {

  private static final int INPUTS = 30_000;
  private static final byte INPUT = 0;
  private static final byte TERM = 1;

  private double[] point;
  private ComputationGraph graph;
  private double[] gradient;
  // the term-node tape: codes, operands in CSR, its workspace
  private byte[] code;
  private int[] start;
  private int[] operand;
  private double[] values;
  private double[] labels;
  private double[] adjoints;
  // the vector node's workspace
  private double[] terms;
  private double[] termLabels;
  /** The last value computed by {@link #vectorNode}, kept so the sum is not dead code. */
  public double value;

  /** Records the fine tape, builds the coarse one, and checks all gradients once. */
  @Setup(Level.Trial)
  public void setUp() {
    point = TestFunctions.point(INPUTS, -2, 2, 11);
    graph = TestFunctions.ROSENBROCK.record(TestFunctions.names("x", INPUTS), List.of("f"));
    gradient = new double[INPUTS];
    int termCount = INPUTS / 2;
    int n = INPUTS + termCount + 1;
    code = new byte[n];
    start = new int[n + 1];
    operand = new int[3 * termCount];
    int e = 0;
    int v = 0;
    for (; v < INPUTS; v++) {
      code[v] = INPUT;
      start[v + 1] = e;
    }
    for (int k = 0; k < termCount; k++, v++) {
      code[v] = TERM;
      operand[e++] = 2 * k;
      operand[e++] = 2 * k + 1;
      start[v + 1] = e;
    }
    code[v] = 2; // SUM
    for (int k = 0; k < termCount; k++) {
      operand[e++] = INPUTS + k;
    }
    start[v + 1] = e;
    values = new double[n];
    labels = new double[e];
    adjoints = new double[n];
    terms = new double[termCount];
    termLabels = new double[INPUTS];
    double[] hand = new double[INPUTS];
    TestFunctions.rosenbrockGradient(point, hand);
    check(hand, fineTape(), "fine tape");
    check(hand, Arrays.copyOf(termNodes(), INPUTS), "term nodes");
    check(hand, vectorNode(), "vector node");
  }

  private static void check(double[] expected, double[] actual, String what) {
    for (int i = 0; i < expected.length; i++) {
      double tol = 1e-9 * Math.max(1, Math.abs(expected[i]));
      if (Math.abs(expected[i] - actual[i]) > tol) {
        throw new IllegalStateException(what + " differs at " + i + ": " + actual[i]);
      }
    }
  }

  /** Plain Java evaluation: the floor. */
  @Benchmark
  public double handEvaluation() {
    return TestFunctions.rosenbrock(point);
  }

  /** Plain Java value and gradient. */
  @Benchmark
  public double[] handGradient() {
    TestFunctions.rosenbrockGradient(point, gradient);
    return gradient;
  }

  /** pathsum's tape: one node per operation. */
  @Benchmark
  public double[] fineTape() {
    graph.valueAndGradient(point, gradient);
    return gradient;
  }

  /** A tape of one node per term and one sum node: fused pass, then reverse scatter. */
  @Benchmark
  public double[] termNodes() {
    System.arraycopy(point, 0, values, 0, INPUTS);
    int n = code.length;
    for (int v = INPUTS; v < n; v++) {
      int s = start[v];
      if (code[v] == TERM) {
        double x0 = values[operand[s]];
        double x1 = values[operand[s + 1]];
        double d = x1 - x0 * x0;
        double e = 1 - x0;
        values[v] = 100 * d * d + e * e;
        labels[s] = -400 * d * x0 - 2 * e;
        labels[s + 1] = 200 * d;
      } else {
        double sum = 0;
        for (int i = s, end = start[v + 1]; i < end; i++) {
          sum += values[operand[i]];
          labels[i] = 1.0;
        }
        values[v] = sum;
      }
    }
    Arrays.fill(adjoints, 0.0);
    adjoints[n - 1] = 1.0;
    for (int v = n - 1; v > 0; v--) {
      double g = adjoints[v];
      for (int i = start[v + 1] - 1, begin = start[v]; i >= begin; i--) {
        int u = operand[i];
        adjoints[u] = labels[i] * g + adjoints[u];
      }
    }
    return adjoints;
  }

  /** One vector node for all terms, then the sum node (labels 1): two dispatches. */
  @Benchmark
  public double[] vectorNode() {
    for (int k = 0; k < terms.length; k++) {
      double x0 = point[2 * k];
      double x1 = point[2 * k + 1];
      double d = x1 - x0 * x0;
      double e = 1 - x0;
      terms[k] = 100 * d * d + e * e;
      termLabels[2 * k] = -400 * d * x0 - 2 * e;
      termLabels[2 * k + 1] = 200 * d;
    }
    double sum = 0;
    for (double t : terms) {
      sum += t;
    }
    value = sum;
    double g = 1.0; // the adjoint of every term: the sum node's labels are all 1
    for (int i = 0; i < INPUTS; i++) {
      gradient[i] = termLabels[i] * g;
    }
    return gradient;
  }
}
