package org.pathsum.ad.expr;

import java.util.Objects;

/**
 * A syntax or naming error in an expression, at a 1-based line and column of its source.
 *
 * <p>{@link #getMessage()} is one line, {@code "line:column: what is wrong"}; {@link
 * #renderWithCaret()} adds the offending source line and a caret under the column:
 *
 * <pre>
 * 1:5: unknown function 'foo'
 * x + foo(y)
 *     ^
 * </pre>
 *
 * <p>Thrown by the parser (unexpected token, unknown function, wrong arity, unbalanced parentheses,
 * empty expression, nesting too deep, a name bound twice) and the compiler (a name missing from
 * the variable list, binding a variable's name).
 */
public final class ParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final String detail;
  private final String sourceLine;

  private ParseException(int line, int column, String detail, String sourceLine) {
    super(line + ":" + column + ": " + detail);
    this.line = line;
    this.column = column;
    this.detail = detail;
    this.sourceLine = sourceLine;
  }

  /**
   * An error at {@code line}:{@code column} of {@code source}.
   *
   * @param source the whole source text, from which the line is cut for {@link #renderWithCaret}
   * @param line 1-based line
   * @param column 1-based column (in chars); may be one past the end of the line
   * @param detail what is wrong, one line
   */
  static ParseException at(String source, int line, int column, String detail) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(detail, "detail");
    return new ParseException(line, column, detail, lineOf(source, line));
  }

  /** The 1-based line of the error. */
  public int line() {
    return line;
  }

  /** The 1-based column (in chars) of the error. */
  public int column() {
    return column;
  }

  /** What is wrong, without the position. */
  public String detail() {
    return detail;
  }

  /** The source line the error is on, without its line terminator. */
  public String sourceLine() {
    return sourceLine;
  }

  /**
   * Three lines without a trailing newline: the message, the source line and a caret under the
   * column. Tabs before the column are kept so that the caret lines up.
   */
  public String renderWithCaret() {
    StringBuilder caret = new StringBuilder();
    for (int i = 0; i < column - 1; i++) {
      caret.append(i < sourceLine.length() && sourceLine.charAt(i) == '\t' ? '\t' : ' ');
    }
    return getMessage() + System.lineSeparator() + sourceLine + System.lineSeparator() + caret + "^";
  }

  private static String lineOf(String source, int line) {
    int start = 0;
    for (int l = 1; l < line; l++) {
      int nl = source.indexOf('\n', start);
      if (nl < 0) {
        return "";
      }
      start = nl + 1;
    }
    int end = source.indexOf('\n', start);
    String text = end < 0 ? source.substring(start) : source.substring(start, end);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }
}
