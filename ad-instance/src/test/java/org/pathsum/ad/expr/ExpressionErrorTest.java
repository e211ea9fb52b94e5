package org.pathsum.ad.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error of the parser and the compiler, by type and position (not by message text). */
class ExpressionErrorTest {

  @ParameterizedTest(name = "[{0}] fails at {1}:{2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // unknown function
        "x + foo(y)        | 1 | 5",
        // wrong arity
        "sin(x, y)         | 1 | 1",
        "pow(x)            | 1 | 1",
        "max()             | 1 | 1",
        "1 + sin()         | 1 | 5",
        // unbalanced parentheses
        "(x + y            | 1 | 1",
        "sin((x)           | 1 | 4",
        "x + y)            | 1 | 6",
        "())               | 1 | 2",
        // empty expression
        "\"\"              | 1 | 1",
        "\"   \"           | 1 | 4",
        "\";;\"            | 1 | 3",
        "\"a = ;x\"        | 1 | 5",
        "()                | 1 | 2",
        // unexpected tokens
        "x +               | 1 | 4",
        "x y               | 1 | 3",
        "2 (x)             | 1 | 3",
        "x $ y             | 1 | 3",
        "x + α             | 1 | 5",
        "\"x, y\"          | 1 | 2",
        "\"max(x,)\"       | 1 | 7",
        "a + (b = 2)       | 1 | 8",
        "*x                | 1 | 1",
        // malformed numbers
        "2x                | 1 | 2",
        "1e                | 1 | 2",
        "1e+               | 1 | 2",
        "1e999             | 1 | 1",
        // rebinding; only bindings
        "a = x; a = y; a   | 1 | 8",
        "a = x             | 1 | 6",
      })
  void parseErrorsCarryLineAndColumn(String source, int line, int column) {
    ParseException e = assertThrows(ParseException.class, () -> ExpressionParser.parse(source));
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(column, e.column(), e.getMessage());
    assertTrue(e.getMessage().startsWith(line + ":" + column + ": "), e.getMessage());
    assertEquals(1, e.getMessage().lines().count(), e.getMessage());
  }

  @Test
  void multiLineSourcesReportTheRightLine() {
    ParseException e =
        assertThrows(ParseException.class, () -> ExpressionParser.parse("a = x;\n  a + * y"));
    assertEquals(2, e.line());
    assertEquals(7, e.column());
    assertEquals("  a + * y", e.sourceLine());
  }

  @Test
  void renderWithCaretPointsAtTheColumn() {
    ParseException e =
        assertThrows(ParseException.class, () -> ExpressionParser.parse("x + foo(y)"));
    List<String> lines = e.renderWithCaret().lines().toList();
    assertEquals(3, lines.size());
    assertEquals(e.getMessage(), lines.get(0));
    assertEquals("x + foo(y)", lines.get(1));
    assertEquals("    ^", lines.get(2));
  }

  @Test
  void longLinesAreWindowedAroundTheColumn() {
    String source = "x + ".repeat(100) + "foo(x)" + " + x".repeat(100);
    ParseException e = assertThrows(ParseException.class, () -> ExpressionParser.parse(source));
    assertEquals(401, e.column());
    List<String> lines = e.renderWithCaret(40).lines().toList();
    assertTrue(lines.get(1).startsWith("...") && lines.get(1).endsWith("..."), lines.get(1));
    assertTrue(lines.get(1).length() <= 46, lines.get(1));
    int caret = lines.get(2).indexOf('^');
    assertEquals("foo(", lines.get(1).substring(caret, caret + 4));
    // a short line is shown whole
    assertEquals(e.renderWithCaret(), e.renderWithCaret(source.length()));
    assertThrows(IllegalArgumentException.class, () -> e.renderWithCaret(19));
  }

  @Test
  void caretKeepsTabs() {
    ParseException e = assertThrows(ParseException.class, () -> ExpressionParser.parse("\tx $"));
    assertEquals(4, e.column());
    assertEquals("\t  ^", e.renderWithCaret().lines().toList().get(2));
  }

  @Test
  void unknownNameIsReportedByTheCompilerWithItsPosition() {
    ParseException e =
        assertThrows(
            ParseException.class,
            () -> ExpressionCompiler.compile("a = x;\nx * a + z", List.of("x", "y")));
    assertEquals(2, e.line());
    assertEquals(9, e.column());
  }

  @Test
  void nameUsedBeforeItsBindingIsUnknown() {
    ParseException e =
        assertThrows(
            ParseException.class, () -> ExpressionCompiler.compile("b + 1; b = x", List.of("x")));
    assertEquals(1, e.line());
    assertEquals(1, e.column());
  }

  @Test
  void bindingAVariableIsRefused() {
    ParseException e =
        assertThrows(
            ParseException.class,
            () -> ExpressionCompiler.compile("y = 2;\n x = y; x", List.of("x")));
    assertEquals(2, e.line());
    assertEquals(2, e.column());
  }

  @Test
  void duplicateVariableIsRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> ExpressionCompiler.compile("x", List.of("x", "x")));
  }

  @Test
  void nestingBeyondTheLimitIsRefusedWhereItIsCrossed() {
    int depth = 100_000;
    String deep = "(".repeat(depth) + "x" + ")".repeat(depth);
    ParseException e = assertThrows(ParseException.class, () -> ExpressionParser.parse(deep));
    assertEquals(1, e.line());
    assertEquals(ExpressionParser.MAX_NESTING + 1, e.column());

    String calls = "sin(".repeat(depth) + "x" + ")".repeat(depth);
    ParseException c = assertThrows(ParseException.class, () -> ExpressionParser.parse(calls));
    assertEquals(4 * (ExpressionParser.MAX_NESTING + 1), c.column());
  }

  @Test
  void nestingAtTheLimitIsAccepted() {
    int depth = ExpressionParser.MAX_NESTING;
    String deep = "(".repeat(depth) + "x" + ")".repeat(depth) + "*2";
    assertEquals("(x*2)", Expr.render(ExpressionParser.parse(deep).statements().get(0).expr()));
  }
}
