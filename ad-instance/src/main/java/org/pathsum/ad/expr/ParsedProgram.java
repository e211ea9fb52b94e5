package org.pathsum.ad.expr;

import java.util.List;
import java.util.Objects;

/**
 * A parsed expression program: its statements in source order, at least one of them an output.
 * Immutable. Compile it with {@link ExpressionCompiler}.
 */
final class ParsedProgram {

  private final String source;
  private final List<Statement> statements;

  ParsedProgram(String source, List<Statement> statements) {
    this.source = Objects.requireNonNull(source, "source");
    this.statements = List.copyOf(statements);
  }

  /** The source text the program was parsed from. */
  public String source() {
    return source;
  }

  /** The statements, in source order; immutable. */
  public List<Statement> statements() {
    return statements;
  }

  /** The output statements, in source order. */
  public List<Statement> outputs() {
    return statements.stream().filter(s -> s.kind() == Statement.Kind.OUTPUT).toList();
  }
}
