package org.pathsum.benchmarks.structured;

import com.google.common.collect.ContiguousSet;
import com.google.common.collect.DiscreteDomain;
import com.google.common.collect.Range;
import java.math.BigInteger;
import java.util.List;
import java.util.SplittableRandom;
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
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSumSolvers;

/**
 * Exact path counting ({@code Semirings.exactCounting()}, {@link BigInteger}) against {@code long}
 * counting ({@code Semirings.counting()}) on a DAG whose counts stay far below 2⁶³: a source
 * joined to the first of {@code layers} layers of {@code width} vertices, each vertex of a layer
 * joined to {@code degree} random vertices of the next (parallel edges allowed). Solvers are
 * built in the setup; a benchmark is one {@code solveFrom(source)}. Headline: exact ÷ long
 * (target ≤ 1.5). Below 2⁶³ both semirings sweep on primitive {@code long}s and differ in what
 * each vertex's count is boxed into. The warm-up is longer than the profiles' 3 s (the regression
 * check keeps it): the first seconds of a fork ran up to three times slower than the rest.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
public class ExactCountingBenchmark {

  /** Total edges, about. */
  @Param({"1000000"})
  public int edges;

  private PathSumSolver<Integer, Long> longCounts;
  private PathSumSolver<Integer, BigInteger> exactCounts;

  /** Builds the graph and both solvers, per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    int layers = 5;
    int degree = 25;
    int width = Math.max(1, edges / ((layers - 1) * degree));
    int n = 1 + layers * width;
    int m = width + (layers - 1) * width * degree;
    int[] from = new int[m];
    int[] to = new int[m];
    SplittableRandom random = new SplittableRandom(7);
    int e = 0;
    for (int v = 0; v < width; v++, e++) {
      from[e] = 0;
      to[e] = 1 + v;
    }
    for (int layer = 0; layer + 1 < layers; layer++) {
      for (int v = 0; v < width; v++) {
        for (int d = 0; d < degree; d++, e++) {
          from[e] = 1 + layer * width + v;
          to[e] = 1 + (layer + 1) * width + random.nextInt(width);
        }
      }
    }
    List<Integer> vertices =
        ContiguousSet.create(Range.closedOpen(0, n), DiscreteDomain.integers()).asList();
    longCounts =
        PathSumSolvers.forEdgeArrays(vertices, from, to, Semirings.counting(), i -> 1L);
    exactCounts =
        PathSumSolvers.forEdgeArrays(
            vertices, from, to, Semirings.exactCounting(), i -> BigInteger.ONE);
    BigInteger check = BigInteger.ZERO;
    long sum = 0;
    for (int v = 1 + (layers - 1) * width; v < n; v++) {
      check = check.add(exactCounts.solveFrom(0).get(v));
      sum = Math.addExact(sum, longCounts.solveFrom(0).get(v));
      if (v > 1 + (layers - 1) * width + 10) {
        break;
      }
    }
    if (!check.equals(BigInteger.valueOf(sum))) {
      throw new AssertionError("long and exact counts differ: " + sum + " vs " + check);
    }
  }

  /** Path counts from the source, {@code long}. */
  @Benchmark
  public long longCounting() {
    return longCounts.solveFrom(0).get(1);
  }

  /** Path counts from the source, exact. */
  @Benchmark
  public BigInteger exactCounting() {
    return exactCounts.solveFrom(0).get(1);
  }
}
