package org.pathsum.benchmarks.ad;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;
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
import org.pathsum.ad.ComputationGraph;

/**
 * Peers on one function: the full gradient of the extended Rosenbrock function of n inputs by
 * pathsum's reverse mode (label + one reverse sweep; the graph recorded once in the setup) against
 * forward-mode tools that carry all n partials through every operation — Hipparchus {@link
 * Gradient} and {@link DerivativeStructure} (order 1) — and against pathsum's own dual numbers (n
 * passes of the program on {@code Dual}), with the hand-written gradient as the floor. The forks
 * get a 4 GB heap because Hipparchus' {@code DSFactory} for 1000 parameters needs about 1.3 GB.
 * The warm-up is long because Hipparchus' {@code Gradient} at n = 100 runs far slower for its
 * first seconds in a fork than in its steady state, where a peer is measured (benchmarks/RESULTS.md
 * has the figures).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 12, time = 1)
@Measurement(iterations = 5, time = 1)
public class PeerBenchmark {

  /** Number of inputs (even). */
  @Param({"10", "100", "1000"})
  public int n;

  private double[] point;
  private ComputationGraph graph;
  private double[] gradient;
  private double[] pathsumGradient;
  private ComputationGraph interpreted;

  /** Records the graph once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    point = TestFunctions.point(n, -2, 2, 17);
    graph = TestFunctions.ROSENBROCK.record(TestFunctions.names("x", n), List.of("f"));
    System.setProperty(ComputationGraph.COMPILE_PROPERTY, "false");
    try {
      interpreted =
          TestFunctions.ROSENBROCK.record(TestFunctions.names("x", n), List.of("f"));
    } finally {
      System.clearProperty(ComputationGraph.COMPILE_PROPERTY);
    }
    gradient = new double[n];
    pathsumGradient = new double[n];
  }

  /**
   * pathsum reverse mode: one fused labeling pass and one reverse sweep ({@link
   * ComputationGraph#valueAndGradient(double[], double[])}), allocation-free.
   */
  @Benchmark
  public double[] pathsumReverse() {
    graph.valueAndGradient(point, pathsumGradient);
    return pathsumGradient;
  }

  /**
   * The same gradient by the tape's interpreter alone: a graph built with {@link
   * ComputationGraph#COMPILE_PROPERTY} false, so never compiled ({@code pathsumReverse} runs
   * generated code for graphs of at most 2,000 nodes: here n ≤ 200; n = 1000 has 5,003).
   */
  @Benchmark
  public double[] interpretedReverse() {
    interpreted.valueAndGradient(point, pathsumGradient);
    return pathsumGradient;
  }

  /** pathsum dual numbers: n forward passes of the program, one per input. */
  @Benchmark
  public double[] pathsumDual() {
    double[] g = new double[n];
    for (int i = 0; i < n; i++) {
      g[i] = TestFunctions.ROSENBROCK.derivatives(i, point).get(0).derivative();
    }
    return g;
  }

  /** Hipparchus {@link Gradient}: one pass carrying n partials per value. */
  @Benchmark
  public double[] hipparchusGradient() {
    Gradient[] x = new Gradient[n];
    for (int i = 0; i < n; i++) {
      x[i] = Gradient.variable(n, i, point[i]);
    }
    return TestFunctions.rosenbrock(x).getGradient();
  }

  /**
   * The {@link DSFactory} of n parameters, order 1, built once per trial and only for the benchmark
   * that uses it: at n = 1000 it takes seconds and about 1.3 GB.
   */
  @State(Scope.Benchmark)
  public static class Factory {
    DSFactory factory;

    /**
     * Builds the factory.
     *
     * @param peer the benchmark state, for n
     */
    @Setup(Level.Trial)
    public void setUp(PeerBenchmark peer) {
      factory = new DSFactory(peer.n, 1);
    }
  }

  /** Hipparchus {@link DerivativeStructure} of order 1 in n parameters. */
  @Benchmark
  public double[] hipparchusDerivativeStructure(Factory f) {
    DerivativeStructure[] x = new DerivativeStructure[n];
    for (int i = 0; i < n; i++) {
      x[i] = f.factory.variable(i, point[i]);
    }
    return TestFunctions.rosenbrock(x).getAllDerivatives();
  }

  /** The hand-written gradient: the floor. */
  @Benchmark
  public double[] handGradient() {
    TestFunctions.rosenbrockGradient(point, gradient);
    return gradient;
  }
}
