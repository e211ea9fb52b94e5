package org.pathsum.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of JMH's CSV output ({@code -rf csv}): a benchmark method at one parameter combination,
 * with its score. The CSV carries no run settings (forks, iterations, JVM, JMH version); {@code
 * run-profile.sh} records those in {@code settings.txt} and {@code machine.txt} beside the CSV
 * files, and the report prints them from there.
 *
 * @param className the benchmark class's simple name, e.g. {@code RealSweepBenchmark}
 * @param method the benchmark method, e.g. {@code compiledForward}
 * @param params the {@code @Param} values, by name in JMH's (alphabetical) column order; empty if
 *     none
 * @param mode JMH's mode, e.g. {@code avgt}
 * @param threads the number of benchmark threads
 * @param samples how many measurements the score summarizes (forks × iterations for {@code avgt})
 * @param score the primary metric's score
 * @param error the half-width of its 99.9% confidence interval; NaN if JMH could not compute one
 * @param unit the score's unit, e.g. {@code ms/op}
 */
public record JmhResult(
    String className,
    String method,
    Map<String, String> params,
    String mode,
    int threads,
    long samples,
    double score,
    double error,
    String unit) {

  /** The fixed leading columns of JMH 1.37's CSV header, in order. */
  static final List<String> COLUMNS =
      List.of("Benchmark", "Mode", "Threads", "Samples", "Score", "Score Error (99.9%)", "Unit");

  private static final String PARAM = "Param: ";

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
   * Reads a JMH result file written with {@code -rf csv}: a header of the seven {@link #COLUMNS}
   * and one {@code "Param: name"} column per parameter of any benchmark in the run, then one row
   * per result. Fields follow RFC 4180 quoting (JMH quotes a field holding a comma, a space, a
   * quote or a line break, and doubles its quotes). A parameter cell left empty means the
   * benchmark has no such parameter. Scores and errors are JMH's {@code %f} text (six decimals);
   * {@code NaN} is kept. Rows of secondary metrics (a profiler's, named {@code benchmark:label})
   * are skipped: the report uses primary scores only. Cost: linear in the file size.
   *
   * @throws IOException if the file cannot be read, or is not JMH's CSV: a wrong header, a row
   *     with the wrong number of fields, an unterminated quote or a number that does not parse
   *     (the message names the file and line)
   */
  public static List<JmhResult> read(Path csv) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    parse(text, csv, rows, lines);
    if (rows.isEmpty()) {
      throw new IOException(csv + ": empty; expected JMH's CSV header " + COLUMNS);
    }
    List<String> header = rows.get(0);
    if (header.size() < COLUMNS.size() || !header.subList(0, COLUMNS.size()).equals(COLUMNS)) {
      throw new IOException(
          csv + ":1: not a JMH CSV result file (expected the header " + COLUMNS + "…, found "
              + header + ")");
    }
    List<String> paramNames = new ArrayList<>();
    for (String h : header.subList(COLUMNS.size(), header.size())) {
      if (!h.startsWith(PARAM) || h.length() == PARAM.length()) {
        throw new IOException(csv + ":1: unexpected column \"" + h + "\" (expected \"Param: name\")");
      }
      paramNames.add(h.substring(PARAM.length()));
    }
    List<JmhResult> results = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      List<String> row = rows.get(i);
      String where = csv + ":" + lines.get(i);
      if (row.size() != header.size()) {
        throw new IOException(
            where + ": " + row.size() + " fields, the header has " + header.size());
      }
      String benchmark = row.get(0);
      if (benchmark.contains(":")) {
        continue; // a secondary metric, e.g. a -prof gc row
      }
      int dot = benchmark.lastIndexOf('.');
      if (dot <= 0 || dot == benchmark.length() - 1) {
        throw new IOException(where + ": benchmark \"" + benchmark + "\" is not class.method");
      }
      String cls = benchmark.substring(0, dot);
      cls = cls.substring(cls.lastIndexOf('.') + 1);
      Map<String, String> params = new LinkedHashMap<>();
      for (int p = 0; p < paramNames.size(); p++) {
        String v = row.get(COLUMNS.size() + p);
        if (!v.isEmpty()) {
          params.put(paramNames.get(p), v);
        }
      }
      results.add(
          new JmhResult(
              cls,
              benchmark.substring(dot + 1),
              params,
              row.get(1),
              (int) number(row.get(2), "Threads", where),
              number(row.get(3), "Samples", where),
              decimal(row.get(4), "Score", where),
              decimal(row.get(5), "Score Error (99.9%)", where),
              row.get(6)));
    }
    return results;
  }

  /**
   * Splits RFC 4180 text into records of fields; {@code lines} receives each record's first line
   * number. A record ends at CR LF, LF or CR outside quotes; a blank line is no record.
   */
  static void parse(String text, Path file, List<List<String>> rows, List<Integer> lines)
      throws IOException {
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int rowLine = 1;
    boolean quoted = false;
    boolean any = false; // the current record has content
    int i = 0;
    int n = text.length();
    if (n > 0 && text.charAt(0) == '\uFEFF') {
      i = 1; // a byte-order mark is not part of the first field
    }
    while (i < n) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
          i++;
          if (i < n && ",\r\n".indexOf(text.charAt(i)) < 0) {
            throw new IOException(
                file + ":" + line + ": text after a closing quote; a quote inside a quoted field"
                    + " is written twice (\"\")");
          }
          continue;
        }
        if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
          line++;
        }
        field.append(c);
        i++;
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        any = true;
        i++;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        any = true;
        i++;
      } else if (c == '\r' || c == '\n') {
        if (any || field.length() > 0) {
          row.add(field.toString());
          rows.add(row);
          lines.add(rowLine);
        }
        row = new ArrayList<>();
        field.setLength(0);
        any = false;
        i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
        line++;
        rowLine = line;
      } else {
        field.append(c);
        any = true;
        i++;
      }
    }
    if (quoted) {
      throw new IOException(file + ":" + rowLine + ": a quoted field is not closed");
    }
    if (any || field.length() > 0) {
      row.add(field.toString());
      rows.add(row);
      lines.add(rowLine);
    }
  }

  private static long number(String s, String column, String where) throws IOException {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IOException(where + ": " + column + " \"" + s + "\" is not an integer", e);
    }
  }

  private static double decimal(String s, String column, String where) throws IOException {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IOException(
          where + ": " + column + " \"" + s + "\" is not a number (JMH writes it with the host"
              + " JVM's locale; run it with -Duser.language=en)",
          e);
    }
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
