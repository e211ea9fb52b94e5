package org.pathsum.benchmarks.paths;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.BellmanFordShortestPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
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
import org.pathsum.solver.NegativeCycleException;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSumSolvers;
import org.pathsum.solver.internal.cyclic.ComponentRefusalException;
import org.pathsum.solver.internal.cyclic.SelectiveComponentSolver;
import org.pathsum.solver.internal.cyclic.SeriesComponentSolver;
import org.pathsum.solver.internal.cyclic.SpectralRadiusCertificate;

/**
 * The cyclic-component strategies on seeded random graphs with cycles ({@link RandomCyclicGraph}:
 * mean degree 5, one giant strongly connected component), against JGraphT on the same graph in the
 * same run:
 *
 * <ul>
 *   <li>tropical, lengths in [0, 100): {@link SelectiveComponentSolver#tropical} (Dijkstra) against
 *       {@link DijkstraShortestPath}, all distances from vertex 0;
 *   <li>tropical with negative edges but no negative cycle (reduced costs): the solver's
 *       Bellman–Ford with subtree disassembly against {@link BellmanFordShortestPath};
 *   <li>max-plus, weights in [0, 100): positive cycles everywhere; the time to refuse one;
 *   <li>real, weights uniform in (−0.2, 0.2) so that ρ(|A|) ≈ 0.5: certificate plus Gauss–Seidel
 *       to 1e-12 ({@link SeriesComponentSolver#certifyAndSolve}, fused; from the out-edges as the
 *       front door passes them; and the unfused factory plus solve), and one plain sweep {@code x
 *       = b + Aᵀx} over the same CSR as the floor (the solve costs about this many sweeps).
 * </ul>
 *
 * <p>The {@code frontDoor*} rows ask the same questions through {@link PathSumSolvers#forEdgeArrays}
 * built once on the same edges (compiling and the components are not timed): what a user's {@code
 * solveFrom(0)} costs, with the walk over components, the carrier checks and the result object.
 * {@code frontDoorTropicalRefusal} refuses the negated lengths (negative cycles everywhere) with a
 * {@link NegativeCycleException}.
 *
 * Graphs and CSRs are built in {@code @Setup(Level.Trial)}; only the solves are timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
public class CyclicSolverBenchmark {

  /** Number of edges; vertices are a fifth of it. */
  @Param({"100000", "1000000"})
  public int edges;

  private int n;
  private RandomCyclicGraph.Csr lengths;
  private RandomCyclicGraph.Csr reduced;
  private RandomCyclicGraph.Csr real;
  private RandomCyclicGraph.Csr realOut;
  private Graph<Integer, DefaultWeightedEdge> lengthsGraph;
  private Graph<Integer, DefaultWeightedEdge> reducedGraph;
  private double[] values;
  private int[] pred;
  private double[] b;
  private double[] x;
  private int last;

  /** Builds every form of the same graph once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    RandomCyclicGraph g = RandomCyclicGraph.generate(edges, 42);
    n = g.vertexCount;
    last = n - 1;
    double[] len = g.uniformWeights(0, 100, 7);
    double[] red = g.reducedCostWeights(11);
    lengths = g.csr(true, len);
    reduced = g.csr(true, red);
    double[] realWeights = g.uniformWeights(-0.2, 0.2, 13);
    real = g.csr(false, realWeights); // in-edges: the forward equations
    realOut = g.csr(true, realWeights);
    lengthsGraph = g.toJGraphT(len);
    reducedGraph = g.toJGraphT(red);
    values = new double[n];
    pred = new int[n];
    b = new double[n];
    b[0] = 1;
    x = new double[n];
  }

  /** Tropical, non-negative lengths: Dijkstra over the CSR, all distances from vertex 0. */
  @Benchmark
  public double pathsumDijkstra() {
    Arrays.fill(values, Double.POSITIVE_INFINITY);
    values[0] = 0;
    SelectiveComponentSolver.tropical(
        n, lengths.offsets, lengths.targets, lengths.weights, values, pred);
    return values[last];
  }

  /** JGraphT's Dijkstra on the same lengths, all distances from vertex 0. */
  @Benchmark
  public double jgraphtDijkstra() {
    return new DijkstraShortestPath<>(lengthsGraph).getPaths(0).getWeight(last);
  }

  /** Tropical with negative edges, no negative cycle: Bellman–Ford with subtree disassembly. */
  @Benchmark
  public double pathsumBellmanFord() {
    Arrays.fill(values, Double.POSITIVE_INFINITY);
    values[0] = 0;
    SelectiveComponentSolver.tropical(
        n, reduced.offsets, reduced.targets, reduced.weights, values, pred);
    return values[last];
  }

  /** JGraphT's Bellman–Ford on the same reduced costs. */
  @Benchmark
  public double jgraphtBellmanFord() {
    return new BellmanFordShortestPath<>(reducedGraph).getPaths(0).getWeight(last);
  }

  /** Max-plus with positive weights: the time to find and refuse a positive cycle. */
  @Benchmark
  public int pathsumMaxPlusRefusal() {
    Arrays.fill(values, Double.NEGATIVE_INFINITY);
    values[0] = 0;
    try {
      SelectiveComponentSolver.maxPlus(
          n, lengths.offsets, lengths.targets, lengths.weights, values, pred);
    } catch (ComponentRefusalException e) {
      return e.cycle().length;
    }
    throw new IllegalStateException("a positive cycle was not found");
  }

  /**
   * Real, ρ(|A|) ≈ 0.5: certificate fused with the first Gauss–Seidel sweeps, then Gauss–Seidel
   * to 1e-12 componentwise, from vertex 0, over the equation rows (in-edges).
   */
  @Benchmark
  public double pathsumRealSeries() {
    SeriesComponentSolver.certifyAndSolve(
        n,
        real.offsets,
        real.targets,
        real.weights,
        false,
        SeriesComponentSolver.DEFAULT_DENSE_LIMIT,
        SpectralRadiusCertificate.DEFAULT_MAX_ITERATIONS,
        b,
        x);
    return x[last];
  }

  /**
   * The same solve as the front door does it: from the out-edge CSR (edges in the direction of
   * propagation), which the solver transposes first.
   */
  @Benchmark
  public double pathsumRealSeriesEdges() {
    SeriesComponentSolver.certifyAndSolveEdges(
        n,
        realOut.offsets,
        realOut.targets,
        realOut.weights,
        false,
        SeriesComponentSolver.DEFAULT_DENSE_LIMIT,
        SpectralRadiusCertificate.DEFAULT_MAX_ITERATIONS,
        b,
        x);
    return x[last];
  }

  /**
   * The unfused route (certificate alone, then the solve): what {@link #pathsumRealSeries} timed
   * before the fusion; for a solver kept for several right-hand sides.
   */
  @Benchmark
  public double pathsumRealSeriesUnfused() {
    SeriesComponentSolver s =
        SeriesComponentSolver.real(n, real.offsets, real.targets, real.weights);
    s.solve(b, x);
    return x[last];
  }

  /** The floor: one plain sweep x = b + Aᵀx over the same in-edge CSR. */
  @Benchmark
  public double realOneSweep() {
    int[] offsets = real.offsets;
    int[] targets = real.targets;
    double[] w = real.weights;
    for (int i = 0; i < n; i++) {
      double s = b[i];
      for (int k = offsets[i], end = offsets[i + 1]; k < end; k++) {
        s += w[k] * x[targets[k]];
      }
      x[i] = s;
    }
    return x[last];
  }

  /** The front door on the same edges and weights, built once per trial. */
  @State(Scope.Benchmark)
  public static class FrontDoor {
    PathSumSolver<Integer, Double> real;
    PathSumSolver<Integer, Double> tropical;
    PathSumSolver<Integer, Double> negativeCycles;
    int last;

    /** Once per trial: the graph and weights of the benchmark's own setup, regenerated by seed. */
    @Setup(Level.Trial)
    public void setUp(CyclicSolverBenchmark b) {
      RandomCyclicGraph g = RandomCyclicGraph.generate(b.edges, 42);
      List<Integer> vertices =
          IntStream.range(0, g.vertexCount).boxed().collect(Collectors.toUnmodifiableList());
      double[] len = g.uniformWeights(0, 100, 7);
      double[] negated = new double[len.length];
      for (int e = 0; e < len.length; e++) {
        negated[e] = -len[e];
      }
      real =
          PathSumSolvers.forEdgeArrays(
              vertices, g.from, g.to, Semirings.real(), g.uniformWeights(-0.2, 0.2, 13));
      tropical = PathSumSolvers.forEdgeArrays(vertices, g.from, g.to, Semirings.tropical(), len);
      negativeCycles =
          PathSumSolvers.forEdgeArrays(vertices, g.from, g.to, Semirings.tropical(), negated);
      last = g.vertexCount - 1;
    }
  }

  /** The real series through the front door: every vertex's sum from vertex 0, one lookup. */
  @Benchmark
  public double frontDoorRealSeries(FrontDoor f) {
    return f.real.solveFrom(0).get(f.last);
  }

  /** Tropical lengths through the front door: all distances from vertex 0, one lookup. */
  @Benchmark
  public double frontDoorTropical(FrontDoor f) {
    return f.tropical.solveFrom(0).get(f.last);
  }

  /** Tropical with negative cycles through the front door: the time to refuse. */
  @Benchmark
  public int frontDoorTropicalRefusal(FrontDoor f) {
    try {
      f.negativeCycles.solveFrom(0);
    } catch (NegativeCycleException e) {
      return e.cycle().size();
    }
    throw new IllegalStateException("a negative cycle was not refused");
  }
}
