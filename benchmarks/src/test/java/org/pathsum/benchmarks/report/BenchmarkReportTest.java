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

  /** One result in JMH's JSON shape. */
  private static String result(String method, String params, double score, double error) {
    return "{\"jmhVersion\":\"1.37\",\"benchmark\":\"org.pathsum.benchmarks."
        + method
        + "\","
        + "\"mode\":\"avgt\",\"threads\":1,\"forks\":2,\"jvm\":\"/usr/bin/java\","
        + "\"jdkVersion\":\"17.0.15\",\"vmName\":\"OpenJDK 64-Bit Server VM\","
        + "\"warmupIterations\":3,\"warmupTime\":\"1 s\",\"measurementIterations\":5,"
        + "\"measurementTime\":\"1 s\",\"params\":{"
        + params
        + "},"
        + "\"primaryMetric\":{\"score\":"
        + score
        + ",\"scoreError\":"
        + (Double.isNaN(error) ? "\"NaN\"" : Double.toString(error))
        + ",\"scoreUnit\":\"ms/op\",\"rawData\":[[1.0]]}}";
  }

  private Path write(String... results) throws IOException {
    Path json = dir.resolve("jmh.json");
    Files.writeString(json, "[" + String.join(",", results) + "]");
    return json;
  }

  @Test
  void readsJmhJson() throws IOException {
    List<JmhResult> r =
        JmhResult.read(
            write(
                result("paths.RealSweepBenchmark.compiledForward", "\"edges\":\"1000\"", 3.0, 0.3),
                result("ad.GradientBenchmark.label", "", 5.0, Double.NaN)));
    assertEquals(2, r.size());
    assertEquals("RealSweepBenchmark", r.get(0).className());
    assertEquals("compiledForward", r.get(0).method());
    assertEquals(Map.of("edges", "1000"), r.get(0).params());
    assertEquals(3.0, r.get(0).score());
    assertEquals(0.3, r.get(0).error());
    assertEquals(2, r.get(0).forks());
    assertTrue(Double.isNaN(r.get(1).error()));
    assertEquals("—", r.get(1).paramsText());
    Files.writeString(dir.resolve("bad.json"), "{}");
    assertThrows(IOException.class, () -> JmhResult.read(dir.resolve("bad.json")));
  }

  @Test
  void ratiosPairResultsAtEqualParametersAndJudgeTargets() throws IOException {
    List<JmhResult> results =
        JmhResult.read(
            write(
                result("paths.RealSweepBenchmark.compiledForward", "\"edges\":\"1000\"", 3.0, 0.3),
                result("paths.RealSweepBenchmark.rawLoopForward", "\"edges\":\"1000\"", 2.0, 0.2),
                result("paths.RealSweepBenchmark.compiledForward", "\"edges\":\"9\"", 4.0, 0.4),
                result("paths.RealSweepBenchmark.rawLoopForward", "\"edges\":\"9\"", 2.0, 0.2)));
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
                result("ad.JacobianBenchmark.forwardJacobian", "\"n\":\"100\",\"m\":\"1\"", 100, 1),
                result("ad.JacobianBenchmark.reverseJacobian", "\"n\":\"100\",\"m\":\"1\"", 2, 0.1),
                result("ad.JacobianBenchmark.forwardJacobian", "\"n\":\"10\",\"m\":\"1\"", 10, 1),
                result("ad.JacobianBenchmark.reverseJacobian", "\"n\":\"10\",\"m\":\"1\"", 9, 1)));
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
    Path json =
        write(
            result("paths.RealSweepBenchmark.compiledForward", "\"edges\":\"1000\"", 3.0, 0.3),
            result("paths.RealSweepBenchmark.rawLoopForward", "\"edges\":\"1000\"", 2.0, 0.2),
            result("ad.JacobianBenchmark.forwardJacobian", "\"n\":\"1\",\"m\":\"1\"", 1, 0.1),
            result("ad.JacobianBenchmark.reverseJacobian", "\"n\":\"1\",\"m\":\"1\"", 1, 0.1),
            result("ad.JacobianBenchmark.forwardJacobian", "\"n\":\"100\",\"m\":\"1\"", 100, 1),
            result("ad.JacobianBenchmark.reverseJacobian", "\"n\":\"100\",\"m\":\"1\"", 2, 0.1));
    Path out = dir.resolve("out");
    List<String> written = BenchmarkReport.render(List.of(json), out);
    assertEquals(List.of("results.md", "forward-vs-reverse.png", "path-solvers.png"), written);
    String md = Files.readString(out.resolve("results.md"));
    assertTrue(md.contains("| compiled real forward sweep ÷ raw loop | edges=1000 | 1.5 |"), md);
    assertTrue(md.contains("JMH 1.37"), md);
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
}
