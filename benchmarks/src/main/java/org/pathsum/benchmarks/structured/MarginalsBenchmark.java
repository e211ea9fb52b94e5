package org.pathsum.benchmarks.structured;

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
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.KBestPaths;
import org.pathsum.solver.Marginals;
import org.pathsum.solver.PathSumSolvers;

/**
 * Structured-prediction queries on a label lattice of {@code positions × labels} (10⁴ × 10: about
 * 10⁶ edges), each from the edge arrays to the answer, as a user calls it (compiling included):
 *
 * <ul>
 *   <li>{@code logForward}: one log-semiring forward solve, {@code forEdgeArrays(…).solveFrom};
 *   <li>{@code marginals}: {@code PathSumSolvers.marginals}, log Z and every edge's and vertex's
 *       marginal (forward–backward: a forward and a backward solve and one pass over the edges);
 *   <li>{@code maxPlusBest}: the single best weight at every vertex, max-plus {@code solveFrom};
 *   <li>{@code kBest1}, {@code kBest10}: the 1 and the 10 best walks to every vertex, with the
 *       walks ({@code PathSumSolvers.kBestFrom}).
 * </ul>
 *
 * Headline ratios: marginals ÷ logForward (target ≤ 3), kBest10 ÷ maxPlusBest (target ≤ 10).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MarginalsBenchmark {

  /** Lattice positions. */
  @Param({"10000"})
  public int positions;

  /** Labels per position. */
  @Param({"10"})
  public int labels;

  private Lattice lattice;

  /** Builds the lattice, per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    lattice = new Lattice(positions, labels, 42);
  }

  /** One log-semiring forward solve, arrays to answer. */
  @Benchmark
  public double logForward() {
    return PathSumSolvers.forEdgeArrays(
            lattice.vertices, lattice.from, lattice.to, Semirings.log(), lattice.logWeights)
        .solveFrom(lattice.start)
        .get(lattice.end);
  }

  /** Every edge's and vertex's marginal and log Z, arrays to answer. */
  @Benchmark
  public double marginals() {
    Marginals<Integer, Integer> m =
        PathSumSolvers.marginals(
            lattice.vertices,
            lattice.from,
            lattice.to,
            Semirings.log(),
            lattice.logWeights,
            lattice.start,
            lattice.end);
    return m.value() + m.edgeAt(lattice.from.length / 2);
  }

  /** The best (max-plus) weight at every vertex, arrays to answer. */
  @Benchmark
  public double maxPlusBest() {
    return PathSumSolvers.forEdgeArrays(
            lattice.vertices, lattice.from, lattice.to, Semirings.maxPlus(), lattice.logWeights)
        .solveFrom(lattice.start)
        .get(lattice.end);
  }

  /** The best walk to every vertex, with the walk, arrays to answer. */
  @Benchmark
  public double kBest1() {
    return kBest(1);
  }

  /** The 10 best walks to every vertex, with the walks, arrays to answer. */
  @Benchmark
  public double kBest10() {
    return kBest(10);
  }

  private double kBest(int k) {
    KBestPaths<Integer, Integer> best =
        PathSumSolvers.kBestFrom(
            lattice.vertices,
            lattice.from,
            lattice.to,
            Semirings.maxPlus(),
            lattice.logWeights,
            lattice.start,
            k);
    double[] w = best.weights(lattice.end);
    return w[w.length - 1] + best.walks(lattice.end).get(0).size();
  }
}
