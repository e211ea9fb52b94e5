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
import org.pathsum.ad.AutoDiff;
import org.pathsum.ad.Jacobian;
import org.pathsum.ad.LabeledGraph;
import org.pathsum.ad.Program;

/**
 * Forward against reverse mode: the full Jacobian of {@link TestFunctions#jacobianFamily} f: ℝⁿ →
 * ℝᵐ by n single-source sweeps ({@code forwardJacobian}) or m single-target sweeps ({@code
 * reverseJacobian}) over the same labeled graph. The graph (body of 1,000 steps) is recorded and
 * labeled in the setup; labeling, common to both modes, is not timed. The ratio reverse ÷ forward
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

  /** Records and labels the graph once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    labeled =
        Program.record(
                TestFunctions.jacobianFamily(n, m, 1000),
                TestFunctions.names("x", n),
                TestFunctions.names("y", m))
            .labelAt(TestFunctions.point(n, -1, 1, 13));
  }

  /** n forward (single-source) sweeps. */
  @Benchmark
  public Jacobian forwardJacobian() {
    return AutoDiff.forwardJacobian(labeled);
  }

  /** m reverse (single-target) sweeps. */
  @Benchmark
  public Jacobian reverseJacobian() {
    return AutoDiff.reverseJacobian(labeled);
  }
}
