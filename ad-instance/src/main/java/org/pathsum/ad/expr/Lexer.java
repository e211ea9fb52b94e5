package org.pathsum.ad.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits source text into {@link Token}s. Numbers are {@code 3}, {@code 2.5}, {@code .5}, {@code
 * 1e-3}, {@code 2.5E+4}; names are {@code [A-Za-z_][A-Za-z0-9_]*}; whitespace (including newlines)
 * separates tokens. O(length of the source).
 */
final class Lexer {

  private static final String SYMBOLS = "+-*/^(),=;";
  private static final TokenKind[] SYMBOL_KINDS = {
    TokenKind.PLUS, TokenKind.MINUS, TokenKind.STAR, TokenKind.SLASH, TokenKind.CARET,
    TokenKind.LPAREN, TokenKind.RPAREN, TokenKind.COMMA, TokenKind.ASSIGN, TokenKind.SEMICOLON
  };

  private final String source;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;
  private int line = 1;
  private int lineStart;

  private Lexer(String source) {
    this.source = source;
  }

  /**
   * The tokens of {@code source}, ending with one {@link TokenKind#END} token.
   *
   * @throws ParseException at the first character that starts no token, or a malformed number
   */
  static List<Token> tokenize(String source) {
    Lexer lexer = new Lexer(source);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    while (pos < source.length()) {
      char c = source.charAt(pos);
      if (c == '\n') {
        pos++;
        line++;
        lineStart = pos;
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else if (isDigit(c)
          || (c == '.' && pos + 1 < source.length() && isDigit(source.charAt(pos + 1)))) {
        number();
      } else if (isNameStart(c)) {
        int start = pos;
        while (pos < source.length() && isNameChar(source.charAt(pos))) {
          pos++;
        }
        add(TokenKind.IDENT, start, Double.NaN);
      } else {
        Optional<TokenKind> kind = symbol(c);
        if (kind.isEmpty()) {
          throw error(
              pos,
              "unexpected character '"
                  + c
                  + "'; expected a number, a name, an operator"
                  + " (+ - * / ^), a parenthesis, ',' '=' or ';'");
        }
        pos++;
        add(kind.get(), pos - 1, Double.NaN);
      }
    }
    tokens.add(new Token(TokenKind.END, "", Double.NaN, line, pos - lineStart + 1, pos));
  }

  private void number() {
    int start = pos;
    digits();
    if (pos < source.length() && source.charAt(pos) == '.') {
      pos++;
      digits();
    }
    if (pos < source.length() && (source.charAt(pos) == 'e' || source.charAt(pos) == 'E')) {
      int exponentStart = pos;
      pos++;
      if (pos < source.length() && (source.charAt(pos) == '+' || source.charAt(pos) == '-')) {
        pos++;
      }
      if (pos >= source.length() || !isDigit(source.charAt(pos))) {
        throw error(
            exponentStart,
            "malformed number '"
                + source.substring(start, pos)
                + "': the exponent needs digits, as in 1e-3");
      }
      digits();
    }
    if (pos < source.length() && isNameChar(source.charAt(pos))) {
      throw error(
          pos,
          "malformed number: '"
              + source.substring(start, pos + 1)
              + "' (write '*' for multiplication, as in 2*x)");
    }
    String text = source.substring(start, pos);
    double value = Double.parseDouble(text);
    if (Double.isInfinite(value)) {
      throw error(start, "number '" + text + "' is too large for a double");
    }
    add(TokenKind.NUMBER, start, value);
  }

  private void digits() {
    while (pos < source.length() && isDigit(source.charAt(pos))) {
      pos++;
    }
  }

  private void add(TokenKind kind, int start, double value) {
    tokens.add(
        new Token(kind, source.substring(start, pos), value, line, start - lineStart + 1, start));
  }

  private ParseException error(int at, String message) {
    return ParseException.at(source, line, at - lineStart + 1, message);
  }

  private static Optional<TokenKind> symbol(char c) {
    int i = SYMBOLS.indexOf(c);
    return i < 0 ? Optional.empty() : Optional.of(SYMBOL_KINDS[i]);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isNameChar(char c) {
    return isNameStart(c) || isDigit(c);
  }
}
