package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.dot.DOTImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradCommandTest {

  private static final String F = "(x + 4*y) * ((x + y) * y)";

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void assertMatrix(double[][] expected, JsonNode actual) {
    assertTrue(actual.isArray(), actual.toString());
    assertEquals(expected.length, actual.size(), actual.toString());
    for (int r = 0; r < expected.length; r++) {
      assertEquals(expected[r].length, actual.get(r).size(), actual.toString());
      for (int c = 0; c < expected[r].length; c++) {
        JsonNode v = actual.get(r).get(c);
        assertTrue(v.isNumber(), actual.toString());
        assertEquals(
            expected[r][c],
            v.doubleValue(),
            1e-12 * Math.max(1, Math.abs(expected[r][c])),
            actual + " at " + r + "," + c);
      }
    }
  }

  @Test
  void jsonHasExactlyTheContractShape() {
    JsonNode root = Cli.run("grad", "--expr", F, "--at", "x=3,y=5", "--json").json();
    assertEquals(List.of("variables", "outputs", "names", "jacobian"), fieldNames(root));
    assertEquals(F, root.get("names").get(0).asText());
    assertEquals(List.of("forward", "reverse", "dual"), fieldNames(root.get("jacobian")));
    assertEquals(2, root.get("variables").size());
    assertEquals("x", root.get("variables").get(0).asText());
    assertEquals("y", root.get("variables").get(1).asText());
    assertEquals(1, root.get("outputs").size());
    assertEquals(920.0, root.get("outputs").get(0).doubleValue());
    for (String method : List.of("forward", "reverse", "dual")) {
      assertMatrix(new double[][] {{155, 459}}, root.get("jacobian").get(method));
    }
  }

  @Test
  void severalOutputsGiveOneRowEachAndColumnsFollowAt() {
    // d(x*y) = (y, x), d(x+y) = (1, 1), d(s*s) = 2s(1, 1) with s = x+y = 8; columns y, x, z
    JsonNode root =
        Cli.run(
                "grad",
                "--expr",
                "x*y; s = x + y; x+y; s*s",
                "--at",
                "y=5,x=3",
                "--at",
                "z=7",
                "--json")
            .json();
    assertEquals("[\"y\",\"x\",\"z\"]", root.get("variables").toString());
    assertEquals(3, root.get("outputs").size());
    assertEquals(15.0, root.get("outputs").get(0).doubleValue());
    assertEquals(8.0, root.get("outputs").get(1).doubleValue());
    assertEquals(64.0, root.get("outputs").get(2).doubleValue());
    double[][] expected = {{3, 5, 0}, {1, 1, 0}, {16, 16, 0}};
    for (String method : List.of("forward", "reverse", "dual")) {
      assertMatrix(expected, root.get("jacobian").get(method));
    }
  }

  @Test
  void aRepeatedNameIsOneNodeSoXTimesXHasDerivativeTwoX() {
    JsonNode root = Cli.run("grad", "--expr", "x*x; -x^2; 2^3^x", "--at", "x=3", "--json").json();
    // 2^(3^x): d/dx = 2^(3^x) ln 2 * 3^x ln 3
    double tower = Math.pow(2, 27) * Math.log(2) * 27 * Math.log(3);
    for (String method : List.of("forward", "reverse", "dual")) {
      assertMatrix(new double[][] {{6}, {-6}, {tower}}, root.get("jacobian").get(method));
    }
  }

  /** A repeated output keeps its name as written, and the rows stay in the order written. */
  @Test
  void repeatedOutputsKeepTheirNamesAndTheirRows() {
    JsonNode same = Cli.run("grad", "--expr", "x; x", "--at", "x=3", "--json").json();
    assertEquals("[\"x\",\"x\"]", same.get("names").toString());
    assertEquals("[3.0,3.0]", same.get("outputs").toString());
    JsonNode mixed = Cli.run("grad", "--expr", "x*y; x; x*y; y", "--at", "x=3,y=5", "--json").json();
    assertEquals("[\"x*y\",\"x\",\"x*y\",\"y\"]", mixed.get("names").toString());
    assertEquals("[15.0,3.0,15.0,5.0]", mixed.get("outputs").toString());
    double[][] rows = {{5, 3}, {1, 0}, {5, 3}, {0, 1}};
    for (String method : List.of("forward", "reverse", "dual")) {
      assertMatrix(rows, mixed.get("jacobian").get(method));
    }
    Cli text = Cli.run("grad", "--expr", "x; x", "--at", "x=3");
    assertEquals(0, text.status, text.err);
    assertFalse(text.out.contains("f2"), text.out);
    assertEquals(2, text.out.lines().filter(l -> l.equals("x = 3")).count(), text.out);
  }

  @Test
  void longAndDeepExpressionsDifferentiateWithoutStackOverflow() {
    int n = 100_000;
    // d/dx of x + x + ... (n terms) = n; of ((((x)))) * x at the nesting limit = 2x
    JsonNode sum =
        Cli.run("grad", "--expr", "x" + "+x".repeat(n - 1), "--at", "x=2", "--json").json();
    assertEquals(2.0 * n, sum.get("outputs").get(0).doubleValue());
    for (String method : List.of("forward", "reverse", "dual")) {
      assertMatrix(new double[][] {{n}}, sum.get("jacobian").get(method));
    }
    int depth = org.pathsum.ad.expr.Expression.MAX_NESTING;
    String deep = "(".repeat(depth) + "x" + ")".repeat(depth) + " * x";
    JsonNode d = Cli.run("grad", "--expr", deep, "--at", "x=3", "--json").json();
    assertMatrix(new double[][] {{6}}, d.get("jacobian").get("reverse"));
  }

  @Test
  void everyFunctionDifferentiatesByHand() {
    // at x = 0.5: d/dx of sin+cos+tan+exp+log+sqrt+tanh+sigmoid+relu+abs
    double x = 0.5;
    double s = 1 / (1 + Math.exp(-x));
    double expected =
        Math.cos(x)
            - Math.sin(x)
            + 1 / (Math.cos(x) * Math.cos(x))
            + Math.exp(x)
            + 1 / x
            + 0.5 / Math.sqrt(x)
            + (1 - Math.tanh(x) * Math.tanh(x))
            + s * (1 - s)
            + 1
            + 1;
    JsonNode root =
        Cli.run(
                "grad",
                "--expr",
                "sin(x)+cos(x)+tan(x)+exp(x)+log(x)+sqrt(x)+tanh(x)+sigmoid(x)+relu(x)+abs(x)",
                "--at",
                "x=0.5",
                "--json")
            .json();
    for (String method : List.of("forward", "reverse", "dual")) {
      assertMatrix(new double[][] {{expected}}, root.get("jacobian").get(method));
    }
    // pow(x, y) = x^y: d/dx = y x^(y-1) = 2*3 = 6... at x=3,y=2: 6, d/dy = 9 ln 3; max/min pick
    JsonNode p =
        Cli.run("grad", "--expr", "pow(x, y); max(x, y, 1); min(x, y)", "--at", "x=3,y=2", "--json")
            .json();
    assertMatrix(
        new double[][] {{6, 9 * Math.log(3)}, {1, 0}, {0, 1}}, p.get("jacobian").get("forward"));
  }

  @Test
  void textOutputShowsValuesAndEachMethod() {
    Cli cli = Cli.run("grad", "--expr", F, "--at", "x=3,y=5");
    assertEquals(0, cli.status, cli.err);
    assertEquals("", cli.err);
    assertTrue(cli.out.contains(F + " = 920\n"), cli.out);
    assertTrue(cli.out.matches("(?s).*∂/∂x\\s+155\\s+155\\s+155\n.*"), cli.out);
    assertTrue(cli.out.matches("(?s).*∂/∂y\\s+459\\s+459\\s+459\n.*"), cli.out);
  }

  @Test
  void dotFileIsWrittenAndParsesBack(@TempDir Path dir) throws IOException {
    Path dot = dir.resolve("f.dot");
    Cli cli = Cli.run("grad", "--expr", F, "--at", "x=3,y=5", "--dot", dot.toString(), "--json");
    cli.json();
    DirectedPseudograph<String, DefaultEdge> g = new DirectedPseudograph<>(DefaultEdge.class);
    DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
    importer.setVertexFactory(id -> id);
    importer.importGraph(g, new StringReader(Files.readString(dot)));
    // x, y, 4, 4y, x+4y, x+y, (x+y)y, F and the ten edges of the lecture's graph
    assertEquals(8, g.vertexSet().size());
    assertEquals(10, g.edgeSet().size());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(dot), files.toList(), "no temporary file left behind");
    }
  }

  @Test
  void unwritableDotFileIsBadInputAndPrintsNothing(@TempDir Path dir) {
    Path dot = dir.resolve("missing-dir").resolve("f.dot");
    Cli.run("grad", "--expr", F, "--at", "x=3,y=5", "--dot", dot.toString()).assertBadInput(1);
    assertFalse(Files.exists(dot));
  }
}
