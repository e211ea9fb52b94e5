package org.pathsum.benchmarks.ad;

import java.util.ArrayList;
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
import org.openjdk.jmh.infra.Blackhole;
import org.pathsum.ad.Arithmetic;
import org.pathsum.ad.ArrayGraph;
import org.pathsum.ad.ComputationGraph;
import org.pathsum.ad.Gradient;
import org.pathsum.ad.LabeledGraph;
import org.pathsum.examples.nn.Dataset;
import org.pathsum.examples.nn.Network;

/**
 * The cheap-gradient ratio: the time of a full gradient by pathsum (label the recorded graph at the
 * point, then one reverse sweep) against evaluating the function, for two scalar functions of more
 * than 10⁵ nodes:
 *
 * <ul>
 *   <li>{@code rosenbrock}: the extended Rosenbrock function of 30,000 inputs (about 150,000
 *       nodes);
 *   <li>{@code mlp}: the squared-error loss of a 20–32–1 sigmoid network ({@link Network}, 705
 *       weights) on 100 points (about 145,000 nodes).
 * </ul>
 *
 * <p>Floors: {@code handEvaluation} (plain Java) and {@code handGradient} (plain Java
 * backpropagation). {@code pathsumGradient} is the allocation-free door, {@code gradientResult} the
 * one-call door that returns an immutable {@link Gradient}; {@code label} is pathsum's labeling of
 * the recorded graph (values and local partials in one pass, into a new {@link LabeledGraph});
 * {@code reverseSweep} the single-target path solve alone over a graph labeled in the setup (every
 * node's adjoint); {@code interpretBoxed} the generic interpreter on boxed doubles. The graph is
 * recorded once in the setup, as a training loop would: recording is not timed.
 *
 * <p>{@code arrayGradient} is the same gradient over array nodes ({@link ArrayGraph}: Rosenbrock
 * as {@link TestFunctions#ARRAY_ROSENBROCK}, thirteen nodes; the network's loss as {@link
 * Network#arrayTrainingCircuit}, matrix products over the data set), allocation-free; its target
 * is within 3× of {@code handEvaluation}. {@link ArrayNodeBenchmark} adds Rosenbrock at
 * 100,000 inputs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GradientBenchmark {

  /** Which function. */
  @Param({"rosenbrock", "mlp"})
  public String function;

  private ComputationGraph graph;
  private ArrayGraph arrayGraph;
  private double[] arrayGradient;
  private double[] point;
  private List<Double> boxedPoint;
  private LabeledGraph labeled;
  private double[] gradient;
  private double[] pathsumGradient;
  private MlpLoss mlp;

  /** Records the graph and labels it once, per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    if (function.equals("rosenbrock")) {
      int n = 30_000;
      graph = TestFunctions.ROSENBROCK.record(TestFunctions.names("x", n), List.of("f"));
      arrayGraph = TestFunctions.ARRAY_ROSENBROCK.record(List.of("x"), n);
      point = TestFunctions.point(n, -2, 2, 11);
    } else if (function.equals("mlp")) {
      Network network = new Network(20, 32);
      Dataset data = MlpLoss.randomDataset(100, 20, 5);
      graph = network.trainingCircuit(data);
      arrayGraph = network.arrayTrainingCircuit(data);
      point = network.initialParameters(3);
      mlp = new MlpLoss(network, data);
    } else {
      throw new IllegalArgumentException("unknown function " + function);
    }
    boxedPoint = new ArrayList<>(point.length);
    for (double x : point) {
      boxedPoint.add(x);
    }
    labeled = graph.labelAt(point);
    gradient = new double[point.length];
    pathsumGradient = new double[point.length];
    arrayGradient = new double[point.length];
    double[] scalar = new double[point.length];
    graph.valueAndGradient(point, scalar);
    arrayGraph.valueAndGradient(point, arrayGradient);
    for (int i = 0; i < point.length; i++) { // the two contenders compute the same gradient
      if (Math.abs(scalar[i] - arrayGradient[i]) > 1e-9 * Math.max(1, Math.abs(scalar[i]))) {
        throw new IllegalStateException("the array gradient differs at " + i);
      }
    }
  }

  /** Plain Java evaluation: the floor for evaluation. */
  @Benchmark
  public double handEvaluation() {
    return mlp == null ? TestFunctions.rosenbrock(point) : mlp.value(point);
  }

  /** Plain Java value and gradient: the floor for the gradient. */
  @Benchmark
  public double[] handGradient() {
    if (mlp == null) {
      TestFunctions.rosenbrockGradient(point, gradient);
    } else {
      mlp.gradient(point, gradient);
    }
    return gradient;
  }

  /** pathsum's labeling of the recorded graph: values and local partials, into a new LabeledGraph. */
  @Benchmark
  public LabeledGraph label() {
    return graph.labelAt(point);
  }

  /** Values only: one primitive pass over the recorded graph, {@link ComputationGraph#evaluate(double...)}. */
  @Benchmark
  public double[] evaluateGraph() {
    return graph.evaluate(point);
  }

  /**
   * The full gradient by pathsum: one fused labeling pass, then one reverse sweep, into the
   * thread's workspace and a caller's array ({@link ComputationGraph#valueAndGradient(double[],
   * double[])}): allocates nothing.
   */
  @Benchmark
  public double[] pathsumGradient() {
    graph.valueAndGradient(point, pathsumGradient);
    return pathsumGradient;
  }

  /**
   * The full gradient over array nodes: one values pass and one reverse pass over the transposed
   * local Jacobians ({@link ArrayGraph#valueAndGradient}); allocates nothing.
   */
  @Benchmark
  public double[] arrayGradient() {
    arrayGraph.valueAndGradient(point, arrayGradient);
    return arrayGradient;
  }

  /** The same gradient by the one-call door, {@link ComputationGraph#gradient(double...)}. */
  @Benchmark
  public Gradient gradientResult() {
    return graph.gradient(point);
  }

  /**
   * The reverse path solve alone, on a graph labeled in the setup: every node's adjoint ({@link
   * LabeledGraph#adjoints}, a compiled sweep over the labels into a new array).
   */
  @Benchmark
  public double[] reverseSweep() {
    return labeled.adjoints(0);
  }

  /** The generic interpreter over boxed doubles ({@link ComputationGraph#evaluate}). */
  @Benchmark
  public void interpretBoxed(Blackhole bh) {
    bh.consume(graph.evaluate(Arithmetic.ofDouble(), boxedPoint));
  }
}
