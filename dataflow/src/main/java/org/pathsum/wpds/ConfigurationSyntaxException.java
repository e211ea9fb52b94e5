package org.pathsum.wpds;

import org.pathsum.semiring.PathSumException;

/**
 * Text that is not a configuration {@code <p, g1 g2>} or a rule {@code <p, g> -> <q, h1 h2>}.
 * Carries the 1-based column of the problem in the text it was given.
 */
public class ConfigurationSyntaxException extends PathSumException {

  private static final long serialVersionUID = 1L;

  private final int column;

  /**
   * @param column the 1-based column of the problem
   * @param message what is wrong and what was expected
   */
  public ConfigurationSyntaxException(int column, String message) {
    super("column " + column + ": " + message);
    this.column = column;
  }

  /** The 1-based column of the problem. */
  public int column() {
    return column;
  }

  /** A scanner over one line of configuration or rule text; shared with the rule parser. */
  static final class Cursor {
    private final String text;
    private int pos;

    Cursor(String text) {
      this.text = text;
    }

    int position() {
      return pos;
    }

    boolean atEnd() {
      return pos >= text.length();
    }

    void skipBlanks() {
      while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
        pos++;
      }
    }

    ConfigurationSyntaxException error(String message) {
      String found = atEnd() ? "end of text" : "'" + text.charAt(pos) + "'";
      return new ConfigurationSyntaxException(pos + 1, message + " (found " + found + ")");
    }

    boolean peek(char ch) {
      skipBlanks();
      return pos < text.length() && text.charAt(pos) == ch;
    }

    void expect(char ch, String what) {
      skipBlanks();
      if (pos >= text.length() || text.charAt(pos) != ch) {
        throw error("expected " + what);
      }
      pos++;
    }

    void expect(String s, String what) {
      skipBlanks();
      if (!text.startsWith(s, pos)) {
        throw error("expected " + what);
      }
      pos += s.length();
    }

    String name(String role) {
      skipBlanks();
      int start = pos;
      while (pos < text.length() && isNameChar(text.charAt(pos))) {
        pos++;
      }
      if (start == pos) {
        throw error("expected a " + role + " name [A-Za-z0-9_.$]+");
      }
      return text.substring(start, pos);
    }

    /** Remaining text, stripped. */
    String rest() {
      String r = text.substring(Math.min(pos, text.length())).strip();
      pos = text.length();
      return r;
    }

    Configuration configuration() {
      expect('<', "'<' to start a configuration");
      String state = name("control state");
      java.util.List<String> stack = new java.util.ArrayList<>();
      if (peek(',')) {
        pos++;
        stack.add(name("stack symbol"));
        while (!peek('>')) {
          stack.add(name("stack symbol"));
        }
      }
      expect('>', "',' or '>' after the control state");
      return Configuration.of(state, stack);
    }

    private static boolean isNameChar(char c) {
      return (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '_'
          || c == '.'
          || c == '$';
    }
  }
}
