package org.pathsum.benchmarks.paths;

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
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSumSolvers;
import org.pathsum.solver.internal.compiled.CarrierGuard;
import org.pathsum.solver.internal.compiled.CompiledDag;
import org.pathsum.solver.internal.compiled.DagSweeps;
import org.pathsum.solver.internal.compiled.GraphCompiler;
import org.pathsum.solver.testing.OpaqueDoubleSemiring;

/**
 * The compiled real-semiring sweep against its floor: a raw loop over copies of the same CSR arrays
 * with {@code +} and {@code ×} written inline, doing the loads the sweep must do. The edges are
 * numbered by target, so the compiled DAG keeps no in-edge id map and the raw loop needs none
 * either. The target is a sweep within 1.5× of that loop, for three doors into the same kernel:
 *
 * <ul>
 *   <li>{@code compiled*}: the raw sweep ({@code DagSweeps.forward/backward(dag, s, w, anchor,
 *       out)}, no carrier test), into a reused buffer, against {@code rawLoop*};
 *   <li>{@code guarded*}: the sweep with its carrier band test per vertex ({@link CarrierGuard}), as
 *       the front door runs it, allocating its result, against {@code rawLoop*Allocating};
 *   <li>{@code frontDoor*}: {@link PathSumSolvers#forEdgeArrays} built once on the same edges,
 *       then {@code solveFrom(0).get(last)} / {@code solveTo(last).get(0)}: the guarded sweep plus
 *       the result object and one lookup, against {@code rawLoop*Allocating}.
 * </ul>
 *
 * <p>The front door sweeps its own compiled copy of the graph, renumbered by {@link
 * GraphCompiler} (components in topological order), not the benchmark's arrays. {@code
 * guardedForwardCompilerLayout} is the guarded sweep over that copy, without the door: the two
 * tell the cost of the layout from the cost of the door.
 *
 * <p>{@code genericKernelMegamorphic} runs the same sweep through a {@link DoubleSemiring} the
 * library does not specialize, after the call site has seen several semirings: what the real sweep
 * would cost without its specialized kernel in a JVM that uses many semirings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RealSweepBenchmark {

  /** Number of edges; every vertex but the first has in-degree 4. */
  @Param({"1000000", "10000000"})
  public int edges;

  private CompiledDag dag;
  private double[] weights;
  private double[] out;
  private int n;
  private int[] inOffsets;
  private int[] source;
  private DoubleSemiring opaqueReal;
  private CarrierGuard guard;
  private RandomDag random;

  /** Builds the DAG, its weights and the raw-loop copies of its arrays, once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    random = RandomDag.generate(edges, 4, 42);
    dag = random.toCompiledDag();
    weights = random.realWeights(7);
    guard = CarrierGuard.of(Semirings.real(), weights);
    n = dag.vertexCount();
    out = new double[n];
    int m = dag.edgeCount();
    inOffsets = new int[n + 1];
    source = new int[m];
    for (int e = 0; e < m; e++) {
      source[e] = dag.edgeSource(e);
    }
    for (int v = 0; v < n; v++) {
      inOffsets[v + 1] = inOffsets[v] + dag.inDegree(v);
      for (int i = 0; i < dag.inDegree(v); i++) {
        if (dag.inEdge(v, i) != inOffsets[v] + i) {
          throw new IllegalStateException("edges must be numbered by target for the raw loop");
        }
      }
    }
    opaqueReal = new OpaqueDoubleSemiring(Semirings.real());
    // Let the generic kernel's call sites see several semirings, as a long-running application's
    // do.
    double[] scratch = new double[n];
    for (DoubleSemiring s :
        new DoubleSemiring[] {
          Semirings.maxPlus(),
          Semirings.bottleneck(),
          Semirings.viterbi(),
          Semirings.log(),
          opaqueReal
        }) {
      for (int k = 0; k < 3; k++) {
        DagSweeps.forward(dag, s, weights, 0, scratch);
      }
    }
  }

  /** The library's forward sweep from vertex 0 (specialized real kernel). */
  @Benchmark
  public double compiledForward() {
    DagSweeps.forward(dag, Semirings.real(), weights, 0, out);
    return out[n - 1];
  }

  /** The library's backward sweep to the last vertex (specialized real kernel). */
  @Benchmark
  public double compiledBackward() {
    DagSweeps.backward(dag, Semirings.real(), weights, n - 1, out);
    return out[0];
  }

  /** The floor: the forward sweep's loads and arithmetic, written by hand. */
  @Benchmark
  public double rawLoopForward() {
    final double[] o = out;
    final double[] w = weights;
    final int[] off = inOffsets;
    final int[] src = source;
    o[0] = 1.0;
    for (int v = 1; v < n; v++) {
      double acc = 0.0;
      for (int e = off[v], end = off[v + 1]; e < end; e++) {
        acc += o[src[e]] * w[e];
      }
      o[v] = acc;
    }
    return o[n - 1];
  }

  /** The floor of the backward sweep: the same scatter over the in-adjacency, by hand. */
  @Benchmark
  public double rawLoopBackward() {
    final double[] o = out;
    final double[] w = weights;
    final int[] off = inOffsets;
    final int[] src = source;
    java.util.Arrays.fill(o, 0.0);
    o[n - 1] = 1.0;
    for (int v = n - 1; v > 0; v--) {
      final double value = o[v];
      for (int e = off[v + 1] - 1, begin = off[v]; e >= begin; e--) {
        o[src[e]] += w[e] * value;
      }
    }
    return o[0];
  }

  /** The generic {@link DoubleSemiring} kernel with megamorphic interface calls. */
  @Benchmark
  public double genericKernelMegamorphic() {
    DagSweeps.forward(dag, opaqueReal, weights, 0, out);
    return out[n - 1];
  }

  /** The guarded forward sweep from vertex 0 into a new array, as the front door runs it. */
  @Benchmark
  public double[] guardedForward() {
    return DagSweeps.forward(dag, guard, weights, 0);
  }

  /** The guarded backward sweep to the last vertex into a new array. */
  @Benchmark
  public double[] guardedBackward() {
    return DagSweeps.backward(dag, guard, weights, n - 1);
  }

  /** The floor of the allocating doors: {@link #rawLoopForward} into a new array. */
  @Benchmark
  public double[] rawLoopForwardAllocating() {
    final double[] o = new double[n];
    final double[] w = weights;
    final int[] off = inOffsets;
    final int[] src = source;
    o[0] = 1.0;
    for (int v = 1; v < n; v++) {
      double acc = 0.0;
      for (int e = off[v], end = off[v + 1]; e < end; e++) {
        acc += o[src[e]] * w[e];
      }
      o[v] = acc;
    }
    return o;
  }

  /** The floor of the allocating backward doors: {@link #rawLoopBackward} into a new array. */
  @Benchmark
  public double[] rawLoopBackwardAllocating() {
    final double[] o = new double[n];
    final double[] w = weights;
    final int[] off = inOffsets;
    final int[] src = source;
    o[n - 1] = 1.0;
    for (int v = n - 1; v > 0; v--) {
      final double value = o[v];
      for (int e = off[v + 1] - 1, begin = off[v]; e >= begin; e--) {
        o[src[e]] += w[e] * value;
      }
    }
    return o;
  }

  /** The front door on the same edges, built once per trial (compiling is not timed). */
  @State(Scope.Benchmark)
  public static class FrontDoor {
    PathSumSolver<Integer, Double> solver;
    int last;
    CompiledDag compiledDag;
    double[] compiledWeights;
    CarrierGuard compiledGuard;
    int compiledSource;

    /** Once per trial, from the benchmark's own DAG and weights. */
    @Setup(Level.Trial)
    public void setUp(RealSweepBenchmark b) {
      List<Integer> vertices =
          IntStream.range(0, b.n).boxed().collect(Collectors.toUnmodifiableList());
      solver =
          PathSumSolvers.forEdgeArrays(
              vertices, b.random.from, b.random.to, Semirings.real(), b.weights);
      last = b.n - 1;
      GraphCompiler.Compiled<Integer, Integer> c =
          GraphCompiler.compile(
              vertices, b.random.from.clone(), b.random.to.clone(), b.weights, Semirings.real());
      compiledDag = c.graph().dag();
      compiledWeights = c.doubles();
      compiledGuard = CarrierGuard.of(Semirings.real(), compiledWeights);
      compiledSource = c.graph().indexOf(0);
    }
  }

  /** The guarded forward sweep over the front door's compiled layout of the same graph. */
  @Benchmark
  public double[] guardedForwardCompilerLayout(FrontDoor f) {
    return DagSweeps.forward(f.compiledDag, f.compiledGuard, f.compiledWeights, f.compiledSource);
  }

  /** The front door: every vertex's sum from vertex 0, then one lookup. */
  @Benchmark
  public double frontDoorForward(FrontDoor f) {
    return f.solver.solveFrom(0).get(f.last);
  }

  /** The front door: every vertex's sum to the last vertex, then one lookup. */
  @Benchmark
  public double frontDoorBackward(FrontDoor f) {
    return f.solver.solveTo(f.last).get(0);
  }
}
