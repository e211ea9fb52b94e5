package org.pathsum.ad.expr;

import java.util.Objects;
import org.pathsum.semiring.PathSumException;

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
 * <p>Thrown by {@link Expression#compile} (unexpected token, unknown function, wrong arity,
 * unbalanced parentheses, empty expression, nesting too deep, a name bound twice, a name missing
 * from the variable list, binding a variable's name) and made by {@link Expression#errorAt} for a
 * refusal found at a point. A {@link PathSumException}: the text is bad input. Immutable.
 */
public final class ParseException extends PathSumException {

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
   * @throws IllegalArgumentException if {@code line} or {@code column} is below 1
   */
  static ParseException at(String source, int line, int column, String detail) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(detail, "detail");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
    }
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
    return renderWithCaret(Integer.MAX_VALUE);
  }

  /**
   * Like {@link #renderWithCaret()}, but a source line longer than {@code width} chars is cut to a
   * window of about {@code width} chars around the column, with {@code "..."} marking each cut.
   *
   * @param width the most source chars to show; at least 20
   * @throws IllegalArgumentException if {@code width < 20}
   */
  public String renderWithCaret(int width) {
    if (width < 20) {
      throw new IllegalArgumentException("width must be at least 20, got " + width);
    }
    String shown = sourceLine;
    int caretAt = column - 1;
    if (sourceLine.length() > width) {
      int start = Math.max(0, Math.min(caretAt - width / 2, sourceLine.length() - width));
      int end = Math.min(sourceLine.length(), start + width);
      shown =
          (start > 0 ? "..." : "")
              + sourceLine.substring(start, end)
              + (end < sourceLine.length() ? "..." : "");
      caretAt = caretAt - start + (start > 0 ? 3 : 0);
    }
    StringBuilder caret = new StringBuilder();
    for (int i = 0; i < caretAt; i++) {
      caret.append(i < shown.length() && shown.charAt(i) == '\t' ? '\t' : ' ');
    }
    return getMessage() + System.lineSeparator() + shown + System.lineSeparator() + caret + "^";
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
