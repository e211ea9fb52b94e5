package org.pathsum.benchmarks.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the report's Markdown: settings, the ratio figures with their targets, every result. */
final class MarkdownReport {

  private MarkdownReport() {}

  static String render(
      String source, List<JmhResult> results, List<Ratio> ratios, List<String> charts) {
    StringBuilder md = new StringBuilder();
    md.append("# pathsum benchmark results\n\n");
    md.append("Rendered by `org.pathsum.benchmarks.report.BenchmarkReport` from `")
        .append(source)
        .append("`. Times are JMH averages (`avgt`); ± is JMH's 99.9% confidence half-width, ")
        .append("and a ratio's ± combines its two scores' relative errors in quadrature.\n\n");

    md.append("## Settings\n\n");
    if (!results.isEmpty()) {
      JmhResult any = results.get(0);
      md.append("JMH ").append(any.jmhVersion()).append(", JVM ").append(any.jvm()).append("\n\n");
    }
    md.append("| benchmark class | forks | warm-up | measurement |\n|---|---:|---|---|\n");
    Map<String, JmhResult> byClass = new LinkedHashMap<>();
    for (JmhResult r : results) {
      byClass.putIfAbsent(r.className(), r);
    }
    for (JmhResult r : byClass.values()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d × %s | %d × %s |%n",
              r.className(),
              r.forks(),
              r.warmupIterations(),
              r.warmupTime(),
              r.measurementIterations(),
              r.measurementTime()));
    }

    md.append("\n## Figures (ratios within one run)\n\n");
    md.append("| figure | parameters | ratio | ± | target (DESIGN.md §5) | verdict | note |\n");
    md.append("|---|---|---:|---:|---|---|---|\n");
    for (Ratio r : ratios) {
      md.append("| ")
          .append(r.spec().figure())
          .append(" | ")
          .append(paramsText(r.params()))
          .append(" | ")
          .append(number(r.value()))
          .append(" | ")
          .append(Double.isNaN(r.error()) ? "—" : number(r.error()))
          .append(" | ")
          .append(r.target().map(Ratio.Target::text).orElse("—"))
          .append(" | ")
          .append(r.verdict())
          .append(" | ")
          .append(r.note())
          .append(" |\n");
    }

    if (!charts.isEmpty()) {
      md.append("\n## Charts\n\n");
      for (String chart : charts) {
        md.append("![").append(chart).append("](").append(chart).append(")\n\n");
      }
    }

    md.append("\n## All results\n\n");
    md.append("| benchmark | parameters | score | ± | unit |\n|---|---|---:|---:|---|\n");
    for (JmhResult r : results) {
      md.append("| ")
          .append(r.className())
          .append('.')
          .append(r.method())
          .append(" | ")
          .append(r.paramsText())
          .append(" | ")
          .append(number(r.score()))
          .append(" | ")
          .append(Double.isNaN(r.error()) ? "—" : number(r.error()))
          .append(" | ")
          .append(r.unit())
          .append(" |\n");
    }
    return md.toString();
  }

  private static String paramsText(Map<String, String> params) {
    if (params.isEmpty()) {
      return "—";
    }
    StringBuilder sb = new StringBuilder();
    params.forEach(
        (k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(v));
    return sb.toString();
  }

  /** Four significant digits, plain notation for everyday magnitudes. */
  static String number(double x) {
    if (Double.isNaN(x) || Double.isInfinite(x)) {
      return Double.toString(x);
    }
    double a = Math.abs(x);
    if (a != 0 && (a < 1e-3 || a >= 1e7)) {
      return String.format(Locale.ROOT, "%.3e", x);
    }
    return new java.math.BigDecimal(x)
        .round(new java.math.MathContext(4))
        .stripTrailingZeros()
        .toPlainString();
  }
}
