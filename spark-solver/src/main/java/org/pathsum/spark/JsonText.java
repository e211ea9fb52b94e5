package org.pathsum.spark;

/**
 * The few pieces of JSON text {@code pathsum-spark} prints, written so that its output matches
 * {@code pathsum paths --json} (Jackson's defaults) character for character.
 *
 * <p>Why not a JSON library: Jackson is allowed only in pathsum-cli, and Spark's {@code to_json}
 * would build the one output object as a SQL map in a query only to print it on the driver. The
 * output is one flat object of names and scalars, so a small escaper, tested against the JSON
 * grammar and Jackson's conventions, is the simpler honest choice: {@code "} and {@code \} escaped,
 * {@code \b \t \n \f \r} short, other control characters as <code>&#92;u00XX</code> (upper-case hex), nothing
 * else escaped; doubles as {@link Double#toString}, ±∞ and NaN as the strings {@code "Infinity"},
 * {@code "-Infinity"}, {@code "NaN"}; in text, ±∞ as {@code inf} and {@code -inf}.
 */
final class JsonText {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private JsonText() {}

  /** {@code s} as a JSON string literal, quotes included. */
  static String string(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\b':
          sb.append("\\b");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\f':
          sb.append("\\f");
          break;
        case '\r':
          sb.append("\\r");
          break;
        default:
          if (c < 0x20) {
            sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }

  /**
   * A weight as a JSON value: a number ({@code -0.0} as {@code 0.0}, as {@code pathsum} writes a
   * zero whatever its sign), {@code true}/{@code false}, or a non-finite double's name.
   */
  static String value(Object w) {
    if (w instanceof Double) {
      double d = (Double) w;
      return Double.isFinite(d) ? Double.toString(d + 0.0) : string(Double.toString(d));
    }
    return String.valueOf(w);
  }

  /**
   * A weight as text, as {@code pathsum paths} prints it: {@code 920} for 920.0, {@code 0} for
   * ±0.0, {@code inf} and {@code -inf} (as weights are written in graph files), the shortest
   * round-trip form otherwise; booleans and counts as they are.
   */
  static String text(Object w) {
    if (w instanceof Double) {
      double v = (Double) w;
      if (Double.isInfinite(v)) {
        return v > 0 ? "inf" : "-inf";
      }
      if (v == Math.rint(v) && Math.abs(v) < 1e15) {
        return Long.toString((long) v);
      }
      return Double.toString(v);
    }
    return String.valueOf(w);
  }
}
