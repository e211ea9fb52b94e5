package org.pathsum.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.SemiringProperty;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSumSolvers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pathsum paths --graph FILE --semiring NAME [--source S] [--target T] [--format F] [--att
 * KIND] [--unweighted] [--witness] [--marginals | --k K] [--json]}: path sums in the chosen
 * semiring, from S to every vertex, from every vertex to T, or (both given) the one sum over the
 * S→T paths, computed by a demand query that touches only vertices on such paths; or the marginals
 * of the S→T paths, or the K best walks. This class holds the options, checks them and reads the
 * graph (an edge list, DOT or an automaton); {@link PathsQuery} solves and prints.
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
      "Lists every vertex whose path sum is not the semiring's zero. Instead of the sums,"
          + " --marginals gives each edge's and vertex's marginal (log, real) and --k the K best"
          + " walk weights (tropical, max-plus)."
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
              + " max-plus, boolean, bottleneck, viterbi); with --k, the K best walks.")
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
  private <W> PathsQuery<W> load(
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
      return new PathsQuery<>(request(source, target), input.name(), g, null, domain);
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
        return new PathsQuery<>(request(source, target), opened.name(), null, g, domain);
      }
      TextInput input = StreamedGraph.remainder(opened, peeked[0]);
      return new PathsQuery<>(
          request(source, target), input.name(), GraphFiles.read(input, unweighted), null, domain);
    } catch (java.io.IOException e) {
      throw new InputException(
          "cannot read the graph file " + graphFile + ": " + OutputFile.reason(e));
    }
  }

  /**
   * Reads an automaton. Without --source and --target the query is the automaton's total weight:
   * from the start state to {@link AttFiles#FINAL}.
   */
  private <W> PathsQuery<W> automaton(AttFiles.Kind kind, WeightDomain<W> domain) {
    TextInput input = TextInput.read("--graph", "graph file", graphFile, main.stdin());
    AttFiles.Automaton a = AttFiles.read(input.name(), input.text(), kind, unweighted);
    String from = source;
    String to = target;
    if (source == null && target == null) {
      from =
          a.start()
              .orElseThrow(
                  () ->
                      new InputException(
                          input.name() + " has no states, so no start state (is it empty?)"));
      to = AttFiles.FINAL;
    }
    return new PathsQuery<>(request(from, to), input.name(), a.graph(), null, domain.openFst());
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

  /** The query this command line asks between these endpoints, its options checked. */
  private PathsQuery.Request request(String source, String target) {
    return new PathsQuery.Request(
        semiringName,
        source,
        target,
        unweighted,
        witness,
        json,
        marginals,
        k == null ? 0 : k,
        options());
  }

  /** The solver options of this command line: the default ones, or --accuracy's. */
  private PathSumSolvers.Options options() {
    PathSumSolvers.Options o = PathSumSolvers.Options.defaults();
    return accuracy == null ? o : o.withAccuracy(accuracy);
  }
}
