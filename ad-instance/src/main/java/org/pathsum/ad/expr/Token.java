package org.pathsum.ad.expr;

/**
 * One token: its kind, its text, its numeric value (for numbers), and where it starts (1-based line
 * and column) and its character offset in the source.
 */
final class Token {
  final TokenKind kind;
  final String text;
  final double number;
  final int line;
  final int column;
  final int offset;

  Token(TokenKind kind, String text, double number, int line, int column, int offset) {
    this.kind = kind;
    this.text = text;
    this.number = number;
    this.line = line;
    this.column = column;
    this.offset = offset;
  }

  /**
   * How an error message names this token, e.g. {@code "'foo'"} or {@code "the end of the input"}.
   */
  String describe() {
    return kind == TokenKind.END ? kind.description() : "'" + text + "'";
  }
}
