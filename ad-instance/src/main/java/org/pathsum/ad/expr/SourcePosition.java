package org.pathsum.ad.expr;

/**
 * A 1-based line and column in an expression's source. Immutable; prints as {@code line:column}.
 */
final class SourcePosition {

  private final int line;
  private final int column;

  /**
   * @param line 1-based line
   * @param column 1-based column, in chars
   * @throws IllegalArgumentException if either is below 1
   */
  public SourcePosition(int line, int column) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
    }
    this.line = line;
    this.column = column;
  }

  /** The 1-based line. */
  public int line() {
    return line;
  }

  /** The 1-based column. */
  public int column() {
    return column;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourcePosition p && p.line == line && p.column == column;
  }

  @Override
  public int hashCode() {
    return 31 * line + column;
  }

  /** {@code line:column}. */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
