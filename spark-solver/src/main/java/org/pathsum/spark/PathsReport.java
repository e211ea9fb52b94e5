package org.pathsum.spark;

import java.util.Map;

/**
 * The text and JSON that {@code pathsum-spark paths} prints, the same as {@code pathsum paths}
 * prints for the same query character for character: the JSON object with {@code "values"} (or
 * {@code "value"} for a pair), and the text table whose names are cut to {@value #LABEL_WIDTH}
 * terminal columns ({@code "…"} marks the cut) and padded to the widest, in columns ({@link
 * DisplayWidth}: a CJK name takes two columns a character). Numbers are spelled by {@link
 * JsonText}. Immutable.
 */
final class PathsReport {

  /** The most columns a name takes in the text (as {@code pathsum}'s {@code Output.LABEL_WIDTH}). */
  static final int LABEL_WIDTH = 48;

  private final String semiring;
  private final String source;
  private final String target;
  private final boolean unweighted;
  private final Object one;
  private final Object zero;

  /**
   * @param semiring the semiring's name
   * @param source the query's source, or null
   * @param target the query's target, or null (not both null)
   * @param unweighted whether every edge weighs 1̄ ({@code --unweighted})
   * @param one the semiring's 1̄, for the text's header
   * @param zero the semiring's 0̄, for the text's header
   */
  PathsReport(
      String semiring, String source, String target, boolean unweighted, Object one, Object zero) {
    this.semiring = semiring;
    this.source = source;
    this.target = target;
    this.unweighted = unweighted;
    this.one = one;
    this.zero = zero;
  }

  /** {@code name} cut to {@value #LABEL_WIDTH} columns, as {@code pathsum}'s {@code Output.label}. */
  static String label(String name) {
    return DisplayWidth.shorten(name, LABEL_WIDTH);
  }

  /** The sums from the source or to the target, in the order given, as JSON. */
  String json(Map<String, Object> values) {
    StringBuilder sb = header().append(",\"values\":{");
    boolean first = true;
    for (Map.Entry<String, Object> e : values.entrySet()) {
      sb.append(first ? "" : ",").append(JsonText.string(e.getKey())).append(':')
          .append(JsonText.value(e.getValue()));
      first = false;
    }
    return sb.append("}}\n").toString();
  }

  /** The one value of a pair query as JSON. */
  String json(Object value) {
    return header().append(",\"value\":").append(JsonText.value(value)).append("}\n").toString();
  }

  private StringBuilder header() {
    StringBuilder sb = new StringBuilder("{\"semiring\":").append(JsonText.string(semiring));
    if (source != null) {
      sb.append(",\"source\":").append(JsonText.string(source));
    }
    if (target != null) {
      sb.append(",\"target\":").append(JsonText.string(target));
    }
    if (unweighted) {
      sb.append(",\"unweighted\":true");
    }
    return sb;
  }

  /** The sums from the source or to the target, in the order given, as the text table. */
  String text(Map<String, Object> values) {
    StringBuilder sb = new StringBuilder();
    sb.append(semiring)
        .append(" path sums ")
        .append(source != null ? "from " + label(source) : "to " + label(target))
        .append(unweighted ? " (every edge weighs " + JsonText.text(one) + "; " : " (")
        .append("vertices with sum ")
        .append(JsonText.text(zero))
        .append(" omitted):\n");
    int width = 0;
    for (String v : values.keySet()) {
      width = Math.max(width, DisplayWidth.of(label(v)));
    }
    for (Map.Entry<String, Object> e : values.entrySet()) {
      sb.append("  ")
          .append(DisplayWidth.padRight(label(e.getKey()), width))
          .append("  ")
          .append(JsonText.text(e.getValue()))
          .append('\n');
    }
    return sb.toString();
  }

  /** The one value of a pair query as text. */
  String text(Object value) {
    return semiring + " path sum from " + label(source) + " to " + label(target) + ": "
        + JsonText.text(value) + "\n";
  }
}
