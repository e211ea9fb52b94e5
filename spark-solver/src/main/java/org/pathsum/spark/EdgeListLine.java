package org.pathsum.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses one line of a pathsum edge list on the executors: {@code from to weight} declares an edge,
 * a single name declares a vertex, {@code from to} is an edge under {@code --unweighted}; fields are
 * separated by whitespace; names with spaces are written in double quotes with {@code \"} and
 * {@code \\} escapes. A {@code #} at the start of a field starts a comment; elsewhere it is part of
 * the field ({@code C# F# 1} is an edge from {@code C#} to {@code F#}; the weight {@code 3#c} is
 * refused).
 *
 * <p>These are the rules of {@code pathsum-cli}'s {@code GraphFiles}, written a second time on
 * purpose: spark-solver may not depend on the CLI module, and here each line is
 * parsed independently on an executor, with its error as data rather than an exception. The weight
 * syntax is that of {@code paths}: decimals and {@code inf}/{@code -inf} (also {@code Infinity}) for
 * the double semirings, {@code true false 1 0} for boolean, a non-negative integer for counting.
 *
 * <p>Immutable and serializable (one instance is shipped to the executors).
 */
final class EdgeListLine implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern INFINITY = Pattern.compile("([+-]?)(inf|infinity)");
  private static final Pattern INTEGER = Pattern.compile("\\+?\\d+");

  /** A DOT graph's first line: {@code [strict] [di]graph [ID] [{ ...]}, any case. */
  private static final Pattern DOT_HEADER =
      Pattern.compile(
          "\\s*(strict\\s+)?(di)?graph(\\s+(\"[^\"]*\"|[\\w.]+))?\\s*(\\{.*)?",
          Pattern.CASE_INSENSITIVE);

  /**
   * The {@code kind} of an edge line whose weight is not in the semiring: its names are read (they
   * are vertices of the graph, as in {@code pathsum paths}), and the error is reported after the
   * query's vertices are checked, in the order {@code pathsum paths} reports them.
   */
  static final int WEIGHT_ERROR = -2;

  /**
   * What one line holds: {@code kind} 0 blank, 1 vertex, 2 edge, -1 error, {@link #WEIGHT_ERROR}
   * an edge whose weight is not in the semiring (for both errors {@code error} says what, with its
   * column).
   */
  static final class Parsed {
    int kind;
    String from;
    String to;
    Object weight;
    String error;
    /** Whether the line reads as the header of a DOT graph (see {@link #isDotHeader}). */
    boolean dot;
  }

  /**
   * Whether {@code line} is the first line of a DOT graph ({@code digraph G {}, {@code strict
   * digraph}, ...): a file whose first line that is not blank or a comment is one is DOT, which
   * pathsum-spark does not read.
   */
  static boolean isDotHeader(String line) {
    return DOT_HEADER.matcher(line).matches();
  }

  private final String semiring;
  private final boolean unweighted;

  EdgeListLine(String semiring, boolean unweighted) {
    this.semiring = semiring;
    this.unweighted = unweighted;
  }

  Parsed parse(String line) {
    Parsed p = new Parsed();
    p.dot = isDotHeader(line);
    List<String> texts = new ArrayList<>();
    List<Integer> columns = new ArrayList<>();
    String err = fields(line, texts, columns);
    if (err != null) {
      p.kind = -1;
      p.error = err;
      return p;
    }
    switch (texts.size()) {
      case 0:
        p.kind = 0;
        return p;
      case 1:
        p.kind = 1;
        p.from = texts.get(0);
        return p;
      case 2:
      case 3:
        if (texts.size() == 2 && !unweighted) {
          p.kind = -1;
          p.error =
              (line.stripTrailing().length() + 1)
                  + ": expected 'from to weight' but the weight is missing; add it, or use"
                  + " --unweighted to give every edge the weight 1̄";
          return p;
        }
        p.kind = 2;
        p.from = texts.get(0);
        p.to = texts.get(1);
        if (unweighted) {
          p.weight = one();
          return p;
        }
        p.weight = weight(texts.get(2));
        if (p.weight == null) {
          p.kind = WEIGHT_ERROR;
          p.error =
              columns.get(2) + ": weight '" + texts.get(2) + "' is not in the " + semiring
                  + " semiring; write " + carrier();
        }
        return p;
      default:
        p.kind = -1;
        p.error =
            columns.get(3) + ": expected 'from to weight' (3 fields) but found " + texts.size()
                + "; write names with spaces in double quotes, e.g. \"New York\"";
        return p;
    }
  }

  private Object one() {
    switch (semiring) {
      case "boolean":
        return true;
      case "counting":
        return 1L;
      default:
        return SqlSemiring.byName(semiring).map(s -> ((Number) s.semiring().one()).doubleValue())
            .orElseThrow();
    }
  }

  private String carrier() {
    switch (semiring) {
      case "real":
        return "a finite decimal number";
      case "tropical":
        return "a decimal number or inf";
      case "max-plus":
      case "log":
        return "a decimal number or -inf";
      case "bottleneck":
        return "a decimal number, inf or -inf";
      case "viterbi":
        return "a probability in [0, 1]";
      case "boolean":
        return "true, false, 1 or 0";
      default:
        return "a non-negative integer";
    }
  }

  /** The weight written as {@code text}, or null if it is not in the semiring. */
  Object weight(String text) {
    switch (semiring) {
      case "boolean":
        switch (text.toLowerCase(Locale.ROOT)) {
          case "true":
          case "1":
            return true;
          case "false":
          case "0":
            return false;
          default:
            return null;
        }
      case "counting":
        if (!INTEGER.matcher(text).matches()) {
          return null;
        }
        try {
          return Long.parseLong(text);
        } catch (NumberFormatException tooLarge) {
          return null;
        }
      default:
        Double d = null;
        if (DECIMAL.matcher(text).matches()) {
          double v = Double.parseDouble(text);
          d = Double.isFinite(v) ? v : null;
        } else {
          var m = INFINITY.matcher(text.toLowerCase(Locale.ROOT));
          if (m.matches()) {
            d = m.group(1).equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
          }
        }
        if (d == null) {
          return null;
        }
        if (semiring.equals("real") && !Double.isFinite(d)) {
          return null;
        }
        @SuppressWarnings("unchecked")
        org.pathsum.semiring.Semiring<Double> s =
            (org.pathsum.semiring.Semiring<Double>) SqlSemiring.byName(semiring).orElseThrow()
                .semiring();
        return s.isMember(d) ? d : null;
    }
  }

  /** Splits {@code line} into fields; returns an error "column: message" or null. */
  private static String fields(String line, List<String> texts, List<Integer> columns) {
    int i = 0;
    int n = line.length();
    while (true) {
      while (i < n && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (i >= n || line.charAt(i) == '#') {
        return null;
      }
      int start = i;
      if (line.charAt(i) == '"') {
        StringBuilder sb = new StringBuilder();
        i++;
        while (true) {
          if (i >= n) {
            return (start + 1) + ": the quoted name has no closing '\"'";
          }
          char c = line.charAt(i);
          if (c == '"') {
            i++;
            break;
          }
          if (c == '\\' && i + 1 < n && (line.charAt(i + 1) == '"' || line.charAt(i + 1) == '\\')) {
            sb.append(line.charAt(i + 1));
            i += 2;
          } else {
            sb.append(c);
            i++;
          }
        }
        if (i < n && !Character.isWhitespace(line.charAt(i))) {
          return (i + 1) + ": expected a space after the quoted name \"" + sb + "\"";
        }
        if (sb.length() == 0) {
          return (start + 1) + ": a name cannot be empty";
        }
        texts.add(sb.toString());
      } else {
        while (i < n && !Character.isWhitespace(line.charAt(i))) {
          i++;
        }
        texts.add(line.substring(start, i));
      }
      columns.add(start + 1);
    }
  }
}
