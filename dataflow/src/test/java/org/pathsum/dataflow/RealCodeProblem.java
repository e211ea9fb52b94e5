package org.pathsum.dataflow;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.objectweb.asm.tree.ClassNode;
import org.pathsum.dataflow.bytecode.BytecodeProgram;

/**
 * Shared test fixture: an interprocedural problem on real bytecode — the classes of a jar on the
 * class path (all of them, or an evenly spread sample), their supergraph with a class-hierarchy
 * call graph, and every method as a root. The oracle test against Heros ({@code
 * RealBytecodeOracleTest}) and the benchmark against Heros ({@code InterproceduralJarBenchmark})
 * both build their problem here, so the benchmark times exactly the construction the test proves
 * both solvers agree on.
 */
public final class RealCodeProblem {

  /** The analyses by their command-line names, as {@code ./pathsum dataflow --analysis} spells them. */
  private static final Map<String, Function<Supergraph, GenKillProblem>> ANALYSES =
      Map.of(
          "reaching-definitions", GenKillProblem::reachingDefinitions,
          "live-variables", GenKillProblem::liveVariables,
          "possibly-uninitialized", GenKillProblem::possiblyUninitialized);

  private final int classCount;
  private final BytecodeProgram program;
  private final int[] roots;

  private RealCodeProblem(List<ClassNode> classes) {
    this.classCount = classes.size();
    this.program = BytecodeProgram.of(classes);
    this.roots = new int[program.methodCount()];
    for (int i = 0; i < roots.length; i++) {
      roots[i] = i;
    }
  }

  /** Every class of the jar (or directory) that {@code fromJar} was loaded from. */
  public static RealCodeProblem wholeJar(Class<?> fromJar) {
    return new RealCodeProblem(BytecodeProgram.readClasses(location(fromJar).toString()));
  }

  /** Every class of the jar (or directory) at {@code jar}. */
  public static RealCodeProblem wholeJar(Path jar) {
    return new RealCodeProblem(BytecodeProgram.readClasses(jar.toString()));
  }

  /** An evenly spread sample of at most {@code maxClasses} classes of {@code fromJar}'s jar. */
  public static RealCodeProblem sample(Class<?> fromJar, int maxClasses) {
    return new RealCodeProblem(sampleClasses(fromJar, maxClasses));
  }

  /**
   * At most {@code maxClasses} classes of the jar {@code fromJar} was loaded from, sorted by name and
   * taken at an even stride, so the sample is the same on every run.
   */
  public static List<ClassNode> sampleClasses(Class<?> fromJar, int maxClasses) {
    List<ClassNode> all = BytecodeProgram.readClasses(location(fromJar).toString());
    all.sort((a, b) -> a.name.compareTo(b.name));
    List<ClassNode> out = new ArrayList<>();
    int stride = Math.max(1, all.size() / maxClasses);
    for (int i = 0; i < all.size() && out.size() < maxClasses; i += stride) {
      out.add(all.get(i));
    }
    return out;
  }

  /** The jar (or class directory) that {@code c} was loaded from. */
  public static Path location(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("no file location for " + c.getName(), e);
    }
  }

  /**
   * The analysis named {@code name} ({@code reaching-definitions}, {@code live-variables} or
   * {@code possibly-uninitialized}) over this problem's supergraph; a new object per call.
   *
   * @throws IllegalArgumentException for any other name
   */
  public GenKillProblem analysis(String name) {
    Function<Supergraph, GenKillProblem> make = ANALYSES.get(Objects.requireNonNull(name, "name"));
    if (make == null) {
      throw new IllegalArgumentException("unknown analysis '" + name + "'; choose one of " + ANALYSES.keySet());
    }
    return make.apply(graph());
  }

  /** The program's supergraph. */
  public Supergraph graph() {
    return program.graph();
  }

  /** The program built from the classes. */
  public BytecodeProgram program() {
    return program;
  }

  /** Every method of the program, as roots; a fresh copy. */
  public int[] roots() {
    return roots.clone();
  }

  /** How many classes were read. */
  public int classCount() {
    return classCount;
  }
}
