package org.pathsum.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;
import org.pathsum.solver.KBestPaths;
import org.pathsum.solver.Marginals;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSumSolvers;
import org.pathsum.solver.PathSums;
import org.pathsum.semiring.PathSumException;
import org.pathsum.solver.AccuracyNotReachedException;
import org.pathsum.solver.WitnessPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pathsum paths --graph FILE --semiring NAME [--source S] [--target T] [--unweighted]
 * [--witness] [--json]}: path sums in the chosen semiring, from S to every vertex, from every
 * vertex to T, or (both given) the one sum over the S→T paths, computed by a demand query that
 * touches only vertices on such paths.
 */
@Command(
    name = "paths",
    mixinStandardHelpOptions = true,
    versionProvider = PathsumMain.Version.class,
    description = {
      "Solves a path problem on a weighted directed graph, cycles allowed: the ⊕-sum over paths"
          + " of the ⊗-product of their weights, from S to every vertex (--source), from every"
          + " vertex to T (--target), or from S to T (both).",
      "Where the sum is undefined (counting paths around a cycle, a negative tropical cycle, real"
          + " or log cycles whose series is not proven to converge: the spectral radius of their"
          + " |weights| is not below 1) it refuses and names the cycle; a value that leaves the"
          + " range of doubles is refused naming the vertex.",
      "FILE ('-' for standard input): an edge list ('from to weight' per line, a '#' that starts"
          + " a field starts a comment,"
          + " parallel edges allowed, a line with one name declares a vertex, names with spaces"
          + " in double quotes) or DOT (.dot/.gv, weight from the edge attribute 'weight' or"
          + " 'label'; 'strict' merges parallel edges) or an OpenFst/AT&T text automaton (.fst.txt,"
          + " .att or --format att: 'src dst label [weight]' or 'src dst ilabel olabel [weight]'"
          + " arcs, 'state [weight]' final states; the first line's state is the start, every"
          + " final state has an edge weighted by its final weight to an added vertex 'final', and"
          + " without --source and --target the query is from the start to 'final'; with --semiring"
          + " log the weights are OpenFst's -ln(p), negated on reading, and the values printed are"
          + " ln(p)).",
      "Lists every vertex whose path sum is not the semiring's zero."
    })
final class PathsCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @ParentCommand private PathsumMain main;

  @Option(
      names = "--graph",
      required = true,
      paramLabel = "FILE",
      description =
          "The graph file (edge list, DOT or OpenFst/AT&T automaton); '-' is standard input.")
  private String graphFile;

  @Option(
      names = "--semiring",
      required = true,
      paramLabel = "NAME",
      description =
          "One of: real, boolean, tropical, max-plus, counting (exact, any size), bottleneck,"
              + " viterbi, log, expectation (weights p:r, values [p, r]), provenance (a variable"
              + " name per edge, values polynomials such as 2*a*b + c^2).")
  private String semiringName;

  @Option(
      names = "--source",
      paramLabel = "S",
      description = "Sum over the paths from S (to each vertex, or to T).")
  private String source;

  @Option(
      names = "--target",
      paramLabel = "T",
      description = "Sum over the paths to T (from each vertex, or from S).")
  private String target;

  @Option(
      names = "--unweighted",
      description =
          "Every edge weighs the semiring's one; the weight column may be absent. With counting"
              + " this counts paths, with boolean it is reachability.")
  private boolean unweighted;

  @Option(
      names = "--witness",
      description =
          "Also print one best path per vertex (semirings whose ⊕ picks one path: tropical,"
              + " max-plus, boolean, bottleneck, viterbi).")
  private boolean witness;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "edges, dot or att (an OpenFst/AT&T text automaton). Default: by the file name (.dot,"
              + " .gv: dot; .fst.txt, .att: att), else dot if the text starts with a digraph"
              + " header, else edges.")
  private String formatName;

  @Option(
      names = "--att",
      paramLabel = "KIND",
      description =
          "How an att file's 4-field arc lines read: acceptor ('src dst label weight'),"
              + " transducer ('src dst ilabel olabel') or auto (the default: a transducer if an"
              + " arc has 5 fields, an acceptor if one has 3; refused if all have 4).")
  private String attKind;

  @Option(
      names = "--marginals",
      description =
          "With --semiring log or real, --source S and --target T: the S->T path sum, each edge's"
              + " marginal (the expected number of times a path drawn in proportion to its weight"
              + " uses it; on a DAG its posterior probability), in input order, and each vertex's"
              + " expected visits.")
  private boolean marginals;

  @Option(
      names = "--k",
      paramLabel = "K",
      description =
          "With --semiring tropical or max-plus: the weights of the K best walks per vertex (a"
              + " list, best first; walks may go round cycles, parallel edges give distinct walks,"
              + " ties are kept), and with --witness the walks.")
  private Integer k;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  private boolean json;

  @Option(
      names = "--accuracy",
      paramLabel = "R",
      description =
          "The relative accuracy that a real or log sum over a cycle must prove (default 1e-10);"
              + " a cycle whose spectral radius is so close to 1 that it cannot is refused, saying"
              + " what it reached. A number in (0, 1).")
  private Double accuracy;

  @Override
  public Integer call() {
    Optional<GraphFiles.Format> format =
        formatName != null
            ? Optional.of(GraphFiles.Format.byName(formatName))
            : GraphFiles.Format.byFileName(graphFile);
    boolean att = format.equals(Optional.of(GraphFiles.Format.ATT));
    if (attKind != null && !att) {
      throw new InputException(
          "--att "
              + attKind
              + " applies to an automaton: add --format att, or name the file .fst.txt or .att");
    }
    AttFiles.Kind kind = attKind == null ? AttFiles.Kind.AUTO : AttFiles.Kind.byName(attKind);
    if (source == null && target == null && !att) {
      throw new ParameterException(
          spec.commandLine(), "give --source S, --target T, or both (the sum from S to T)");
    }
    if (accuracy != null && !(accuracy > 0 && accuracy < 1)) {
      throw new InputException("--accuracy " + accuracy + ": give a number in (0, 1), e.g. 1e-8");
    }
    WeightDomain<?> domain = WeightDomain.byName(semiringName);
    if (marginals) {
      requireMarginalsQuery(att);
    }
    if (k != null) {
      requireKBestQuery();
    }
    if (witness && !domain.semiring().has(SemiringProperty.SELECTIVE_PLUS)) {
      throw new InputException(
          "--witness needs a semiring whose ⊕ picks one path (tropical, max-plus, boolean,"
              + " bottleneck, viterbi); in '"
              + semiringName
              + "' every path contributes to the sum");
    }
    try (Progress progress =
        Progress.start(Progress.stderrIsTerminal(), spec.commandLine().getErr())) {
      PrintWriter out = spec.commandLine().getOut();
      load(format, kind, domain, progress).run(out);
      Output.requireWritten(out, "standard output");
      return 0;
    }
  }

  /** Refuses {@code --marginals} without a real or log semiring, or without both endpoints. */
  private void requireMarginalsQuery(boolean att) {
    if (!semiringName.equals("log") && !semiringName.equals("real")) {
      throw new InputException(
          "--marginals needs --semiring log or real (a path is drawn in proportion to its"
              + " weight); got '"
              + semiringName
              + "'");
    }
    boolean defaults = att && source == null && target == null;
    if ((source == null || target == null) && !defaults) {
      throw new InputException(
          "--marginals needs --source S and --target T: the marginals are those of the S -> T"
              + " paths"
              + (att ? " (an automaton without both has its start state and 'final')" : ""));
    }
  }

  /** Refuses {@code --k} outside tropical and max-plus, below 1, or with {@code --marginals}. */
  private void requireKBestQuery() {
    if (marginals) {
      throw new InputException("--k and --marginals are two different questions; ask one of them");
    }
    if (!semiringName.equals("tropical") && !semiringName.equals("max-plus")) {
      throw new InputException(
          "--k needs --semiring tropical or max-plus (the K least or greatest walk weights); got '"
              + semiringName
              + "'");
    }
    if (k < 1) {
      throw new InputException("--k " + k + ": give a positive number of walks");
    }
  }

  /**
   * Reads the graph: an edge list straight into integer arrays ({@link StreamedGraph}), unless it
   * is DOT or an automaton, or {@code --witness}, {@code --marginals} or {@code --k} asks for
   * edges, which take the JGraphT route ({@link GraphFiles}, {@link AttFiles}).
   *
   * @param format the format {@code --format} or the file's name gives; empty to decide by content
   * @param kind how an automaton's four-field lines read
   */
  private <W> Query<W> load(
      Optional<GraphFiles.Format> format,
      AttFiles.Kind kind,
      WeightDomain<W> domain,
      Progress progress) {
    if (format.equals(Optional.of(GraphFiles.Format.ATT))) {
      return automaton(kind, domain);
    }
    if (witness || marginals || k != null || format.equals(Optional.of(GraphFiles.Format.DOT))) {
      TextInput input = TextInput.read("--graph", "graph file", graphFile, main.stdin());
      Graph<String, FileEdge> g =
          format.isEmpty()
              ? GraphFiles.read(input, unweighted)
              : format.get() == GraphFiles.Format.DOT
                  ? GraphFiles.readDot(input.name(), input.text(), unweighted)
                  : GraphFiles.readEdgeList(input.name(), input.text(), unweighted);
      return new Query<>(input.name(), g, null, domain);
    }
    TextInput.Opened opened = TextInput.open("--graph", "graph file", graphFile, main.stdin());
    try (java.io.InputStream closing = opened.stream()) {
      progress.phase("reading " + opened.name());
      java.io.InputStream[] peeked = new java.io.InputStream[1];
      Optional<StreamedGraph<W>> streamed =
          format.isPresent()
              ? Optional.of(StreamedGraph.readEdgeList(opened, unweighted, domain, progress))
              : StreamedGraph.read(opened, unweighted, domain, progress, peeked);
      if (streamed.isPresent()) {
        StreamedGraph<W> g = streamed.get();
        progress.phase(
            String.format(
                java.util.Locale.ROOT,
                "solving (%,d vertices, %,d edges)",
                g.vertices().size(),
                g.edgeCount()));
        progress.edges(0);
        return new Query<>(opened.name(), null, g, domain);
      }
      TextInput input = StreamedGraph.remainder(opened, peeked[0]);
      return new Query<>(input.name(), GraphFiles.read(input, unweighted), null, domain);
    } catch (java.io.IOException e) {
      throw new InputException(
          "cannot read the graph file " + graphFile + ": " + OutputFile.reason(e));
    }
  }

  /**
   * Reads an automaton. Without --source and --target the query is the automaton's total weight:
   * from the start state to {@link AttFiles#FINAL}.
   */
  private <W> Query<W> automaton(AttFiles.Kind kind, WeightDomain<W> domain) {
    TextInput input = TextInput.read("--graph", "graph file", graphFile, main.stdin());
    AttFiles.Automaton a = AttFiles.read(input.name(), input.text(), kind, unweighted);
    if (source == null && target == null) {
      // the options' fields double as the query's endpoints (Query reads them)
      source =
          a.start()
              .orElseThrow(
                  () ->
                      new InputException(
                          input.name() + " has no states, so no start state (is it empty?)"));
      target = AttFiles.FINAL;
    }
    return new Query<>(input.name(), a.graph(), null, domain.openFst());
  }

  /** One query on one graph in one semiring. */
  private final class Query<W> {
    private final String file;
    // Exactly one of graph (JGraphT route: DOT, --witness) and streamed (edge lists) is set;
    // streamed is cleared once compiled (see solver()).
    private final Graph<String, FileEdge> graph;
    private StreamedGraph<W> streamed;
    private final WeightDomain<W> domain;
    private final Semiring<W> semiring;
    private Map<FileEdge, W> weights;

    Query(
        String file,
        Graph<String, FileEdge> graph,
        StreamedGraph<W> streamed,
        WeightDomain<W> domain) {
      this.file = file;
      this.graph = graph;
      this.streamed = streamed;
      this.domain = domain;
      this.semiring = domain.semiring();
    }

    /**
     * Solves and prints. Everything that can fail (reading, the refusals of the solve) happens
     * before the first character is written, so bad input still leaves standard output empty.
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
        } else if (k != null) {
          out.print(kBest());
        } else if (source != null && target != null) {
          out.print(pair(solver()));
        } else {
          all(sums(), out);
        }
      } catch (InputException e) {
        throw e;
      } catch (AccuracyNotReachedException e) {
        throw new InputException(
            file + ": " + Output.firstLine(e.getMessage()) + " with --accuracy");
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
     * The solver of the graph read. The streamed graph is released once compiled (the solver has
     * its own arrays), so that a collection while the output is written does not copy the reader.
     */
    private PathSumSolver<String, W> solver() {
      if (streamed != null) {
        PathSumSolver<String, W> solver = streamed.solver(options());
        streamed = null;
        return solver;
      }
      parseWeights();
      return solverFor(graph, semiring, weights::get, options());
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
     * The --k report (tropical or max-plus: the weights are doubles). A pair query is the search
     * from the source, read at the target.
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
                options());
      } catch (IllegalArgumentException e) {
        // the vertices and weights are checked: what is left is a pair without paths
        throw new InputException(file + ": " + Output.firstLine(e.getMessage()));
      }
      return json
          ? MarginalsReport.json(header(), graph, m)
          : MarginalsReport.text(domain.name(), graph, m);
    }

    /**
     * The sums from the source or to the target. The solver is local here: once the sums exist,
     * the compiled graph is garbage, and the table of a large graph is written without it.
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
              + vertices().stream()
                  .limit(10)
                  .map(Output::label)
                  .collect(Collectors.joining(", "))
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
     * {@value #WINDOW} rows as it is formatted: no map, no array of texts and no whole-output
     * string, since the table of a large graph is megabytes. Two passes over the sums: the label
     * column's width, then the rows. A full window is formatted in two halves at once, the second
     * on the common fork-join pool (formatting numbers is most of the work: JDK 17's {@code
     * Double.toString} of a 17-digit value takes about a microsecond), and written in order.
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
      try (Window<W> window = new Window<>(width[0], domain)) {
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
      if (k != null) {
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
  }

  /** How many rows the text table gathers before formatting and writing them. */
  private static final int WINDOW = 1 << 13;

  /**
   * Rows of the text table gathered for formatting: a window of {@value #WINDOW} vertices and
   * their sums. {@link #flush} formats the rows (halves in parallel when the window is full, the
   * second half on one daemon thread started with the first full window) and writes them in order.
   */
  private static final class Window<W> implements AutoCloseable {
    private final int width;
    private final WeightDomain<W> domain;
    private final String[] vertices = new String[WINDOW];
    private final Object[] sums = new Object[WINDOW];
    private final StringBuilder first = new StringBuilder();
    private final StringBuilder second = new StringBuilder();
    private char[] chars = new char[0];
    private ExecutorService helper;
    private int size;

    Window(int width, WeightDomain<W> domain) {
      this.width = width;
      this.domain = domain;
    }

    /** Adds a row; true when the window is full. */
    boolean add(String vertex, W sum) {
      vertices[size] = vertex;
      sums[size] = sum;
      return ++size == WINDOW;
    }

    /** Formats and writes the rows gathered, then empties the window. */
    void flush(PrintWriter out) {
      int half = size / 2;
      if (size == WINDOW) {
        if (helper == null) {
          helper =
              Executors.newSingleThreadExecutor(
                  r -> {
                    Thread t = new Thread(r, "pathsum-table");
                    t.setDaemon(true);
                    return t;
                  });
        }
        Future<?> later = helper.submit(() -> format(half, WINDOW, second));
        format(0, half, first);
        try {
          later.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while writing the table", e);
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          if (e.getCause() instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(e.getCause());
        }
      } else {
        format(0, half, first);
        format(half, size, second);
      }
      write(first, out);
      write(second, out);
      // a closed pipe or a full disk stops the table here, not after formatting all of it
      Output.requireWritten(out, "standard output");
      Arrays.fill(vertices, 0, size, null);
      Arrays.fill(sums, 0, size, null);
      size = 0;
    }

    @Override
    public void close() {
      if (helper != null) {
        helper.shutdown();
      }
    }

    /** Writes the chars of {@code sb} through a reused buffer (no String copy). */
    private void write(StringBuilder sb, PrintWriter out) {
      int n = sb.length();
      if (chars.length < n) {
        chars = new char[n];
      }
      sb.getChars(0, n, chars, 0);
      out.write(chars, 0, n);
    }

    @SuppressWarnings("unchecked")
    private void format(int from, int to, StringBuilder sb) {
      sb.setLength(0);
      for (int i = from; i < to; i++) {
        String label = Output.label(vertices[i]);
        sb.append("  ").append(label);
        for (int pad = width - DisplayWidth.of(label); pad > 0; pad--) {
          sb.append(' ');
        }
        domain.appendText(sb.append("  "), (W) sums[i]).append('\n');
      }
    }
  }

  private static String arrows(List<String> path) {
    return path.stream().map(Output::label).collect(Collectors.joining(" -> "));
  }

  /**
   * The one place that picks the solver for {@code paths}: {@link PathSumSolvers#forGraph}, which
   * sweeps a DAG once and handles cycles where the semiring gives them a defined sum. Its refusals
   * (a cycle with no defined sum) are reported as bad input (exit 2, one line).
   *
   * @param graph the graph read from the file
   * @param semiring the chosen semiring
   * @param weights each edge's weight in it
   * @param options the solver's options (--accuracy)
   */
  static <W> PathSumSolver<String, W> solverFor(
      Graph<String, FileEdge> graph,
      Semiring<W> semiring,
      Function<FileEdge, W> weights,
      PathSumSolvers.Options options) {
    return PathSumSolvers.forGraph(graph, semiring, weights, options);
  }

  /** The solver options of this command line: the default ones, or --accuracy's. */
  private PathSumSolvers.Options options() {
    PathSumSolvers.Options o = PathSumSolvers.Options.defaults();
    return accuracy == null ? o : o.withAccuracy(accuracy);
  }
}
