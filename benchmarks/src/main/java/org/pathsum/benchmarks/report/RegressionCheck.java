package org.pathsum.benchmarks.report;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;
import org.pathsum.benchmarks.paths.FootprintMain;
import org.pathsum.benchmarks.report.Ratio.Spec;

/**
 * The benchmark regression check: runs the headline benchmarks ({@link Figures#HEADLINE}: path
 * sweeps against the raw loop, the tropical DAG against JGraphT's Dijkstra, the cyclic solvers and
 * refusals, the AD tape, array nodes and the tape's Hipparchus peer, marginals, the k best walks,
 * exact counting) and the compiled DAG's bytes per edge, prints each ratio against its target with
 * PASS or FAIL, and exits 1 if any fails.
 *
 * <p><b>Medians.</b> A ratio is formed from the <em>medians</em> of all measured iterations (over
 * every fork) of its two benchmarks, run in one JMH run, because the shared machine's noise shows
 * as outlier iterations that move a mean; its ± is the two scores' JMH 99.9% half-widths, relative
 * to their means, added in quadrature. JMH's own CSV (means) is written beside the check's table,
 * for {@link BenchmarkReport}.
 *
 * <p><b>Profiles.</b> {@code quick}: 2 forks, 3 × 1 s warm-up, 5 × 1 s measured, the tropical
 * DAG at 10⁶ edges (about a quarter of an hour on 2 quiet cores); {@code full}: 3 forks, 5 × 1 s
 * warm-up, 10 × 1 s measured, the tropical DAG at 5·10⁶ edges. The tropical group, whose JGraphT
 * peer takes seconds per operation, runs 2 warm-up and 3 (full: 5) measured iterations. {@code
 * PeerBenchmark} keeps its own longer warm-up (Hipparchus is measured in its steady state). The
 * benchmark classes' heaps stay.
 *
 * <p>Usage: {@code java -Djdk.attach.allowAttachSelf=true -cp benchmarks.jar
 * org.pathsum.benchmarks.report.RegressionCheck quick|full OUT_DIR [group…]}, groups among {@link
 * #GROUPS} (all if none). Exit 0: every ratio met its target; 1: some ratio failed or is missing; 2:
 * bad arguments, or the benchmarks could not run (e.g. another JMH run holds its lock).
 */
public final class RegressionCheck {

  /**
   * A JMH run of one benchmark class: the methods of the headline ratios, at fixed parameters.
   * {@code ownWarmup}: the class's own warm-up stays. {@code slow}: a peer takes seconds per
   * operation, so an iteration is one operation and fewer of them are run (2 warm-up; 3 measured,
   * 5 in the full profile).
   */
  record Group(String name, String regex, Map<String, String> quick,
      Map<String, String> full, boolean ownWarmup, boolean slow) {}

  /** The groups, by name, in the order they run. */
  static final List<String> GROUPS =
      List.of(
          "real", "tropical", "cyclic", "footprint", "gradient", "array", "marginals", "counting",
          "peer");

  static final List<Group> JMH_GROUPS =
      List.of(
          new Group("real",
              "RealSweepBenchmark\\.(compiled(Forward|Backward)|rawLoop\\w+"
                  + "|guarded(Forward|Backward)|frontDoor\\w+)$",
              Map.of("edges", "1000000"), Map.of("edges", "1000000"), false, false),
          new Group("tropical", "TropicalBenchmark\\.(dijkstra|compiledSweep)$",
              Map.of("edges", "1000000"), Map.of("edges", "5000000"), false, true),
          new Group("cyclic",
              "CyclicSolverBenchmark\\.(pathsumDijkstra|jgraphtDijkstra|frontDoorTropical"
                  + "|pathsumRealSeries|frontDoorRealSeries|realOneSweep|pathsumMaxPlusRefusal"
                  + "|frontDoorTropicalRefusal)$",
              Map.of("edges", "1000000"), Map.of("edges", "1000000"), false, false),
          new Group("gradient",
              "GradientBenchmark\\.(handEvaluation|evaluateGraph|pathsumGradient"
                  + "|arrayGradient)$",
              Map.of(), Map.of(), false, false),
          new Group("array", "ArrayNodeBenchmark\\.(handEvaluation|arrayGradient)$",
              Map.of("n", "100000"), Map.of("n", "100000"), false, false),
          new Group("marginals",
              "MarginalsBenchmark\\.(logForward|marginals|maxPlusBest|kBest10)$",
              Map.of(), Map.of(), false, false),
          new Group("counting", "ExactCountingBenchmark\\.(longCounting|exactCounting)$",
              Map.of(), Map.of(), true, false),
          new Group("peer", "PeerBenchmark\\.(hipparchusGradient|pathsumReverse)$",
              Map.of("n", "100,1000"), Map.of("n", "100,1000"), true, false));

  /** The DAG size of the bytes-per-edge row. */
  private static final int FOOTPRINT_EDGES = 1_000_000;

  private RegressionCheck() {}

  /**
   * Runs the check; see the class comment for arguments and exit codes.
   *
   * @throws IOException if the output directory cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2 || !(args[0].equals("quick") || args[0].equals("full"))) {
      System.err.println(
          "usage: RegressionCheck quick|full OUT_DIR [group...]; groups: "
              + String.join(" ", GROUPS));
      System.exit(2);
    }
    boolean full = args[0].equals("full");
    Path out = Path.of(args[1]);
    Set<String> chosen = new TreeSet<>(Arrays.asList(args).subList(2, args.length));
    for (String g : chosen) {
      if (!GROUPS.contains(g)) {
        System.err.println(
            "unknown group '" + g + "'; the groups are: " + String.join(" ", GROUPS));
        System.exit(2);
      }
    }
    if (chosen.isEmpty()) {
      chosen.addAll(GROUPS);
    }
    Files.createDirectories(out);
    String started = now() + ", load average " + loadAverage();
    List<JmhResult> results = new ArrayList<>();
    List<Ratio> ratios = new ArrayList<>();
    for (Group g : JMH_GROUPS) {
      if (!chosen.contains(g.name)) {
        continue;
      }
      Path log = out.resolve(g.name + ".log");
      System.out.println("== " + g.name + ": " + g.regex + " (JMH output: " + log + ")");
      try {
        results.addAll(run(g, full, out, log));
      } catch (RunnerException e) {
        System.err.println(
            "group " + g.name + " could not run: " + e.getMessage() + " (see " + log + ")");
        System.exit(2);
      }
    }
    if (chosen.contains("footprint")) {
      System.out.println("== footprint: CompiledDag at " + FOOTPRINT_EDGES + " edges (JOL)");
      ratios.add(
          Figures.BYTES_PER_EDGE.of(
              Map.of("edges", Integer.toString(FOOTPRINT_EDGES)),
              FootprintMain.compiledDagBytesPerEdge(FOOTPRINT_EDGES)));
    }
    List<String> missing = new ArrayList<>();
    Set<String> classesRun = new TreeSet<>();
    results.forEach(r -> classesRun.add(r.className()));
    for (Spec spec : Figures.HEADLINE) {
      List<Ratio> formed = spec.apply(results);
      if (formed.isEmpty() && classesRun.contains(spec.className())) {
        missing.add(spec.figure());
      }
      ratios.addAll(formed);
    }
    String header =
        "Profile `" + args[0] + "` (" + (full ? "3 forks, 5 × 1 s warm-up, 10 × 1 s measured"
            : "2 forks, 3 × 1 s warm-up, 5 × 1 s measured") + "; PeerBenchmark keeps its own "
            + "warm-up). Ratios of the medians of all iterations; ± from JMH's 99.9% half-widths."
            + "\n\n" + machine() + "\n\nStarted " + started + "; ended " + now()
            + ", load average " + loadAverage() + ".";
    String table = MarkdownReport.check(header, ratios);
    StringBuilder text = new StringBuilder(table);
    for (String m : missing) {
      text.append("\n**MISSING**: ").append(m).append(" (its benchmarks ran but formed no ratio)\n");
    }
    Files.writeString(out.resolve("check.md"), text, StandardCharsets.UTF_8);
    System.out.println();
    System.out.print(text);
    boolean failed = !missing.isEmpty() || ratios.stream().anyMatch(Ratio::fails);
    System.out.println();
    System.out.println(failed ? "regression check: FAIL" : "regression check: PASS");
    System.exit(failed ? 1 : 0);
  }

  /** Runs one group and returns its results with median scores. */
  private static List<JmhResult> run(Group g, boolean full, Path out, Path log)
      throws RunnerException {
    ChainedOptionsBuilder b =
        new OptionsBuilder()
            .include(g.regex)
            .forks(full ? 3 : 2)
            .measurementIterations(g.slow ? (full ? 5 : 3) : (full ? 10 : 5))
            .measurementTime(TimeValue.seconds(1))
            .shouldFailOnError(true)
            .resultFormat(ResultFormatType.CSV)
            .result(out.resolve(g.name + ".csv").toString())
            .output(log.toString());
    if (!g.ownWarmup) {
      b.warmupIterations(g.slow ? 2 : (full ? 5 : 3)).warmupTime(TimeValue.seconds(1));
    }
    for (Map.Entry<String, String> p : (full ? g.full : g.quick).entrySet()) {
      b.param(p.getKey(), p.getValue().split(","));
    }
    Collection<RunResult> runs = new Runner(b.build()).run();
    List<JmhResult> results = new ArrayList<>();
    for (RunResult run : runs) {
      results.add(median(run));
    }
    return results;
  }

  /** A run's primary result with the median of its iterations as the score. */
  static JmhResult median(RunResult run) {
    BenchmarkParams p = run.getParams();
    String benchmark = p.getBenchmark();
    String cls = benchmark.substring(0, benchmark.lastIndexOf('.'));
    Map<String, String> params = new LinkedHashMap<>();
    for (String key : p.getParamsKeys()) {
      params.put(key, p.getParam(key));
    }
    Result<?> primary = run.getAggregatedResult().getPrimaryResult();
    Statistics s = primary.getStatistics();
    double median = s.getPercentile(50);
    double relative = s.getN() > 2 ? s.getMeanErrorAt(0.999) / s.getMean() : Double.NaN;
    return new JmhResult(
        cls.substring(cls.lastIndexOf('.') + 1),
        benchmark.substring(benchmark.lastIndexOf('.') + 1),
        params,
        p.getMode().shortLabel(),
        p.getThreads(),
        s.getN(),
        median,
        median * relative,
        primary.getScoreUnit());
  }

  private static String now() {
    return ZonedDateTime.now(ZoneOffset.UTC)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT));
  }

  /** The 1-, 5- and 15-minute load averages of {@code /proc/loadavg}, or "unknown". */
  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " / " + f[1] + " / " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String machine() {
    OperatingSystemMXBean os =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return String.format(
        Locale.ROOT,
        "Machine: %d cores, %.1f GiB memory, %s %s (%s).",
        Runtime.getRuntime().availableProcessors(),
        os.getTotalMemorySize() / (double) (1L << 30),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"));
  }
}
