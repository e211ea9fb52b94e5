package org.pathsum.ad.expr;

import java.util.Objects;

/**
 * One {@code ;}-separated statement: either a binding {@code name = expr} of a shared intermediate,
 * or an output expression.
 */
final class Statement {

  /** Whether a statement binds a name or is an output. */
  public enum Kind {
    /** {@code name = expr}: later uses of {@code name} refer to the same graph node. */
    BINDING,
    /** An expression whose value (and derivatives) the program outputs. */
    OUTPUT
  }

  private final Kind kind;
  private final String name;
  private final Expr expr;
  private final String text;
  private final int line;
  private final int column;

  Statement(Kind kind, String name, Expr expr, String text, int line, int column) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.name = Objects.requireNonNull(name, "name");
    this.expr = Objects.requireNonNull(expr, "expr");
    this.text = Objects.requireNonNull(text, "text");
    this.line = line;
    this.column = column;
  }

  /** Binding or output. */
  public Kind kind() {
    return kind;
  }

  /**
   * For a binding, the bound name; for an output, the empty string (the compiler names outputs, see
   * {@link ExpressionCompiler}).
   */
  public String name() {
    return name;
  }

  /** The expression (for a binding, its right-hand side). */
  public Expr expr() {
    return expr;
  }

  /** The expression's source text, trimmed, with each run of whitespace collapsed to one space. */
  public String text() {
    return text;
  }

  /** The 1-based line where the statement starts. */
  public int line() {
    return line;
  }

  /** The 1-based column where the statement starts (for a binding, the bound name's column). */
  public int column() {
    return column;
  }
}
