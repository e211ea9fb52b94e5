package org.pathsum.ad.expr;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pathsum.ad.ComputationGraph;

/**
 * An expression program compiled to a {@link ComputationGraph}: the text form of a function, as in
 *
 * <pre>{@code
 * Expression.compile("(x + 4*y) * ((x + y) * y)", List.of("x", "y")).graph().gradient(3, 5)
 * }</pre>
 *
 * The graph is the door to every derivative; this object also remembers where in the text each
 * node was written, so that a refusal found later (a point outside a function's domain) can be
 * shown at its place in the source ({@link #errorAt}). Immutable.
 *
 * <p>The language (see the {@linkplain org.pathsum.ad.expr package} grammar): one or more
 * statements separated by {@code ;}, each an output expression or a binding {@code name = expr} of
 * a shared intermediate; numbers, names, {@code + - * /}, {@code ^} (right-associative, binding
 * tighter than unary minus), parentheses, and the functions of {@link
 * org.pathsum.ad.Op#byFunctionName}. The graph's inputs are the given variables, in their order
 * (a variable the text does not use has derivative 0); its outputs are named by their text as
 * written (a repeated text is two outputs under one name). Every use of a name is the one node of that
 * name, so {@code x*x} has two parallel edges from {@code x}; an exponent that depends on no
 * variable ({@code x^2}, {@code pow(x - y, 2)}) makes a constant-exponent power, defined for a
 * negative base.
 *
 * <p>Cost: O(length of the source) to parse and compile, with no recursion on the input.
 */
public final class Expression {

  /** The deepest nesting of parentheses and function calls accepted: {@value}. */
  public static final int MAX_NESTING = ExpressionParser.MAX_NESTING;

  private final CompiledExpression compiled;

  private Expression(CompiledExpression compiled) {
    this.compiled = compiled;
  }

  /**
   * Parses {@code source} and compiles it with {@code variables} as the graph's inputs, in order.
   *
   * @throws ParseException at the first error of the text, with its line and column: an
   *     unexpected character or token, a malformed number, an unknown function, a wrong number of
   *     arguments, an unbalanced parenthesis, an empty expression, nesting deeper than {@link
   *     #MAX_NESTING}, a name bound twice or bound although it is a variable, a name that is
   *     neither a variable nor bound earlier, or no output at all
   * @throws IllegalArgumentException if {@code variables} names a variable twice
   */
  public static Expression compile(String source, List<String> variables) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(variables, "variables");
    return new Expression(
        ExpressionCompiler.compileProgram(ExpressionParser.parse(source), variables));
  }

  /** The compiled graph: inputs the variables, one output per output statement. */
  public ComputationGraph graph() {
    return compiled.graph();
  }

  /** The source text. */
  public String source() {
    return compiled.program().source();
  }

  /**
   * A {@link ParseException} saying {@code detail} at the place in the source where node {@code
   * nodeIndex} of {@link #graph()} was written (the operator, function name or literal that made
   * it): for showing a refusal such as a {@link org.pathsum.ad.NonFiniteValueException} in the
   * words of the text. Empty for an input node (inputs come from the variable list) and for an
   * index outside the graph.
   *
   * @param detail what is wrong, one line
   */
  public Optional<ParseException> errorAt(int nodeIndex, String detail) {
    Objects.requireNonNull(detail, "detail");
    return compiled
        .positionOf(nodeIndex)
        .map(p -> ParseException.at(source(), p.line(), p.column(), detail));
  }

  @Override
  public String toString() {
    String source = source();
    return "Expression["
        + (source.length() <= 60 ? source : source.substring(0, 57) + "...")
        + " -> "
        + graph()
        + "]";
  }
}
