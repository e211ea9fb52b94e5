package org.pathsum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

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

/**
 * The {@code spark-submit} application behind {@code ./pathsum-spark}: the {@code paths} command
 * of {@code pathsum} on Spark.
 *
 * <pre>
 * pathsum-spark [paths] --graph PATH --semiring NAME (--source V | --target V) [--json]
 *               [--unweighted] [--format edgelist|csv|parquet] [--output DIR] [--master URL]
 *               [--checkpoint-every K] [--tolerance T] [--max-supersteps N] [--verbose]
 * </pre>
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
 * <p>Numbers are printed as {@code pathsum paths} prints them: in text {@code 6} for 6.0, {@code
 * inf} and {@code -inf}, the shortest round-trip decimal otherwise; in JSON as Jackson writes a
 * {@code double} ({@code 6.0}), ±∞ as the strings {@code "Infinity"}/{@code "-Infinity"}, −0 as
 * {@code 0.0}. DOT input is refused (only {@code pathsum paths} reads it).
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
      "usage: pathsum-spark paths --graph PATH --semiring NAME (--source V | --target V) [--json]";

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
      if ((o.source == null) == (o.target == null)) {
        throw new BadInputException(
            o.source == null
                ? "--source/--target: give exactly one of them"
                : "--source/--target: give only one of them (a pair query is not supported on Spark)");
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
    } catch (BadInputException | PathSumException | ArithmeticException e) {
      err.println("pathsum-spark: " + firstLine(e.getMessage()));
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
    String anchor = o.source != null ? o.source : o.target;
    boolean onEdge = !in.edges.filter(col("source").equalTo(anchor).or(col("target").equalTo(anchor)))
        .isEmpty();
    Map<String, Object> values = new LinkedHashMap<>();
    List<SuperstepStats> stats = List.of();
    if (!onEdge) {
      if (in.vertices.filter(col("vertex").equalTo(anchor)).isEmpty()) {
        throw new BadInputException(
            "vertex '" + anchor + "' is not in " + o.graph);
      }
      values.put(anchor, s.semiring().one()); // a declared isolated vertex: only the empty path
      if (o.output != null) {
        throw new BadInputException("vertex '" + anchor + "' has no edges; nothing to write");
      }
    } else {
      SparkPathSumResult r =
          o.source != null
              ? SparkPathSums.solveFrom(in.edges, s.semiringName(), anchor, o.settings)
              : SparkPathSums.solveTo(in.edges, s.semiringName(), anchor, o.settings);
      try {
        stats = r.supersteps();
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
    return o.json ? json(o, values) : text(o, s, values);
  }

  private static String json(Options o, Map<String, Object> values) {
    StringBuilder sb = new StringBuilder("{\"semiring\":").append(JsonText.string(o.semiring));
    if (o.source != null) {
      sb.append(",\"source\":").append(JsonText.string(o.source));
    } else {
      sb.append(",\"target\":").append(JsonText.string(o.target));
    }
    if (o.unweighted) {
      sb.append(",\"unweighted\":true");
    }
    sb.append(",\"values\":{");
    boolean first = true;
    for (Map.Entry<String, Object> e : values.entrySet()) {
      sb.append(first ? "" : ",").append(JsonText.string(e.getKey())).append(':')
          .append(JsonText.value(e.getValue()));
      first = false;
    }
    return sb.append("}}\n").toString();
  }

  private static String text(Options o, SqlSemiring s, Map<String, Object> values) {
    StringBuilder sb = new StringBuilder();
    sb.append(s.semiringName())
        .append(" path sums ")
        .append(o.source != null ? "from " : "to ")
        .append(o.source != null ? o.source : o.target)
        .append(
            o.unweighted
                ? " (every edge weighs " + JsonText.text(s.semiring().one()) + "; "
                : " (")
        .append("vertices with sum ")
        .append(JsonText.text(s.zeroValue()))
        .append(" omitted):\n");
    int width = 0;
    for (String v : values.keySet()) {
      width = Math.max(width, v.length());
    }
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Object> e : values.entrySet()) {
      lines.add(String.format("  %-" + width + "s  %s", e.getKey(), JsonText.text(e.getValue())));
    }
    lines.forEach(l -> sb.append(l).append('\n'));
    return sb.toString();
  }

  private static String firstLine(String message) {
    String m = String.valueOf(message).strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).strip();
  }
}
