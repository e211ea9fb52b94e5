package org.pathsum.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkReportTest {

  @TempDir Path dir;

  private static final String HEADER =
      "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\","
          + "\"Unit\",\"Param: edges\",\"Param: m\",\"Param: n\"\r\n";

  /**
   * One result row as JMH 1.37's CSV writer prints it: names quoted, numbers with {@code %f}, a
   * parameter cell empty when the benchmark lacks it, quoted when it holds a space or comma.
   */
  private static String result(String method, String edges, String m, String n, double score,
      double error) {
    return String.format(
        java.util.Locale.ROOT,
        "\"org.pathsum.benchmarks.%s\",\"avgt\",1,6,%f,%f,\"ms/op\",%s,%s,%s\r\n",
        method, score, error, edges, m, n);
  }

  private static String edges(String method, String edges, double score, double error) {
    return result(method, edges, "", "", score, error);
  }

  private static String nm(String method, String n, String m, double score, double error) {
    return result(method, "", m, n, score, error);
  }

  private Path write(String... rows) throws IOException {
    Path csv = dir.resolve("jmh.csv");
    Files.writeString(csv, HEADER + String.join("", rows));
    return csv;
  }

  @Test
  void readsJmhCsv() throws IOException {
    List<JmhResult> r =
        JmhResult.read(
            write(
                edges("paths.RealSweepBenchmark.compiledForward", "1000", 3.0, 0.3),
                edges("ad.GradientBenchmark.label", "", 5.0, Double.NaN),
                "\"org.pathsum.benchmarks.ad.GradientBenchmark.label:gc.alloc.rate\",\"avgt\",1,6,"
                    + "12.5,NaN,\"MB/sec\",,,\r\n"));
    assertEquals(2, r.size()); // the secondary (profiler) row is skipped
    assertEquals("RealSweepBenchmark", r.get(0).className());
    assertEquals("compiledForward", r.get(0).method());
    assertEquals(Map.of("edges", "1000"), r.get(0).params());
    assertEquals("avgt", r.get(0).mode());
    assertEquals(1, r.get(0).threads());
    assertEquals(6, r.get(0).samples());
    assertEquals(3.0, r.get(0).score());
    assertEquals(0.3, r.get(0).error());
    assertEquals("ms/op", r.get(0).unit());
    assertTrue(Double.isNaN(r.get(1).error()));
    assertEquals(Map.of(), r.get(1).params()); // empty cells: no such parameters
    assertEquals("—", r.get(1).paramsText());
  }

  @Test
  void csvQuotingFollowsRfc4180() throws IOException {
    Path csv = dir.resolve("quoted.csv");
    Files.writeString(
        csv,
        "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\","
            + "\"Unit\",\"Param: label\",\"Param: size\"\n"
            + "\"a.B.c\",\"ss\",1,2,NaN,NaN,\"ms/op\",\"x, \"\"y\"\"\nz\",\"\"\n"
            + "\n"
            + "\"a.B.d\",\"avgt\",2,10,1.500000,0.250000,\"us/op\",plain,7");
    List<JmhResult> r = JmhResult.read(csv);
    assertEquals(2, r.size());
    // A quoted field keeps its comma, its doubled quotes as one quote and its line break.
    assertEquals(Map.of("label", "x, \"y\"\nz"), r.get(0).params());
    assertTrue(Double.isNaN(r.get(0).score()));
    assertEquals("ss", r.get(0).mode());
    assertEquals(Map.of("label", "plain", "size", "7"), r.get(1).params());
    assertEquals(List.of("label", "size"), List.copyOf(r.get(1).params().keySet()));
    assertEquals(2, r.get(1).threads());
    assertEquals(10, r.get(1).samples());
    assertEquals(1.5, r.get(1).score());
    assertEquals(0.25, r.get(1).error());
    assertEquals("us/op", r.get(1).unit());
  }

  @Test
  void malformedCsvIsRefusedWithItsLine() throws IOException {
    String header =
        "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\","
            + "\"Unit\"\n";
    for (String bad :
        List.of(
            "[{\"benchmark\":\"a.B.c\"}]", // JMH's JSON is not its CSV
            "",
            header + "\"a.B.c\",\"avgt\",1,6,1.0,0.1\n", // a field short
            header + "\"a.B.c\",\"avgt\",1,6,\"1,5\",0.1,\"ms/op\"\n", // decimal comma
            header + "\"a.B.c,\"avgt\",1,6,1.0,0.1,\"ms/op\"\n", // quote never closed
            header + "\"a.B.c\"x,\"avgt\",1,6,1.0,0.1,\"ms/op\"\n", // text after a quote
            header + "\"abc\",\"avgt\",1,6,1.0,0.1,\"ms/op\"\n")) { // not class.method
      Path csv = dir.resolve("bad.csv");
      Files.writeString(csv, bad);
      IOException e = assertThrows(IOException.class, () -> JmhResult.read(csv), bad);
      assertTrue(e.getMessage().startsWith(csv.toString()), e.getMessage());
    }
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, header + "\"a.B.c\",\"avgt\",1,6,1.0,0.1,\"ms/op\"\n\"abc\",\"avgt\",1,6,1,1,\"s\"\n");
    IOException e = assertThrows(IOException.class, () -> JmhResult.read(csv));
    assertTrue(e.getMessage().startsWith(csv + ":3:"), e.getMessage());
  }

  @Test
  void ratiosPairResultsAtEqualParametersAndJudgeTargets() throws IOException {
    List<JmhResult> results =
        JmhResult.read(
            write(
                edges("paths.RealSweepBenchmark.compiledForward", "1000", 3.0, 0.3),
                edges("paths.RealSweepBenchmark.rawLoopForward", "1000", 2.0, 0.2),
                edges("paths.RealSweepBenchmark.compiledForward", "9", 4.0, 0.4),
                edges("paths.RealSweepBenchmark.rawLoopForward", "9", 2.0, 0.2)));
    List<Ratio> ratios = Figures.ALL.get(0).apply(results);
    assertEquals(2, ratios.size());
    assertEquals(1.5, ratios.get(0).value(), 1e-12);
    // Both scores have 10% relative error: the ratio's is √2 · 10%.
    assertEquals(1.5 * Math.sqrt(0.02), ratios.get(0).error(), 1e-12);
    assertEquals("met", ratios.get(0).verdict()); // 1.5 ≤ 1.5
    assertEquals(2.0, ratios.get(1).value(), 1e-12);
    assertEquals("**not met**", ratios.get(1).verdict());
  }

  @Test
  void reverseOverForwardTargetAppliesToScalarFunctionsFromN100() throws IOException {
    List<JmhResult> results =
        JmhResult.read(
            write(
                nm("ad.JacobianBenchmark.forwardJacobian", "100", "1", 100, 1),
                nm("ad.JacobianBenchmark.reverseJacobian", "100", "1", 2, 0.1),
                nm("ad.JacobianBenchmark.forwardJacobian", "10", "1", 10, 1),
                nm("ad.JacobianBenchmark.reverseJacobian", "10", "1", 9, 1)));
    List<Ratio> ratios = new ArrayList<>();
    Figures.ALL.forEach(s -> ratios.addAll(s.apply(results)));
    assertEquals(2, ratios.size());
    assertEquals(0.02, ratios.get(0).value(), 1e-12);
    assertEquals("met", ratios.get(0).verdict()); // exactly 2/n
    assertEquals("ideal m/n = 0.01000", ratios.get(0).note());
    assertEquals("—", ratios.get(1).verdict()); // n = 10: no target
  }

  @Test
  void rendersMarkdownAndPngCharts() throws IOException {
    Path csv =
        write(
            edges("paths.RealSweepBenchmark.compiledForward", "1000", 3.0, 0.3),
            edges("paths.RealSweepBenchmark.rawLoopForward", "1000", 2.0, 0.2),
            nm("ad.JacobianBenchmark.forwardJacobian", "1", "1", 1, 0.1),
            nm("ad.JacobianBenchmark.reverseJacobian", "1", "1", 1, 0.1),
            nm("ad.JacobianBenchmark.forwardJacobian", "100", "1", 100, 1),
            nm("ad.JacobianBenchmark.reverseJacobian", "100", "1", 2, 0.1));
    Files.writeString(dir.resolve("settings.txt"), "JMH_OPTS (every group): -f 2 -wi 2 -i 3\n");
    Files.writeString(dir.resolve("machine.txt"), "openjdk version \"17.0.15\"\n");
    Path out = dir.resolve("out");
    List<String> written = BenchmarkReport.render(List.of(csv), out);
    assertEquals(List.of("results.md", "forward-vs-reverse.png", "path-solvers.png"), written);
    String md = Files.readString(out.resolve("results.md"));
    assertTrue(md.contains("| compiled real forward sweep ÷ raw loop | edges=1000 | 1.5 |"), md);
    assertTrue(md.contains("JMH_OPTS (every group): -f 2 -wi 2 -i 3"), md);
    assertTrue(md.contains("openjdk version \"17.0.15\""), md);
    assertTrue(md.contains("| RealSweepBenchmark | avgt | 1 | 6 |"), md);
    assertTrue(md.contains("| JacobianBenchmark.reverseJacobian | m=1, n=100 | avgt | 6 | 2 | 0.1 |"), md);
    assertTrue(md.contains("![path-solvers.png](path-solvers.png)"), md);
    for (String png : written.subList(1, written.size())) {
      byte[] head = Arrays.copyOf(Files.readAllBytes(out.resolve(png)), 4);
      assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, head, png);
    }
    assertFalse(Files.exists(out.resolve("peer-ratios.png")));
  }

  @Test
  void numbersKeepFourSignificantDigits() {
    assertEquals("1.5", MarkdownReport.number(1.5));
    assertEquals("0.02", MarkdownReport.number(0.02));
    assertEquals("1235", MarkdownReport.number(1234.56));
    assertEquals("1.000e-05", MarkdownReport.number(1e-5));
  }

  @Test
  void whereNarrowsASpecToOneParameterValue() throws IOException {
    List<JmhResult> results =
        JmhResult.read(
            write(
                edges("paths.RealSweepBenchmark.compiledForward", "1000", 3.0, 0.3),
                edges("paths.RealSweepBenchmark.rawLoopForward", "1000", 2.0, 0.2),
                edges("paths.RealSweepBenchmark.compiledForward", "9", 4.0, 0.4),
                edges("paths.RealSweepBenchmark.rawLoopForward", "9", 2.0, 0.2)));
    List<Ratio> ratios = Figures.REAL_FORWARD.where("edges", "9").apply(results);
    assertEquals(1, ratios.size());
    assertEquals(Map.of("edges", "9"), ratios.get(0).params());
    assertTrue(ratios.get(0).fails()); // 2.0 > 1.5
    assertTrue(Figures.REAL_FORWARD.where("edges", "9").where("edges", "1000").apply(results)
        .isEmpty());
  }

  @Test
  void checkTableGatesOnlyRatiosWithTargets() {
    Ratio met = Figures.BYTES_PER_EDGE.of(Map.of("edges", "100"), 10.0);
    Ratio missed = Figures.BYTES_PER_EDGE.of(Map.of("edges", "200"), 16.5);
    Ratio notANumber = Figures.BYTES_PER_EDGE.of(Map.of("edges", "300"), Double.NaN);
    Ratio info =
        Ratio.Spec.info("info", "C", "a", "b").of(Map.of("edges", "100"), 99.0);
    assertFalse(met.fails());
    assertTrue(missed.fails());
    assertTrue(notANumber.fails());
    assertFalse(info.fails());
    String md = MarkdownReport.check("header line", List.of(met, missed, info, notANumber));
    assertTrue(md.contains("header line"), md);
    assertTrue(md.contains("| edges=100 | 10 | — | ≤ 16 (memory-bandwidth floor) | PASS |"), md);
    assertTrue(md.contains("| edges=200 | 16.5 | — | ≤ 16 (memory-bandwidth floor) | **FAIL** |"), md);
    assertTrue(md.contains("| edges=300 | NaN |"), md);
    assertFalse(md.contains("| info |"), md);
  }

  /**
   * Every headline ratio names two {@code @Benchmark} methods of its class that one group of the
   * regression check runs: a renamed benchmark fails here, not as a missing row an hour into a run.
   */
  @Test
  void headlineRatiosNameBenchmarksTheCheckRuns() throws Exception {
    for (Ratio.Spec spec : Figures.HEADLINE) {
      Class<?> cls = benchmarkClass(spec.className());
      List<RegressionCheck.Group> groups = new ArrayList<>();
      for (RegressionCheck.Group g : RegressionCheck.JMH_GROUPS) {
        if (g.regex().startsWith(spec.className() + "\\.")) {
          groups.add(g);
        }
      }
      assertEquals(1, groups.size(), spec.figure());
      java.util.regex.Pattern p = java.util.regex.Pattern.compile(groups.get(0).regex());
      for (String method : List.of(spec.numerator(), spec.denominator())) {
        assertTrue(
            Arrays.stream(cls.getMethods())
                .anyMatch(m -> m.getName().equals(method)
                    && m.isAnnotationPresent(org.openjdk.jmh.annotations.Benchmark.class)),
            spec.className() + "." + method);
        assertTrue(p.matcher(spec.className() + "." + method).find(), spec.figure() + ": " + method);
      }
    }
    assertTrue(RegressionCheck.GROUPS.containsAll(
        RegressionCheck.JMH_GROUPS.stream().map(RegressionCheck.Group::name).toList()));
  }

  private static Class<?> benchmarkClass(String simpleName) throws ClassNotFoundException {
    for (String pkg : List.of("paths", "ad", "wpds", "structured")) {
      try {
        return Class.forName("org.pathsum.benchmarks." + pkg + "." + simpleName);
      } catch (ClassNotFoundException e) {
        // try the next package
      }
    }
    throw new ClassNotFoundException(simpleName);
  }
}
