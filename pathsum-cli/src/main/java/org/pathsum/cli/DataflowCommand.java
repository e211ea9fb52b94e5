package org.pathsum.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.objectweb.asm.tree.ClassNode;
import org.pathsum.dataflow.GenKillProblem;
import org.pathsum.dataflow.InterproceduralSolver;
import org.pathsum.dataflow.Supergraph;
import org.pathsum.dataflow.bytecode.BytecodeProgram;
import org.pathsum.semiring.PathSumException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pathsum dataflow --classes PATH --analysis NAME [--method CLASS.METHOD]
 * [--interprocedural] [--json]}: bit-vector analyses of JVM bytecode. Without
 * {@code --method}, a summary per class; with it, the facts at every instruction of the matching
 * methods.
 */
@Command(
    name = "dataflow",
    mixinStandardHelpOptions = true,
    versionProvider = PathsumMain.Version.class,
    description = {
      "Runs a dataflow analysis on JVM bytecode: the meet over all paths (with --interprocedural:"
          + " over all valid paths, calls matched with returns) of gen/kill transfer functions,"
          + " solved as a weighted pushdown system.",
      "PATH: a .class file, a .jar, a directory of class files, or a JDK module as jrt:/java.base.",
      "Facts are locals (by slot) and static fields. Without --method: a summary per class"
          + " (methods, instructions, facts summed over instructions, time)."
    })
final class DataflowCommand implements Callable<Integer> {

  private static final Map<String, Function<Supergraph, GenKillProblem>> ANALYSES =
      Map.of(
          "reaching-definitions", GenKillProblem::reachingDefinitions,
          "live-variables", GenKillProblem::liveVariables,
          "possibly-uninitialized", GenKillProblem::possiblyUninitialized);

  @Spec private CommandSpec spec;

  @Option(
      names = "--classes",
      required = true,
      paramLabel = "PATH",
      description = "Class files: a .class, a .jar, a directory, or jrt:/MODULE.")
  private String classes;

  @Option(
      names = "--analysis",
      required = true,
      paramLabel = "NAME",
      description = "reaching-definitions, live-variables or possibly-uninitialized.")
  private String analysisName;

  @Option(
      names = "--method",
      paramLabel = "CLASS.METHOD",
      description = "Print the full result for these methods (every overload; simple class names ok).")
  private String method;

  @Option(
      names = "--interprocedural",
      description = "Follow calls (class-hierarchy call graph); every method is a root.")
  private boolean interprocedural;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  private boolean json;

  @Override
  public Integer call() {
    Function<Supergraph, GenKillProblem> make = ANALYSES.get(analysisName);
    if (make == null) {
      throw new InputException(
          "unknown analysis '"
              + analysisName
              + "'; choose one of reaching-definitions, live-variables, possibly-uninitialized");
    }
    List<ClassNode> nodes;
    try {
      nodes = new java.util.ArrayList<>(BytecodeProgram.readClasses(classes));
    } catch (PathSumException e) {
      throw new InputException("--classes " + Output.firstLine(e.getMessage()));
    }
    if (nodes.isEmpty()) {
      throw new InputException("--classes " + classes + ": no class files there");
    }
    nodes.sort((a, b) -> a.name.compareTo(b.name));
    return Output.print(spec, method != null ? methods(nodes, make) : summary(nodes, make));
  }

  /** Per class: methods, instructions, facts summed over instructions, milliseconds. */
  private String summary(List<ClassNode> nodes, Function<Supergraph, GenKillProblem> make) {
    List<Object[]> rows = new ArrayList<>(); // class, methods, instructions, facts, millis
    long start = System.nanoTime();
    int rules = 0;
    int transitions = 0;
    int callSites = 0;
    if (interprocedural) {
      BytecodeProgram prog = BytecodeProgram.of(nodes);
      Supergraph g = prog.graph();
      GenKillProblem a = make.apply(g);
      InterproceduralSolver.Solution sol = InterproceduralSolver.solve(g, a, roots(prog), true);
      rules = sol.ruleCount();
      transitions = sol.transitionCount();
      callSites = g.callCount();
      Map<String, long[]> perClass = new LinkedHashMap<>();
      for (ClassNode c : nodes) {
        perClass.putIfAbsent(c.name, new long[3]);
      }
      for (int p = 0; p < prog.methodCount(); p++) {
        long[] row = perClass.get(prog.owner(p));
        row[0]++;
        int n = prog.method(p).instructions.size();
        row[1] += n;
        for (int i = 0; i < n; i++) {
          row[2] += sol.facts(prog.nodeOf(p, i)).cardinality();
        }
      }
      perClass.forEach((c, r) -> rows.add(new Object[] {c, r[0], r[1], r[2], -1.0}));
    } else {
      for (ClassNode c : nodes) {
        long t0 = System.nanoTime();
        BytecodeProgram prog = BytecodeProgram.of(List.of(c));
        Supergraph g = prog.graph();
        GenKillProblem a = make.apply(g);
        InterproceduralSolver.Solution sol = InterproceduralSolver.solve(g, a, new int[0], false);
        long facts = 0;
        int insns = 0;
        for (int p = 0; p < prog.methodCount(); p++) {
          int n = prog.method(p).instructions.size();
          insns += n;
          for (int i = 0; i < n; i++) {
            facts += sol.facts(prog.nodeOf(p, i)).cardinality();
          }
        }
        rules += sol.ruleCount();
        transitions += sol.transitionCount();
        rows.add(
            new Object[] {c.name, (long) prog.methodCount(), (long) insns, facts, (System.nanoTime() - t0) / 1e6});
      }
    }
    double millis = (System.nanoTime() - start) / 1e6;
    long methods = 0;
    long insns = 0;
    long facts = 0;
    for (Object[] r : rows) {
      methods += (Long) r[1];
      insns += (Long) r[2];
      facts += (Long) r[3];
    }
    if (json) {
      ObjectNode root = Json.MAPPER.createObjectNode();
      root.put("analysis", analysisName);
      root.put("interprocedural", interprocedural);
      ObjectNode totals = root.putObject("totals");
      totals.put("classes", rows.size());
      totals.put("methods", methods);
      totals.put("instructions", insns);
      totals.put("facts", facts);
      totals.put("callSites", callSites);
      totals.put("rules", rules);
      totals.put("automatonTransitions", transitions);
      totals.put("millis", Math.round(millis));
      ArrayNode cls = root.putArray("classes");
      for (Object[] r : rows) {
        ObjectNode o = cls.addObject();
        o.put("class", ((String) r[0]).replace('/', '.'));
        o.put("methods", (Long) r[1]);
        o.put("instructions", (Long) r[2]);
        o.put("facts", (Long) r[3]);
        if ((Double) r[4] >= 0) {
          o.put("millis", Math.round((Double) r[4] * 1000) / 1000.0);
        }
      }
      return Json.write(root);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            "%s%s over %s: %d classes, %d methods, %d instructions, %d facts%s; %d pushdown rules,"
                + " %d automaton transitions; %.0f ms%n",
            analysisName,
            interprocedural ? " (interprocedural)" : "",
            classes,
            rows.size(),
            methods,
            insns,
            facts,
            interprocedural ? ", " + callSites + " call sites" : "",
            rules,
            transitions,
            millis));
    sb.append(String.format("  %-60s %8s %12s %10s %9s%n", "class", "methods", "instructions", "facts", "ms"));
    for (Object[] r : rows) {
      double ms = (Double) r[4];
      sb.append(
          String.format(
              "  %-60s %8d %12d %10d %9s%n",
              ((String) r[0]).replace('/', '.'),
              r[1],
              r[2],
              r[3],
              ms < 0 ? "-" : String.format("%.2f", ms)));
    }
    return sb.toString();
  }

  private static int[] roots(BytecodeProgram prog) {
    int[] all = new int[prog.methodCount()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    return all;
  }

  /** The facts at every instruction of the methods matching {@code --method}. */
  private String methods(List<ClassNode> nodes, Function<Supergraph, GenKillProblem> make) {
    BytecodeProgram prog = BytecodeProgram.of(nodes);
    List<Integer> matching = prog.find(method);
    if (matching.isEmpty()) {
      throw new InputException(
          "--method " + method + ": no method with code of that name in " + classes
              + "; write CLASS.METHOD, e.g. java.lang.String.valueOf or String.valueOf");
    }
    Supergraph g = prog.graph();
    GenKillProblem a = make.apply(g);
    InterproceduralSolver.Solution sol =
        InterproceduralSolver.solve(g, a, roots(prog), interprocedural);
    String where = a.forward() ? "before" : "after";
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("analysis", analysisName);
    root.put("interprocedural", interprocedural);
    root.put("factsHold", where);
    ArrayNode ms = root.putArray("methods");
    StringBuilder sb = new StringBuilder();
    for (int p : matching) {
      sb.append(g.procedureName(p))
          .append(": ")
          .append(analysisName)
          .append(interprocedural ? " (interprocedural)" : "")
          .append(", facts ")
          .append(where)
          .append(" each instruction\n");
      ObjectNode mo = ms.addObject();
      mo.put("method", g.procedureName(p));
      ArrayNode insns = mo.putArray("instructions");
      int n = prog.method(p).instructions.size();
      for (int i = 0; i < n; i++) {
        int node = prog.nodeOf(p, i);
        String label = g.label(node);
        if (label.endsWith(": label") || label.endsWith("(frame or line)")) {
          continue;
        }
        List<String> facts = a.names(node, sol.facts(node));
        sb.append(String.format("  %-50s %s%n", label, facts.isEmpty() ? "{}" : "{" + String.join(", ", facts) + "}"));
        ObjectNode io = insns.addObject();
        io.put("index", i);
        io.put("instruction", label.substring(label.indexOf(": ") + 2));
        ArrayNode fa = io.putArray("facts");
        facts.forEach(fa::add);
      }
    }
    return json ? Json.write(root) : sb.toString();
  }
}
