package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathsum.ad.expr.Expression;

/** Every bad input of {@code grad}: status 2, empty stdout, a short message, no stack trace. */
class GradBadInputTest {

  /** Expression errors print the message, the source line and a caret under the column. */
  @ParameterizedTest(name = "--expr [{0}] --at [{1}] fails at {2}:{3}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "x + foo(y)     | x=1,y=2 | 1 | 5", // unknown function
        "sin(x, y)      | x=1,y=2 | 1 | 1", // wrong arity
        "(x + y         | x=1,y=2 | 1 | 1", // unbalanced
        "x + y)         | x=1,y=2 | 1 | 6",
        "\"\"           | x=1     | 1 | 1", // empty
        "x + * y        | x=1,y=2 | 1 | 5", // unexpected token
        "x * z          | x=1,y=2 | 1 | 5", // missing variable
        "x = 2; x       | x=1     | 1 | 1", // binding an input
        "a = x; a = x; a | x=1    | 1 | 8", // rebinding
      })
  void expressionErrorsShowLineColumnAndCaret(String expr, String at, int line, int column) {
    Cli cli = Cli.run("grad", "--expr", expr, "--at", at).assertBadInput(3);
    List<String> lines = cli.errLines();
    assertTrue(lines.get(0).contains(line + ":" + column + ": "), cli.err);
    assertEquals(expr, lines.get(1));
    assertEquals(" ".repeat(column - 1) + "^", lines.get(2));
  }

  @Test
  void multiLineExpressionReportsTheLine() {
    Cli cli = Cli.run("grad", "--expr", "a = x;\nb + a", "--at", "x=1").assertBadInput(3);
    assertTrue(cli.errLines().get(0).contains("2:1: "), cli.err);
    assertEquals("b + a", cli.errLines().get(1));
  }

  @Test
  void hundredThousandParenthesesAreRefusedWithAWindowedCaret() {
    String deep = "(".repeat(100_000) + "x" + ")".repeat(100_000);
    Cli cli = Cli.run("grad", "--expr", deep, "--at", "x=1").assertBadInput(3);
    int column = Expression.MAX_NESTING + 1;
    assertTrue(cli.errLines().get(0).contains("1:" + column + ": "), cli.errLines().get(0));
    String shown = cli.errLines().get(1);
    assertTrue(shown.length() <= ErrorReporter.SOURCE_WIDTH + 6, "windowed: " + shown.length());
    int caret = cli.errLines().get(2).indexOf('^');
    assertEquals('(', shown.charAt(caret));
  }

  @ParameterizedTest(name = "--at [{0}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "x=abc", // not a number
        "x3", // missing '='
        "x=1,x=2", // duplicate
        "x=1,,y=2", // empty item
        "1x=3", // bad name
        "x=NaN",
        "x=1e999", // not finite
        "\"x=\"",
      })
  void badPointsNameTheItem(String at) {
    Cli cli = Cli.run("grad", "--expr", "x", "--at", at).assertBadInput(1);
    assertTrue(cli.err.contains("--at"), cli.err);
  }

  @Test
  void duplicateAcrossRepeatedAtOptions() {
    Cli.run("grad", "--expr", "x", "--at", "x=1", "--at", "x=2").assertBadInput(1);
  }

  @Test
  void nonFiniteValueNamesTheNodeAndPointsAtIt() {
    Cli cli = Cli.run("grad", "--expr", "x + log(x - 2)", "--at", "x=1").assertBadInput(3);
    assertTrue(cli.errLines().get(0).contains("1:5: at x = 1: "), cli.err);
    assertTrue(cli.errLines().get(0).contains("log(…) is NaN"), cli.err);
    assertFalse(cli.errLines().get(0).contains("node"), "no internal node numbers: " + cli.err);
    assertEquals("    ^", cli.errLines().get(2));
  }

  @Test
  void nonFiniteLabelNamesTheNode() {
    // sqrt at 0: value 0 but local partial 1/(2*sqrt(0)) is infinite
    Cli cli = Cli.run("grad", "--expr", "1 + sqrt(x)", "--at", "x=0").assertBadInput(3);
    assertTrue(cli.errLines().get(0).contains("1:5: "), cli.err);
    assertTrue(cli.errLines().get(0).contains("sqrt"), cli.err);
  }

  @Test
  void usageErrorsAreTwoLinesWithAHint() {
    Cli.run("grad", "--at", "x=1").assertBadInput(2); // --expr missing
    Cli.run("grad", "--expr", "x", "--bogus").assertBadInput(2);
    Cli.run("bogus").assertBadInput(2);
    Cli cli = Cli.run("grad", "--expr");
    cli.assertBadInput(2);
    assertTrue(cli.errLines().get(1).contains("pathsum grad --help"), cli.err);
  }

  @Test
  void messagesSpeakTheUsersLanguage() {
    Cli pow = Cli.run("grad", "--expr", "x^y", "--at", "x=-2,y=0.5").assertBadInput(3);
    assertFalse(pow.err.contains("POW_CONST"), pow.err);
    assertFalse(pow.err.contains("node "), pow.err);
    Cli arity = Cli.run("grad", "--expr", "max()", "--at", "x=1").assertBadInput(3);
    assertTrue(arity.err.contains("takes at least 1 argument,"), arity.err);
    Cli unicode = Cli.run("grad", "--expr", "x", "--at", "α=2").assertBadInput(1);
    assertTrue(unicode.err.contains("ASCII letters"), unicode.err);
    Cli kink = Cli.run("grad", "--expr", "sqrt(x)", "--at", "x=0").assertBadInput(3);
    assertTrue(kink.err.contains("sqrt(…) is not differentiable here"), kink.err);
  }
}
