package org.pathsum.benchmarks.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Writes the report's Markdown: settings, the ratio figures with their targets, every result. */
final class MarkdownReport {

  private MarkdownReport() {}

  /**
   * @param source the CSV file names, for the header
   * @param settings the run's recorded settings ({@code settings.txt}, {@code machine.txt}), by
   *     file name; printed verbatim because the CSV itself carries none
   */
  static String render(
      String source,
      Map<String, String> settings,
      List<JmhResult> results,
      List<Ratio> ratios,
      List<String> charts) {
    StringBuilder md = new StringBuilder();
    md.append("# pathsum benchmark results\n\n");
    md.append("Rendered by `org.pathsum.benchmarks.report.BenchmarkReport` from `")
        .append(source)
        .append("` (JMH CSV). Times are JMH averages (`avgt`) unless the mode says otherwise; ± is ")
        .append("JMH's 99.9% confidence half-width, and a ratio's ± combines its two scores' ")
        .append("relative errors in quadrature.\n\n");

    md.append("## Settings\n\n");
    if (settings.isEmpty()) {
      md.append("No `settings.txt` or `machine.txt` beside the CSV files: the JMH options, JVM and ")
          .append("load of this run were not recorded.\n\n");
    }
    for (Map.Entry<String, String> e : settings.entrySet()) {
      md.append("`").append(e.getKey()).append("`:\n\n```\n").append(e.getValue().strip());
      md.append("\n```\n\n");
    }
    md.append("| benchmark class | mode | threads | samples per result |\n|---|---|---:|---|\n");
    Map<String, TreeSet<Long>> samples = new LinkedHashMap<>();
    Map<String, JmhResult> byClass = new LinkedHashMap<>();
    for (JmhResult r : results) {
      byClass.putIfAbsent(r.className(), r);
      samples.computeIfAbsent(r.className(), k -> new TreeSet<>()).add(r.samples());
    }
    for (JmhResult r : byClass.values()) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %d | %s |%n",
              r.className(),
              r.mode(),
              r.threads(),
              samples.get(r.className()).stream()
                  .map(String::valueOf)
                  .collect(java.util.stream.Collectors.joining(", "))));
    }

    md.append("\n## Figures (ratios within one run)\n\n");
    md.append("| figure | parameters | ratio | ± | target | verdict | note |\n");
    md.append("|---|---|---:|---:|---|---|---|\n");
    for (Ratio r : ratios) {
      ratioCells(md, r)
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
    md.append("| benchmark | parameters | mode | samples | score | ± | unit |\n");
    md.append("|---|---|---|---:|---:|---:|---|\n");
    for (JmhResult r : results) {
      md.append("| ")
          .append(r.className())
          .append('.')
          .append(r.method())
          .append(" | ")
          .append(r.paramsText())
          .append(" | ")
          .append(r.mode())
          .append(" | ")
          .append(r.samples())
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

  /**
   * The regression check's table: each ratio that has a target, with PASS or FAIL. Ratios without
   * a target are left out (they are information, not a gate).
   *
   * @param header lines printed above the table (settings, machine, load), verbatim
   */
  static String check(String header, List<Ratio> ratios) {
    StringBuilder md = new StringBuilder();
    md.append("# pathsum regression check\n\n").append(header.strip()).append("\n\n");
    md.append("| figure | parameters | ratio of medians | ± | target | result |\n");
    md.append("|---|---|---:|---:|---|---|\n");
    for (Ratio r : ratios) {
      if (r.target().isEmpty()) {
        continue;
      }
      ratioCells(md, r)
          .append(r.target().get().text())
          .append(" | ")
          .append(r.fails() ? "**FAIL**" : "PASS")
          .append(" |\n");
    }
    return md.toString();
  }

  /** The cells every ratio row starts with: figure, parameters, ratio, ± (then an open cell). */
  private static StringBuilder ratioCells(StringBuilder md, Ratio r) {
    return md.append("| ")
        .append(r.spec().figure())
        .append(" | ")
        .append(paramsText(r.params()))
        .append(" | ")
        .append(number(r.value()))
        .append(" | ")
        .append(Double.isNaN(r.error()) ? "—" : number(r.error()))
        .append(" | ");
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
