package org.pathsum.benchmarks.wpds;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
import org.pathsum.dataflow.bytecode.BytecodeProgram;
import org.pathsum.dataflow.bytecode.ClassFiles;
import org.pathsum.dataflow.interprocedural.BitVectorAnalysis;
import org.pathsum.dataflow.interprocedural.HerosOracle;
import org.pathsum.dataflow.interprocedural.InterproceduralSolver;
import org.pathsum.dataflow.interprocedural.Supergraph;

/**
 * An interprocedural analysis over the whole JGraphT core jar (every method a root, CHA call
 * graph): pathsum's post* on the weighted pushdown system against Heros' IFDS solver on the same
 * supergraph and transfer functions. The jar is read and the supergraph built in the setup; each
 * operation solves once from scratch (single shot).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class InterproceduralJarBenchmark {

  /** The analysis. */
  @Param({"reaching-definitions", "live-variables"})
  public String analysis;

  private Supergraph graph;
  private BitVectorAnalysis problem;
  private int[] roots;

  /** Reads the jar and builds the supergraph and the transfer functions. */
  @Setup(Level.Trial)
  public void setUp() throws URISyntaxException {
    Path jar = Path.of(org.jgrapht.Graph.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    BytecodeProgram prog = BytecodeProgram.of(ClassFiles.load(jar.toString()));
    graph = prog.graph();
    Function<Supergraph, BitVectorAnalysis> make =
        analysis.equals("live-variables")
            ? BitVectorAnalysis::liveVariables
            : BitVectorAnalysis::reachingDefinitions;
    problem = make.apply(graph);
    roots = new int[prog.methodCount()];
    for (int i = 0; i < roots.length; i++) {
      roots[i] = i;
    }
  }

  /** pathsum: post* over the pushdown rules, then the facts at every node. */
  @Benchmark
  public long wpds() {
    InterproceduralSolver.Solution s = InterproceduralSolver.solve(graph, problem, roots, true);
    long total = 0;
    for (int n = 0; n < graph.nodeCount(); n++) {
      total += s.facts(n).cardinality();
    }
    return total;
  }

  /** Heros: IFDS tabulation, then the facts at every node. */
  @Benchmark
  public long heros() {
    long total = 0;
    for (BitSet b : HerosOracle.facts(graph, problem, roots)) {
      total += b.cardinality();
    }
    return total;
  }
}
