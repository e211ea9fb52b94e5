package org.pathsum.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of JMH's JSON output: a benchmark method at one parameter combination, with its score.
 *
 * @param className the benchmark class's simple name, e.g. {@code RealSweepBenchmark}
 * @param method the benchmark method, e.g. {@code compiledForward}
 * @param params the {@code @Param} values, in JMH's order; empty if none
 * @param mode JMH's mode, e.g. {@code avgt}
 * @param score the primary metric's score
 * @param error the half-width of its 99.9% confidence interval; NaN if JMH could not compute one
 * @param unit the score's unit, e.g. {@code ms/op}
 * @param forks the number of forks
 * @param warmupIterations warm-up iterations per fork
 * @param warmupTime warm-up iteration time, e.g. {@code 1 s}
 * @param measurementIterations measured iterations per fork
 * @param measurementTime measured iteration time
 * @param jvm the JVM description (version and VM name)
 * @param jmhVersion the JMH version
 */
public record JmhResult(
    String className,
    String method,
    Map<String, String> params,
    String mode,
    double score,
    double error,
    String unit,
    int forks,
    int warmupIterations,
    String warmupTime,
    int measurementIterations,
    String measurementTime,
    String jvm,
    String jmhVersion) {

  /** Copies {@code params}; rejects nulls. */
  public JmhResult {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(method, "method");
    params =
        Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(params, "params")));
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(unit, "unit");
  }

  /**
   * Reads a JMH result file written with {@code -rf json}.
   *
   * @throws IOException if the file cannot be read or is not JMH's JSON (an array of results)
   */
  public static List<JmhResult> read(Path json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    if (root == null || !root.isArray()) {
      throw new IOException(json + " is not a JMH JSON result file (expected an array)");
    }
    List<JmhResult> results = new ArrayList<>();
    for (JsonNode r : root) {
      String benchmark = r.path("benchmark").asText();
      int dot = benchmark.lastIndexOf('.');
      String cls = benchmark.substring(0, Math.max(dot, 0));
      cls = cls.substring(cls.lastIndexOf('.') + 1);
      Map<String, String> params = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = r.path("params").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> p = it.next();
        params.put(p.getKey(), p.getValue().asText());
      }
      JsonNode metric = r.path("primaryMetric");
      JsonNode err = metric.path("scoreError");
      results.add(
          new JmhResult(
              cls,
              benchmark.substring(dot + 1),
              params,
              r.path("mode").asText(),
              metric.path("score").asDouble(Double.NaN),
              err.isNumber() ? err.asDouble() : Double.NaN,
              metric.path("scoreUnit").asText(),
              r.path("forks").asInt(),
              r.path("warmupIterations").asInt(),
              r.path("warmupTime").asText(),
              r.path("measurementIterations").asInt(),
              r.path("measurementTime").asText(),
              r.path("jdkVersion").asText() + " " + r.path("vmName").asText(),
              r.path("jmhVersion").asText()));
    }
    return results;
  }

  /** {@code k=v, …} in parameter order, or {@code "—"} when there are none. */
  public String paramsText() {
    if (params.isEmpty()) {
      return "—";
    }
    StringBuilder sb = new StringBuilder();
    params.forEach(
        (k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(v));
    return sb.toString();
  }
}
