package org.pathsum.benchmarks.ad;

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
import org.pathsum.ad.LabeledGraph;

/**
 * Forward against reverse mode: the full Jacobian of {@link TestFunctions#jacobianFamily} f: ℝⁿ →
 * ℝᵐ by n single-source path solves ({@code forwardJacobian}: {@link LabeledGraph#tangents} from
 * each input) or m single-target ones ({@code reverseJacobian}: {@link LabeledGraph#adjoints} to
 * each output) over the same labeled graph, each solve into a new array of the graph's size. The
 * graph (body of 1,000 steps) is recorded and labeled in the setup; labeling, common to both modes
 * (and done once by {@code ComputationGraph.jacobian}), is not timed. The ratio reverse ÷ forward
 * should track m/n.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class JacobianBenchmark {

  /** Number of inputs. */
  @Param({"1", "10", "100", "1000"})
  public int n;

  /** Number of outputs. */
  @Param({"1", "10", "100", "1000"})
  public int m;

  private LabeledGraph labeled;
  private int[] inputNodes;
  private int[] outputNodes;

  /** Records and labels the graph once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    labeled =
        TestFunctions.jacobianFamily(n, m, 1000)
            .record(TestFunctions.names("x", n), TestFunctions.names("y", m))
            .labelAt(TestFunctions.point(n, -1, 1, 13));
    outputNodes = new int[m];
    for (int j = 0; j < m; j++) {
      outputNodes[j] = labeled.graph().outputs().get(j).index();
    }
    inputNodes = new int[n];
    for (int i = 0; i < n; i++) {
      inputNodes[i] = labeled.graph().inputs().get(i).index();
    }
  }

  /** n forward (single-source) sweeps; entry [j][i] = ∂y_j/∂x_i. */
  @Benchmark
  public double[][] forwardJacobian() {
    double[][] jacobian = new double[m][n];
    for (int i = 0; i < n; i++) {
      double[] tangents = labeled.tangents(i);
      for (int j = 0; j < m; j++) {
        jacobian[j][i] = tangents[outputNodes[j]];
      }
    }
    return jacobian;
  }

  /** m reverse (single-target) sweeps; entry [j][i] = ∂y_j/∂x_i. */
  @Benchmark
  public double[][] reverseJacobian() {
    double[][] jacobian = new double[m][n];
    for (int j = 0; j < m; j++) {
      double[] adjoints = labeled.adjoints(j);
      for (int i = 0; i < n; i++) {
        jacobian[j][i] = adjoints[inputNodes[i]];
      }
    }
    return jacobian;
  }
}
