package org.pathsum.spark;

import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.pathsum.semiring.PathSumException;
import org.pathsum.solver.DivergentPathSumException;

/**
 * The {@code spark-submit} application behind {@code ./pathsum-spark}: the {@code paths} command
 * of {@code pathsum} on Spark.
 *
 * <pre>
 * pathsum-spark [paths] --graph PATH --semiring NAME [--source S] [--target T] [--json]
 *               [--unweighted] [--format edgelist|csv|parquet] [--output DIR] [--master URL]
 *               [--checkpoint-every K] [--tolerance T] [--max-supersteps N] [--verbose]
 * </pre>
 *
 * <p>As in {@code pathsum paths}: {@code --source} alone gives every vertex's sum from S, {@code
 * --target} alone every vertex's sum to T, both the one sum over the S→T paths, computed on the
 * vertices on such paths only ({@link SparkPathSums#solveBetween}).
 *
 * <p>The first word {@code paths} is optional ({@code ./pathsum-spark paths --graph ...} reads like
 * {@code ./pathsum paths --graph ...}); any other first word that is not an option is refused.
 *
 * <p>PATH is any Hadoop filesystem path (file:, hdfs:, s3a:…). Without {@code --output} the
 * non-zero path sums are printed like {@code pathsum paths} prints them (text, or one JSON object
 * with {@code --json}), in the order the vertices first appear in an edge list (by name for CSV
 * and Parquet): this <em>collects the printed results on the driver</em>, which is what a terminal
 * needs and what a cluster job should avoid. With {@code --output DIR} the non-zero results are
 * written as Parquet (columns {@code vertex, value}) and nothing is collected; a one-line summary
 * goes to stderr. {@code --verbose} logs every superstep to stderr.
 *
 * <p>The output is that of {@code pathsum paths} ({@link PathsReport}): numbers in text as {@code 6}
 * for 6.0, {@code inf} and {@code -inf}, the shortest round-trip decimal otherwise; in JSON as
 * Jackson writes a {@code double} ({@code 6.0}), ±∞ as the strings {@code "Infinity"}/{@code
 * "-Infinity"}, −0 as {@code 0.0}; names in the text table cut and padded in terminal columns. So
 * are the refusals, bar the program's name: a vertex that is not in the graph (checked before the
 * weights, as {@code pathsum paths} does), a weight outside the semiring at FILE:LINE:COLUMN, a
 * cycle without a defined sum (after the file's name), a value that leaves the carrier. DOT input
 * is refused (only {@code pathsum paths} reads it).
 *
 * <p>Exit status: 0 on success; 2 for bad input or a refusal, a stop at the superstep budget
 * included (one line on stderr, nothing on stdout); 3 when the driver runs out of memory; {@value
 * #OUTPUT_FAILED} when standard output cannot be written (a full disk, a closed pipe); 1 for
 * anything else (a bug, printed in full).
 */
public final class SparkPathSumsMain {

  /** Exit status when standard output cannot be written (EX_IOERR of sysexits.h). */
  static final int OUTPUT_FAILED = 74;

  private static final String USAGE =
      "usage: pathsum-spark paths --graph PATH --semiring NAME [--source S] [--target T] [--json]";

  /** The most columns of a message line (as {@code pathsum}'s {@code Output.MESSAGE_WIDTH}). */
  static final int MESSAGE_WIDTH = 400;

  private SparkPathSumsMain() {}

  /** Options, parsed by hand (picocli is for pathsum-cli only); each error names the option. */
  static final class Options {
    String graph;
    String semiring;
    String source;
    String target;
    boolean json;
    boolean unweighted;
    boolean verbose;
    String format;
    String output;
    String master;
    SparkPathSums.Settings settings = SparkPathSums.Settings.DEFAULT;

    static Options parse(String[] args) {
      Options o = new Options();
      int checkpointEvery = o.settings.checkpointEvery();
      double tolerance = o.settings.tolerance();
      int maxSupersteps = o.settings.maxSupersteps();
      // `paths` first, as in `pathsum paths`; without it, the options alone (the older form)
      int first = args.length > 0 && args[0].equals("paths") ? 1 : 0;
      if (first == 0 && args.length > 0 && !args[0].startsWith("-")) {
        throw new BadInputException(
            "unknown command '" + args[0] + "'; pathsum-spark runs only 'paths'; " + USAGE);
      }
      for (int i = first; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--json":
            o.json = true;
            break;
          case "--unweighted":
            o.unweighted = true;
            break;
          case "--verbose":
            o.verbose = true;
            break;
          case "--graph":
            o.graph = value(args, ++i, a);
            break;
          case "--semiring":
            o.semiring = value(args, ++i, a);
            break;
          case "--source":
            o.source = value(args, ++i, a);
            break;
          case "--target":
            o.target = value(args, ++i, a);
            break;
          case "--format":
            o.format = value(args, ++i, a);
            break;
          case "--output":
            o.output = value(args, ++i, a);
            break;
          case "--master":
            o.master = value(args, ++i, a);
            break;
          case "--checkpoint-every":
            checkpointEvery = (int) number(value(args, ++i, a), a, 1, Integer.MAX_VALUE);
            break;
          case "--max-supersteps":
            maxSupersteps = (int) number(value(args, ++i, a), a, 1, Integer.MAX_VALUE);
            break;
          case "--tolerance":
            tolerance = real(value(args, ++i, a), a);
            break;
          default:
            throw new BadInputException(
                (a.startsWith("-") ? "unknown option '" : "unexpected argument '") + a + "'; "
                    + USAGE);
        }
      }
      if (o.graph == null) {
        throw new BadInputException("--graph: missing; give the edge file, e.g. --graph g.txt");
      }
      if (o.semiring == null) {
        throw new BadInputException(
            "--semiring: missing; choose one of " + String.join(", ", SqlSemiring.names()));
      }
      if (SqlSemiring.byName(o.semiring).isEmpty() || !o.semiring.equals(o.semiring.trim())) {
        throw new BadInputException(
            "--semiring: unknown semiring '" + o.semiring + "'; choose one of "
                + String.join(", ", SqlSemiring.names()));
      }
      if (o.source == null && o.target == null) {
        throw new BadInputException(
            "give --source S, --target T, or both (the sum from S to T)");
      }
      if (o.source != null && o.target != null && o.output != null) {
        throw new BadInputException(
            "--output: a pair query prints its one value; write results with --source or --target");
      }
      o.settings = new SparkPathSums.Settings(checkpointEvery, tolerance, maxSupersteps);
      EdgeInput.formatOf(o.graph, o.format); // DOT by name is refused before Spark starts
      return o;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new BadInputException(option + ": missing value");
      }
      return args[i];
    }

    private static long number(String text, String option, long lo, long hi) {
      try {
        long v = Long.parseLong(text);
        if (v >= lo && v <= hi) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new BadInputException(option + ": expected an integer ≥ " + lo + " but got '" + text + "'");
    }

    private static double real(String text, String option) {
      try {
        double v = Double.parseDouble(text);
        if (v > 0 && v < 1) {
          return v;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new BadInputException(option + ": expected a number in (0, 1) but got '" + text + "'");
    }
  }

  /**
   * Runs the command and exits with its status.
   *
   * @param args the options above
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    System.exit(status);
  }

  /** Runs the command, printing to {@code out} and {@code err}; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options o;
    try {
      o = Options.parse(args);
    } catch (BadInputException e) {
      err.println("pathsum-spark: " + e.getMessage());
      return 2;
    }
    SparkSession.Builder b = SparkSession.builder().appName("pathsum-spark");
    if (o.master != null) {
      b.master(o.master);
      if (o.master.startsWith("local")) {
        b.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4");
      }
    }
    SparkSession spark = b.getOrCreate();
    try {
      if (!o.verbose && o.master != null && o.master.startsWith("local")) {
        spark.sparkContext().setLogLevel("ERROR");
      }
      String text = solve(spark, o, err);
      out.print(text);
      if (out.checkError()) {
        // PrintStream keeps no reason; the write failed after the whole result was computed
        err.println(
            "pathsum-spark: cannot write standard output (a full disk, or a closed pipe?); the"
                + " output is incomplete");
        return OUTPUT_FAILED;
      }
      return 0;
    } catch (DivergentPathSumException e) {
      // a cycle without a defined sum, after the file's name, as pathsum paths reports it
      err.println("pathsum-spark: " + firstLine(o.graph + ": " + e.getMessage()));
      return 2;
    } catch (BadInputException e) {
      err.println("pathsum-spark: " + firstLine(e.getMessage()));
      return 2;
    } catch (PathSumException | ArithmeticException e) {
      // a refusal of the solve (a value out of range, a superstep limit): after the file's name,
      // as pathsum paths reports it
      err.println("pathsum-spark: " + o.graph + ": " + firstLine(e.getMessage()));
      return 2;
    } catch (IllegalArgumentException e) {
      // the solver's refusals (a divergent or negative cycle, a weight outside the carrier)
      err.println("pathsum-spark: " + o.graph + ": " + firstLine(e.getMessage()));
      return 2;
    } catch (OutOfMemoryError e) {
      err.println(
          "pathsum-spark: out of memory; give the driver more with PATHSUM_SPARK_JAVA_OPTS=-Xmx8g"
              + " (or spark-submit --driver-memory)");
      return 3;
    } catch (Exception e) {
      // Spark's AnalysisException (a missing path, a bad column) is checked in Java's eyes
      if (e instanceof AnalysisException) {
        err.println("pathsum-spark: " + o.graph + ": " + firstLine(e.getMessage()));
        return 2;
      }
      e.printStackTrace(err);
      return 1;
    } finally {
      if (o.master != null) {
        spark.stop();
      }
    }
  }

  private static String solve(SparkSession spark, Options o, PrintStream err) {
    SqlSemiring s = SqlSemiring.byName(o.semiring).orElseThrow();
    String format = EdgeInput.formatOf(o.graph, o.format);
    EdgeInput in = EdgeInput.read(spark, o.graph, format, s, o.unweighted);
    boolean sourceOnEdge = o.source != null && requireVertex(in, o, "--source", o.source);
    boolean targetOnEdge = o.target != null && requireVertex(in, o, "--target", o.target);
    in.requireWeightsInSemiring();
    PathsReport report =
        new PathsReport(o.semiring, o.source, o.target, o.unweighted, s.semiring().one(),
            s.zeroValue());
    if (o.source != null && o.target != null) {
      Object value;
      if (sourceOnEdge && targetOnEdge) {
        value = SparkPathSums.solveBetween(in.edges, s.semiringName(), o.source, o.target,
            o.settings);
      } else {
        // a vertex on no edge: only the empty path, from a vertex to itself
        value = o.source.equals(o.target) ? s.semiring().one() : s.zeroValue();
      }
      return o.json ? report.json(value) : report.text(value);
    }
    String anchor = o.source != null ? o.source : o.target;
    Map<String, Object> values = new LinkedHashMap<>();
    if (!(o.source != null ? sourceOnEdge : targetOnEdge)) {
      if (o.output != null) {
        throw new BadInputException("vertex '" + anchor + "' has no edges; nothing to write");
      }
      values.put(anchor, s.semiring().one()); // a declared isolated vertex: only the empty path
    } else {
      SparkPathSumResult r =
          o.source != null
              ? SparkPathSums.solveFrom(in.edges, s.semiringName(), anchor, o.settings)
              : SparkPathSums.solveTo(in.edges, s.semiringName(), anchor, o.settings);
      try {
        List<SuperstepStats> stats = r.supersteps();
        if (o.verbose) {
          stats.forEach(st -> err.println("pathsum-spark: " + st));
        }
        if (o.output != null) {
          r.nonZeroValues().write().parquet(o.output);
          err.println(
              "pathsum-spark: wrote the non-zero " + s.semiringName() + " path sums to "
                  + o.output + " (" + stats.size() + " supersteps)");
          return "";
        }
        // the one collect: the results this command prints, in the file's vertex order
        Dataset<Row> ordered =
            r.nonZeroValues()
                .join(in.vertices.withColumnRenamed("vertex", "named"),
                    col("vertex").equalTo(col("named")), "left_outer")
                .select(col("vertex").cast("string"), col("value"), col("ord"))
                .orderBy(col("ord"), col("vertex"));
        for (Row row : ordered.collectAsList()) {
          values.put(row.getString(0), row.get(1));
        }
      } finally {
        r.close();
      }
    }
    return o.json ? report.json(values) : report.text(values);
  }

  /** How many vertices a refusal of an unknown vertex lists (as {@code pathsum paths}). */
  private static final int LISTED_VERTICES = 10;

  /**
   * Refuses {@code vertex} if the graph does not have it, with {@code pathsum paths}' message (the
   * first vertices in file order); otherwise says whether it is on an edge (else it was declared
   * alone on a line).
   */
  private static boolean requireVertex(EdgeInput in, Options o, String option, String vertex) {
    if (!in.edges.filter(col("source").equalTo(vertex).or(col("target").equalTo(vertex)))
        .isEmpty()) {
      return true;
    }
    if (!in.vertices.filter(col("vertex").equalTo(vertex)).isEmpty()) {
      return false;
    }
    List<String> some = new ArrayList<>();
    for (Row r :
        in.vertices.orderBy(col("ord"), col("vertex")).limit(LISTED_VERTICES + 1)
            .collectAsList()) {
      some.add(r.getString(0));
    }
    if (some.isEmpty()) {
      throw new BadInputException(
          option + " '" + vertex + "': " + o.graph + " has no vertices (is it empty?)");
    }
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < Math.min(some.size(), LISTED_VERTICES); i++) {
      list.append(i == 0 ? "" : ", ").append(PathsReport.label(some.get(i)));
    }
    if (some.size() > LISTED_VERTICES) {
      list.append(", ...");
    }
    throw new BadInputException(
        option + " '" + vertex + "' is not a vertex of " + o.graph + " (its vertices: " + list
            + ")");
  }

  /**
   * The first line of {@code message}, stripped and cut to {@value #MESSAGE_WIDTH} columns, as
   * {@code pathsum} shows a message.
   */
  private static String firstLine(String message) {
    String m = String.valueOf(message).strip();
    int nl = m.indexOf('\n');
    return DisplayWidth.shorten(nl < 0 ? m : m.substring(0, nl).strip(), MESSAGE_WIDTH);
  }
}
