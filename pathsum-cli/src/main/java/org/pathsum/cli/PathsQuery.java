package org.pathsum.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.PathSumException;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.AccuracyNotReachedException;
import org.pathsum.solver.KBestPaths;
import org.pathsum.solver.Marginals;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSumSolvers;
import org.pathsum.solver.PathSums;
import org.pathsum.solver.WitnessPaths;

/**
 * One query of {@code pathsum paths} on one graph in one semiring: path sums from a source, to a
 * target or between the two (with best paths under {@code --witness}), edge and vertex marginals,
 * or the k best walks; solved, then printed as text or JSON. Everything that can fail happens
 * before the first character is written.
 *
 * @param <W> the weight type
 */
final class PathsQuery<W> {

  /**
   * What the command line asks, its options checked: the endpoints (at least one; null when not
   * given), the output's form and the question ({@code k} 0 when no k best walks are asked).
   */
  record Request(
      String semiringName,
      String source,
      String target,
      boolean unweighted,
      boolean witness,
      boolean json,
      boolean marginals,
      int k,
      PathSumSolvers.Options options) {}

  private final String semiringName;
  private final String source;
  private final String target;
  private final boolean unweighted;
  private final boolean witness;
  private final boolean json;
  private final boolean marginals;
  private final int k;
  private final PathSumSolvers.Options options;
  private final String file;
  // Exactly one of graph (JGraphT route: DOT, --witness) and streamed (edge lists) is set;
  // streamed is cleared once compiled (see solver()).
  private final Graph<String, FileEdge> graph;
  private StreamedGraph<W> streamed;
  private final WeightDomain<W> domain;
  private final Semiring<W> semiring;
  private Map<FileEdge, W> weights;

  PathsQuery(
      Request request,
      String file,
      Graph<String, FileEdge> graph,
      StreamedGraph<W> streamed,
      WeightDomain<W> domain) {
    this.semiringName = request.semiringName();
    this.source = request.source();
    this.target = request.target();
    this.unweighted = request.unweighted();
    this.witness = request.witness();
    this.json = request.json();
    this.marginals = request.marginals();
    this.k = request.k();
    this.options = request.options;
    this.file = file;
    this.graph = graph;
    this.streamed = streamed;
    this.domain = domain;
    this.semiring = domain.semiring();
  }

  /**
   * Solves and prints. Everything that can fail (reading, the refusals of the solve) happens before
   * the first character is written, so bad input still leaves standard output empty.
   */
  void run(PrintWriter out) {
    if (source != null) {
      requireVertex("--source", source);
    }
    if (target != null) {
      requireVertex("--target", target);
    }
    try {
      if (marginals) {
        out.print(marginals());
      } else if (k > 0) {
        out.print(kBest());
      } else if (source != null && target != null) {
        out.print(pair(solver()));
      } else {
        all(sums(), out);
      }
    } catch (InputException e) {
      throw e;
    } catch (AccuracyNotReachedException e) {
      throw new InputException(file + ": " + Output.firstLine(e.getMessage()) + " with --accuracy");
    } catch (PathSumException e) {
      // A divergent or negative cycle, infinitely many paths to count, a value out of range:
      // the message names the cycle or the vertex.
      throw new InputException(file + ": " + Output.firstLine(e.getMessage()));
    } catch (ArithmeticException e) {
      throw new InputException(
          file
              + ": the "
              + domain.name()
              + " path sums are not representable: "
              + Output.firstLine(e.getMessage()));
    }
  }

  /**
   * The solver of the graph read. The streamed graph is released once compiled (the solver has its
   * own arrays), so that a collection while the output is written does not copy the reader.
   */
  private PathSumSolver<String, W> solver() {
    if (streamed != null) {
      PathSumSolver<String, W> solver = streamed.solver(options);
      streamed = null;
      return solver;
    }
    parseWeights();
    return PathsCommand.solverFor(graph, semiring, weights::get, options);
  }

  /** Each edge's weight, parsed from its text; the first that is not in the semiring throws. */
  private void parseWeights() {
    weights = new HashMap<>();
    for (FileEdge e : graph.edgeSet()) {
      weights.put(
          e,
          e.weightText().isEmpty()
              ? semiring.one()
              : domain.parse(e.weightText().get(), e.location()));
    }
  }

  /**
   * The --k report (tropical or max-plus: the weights are doubles). A pair query is the search from
   * the source, read at the target.
   */
  private String kBest() {
    parseWeights();
    DoubleSemiring ds = (DoubleSemiring) semiring;
    ToDoubleFunction<FileEdge> w = e -> (Double) weights.get(e);
    KBestPaths<String, FileEdge> best =
        source != null
            ? PathSumSolvers.kBestFrom(graph, ds, w, source, k)
            : PathSumSolvers.kBestTo(graph, ds, w, target, k);
    if (source != null && target != null) {
      return json
          ? KBestReport.pairJson(header(), best, target, witness)
          : KBestReport.pairText(domain.name(), best, target, witness);
    }
    return json
        ? KBestReport.json(header(), best, graph.vertexSet(), witness)
        : KBestReport.text(domain.name(), best, graph.vertexSet(), witness);
  }

  /** The --marginals report (real or log: the weights are doubles). */
  private String marginals() {
    parseWeights();
    Marginals<String, FileEdge> m;
    try {
      m =
          PathSumSolvers.marginals(
              graph,
              (DoubleSemiring) semiring,
              e -> (Double) weights.get(e),
              source,
              target,
              options);
    } catch (IllegalArgumentException e) {
      // the vertices and weights are checked: what is left is a pair without paths
      throw new InputException(file + ": " + Output.firstLine(e.getMessage()));
    }
    return json
        ? MarginalsReport.json(header(), graph, m)
        : MarginalsReport.text(domain.name(), graph, m);
  }

  /**
   * The sums from the source or to the target. The solver is local here: once the sums exist, the
   * compiled graph is garbage, and the table of a large graph is written without it.
   */
  private PathSums<String, W> sums() {
    PathSumSolver<String, W> solver = solver();
    return source != null ? solver.solveFrom(source) : solver.solveTo(target);
  }

  private boolean hasVertex(String v) {
    return streamed != null ? streamed.contains(v) : graph.containsVertex(v);
  }

  private java.util.Collection<String> vertices() {
    return streamed != null ? streamed.vertices() : graph.vertexSet();
  }

  private void requireVertex(String option, String v) {
    if (hasVertex(v)) {
      return;
    }
    if (vertices().isEmpty()) {
      throw new InputException(
          option + " '" + v + "': " + file + " has no vertices (is it empty?)");
    }
    throw new InputException(
        option
            + " '"
            + v
            + "' is not a vertex of "
            + file
            + " (its vertices: "
            + vertices().stream().limit(10).map(Output::label).collect(Collectors.joining(", "))
            + (vertices().size() > 10 ? ", ..." : "")
            + ")");
  }

  private String pair(PathSumSolver<String, W> solver) {
    W value = solver.solveBetween(source, target);
    Optional<List<String>> path = Optional.empty();
    if (witness) {
      path =
          PathSumSolvers.witnessesFrom(graph, semiring, weights::get, source)
              .path(target)
              .map(GraphPath::getVertexList);
    }
    if (json) {
      ObjectNode root = header();
      root.set("value", domain.toJson(value));
      if (witness) {
        ArrayNode w = root.putArray("witness");
        path.orElse(List.of()).forEach(w::add);
      }
      return Json.write(root);
    }
    StringBuilder sb = new StringBuilder();
    sb.append(domain.name())
        .append(" path sum from ")
        .append(Output.label(source))
        .append(" to ")
        .append(Output.label(target))
        .append(": ")
        .append(domain.toText(value))
        .append('\n');
    if (witness) {
      sb.append(path.map(p -> "  path: " + arrows(p)).orElse("  no path")).append('\n');
    }
    return sb.toString();
  }

  private void all(PathSums<String, W> sums, PrintWriter out) {
    if (!json && !witness) {
      table(sums, out); // the solve is done: nothing below can fail
      return;
    }
    Map<String, W> listed = new LinkedHashMap<>();
    sums.values()
        .forEach(
            (v, w) -> {
              if (!domain.isZero(w)) {
                listed.put(v, w);
              }
            });
    Map<String, List<String>> paths = witness ? witnessPaths(listed) : Map.of();
    out.print(json ? allJson(listed, paths) : witnessText(listed, paths));
  }

  /**
   * The text table of the listed vertices (those whose sum is not 0̄), written in windows of
   * {@value TableWindow#WINDOW} rows as it is formatted: no map, no array of texts and no
   * whole-output string, since the table of a large graph is megabytes. Two passes over the sums:
   * the label column's width, then the rows. A full window is formatted in two halves at once, the
   * second on a helper thread (formatting numbers is most of the work), and written in order.
   */
  private void table(PathSums<String, W> sums, PrintWriter out) {
    int[] width = {0};
    sums.forEach(
        (v, w) -> {
          if (!domain.isZero(w)) {
            width[0] = Math.max(width[0], DisplayWidth.of(Output.label(v)));
          }
        });
    StringBuilder head = new StringBuilder();
    header(head);
    out.print(head);
    try (TableWindow<W> window = new TableWindow<>(width[0], domain)) {
      sums.forEach(
          (v, w) -> {
            if (!domain.isZero(w) && window.add(v, w)) {
              window.flush(out);
            }
          });
      window.flush(out);
    }
  }

  /** One best path per listed vertex, from the source or to the target. */
  private Map<String, List<String>> witnessPaths(Map<String, W> listed) {
    Map<String, List<String>> paths = new LinkedHashMap<>();
    WitnessPaths<String, FileEdge, W> wp =
        source != null
            ? PathSumSolvers.witnessesFrom(graph, semiring, weights::get, source)
            : PathSumSolvers.witnessesTo(graph, semiring, weights::get, target);
    for (String v : listed.keySet()) {
      wp.path(v).ifPresent(p -> paths.put(v, p.getVertexList()));
    }
    return paths;
  }

  private ObjectNode header() {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("semiring", semiringName);
    if (source != null) {
      root.put("source", source);
    }
    if (target != null) {
      root.put("target", target);
    }
    if (k > 0) {
      root.put("k", k);
    }
    if (unweighted) {
      root.put("unweighted", true);
    }
    return root;
  }

  private String allJson(Map<String, W> listed, Map<String, List<String>> paths) {
    ObjectNode root = header();
    ObjectNode values = root.putObject("values");
    listed.forEach((v, w) -> values.set(v, domain.toJson(w)));
    if (witness) {
      ObjectNode ws = root.putObject("witnesses");
      paths.forEach(
          (v, p) -> {
            ArrayNode a = ws.putArray(v);
            p.forEach(a::add);
          });
    }
    return Json.write(root);
  }

  /** The first line of the text table. */
  private void header(StringBuilder sb) {
    sb.append(domain.name())
        .append(" path sums ")
        .append(source != null ? "from " + Output.label(source) : "to " + Output.label(target))
        .append(unweighted ? " (every edge weighs " + domain.toText(semiring.one()) + "; " : " (")
        .append("vertices with sum ")
        .append(domain.toText(semiring.zero()))
        .append(" omitted):\n");
  }

  /** The text table with a best path per row ({@link #table} without {@code --witness}). */
  private String witnessText(Map<String, W> listed, Map<String, List<String>> paths) {
    StringBuilder sb = new StringBuilder();
    header(sb);
    // Each label and value text is made once: the value column is padded too.
    int count = listed.size();
    String[] labels = new String[count];
    String[] texts = new String[count];
    String[] keys = new String[count];
    int width = 0;
    int valueWidth = 0;
    int i = 0;
    for (Map.Entry<String, W> e : listed.entrySet()) {
      keys[i] = e.getKey();
      labels[i] = Output.label(e.getKey());
      texts[i] = domain.toText(e.getValue());
      width = Math.max(width, DisplayWidth.of(labels[i]));
      valueWidth = Math.max(valueWidth, DisplayWidth.of(texts[i]));
      i++;
    }
    for (i = 0; i < count; i++) {
      String v = keys[i];
      sb.append("  ")
          .append(DisplayWidth.padRight(labels[i], width))
          .append("  ")
          .append(DisplayWidth.padRight(texts[i], valueWidth))
          .append("  ")
          .append(paths.containsKey(v) ? arrows(paths.get(v)) : "")
          .append('\n');
    }
    return sb.toString();
  }

  private static String arrows(List<String> path) {
    return path.stream().map(Output::label).collect(Collectors.joining(" -> "));
  }
}
