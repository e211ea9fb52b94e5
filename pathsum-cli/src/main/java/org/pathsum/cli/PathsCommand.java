package org.pathsum.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.pathsum.semiring.PathSumException;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSums;
import org.pathsum.solver.cyclic.PathSumSolvers;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pathsum paths --graph FILE --semiring NAME (--source V | --target V) [--json]}: the path
 * sum between one vertex and every other, in the chosen semiring.
 */
@Command(
    name = "paths",
    mixinStandardHelpOptions = true,
    versionProvider = PathsumMain.Version.class,
    description = {
      "Solves a path problem on a weighted directed graph, cycles allowed: for every vertex, the"
          + " ⊕-sum over the paths from the source (or to the target) of the ⊗-product of their"
          + " weights.",
      "Where the sum is undefined (counting paths around a cycle, a negative tropical cycle, a real"
          + " cycle whose weight is not below 1 in magnitude) it refuses and names the cycle.",
      "FILE: an edge list ('from to weight' per line, '#' comments, parallel edges allowed) or DOT"
          + " (.dot/.gv, weight from the edge attribute 'weight' or 'label').",
      "Lists every vertex whose path sum is not the semiring's zero."
    })
final class PathsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--graph",
      required = true,
      paramLabel = "FILE",
      description = "The graph file (edge list or DOT).")
  private Path graphFile;

  @Option(
      names = "--semiring",
      required = true,
      paramLabel = "NAME",
      description = "One of: real, boolean, tropical, max-plus, counting, bottleneck, viterbi.")
  private String semiringName;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Anchor anchor;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  private boolean json;

  /** Exactly one end of the paths is fixed. */
  static final class Anchor {
    @Option(
        names = "--source",
        required = true,
        paramLabel = "V",
        description = "Sum over paths from V to each vertex.")
    String source;

    @Option(
        names = "--target",
        required = true,
        paramLabel = "V",
        description = "Sum over paths from each vertex to V.")
    String target;
  }

  @Override
  public Integer call() {
    WeightDomain<?> domain = WeightDomain.byName(semiringName);
    Graph<String, FileEdge> graph = GraphFiles.read(graphFile);
    return Output.print(spec, solve(graph, domain));
  }

  private <W> String solve(Graph<String, FileEdge> graph, WeightDomain<W> domain) {
    String vertex = anchor.source != null ? anchor.source : anchor.target;
    if (!graph.containsVertex(vertex)) {
      throw new InputException(
          "vertex '"
              + vertex
              + "' is not in "
              + graphFile
              + " (its vertices: "
              + graph.vertexSet().stream().limit(10).collect(Collectors.joining(", "))
              + (graph.vertexSet().size() > 10 ? ", ..." : "")
              + ")");
    }
    Map<FileEdge, W> weights = new HashMap<>();
    for (FileEdge e : graph.edgeSet()) {
      weights.put(e, domain.parse(e.weightText(), e.location()));
    }
    Semiring<W> semiring = domain.semiring();
    PathSums<String, W> sums;
    try {
      PathSumSolver<String, W> solver = solverFor(graph, semiring, weights::get);
      sums = anchor.source != null ? solver.solveFrom(vertex) : solver.solveTo(vertex);
    } catch (PathSumException | IllegalArgumentException e) {
      // The graph has no answer in this semiring: a divergent or negative cycle, infinitely many
      // paths to count, a missing semiring property. The exceptions name the cycle.
      throw new InputException(graphFile + ": " + Output.firstLine(e.getMessage()));
    } catch (ArithmeticException e) {
      throw new InputException(
          graphFile
              + ": the "
              + semiring.name()
              + " path sums are not representable: "
              + Output.firstLine(e.getMessage()));
    }
    return json ? toJson(sums, domain) : toText(sums, domain);
  }

  /**
   * The one place that picks the solver for {@code paths}: {@link PathSumSolvers#forGraph}, which
   * sweeps a DAG once and handles cycles where the semiring gives them a defined sum. Any {@link
   * IllegalArgumentException} or {@link ArithmeticException} from building the solver or solving is
   * reported as bad input (exit 2, one line).
   *
   * @param graph the graph read from the file
   * @param semiring the chosen semiring
   * @param weights each edge's weight in it
   */
  static <W> PathSumSolver<String, W> solverFor(
      Graph<String, FileEdge> graph, Semiring<W> semiring, Function<FileEdge, W> weights) {
    return PathSumSolvers.forGraph(graph, semiring, weights);
  }

  private <W> String toJson(PathSums<String, W> sums, WeightDomain<W> domain) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("semiring", semiringName);
    ObjectNode values = root.putObject("values");
    sums.values()
        .forEach(
            (v, w) -> {
              if (!domain.isZero(w)) {
                values.set(v, domain.toJson(w));
              }
            });
    return Json.write(root);
  }

  private <W> String toText(PathSums<String, W> sums, WeightDomain<W> domain) {
    Semiring<W> s = domain.semiring();
    StringBuilder sb = new StringBuilder();
    sb.append(s.name())
        .append(" path sums ")
        .append(sums.direction() == PathSums.Direction.FROM_SOURCE ? "from " : "to ")
        .append(sums.anchor())
        .append(" (vertices with sum ")
        .append(domain.toText(s.zero()))
        .append(" omitted):\n");
    int width = 0;
    for (String v : sums.values().keySet()) {
      width = Math.max(width, v.length());
    }
    int w = width;
    sums.values()
        .forEach(
            (v, value) -> {
              if (!domain.isZero(value)) {
                sb.append(String.format("  %-" + w + "s  %s%n", v, domain.toText(value)));
              }
            });
    return sb.toString();
  }
}
