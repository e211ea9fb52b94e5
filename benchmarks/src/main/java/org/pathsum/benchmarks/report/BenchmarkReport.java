package org.pathsum.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pathsum.benchmarks.report.Ratio.Spec;

/**
 * Renders JMH CSV result files ({@code -rf csv}) as {@code results.md} and PNG charts in an output directory:
 *
 * <ul>
 *   <li>{@code forward-vs-reverse.png}: Jacobian time against n, forward and reverse mode;
 *   <li>{@code gradient-ratio.png}: the cheap-gradient ratios;
 *   <li>{@code peer-ratios.png}: Hipparchus and dual numbers against pathsum's reverse gradient;
 *   <li>{@code path-solvers.png}: compiled sweeps against the raw loop and JGraphT.
 * </ul>
 *
 * <p>Several files (one per JMH run, e.g. with different {@code -p} sizes) are read as one list of
 * results; ratios pair results of the same benchmark class, so each pair comes from one run. A
 * chart whose benchmarks are absent is skipped. Charts are drawn headless. JMH's CSV carries no
 * run settings, so the files {@value #SETTINGS} (the profile's JMH options, written by {@code
 * run-profile.sh}) and {@value #MACHINE} (cores, memory, {@code java -version}, load) found beside
 * the CSV files are copied into the report's settings section.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.pathsum.benchmarks.report.BenchmarkReport outDir
 * results.csv…}.
 */
public final class BenchmarkReport {

  /** The run's JMH options and groups, written by {@code run-profile.sh} beside the CSV files. */
  public static final String SETTINGS = "settings.txt";

  /** The machine, JVM ({@code java -version}) and load, written by {@code run-profile.sh}. */
  public static final String MACHINE = "machine.txt";

  private BenchmarkReport() {}

  /**
   * Reads the CSV files and writes the report.
   *
   * @param args the output directory, then one or more JMH CSV files
   * @throws IOException if a CSV file cannot be read or an output cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: BenchmarkReport <output-directory> <jmh-results.csv>...");
      System.exit(2);
    }
    List<Path> csvs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      csvs.add(Path.of(args[i]));
    }
    List<String> written = render(csvs, Path.of(args[0]));
    System.out.println("wrote " + String.join(", ", written) + " to " + args[0]);
  }

  /**
   * Renders the results of {@code csvs} into {@code outDir} (created if absent).
   *
   * @param csvs JMH CSV files, at least one
   * @return the names of the files written, {@code results.md} first
   * @throws IOException if a CSV file cannot be read or an output cannot be written
   */
  public static List<String> render(List<Path> csvs, Path outDir) throws IOException {
    if (csvs.isEmpty()) {
      throw new IllegalArgumentException("no JMH CSV file given; pass at least one");
    }
    System.setProperty("java.awt.headless", "true");
    List<JmhResult> results = new ArrayList<>();
    StringBuilder sources = new StringBuilder();
    Map<String, String> settings = new LinkedHashMap<>();
    for (Path csv : csvs) {
      results.addAll(JmhResult.read(csv));
      sources.append(sources.length() == 0 ? "" : "`, `").append(csv.getFileName());
      Path dir = csv.toAbsolutePath().getParent();
      for (String name : List.of(SETTINGS, MACHINE)) {
        Path f = dir.resolve(name);
        String key = dir.getFileName() + "/" + name; // once per directory
        if (Files.isRegularFile(f) && !settings.containsKey(key)) {
          settings.put(key, Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    List<Ratio> ratios = new ArrayList<>();
    for (Spec spec : Figures.ALL) {
      ratios.addAll(spec.apply(results));
    }
    Files.createDirectories(outDir);
    List<String> charts = new ArrayList<>();
    if (Charts.forwardVsReverse(results, outDir.resolve("forward-vs-reverse.png"))) {
      charts.add("forward-vs-reverse.png");
    }
    if (Charts.ratioBars(
        "Cheap gradient: gradient time ÷ evaluation time",
        ratios,
        List.of(
            "pathsum gradient ÷ hand-written evaluation",
            "pathsum gradient ÷ evaluating the compiled graph (values only)",
            "hand-written gradient ÷ hand-written evaluation (the floor)"),
        "function",
        outDir.resolve("gradient-ratio.png"))) {
      charts.add("gradient-ratio.png");
    }
    if (Charts.ratioBars(
        "Forward-mode peers ÷ pathsum reverse gradient (extended Rosenbrock)",
        ratios,
        List.of(
            "Hipparchus Gradient ÷ pathsum reverse gradient",
            "Hipparchus DerivativeStructure ÷ pathsum reverse gradient",
            "pathsum dual numbers (n passes) ÷ pathsum reverse gradient"),
        "n",
        outDir.resolve("peer-ratios.png"))) {
      charts.add("peer-ratios.png");
    }
    if (Charts.ratioBars(
        "Path solvers: ratios of times on the same DAG",
        ratios,
        List.of(
            "compiled real forward sweep ÷ raw loop",
            "compiled real backward sweep ÷ raw loop",
            "boxed generic sweep ÷ primitive sweep",
            "JGraphT Dijkstra ÷ compiled tropical sweep",
            "JGraphT IntVertexDijkstra ÷ compiled tropical sweep"),
        "edges",
        outDir.resolve("path-solvers.png"))) {
      charts.add("path-solvers.png");
    }
    String md = MarkdownReport.render(sources.toString(), settings, results, ratios, charts);
    Files.writeString(outDir.resolve("results.md"), md, StandardCharsets.UTF_8);
    List<String> written = new ArrayList<>();
    written.add("results.md");
    written.addAll(charts);
    return written;
  }
}
