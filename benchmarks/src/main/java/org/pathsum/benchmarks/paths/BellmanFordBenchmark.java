package org.pathsum.benchmarks.paths;

import java.util.concurrent.TimeUnit;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.BellmanFordShortestPath;
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
import org.pathsum.solver.internal.compiled.CompiledDag;
import org.pathsum.solver.internal.compiled.DagSweeps;

/**
 * Tropical single-source distances against JGraphT's {@link BellmanFordShortestPath}, which handles
 * negative lengths as the sweep does. Small sizes only: Bellman–Ford is O(|V|·|E|) in the worst
 * case. Lengths here are in [−1, 8), some negative, which Dijkstra could not take.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BellmanFordBenchmark {

  /** Number of edges; every vertex but the first has in-degree 4. */
  @Param({"10000", "100000"})
  public int edges;

  private CompiledDag dag;
  private double[] lengths;
  private double[] out;
  private Graph<Integer, DefaultWeightedEdge> graph;
  private int last;

  /** Builds both forms of the same graph once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    RandomDag random = RandomDag.generate(edges, 4, 42);
    dag = random.toCompiledDag();
    lengths = random.lengths(7);
    for (int e = 0; e < lengths.length; e++) {
      lengths[e] -= 2; // [1, 10) to [−1, 8): negative edges, no cycles to make them negative
    }
    out = new double[dag.vertexCount()];
    graph = random.toJGraphT(lengths);
    last = random.vertexCount - 1;
  }

  /** The compiled tropical sweep from vertex 0. */
  @Benchmark
  public double compiledSweep() {
    DagSweeps.forward(dag, Semirings.tropical(), lengths, 0, out);
    return out[out.length - 1];
  }

  /** JGraphT's Bellman–Ford, all distances from vertex 0. */
  @Benchmark
  public double bellmanFord() {
    return new BellmanFordShortestPath<>(graph).getPaths(0).getWeight(last);
  }
}
