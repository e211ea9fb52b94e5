package org.pathsum.benchmarks.ad;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pathsum.ad.ArrayGraph;

/**
 * The array-node gradient of the extended Rosenbrock function against its hand-written
 * evaluation, at n inputs: {@code arrayGradient} ({@link ArrayGraph#valueAndGradient}, thirteen
 * array nodes whatever n, allocation-free) ÷ {@code handEvaluation}, target ≤ 3; {@code
 * arrayEvaluate} is the values pass alone. Where {@link GradientBenchmark} fixes n = 30,000, this
 * one adds n = 100,000, where the nodes' arrays no longer fit in a core's cache. The graph is
 * recorded in the setup, and its gradient checked against the hand-written one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ArrayNodeBenchmark {

  /** The number of inputs (even). */
  @Param({"30000", "100000"})
  public int n;

  private ArrayGraph graph;
  private double[] point;
  private double[] gradient;
  private double[] handGradient;

  /** Records the graph and checks its gradient once. */
  @Setup(Level.Trial)
  public void setUp() {
    graph = TestFunctions.ARRAY_ROSENBROCK.record(List.of("x"), n);
    point = TestFunctions.point(n, -2, 2, 11);
    gradient = new double[n];
    handGradient = new double[n];
    TestFunctions.rosenbrockGradient(point, handGradient);
    graph.valueAndGradient(point, gradient);
    for (int i = 0; i < n; i++) {
      if (Math.abs(handGradient[i] - gradient[i]) > 1e-9 * Math.max(1, Math.abs(gradient[i]))) {
        throw new IllegalStateException("the array gradient differs at " + i);
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
    TestFunctions.rosenbrockGradient(point, handGradient);
    return handGradient;
  }

  /** The values pass over the array nodes ({@link ArrayGraph#evaluate}). */
  @Benchmark
  public double[] arrayEvaluate() {
    return graph.evaluate(point);
  }

  /** The gradient over the array nodes; allocates nothing. */
  @Benchmark
  public double[] arrayGradient() {
    graph.valueAndGradient(point, gradient);
    return gradient;
  }
}
