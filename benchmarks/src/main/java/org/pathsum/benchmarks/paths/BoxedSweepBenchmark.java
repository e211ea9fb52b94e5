package org.pathsum.benchmarks.paths;

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
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.internal.compiled.CompiledDag;
import org.pathsum.solver.internal.compiled.DagSweeps;

/**
 * Generic (boxed) against primitive: the same real forward sweep with weights as {@code
 * List<Double>} through {@link Semiring} and as {@code double[]} through the primitive kernel. The
 * boxed time includes what its API implies: copying the weight list to an array, one {@code Double}
 * per operation and the result list.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BoxedSweepBenchmark {

  /** Number of edges; every vertex but the first has in-degree 4. */
  @Param({"100000", "1000000"})
  public int edges;

  private CompiledDag dag;
  private double[] weights;
  private List<Double> boxedWeights;
  private double[] out;

  /** Builds the DAG and both weight forms once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    RandomDag random = RandomDag.generate(edges, 4, 42);
    dag = random.toCompiledDag();
    weights = random.realWeights(7);
    boxedWeights = new ArrayList<>(weights.length);
    for (double w : weights) {
      boxedWeights.add(w);
    }
    out = new double[dag.vertexCount()];
  }

  /** The primitive sweep into a reused buffer. */
  @Benchmark
  public double primitiveForward() {
    DagSweeps.forward(dag, Semirings.real(), weights, 0, out);
    return out[out.length - 1];
  }

  /** The generic sweep over {@code Semiring<Double>}. */
  @Benchmark
  public Double boxedForward() {
    Semiring<Double> real = Semirings.real();
    List<Double> values = DagSweeps.forward(dag, real, boxedWeights, 0);
    return values.get(values.size() - 1);
  }
}
