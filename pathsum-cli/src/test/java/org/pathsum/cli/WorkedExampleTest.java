package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code pathsum} without arguments: the lecture's numbers, derived by hand (F = 920, 155, 459). */
class WorkedExampleTest {

  private final Cli cli = Cli.run();

  @Test
  void succeedsQuietlyOnStderr() {
    assertEquals(0, cli.status, cli.err);
    assertEquals("", cli.err);
  }

  @Test
  void showsTheNodeValues() {
    for (String line :
        List.of(
            "x       = 3",
            "y       = 5",
            "4y      = 20",
            "x+4y    = 23",
            "x+y     = 8",
            "(x+y)y  = 40",
            "F       = 920")) {
      assertTrue(cli.out.contains("  " + line + "\n"), line + " in\n" + cli.out);
    }
  }

  @Test
  void showsTheEdgeLabels() {
    // operand -> operation: the local partials at (3, 5)
    for (String edge :
        List.of(
            "4      -> 4y      5",
            "y      -> 4y      4",
            "x+y    -> (x+y)y  5",
            "y      -> (x+y)y  8",
            "x+4y   -> F       40",
            "(x+y)y -> F       23")) {
      assertTrue(cli.out.contains("  " + edge + "\n"), edge + " in\n" + cli.out);
    }
  }

  @Test
  void showsFAndBothDerivativesByEachMethod() {
    assertTrue(cli.out.contains("\nF = 920\n"), cli.out);
    assertTrue(
        cli.out.contains("∂F/∂x = 155 (forward)  155 (reverse)  155 (dual numbers)"), cli.out);
    assertTrue(
        cli.out.contains("∂F/∂y = 459 (forward)  459 (reverse)  459 (dual numbers)"), cli.out);
  }

  @Test
  void showsThePerPathProductsFromBothEnds() {
    // ∂F/∂x = 1·40 + 1·5·23 and ∂F/∂y = 4·1·40 + (1·5 + 8)·23, expanded into paths; from F's
    // end each product is read backwards. Terms may come in any order.
    List<String> lines = cli.out.lines().toList();
    int at =
        lines.indexOf(
            lines.stream()
                .filter(l -> l.contains("(each path read from x to F)"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(cli.out)));
    assertEquals(Set.of("1·40", "1·5·23"), terms(lines.get(at), "155"));
    assertEquals(Set.of("40·1", "23·5·1"), terms(lines.get(at + 1), "155"));
    assertEquals(Set.of("4·1·40", "1·5·23", "8·23"), terms(lines.get(at + 2), "459"));
    assertEquals(Set.of("40·1·4", "23·5·1", "23·8"), terms(lines.get(at + 3), "459"));
  }

  /** The products of a line " [∂F/∂v] = p + q + ... = value (...)", checking the value. */
  private static Set<String> terms(String line, String value) {
    String[] parts = line.split(" = ");
    assertEquals(value, parts[parts.length - 1].split(" ")[0], line);
    return Set.of(parts[parts.length - 2].strip().split(" \\+ "));
  }

  @Test
  void helpAndVersionWork() {
    Cli help = Cli.run("--help");
    assertEquals(0, help.status);
    assertTrue(
        help.out.contains("grad") && help.out.contains("paths") && help.out.contains("train"),
        help.out);
    for (String sub : List.of("grad", "paths", "train")) {
      Cli h = Cli.run(sub, "--help");
      assertEquals(0, h.status, sub);
      assertTrue(h.out.startsWith("Usage: pathsum " + sub), h.out);
      assertEquals(0, Cli.run(sub, "-h").status, sub);
    }
    Cli version = Cli.run("--version");
    assertEquals(0, version.status);
    assertTrue(version.out.startsWith("pathsum "), version.out);
  }
}
