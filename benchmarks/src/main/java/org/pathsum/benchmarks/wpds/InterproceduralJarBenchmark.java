package org.pathsum.benchmarks.wpds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Properties;
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
import org.pathsum.dataflow.GenKillProblem;
import org.pathsum.dataflow.HerosOracle;
import org.pathsum.dataflow.InterproceduralSolver;
import org.pathsum.dataflow.RealCodeProblem;
import org.pathsum.dataflow.Supergraph;

/**
 * An interprocedural analysis over a whole real jar (every method a root, CHA call graph):
 * pathsum's post* on the weighted pushdown system against Heros' IFDS solver ({@code IFDSSolver},
 * one thread) on the same supergraph and transfer functions. The problem — classes, supergraph,
 * analysis, roots — is built once in the setup by dataflow's test fixture {@link RealCodeProblem},
 * the same construction on which {@code RealBytecodeOracleTest} proves that the two solvers find
 * identical facts at every node; the Heros adapter is dataflow's test oracle {@link HerosOracle}.
 * Each operation solves once from scratch (single shot) and returns the number of facts summed
 * over all nodes, which JMH consumes; both solvers must return the same number.
 *
 * <p>{@code jar}: {@code asm} is ASM's core jar (the {@code org.ow2.asm:asm} on the class path,
 * a few dozen classes), small enough for a measured ratio in minutes; {@code jgrapht-core} is
 * JGraphT's core jar (about 700 classes), where a Heros solve can take many minutes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class InterproceduralJarBenchmark {

  /** The jar: {@code asm} (ASM core) or {@code jgrapht-core}. */
  @Param({"asm", "jgrapht-core"})
  public String jar;

  /** The analysis: {@code reaching-definitions} or {@code live-variables}. */
  @Param({"reaching-definitions", "live-variables"})
  public String analysis;

  private Supergraph graph;
  private GenKillProblem problem;
  private int[] roots;

  /**
   * The real jar named {@code name}, in the local Maven repository ({@code maven.repo.local}, else
   * {@code ~/.m2/repository}), at the version the build uses ({@code jars.properties}, filtered by
   * Maven). Not the location of one of its classes: in {@code benchmarks.jar} that is the shaded
   * jar, which merges every dependency (about 9,000 classes).
   */
  static Path jarFile(String name) {
    Properties jars = new Properties();
    try (InputStream in = InterproceduralJarBenchmark.class.getResourceAsStream("jars.properties")) {
      if (in == null) {
        throw new IllegalStateException("jars.properties is missing from the class path");
      }
      jars.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String relative = jars.getProperty(name);
    if (relative == null) {
      throw new IllegalArgumentException(
          "unknown jar '" + name + "'; choose one of " + jars.stringPropertyNames());
    }
    Path repo =
        Path.of(
            System.getProperty(
                "maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
    Path jar = repo.resolve(relative);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(
          jar + " does not exist; build once with ./mvnw so that Maven downloads it");
    }
    return jar;
  }

  /** Reads the jar and builds the supergraph and the transfer functions; prints their sizes. */
  @Setup(Level.Trial)
  public void setUp() {
    Path file = jarFile(jar);
    RealCodeProblem real = RealCodeProblem.wholeJar(file);
    graph = real.graph();
    problem = real.analysis(analysis);
    roots = real.roots();
    System.out.printf(
        "%n# %s (%s): %d classes, %d methods, %d instructions, %d nodes, %d call edges, %d bits%n",
        file.getFileName(),
        analysis,
        real.classCount(),
        real.program().methodCount(),
        real.program().instructionCount(),
        graph.nodeCount(),
        graph.callCount(),
        problem.width());
  }

  /** pathsum: post* over the pushdown rules, then the facts at every node. */
  @Benchmark
  public long wpds() {
    return wpdsFacts(graph, problem, roots);
  }

  /** Heros: IFDS tabulation, then the facts at every node. */
  @Benchmark
  public long heros() {
    return herosFacts(graph, problem, roots);
  }

  /** pathsum's answer: the facts summed over all nodes. */
  static long wpdsFacts(Supergraph graph, GenKillProblem problem, int[] roots) {
    InterproceduralSolver.Solution s = InterproceduralSolver.solve(graph, problem, roots, true);
    long total = 0;
    for (int n = 0; n < graph.nodeCount(); n++) {
      total += s.facts(n).cardinality();
    }
    return total;
  }

  /** Heros' answer: the facts summed over all nodes. */
  static long herosFacts(Supergraph graph, GenKillProblem problem, int[] roots) {
    long total = 0;
    for (BitSet b : HerosOracle.facts(graph, problem, roots)) {
      total += b.cardinality();
    }
    return total;
  }
}
