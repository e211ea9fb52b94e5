package org.pathsum.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tokens of a DOT file with their line:column, for what jgrapht-io's importer does not tell:
 * whether the graph is {@code strict} or undirected, whether a second graph follows the first, and
 * where an attribute value or an edge was written (for messages). It does not build the graph.
 *
 * <p>Tokens: IDs (bare words and numerals, double-quoted strings with {@code \"} escapes and
 * {@code \}-newline continuations, HTML strings {@code <...>} with nested brackets), the edge
 * operators {@code ->} and {@code --}, and the punctuation {@code { } [ ] ; , = :}. Comments
 * (C and C++ style, and lines starting with {@code #}) and whitespace are skipped. A {@code #}
 * anywhere else outside a string is refused, as Graphviz refuses it (jgrapht-io's importer would
 * silently skip the rest of its line). Cost O(length), no recursion.
 */
final class DotScanner {

  /** A token: its kind, its text (a quoted ID unquoted), where it starts. */
  record Token(Kind kind, String text, int line, int column) {
    /** Whether this is an ID whose text is {@code word} ignoring case (DOT keywords). */
    boolean isKeyword(String word) {
      return kind == Kind.ID && text.equalsIgnoreCase(word);
    }
  }

  /** Token kinds. */
  enum Kind {
    ID,
    QUOTED_ID,
    EDGE_OP,
    PUNCT
  }

  private final List<Token> tokens = new ArrayList<>();
  private final String name;

  private DotScanner(String name) {
    this.name = name;
  }

  /**
   * Scans {@code text}.
   *
   * @param name the input's name, for messages
   * @throws InputException at an unterminated string or comment, or a {@code #} that does not start
   *     a line, with line:column
   */
  static DotScanner scan(String name, String text) {
    DotScanner s = new DotScanner(name);
    s.run(text);
    return s;
  }

  /** The tokens in order. */
  List<Token> tokens() {
    return tokens;
  }

  /** Whether the first graph is declared {@code strict}. */
  boolean isStrict() {
    return !tokens.isEmpty() && tokens.get(0).isKeyword("strict");
  }

  /** Whether the first graph is an undirected {@code graph} rather than a {@code digraph}. */
  boolean isUndirected() {
    int i = isStrict() ? 1 : 0;
    return i < tokens.size() && tokens.get(i).isKeyword("graph");
  }

  /**
   * The first token after the first graph's closing brace, if any: the start of a second graph
   * (or of junk). Empty if the file holds one graph, or if its braces do not balance (the importer
   * reports that).
   */
  Optional<Token> afterFirstGraph() {
    int depth = 0;
    boolean opened = false;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind == Kind.PUNCT && t.text.equals("{")) {
        depth++;
        opened = true;
      } else if (t.kind == Kind.PUNCT && t.text.equals("}")) {
        depth--;
        if (opened && depth == 0) {
          return i + 1 < tokens.size() ? Optional.of(tokens.get(i + 1)) : Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /**
   * {@code "FILE:LINE:COLUMN"} of the first value {@code value} given to the attribute {@code key}
   * ({@code key = value}), if any.
   */
  Optional<String> whereAttribute(String key, String value) {
    for (int i = 0; i + 2 < tokens.size(); i++) {
      Token k = tokens.get(i);
      Token eq = tokens.get(i + 1);
      Token v = tokens.get(i + 2);
      if (isId(k)
          && k.text.equals(key)
          && eq.kind == Kind.PUNCT
          && eq.text.equals("=")
          && isId(v)
          && v.text.equals(value)) {
        return Optional.of(where(v));
      }
    }
    return Optional.empty();
  }

  /**
   * {@code "FILE:LINE:COLUMN"} of the first edge operator written between {@code from} and {@code
   * to}, if any.
   */
  Optional<String> whereEdge(String from, String to) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Token op = tokens.get(i);
      if (op.kind == Kind.EDGE_OP
          && isId(tokens.get(i - 1))
          && tokens.get(i - 1).text.equals(from)
          && isId(tokens.get(i + 1))
          && tokens.get(i + 1).text.equals(to)) {
        return Optional.of(where(op));
      }
    }
    return Optional.empty();
  }

  /** {@code "FILE:LINE:COLUMN"} of {@code t}. */
  String where(Token t) {
    return name + ":" + t.line + ":" + t.column;
  }

  private static boolean isId(Token t) {
    return t.kind == Kind.ID || t.kind == Kind.QUOTED_ID;
  }

  private void run(String s) {
    int i = 0;
    int line = 1;
    int lineStart = 0;
    boolean atLineStart = true;
    while (i < s.length()) {
      char c = s.charAt(i);
      int column = i - lineStart + 1;
      if (c == '\n') {
        i++;
        line++;
        lineStart = i;
        atLineStart = true;
        continue;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c == '#' && atLineStart) { // a preprocessor-style line, ignored by Graphviz
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      atLineStart = false;
      if (c == '#') {
        // Graphviz ignores '#' lines only; jgrapht-io's importer would drop the rest of this line
        // (C# -> F reads as a lone vertex C), so it is refused where Graphviz refuses it.
        throw new InputException(
            name
                + ":"
                + line
                + ":"
                + column
                + ": '#' starts a comment only at the start of a line in DOT; quote a name that"
                + " contains it (\"C#\"), or use // for a comment after a statement");
      }
      if (s.startsWith("//", i)) {
        while (i < s.length() && s.charAt(i) != '\n') {
          i++;
        }
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        if (end < 0) {
          throw new InputException(name + ":" + line + ":" + column + ": unterminated comment");
        }
        for (int k = i; k < end; k++) {
          if (s.charAt(k) == '\n') {
            line++;
            lineStart = k + 1;
          }
        }
        i = end + 2;
      } else if (c == '"') {
        int startLine = line;
        StringBuilder sb = new StringBuilder();
        int k = i + 1;
        while (true) {
          if (k >= s.length()) {
            throw new InputException(
                name + ":" + startLine + ":" + column + ": unterminated quoted string");
          }
          char d = s.charAt(k);
          if (d == '"') {
            break;
          }
          if (d == '\\' && k + 1 < s.length() && s.charAt(k + 1) == '"') {
            sb.append('"');
            k += 2;
            continue;
          }
          if (d == '\\' && k + 1 < s.length() && s.charAt(k + 1) == '\n') {
            k += 2;
            line++;
            lineStart = k;
            continue;
          }
          if (d == '\n') {
            line++;
            lineStart = k + 1;
          }
          sb.append(d);
          k++;
        }
        tokens.add(new Token(Kind.QUOTED_ID, sb.toString(), startLine, column));
        i = k + 1;
      } else if (c == '<') {
        int depth = 0;
        int k = i;
        int startLine = line;
        do {
          if (k >= s.length()) {
            throw new InputException(
                name + ":" + startLine + ":" + column + ": unterminated HTML string '<...>'");
          }
          char d = s.charAt(k);
          if (d == '<') {
            depth++;
          } else if (d == '>') {
            depth--;
          } else if (d == '\n') {
            line++;
            lineStart = k + 1;
          }
          k++;
        } while (depth > 0);
        tokens.add(new Token(Kind.QUOTED_ID, s.substring(i + 1, k - 1), startLine, column));
        i = k;
      } else if (s.startsWith("->", i) || s.startsWith("--", i)) {
        tokens.add(new Token(Kind.EDGE_OP, s.substring(i, i + 2), line, column));
        i += 2;
      } else if ("{}[];,=:".indexOf(c) >= 0) {
        tokens.add(new Token(Kind.PUNCT, String.valueOf(c), line, column));
        i++;
      } else {
        int k = i;
        while (k < s.length() && isIdChar(s, k)) {
          k++;
        }
        if (k == i) {
          k = i + Character.charCount(s.codePointAt(i)); // a stray character: one token
        }
        tokens.add(new Token(Kind.ID, s.substring(i, k), line, column));
        i = k;
      }
    }
  }

  private static boolean isIdChar(String s, int k) {
    char c = s.charAt(k);
    if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c > 127) {
      return true;
    }
    // a leading minus of a numeral (-2.5), but not an edge operator
    return c == '-' && !(k + 1 < s.length() && (s.charAt(k + 1) == '>' || s.charAt(k + 1) == '-'));
  }
}
