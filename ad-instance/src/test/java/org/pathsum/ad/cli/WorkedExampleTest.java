package org.pathsum.ad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code pathsum} without arguments: the lecture's numbers, derived by hand in DESIGN.md §2. */
class WorkedExampleTest {

  private final Cli cli = Cli.run();

  @Test
  void succeedsQuietlyOnStderr() {
    assertEquals(0, cli.status, cli.err);
    assertEquals("", cli.err);
  }

  @Test
  void showsTheNodeValues() {
    for (String line : List.of("x       = 3", "y       = 5", "4y      = 20", "x+4y    = 23",
        "x+y     = 8", "(x+y)y  = 40", "F       = 920")) {
      assertTrue(cli.out.contains("  " + line + "\n"), line + " in\n" + cli.out);
    }
  }

  @Test
  void showsTheEdgeLabels() {
    // operand -> operation: the local partials at (3, 5)
    for (String edge : List.of("4      -> 4y      5", "y      -> 4y      4", "x+y    -> (x+y)y  5",
        "y      -> (x+y)y  8", "x+4y   -> F       40", "(x+y)y -> F       23")) {
      assertTrue(cli.out.contains("  " + edge + "\n"), edge + " in\n" + cli.out);
    }
  }

  @Test
  void showsFAndBothDerivativesByEachMethod() {
    assertTrue(cli.out.contains("\nF = 920\n"), cli.out);
    assertTrue(cli.out.contains("∂F/∂x = 155 (forward)  155 (reverse)  155 (dual numbers)"),
        cli.out);
    assertTrue(cli.out.contains("∂F/∂y = 459 (forward)  459 (reverse)  459 (dual numbers)"),
        cli.out);
  }

  @Test
  void showsThePerPathProductsFromBothEnds() {
    // ∂F/∂x = 1·40 + 1·5·23 and ∂F/∂y = 4·1·40 + (1·5 + 8)·23, expanded into paths
    assertTrue(cli.out.contains("∂F/∂x = 1·5·23 + 1·40 = 155"), cli.out);
    assertTrue(cli.out.contains("= 23·5·1 + 40·1 = 155"), cli.out);
    assertTrue(cli.out.contains("∂F/∂y = 8·23 + 1·5·23 + 4·1·40 = 459"), cli.out);
    assertTrue(cli.out.contains("= 23·8 + 23·5·1 + 40·1·4 = 459"), cli.out);
  }

  @Test
  void helpAndVersionWork() {
    Cli help = Cli.run("--help");
    assertEquals(0, help.status);
    assertTrue(help.out.contains("grad") && help.out.contains("paths"), help.out);
    for (String sub : List.of("grad", "paths")) {
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
