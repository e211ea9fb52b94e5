package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;

/**
 * {@code paths} on one small DAG per semiring, every value derived by hand.
 *
 * <pre>
 *   e --w6--> a ==w1,w2==> b --w4--> d      (a -> b twice: parallel edges)
 *             a --w3-----> c --w5--> d
 *             a --w7-----> f
 * </pre>
 *
 * From a: e is unreachable (zero, omitted).
 */
class PathsCommandTest {

  @TempDir Path dir;

  private Path edgeList(String w1, String w2, String w3, String w4, String w5, String w6, String w7)
      throws IOException {
    String text =
        "# the test graph\n"
            + "a b "
            + w1
            + "\n"
            + "a\tb  "
            + w2
            + "   # a parallel edge\n"
            + "\n"
            + "a c "
            + w3
            + "\n"
            + "b d "
            + w4
            + "\n"
            + "c d "
            + w5
            + "\n"
            + "e a "
            + w6
            + "\n"
            + "a f "
            + w7
            + "\n";
    Path file = dir.resolve("g.txt");
    Files.writeString(file, text);
    return file;
  }

  private static JsonNode values(Path file, String semiring, String... anchor) {
    List<String> args =
        new ArrayList<>(
            List.of("paths", "--graph", file.toString(), "--semiring", semiring, "--json"));
    args.addAll(List.of(anchor));
    JsonNode root = Cli.run(args.toArray(String[]::new)).json();
    assertEquals(List.of("semiring", anchor[0].substring(2), "values"), fieldNames(root));
    assertEquals(anchor[1], root.get(anchor[0].substring(2)).asText());
    assertEquals(semiring, root.get("semiring").asText());
    return root.get("values");
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static void assertNumbers(JsonNode values, Object... vertexAndValue) {
    List<String> expectedNames = new ArrayList<>();
    for (int i = 0; i < vertexAndValue.length; i += 2) {
      String v = (String) vertexAndValue[i];
      expectedNames.add(v);
      JsonNode actual = values.get(v);
      Object expected = vertexAndValue[i + 1];
      if (expected instanceof String s) {
        assertTrue(actual.isTextual(), v + ": " + values);
        assertEquals(s, actual.asText(), v);
      } else if (expected instanceof Long l) {
        assertTrue(actual.isIntegralNumber(), v + ": " + values);
        assertEquals(l.longValue(), actual.longValue(), v);
      } else if (expected instanceof Boolean b) {
        assertTrue(actual.isBoolean(), v + ": " + values);
        assertEquals(b, actual.booleanValue(), v);
      } else {
        assertTrue(actual.isNumber(), v + ": " + values);
        assertEquals((Double) expected, actual.doubleValue(), 1e-12, v);
      }
    }
    assertEquals(expectedNames, fieldNames(values), "exactly the non-zero vertices, in file order");
  }

  @Test
  void real() throws IOException {
    Path g = edgeList("2", "3", "1", "4", "5", "1", "0");
    // b = 2 + 3, d = 5*4 + 1*5; f's only path has weight 0 = zero, e unreachable
    assertNumbers(values(g, "real", "--source", "a"), "a", 1.0, "b", 5.0, "c", 1.0, "d", 25.0);
    // to d: b = 4, c = 5, a = 2*4 + 3*4 + 1*5, e = 1*25; f has no path to d
    assertNumbers(
        values(g, "real", "--target", "d"), "a", 25.0, "b", 4.0, "c", 5.0, "d", 1.0, "e", 25.0);
  }

  @Test
  void tinyButNonZeroSumsAreListedAndNegativeZeroIsZero() throws IOException {
    Path g = edgeList("1e-300", "0", "-0", "1", "1", "1", "0");
    // b = 1e-300 + 0 (not zero, though within the real semiring's tolerance of it);
    // c = -0.0 is the zero; d = b*1 + c*1 = 1e-300
    assertNumbers(values(g, "real", "--source", "a"), "a", 1.0, "b", 1e-300, "d", 1e-300);
  }

  @Test
  void tropical() throws IOException {
    Path g = edgeList("2", "3", "1", "4", "5", "7", "inf");
    // b = min(2, 3), d = min(2+4, 1+5); f only via an inf edge: zero
    assertNumbers(values(g, "tropical", "--source", "a"), "a", 0.0, "b", 2.0, "c", 1.0, "d", 6.0);
  }

  @Test
  void maxPlus() throws IOException {
    Path g = edgeList("2", "3", "1", "4", "5", "7", "-inf");
    // b = max(2, 3), d = max(3+4, 1+5)
    assertNumbers(values(g, "max-plus", "--source", "a"), "a", 0.0, "b", 3.0, "c", 1.0, "d", 7.0);
  }

  @Test
  void booleans() throws IOException {
    Path g = edgeList("true", "false", "1", "TRUE", "0", "true", "0");
    // b = true or false; d = (b and true) or (c and false); f false
    assertNumbers(
        values(g, "boolean", "--source", "a"), "a", true, "b", true, "c", true, "d", true);
  }

  @Test
  void counting() throws IOException {
    Path g = edgeList("2", "3", "1", "4", "5", "1", "0");
    // numbers of paths with multiplicities: b = 2 + 3, d = 5*4 + 1*5; printed as integers
    assertNumbers(values(g, "counting", "--source", "a"), "a", 1L, "b", 5L, "c", 1L, "d", 25L);
  }

  @Test
  void bottleneck() throws IOException {
    Path g = edgeList("2", "3", "1", "4", "5", "7", "-inf");
    // the empty path's width is +inf (printed as a string); b = max(2, 3);
    // d = max(min(3, 4), min(1, 5))
    assertNumbers(
        values(g, "bottleneck", "--source", "a"), "a", "Infinity", "b", 3.0, "c", 1.0, "d", 3.0);
  }

  @Test
  void viterbi() throws IOException {
    Path g = edgeList("0.5", "0.25", "1", "0.5", "0.2", "1", "0");
    // b = max(.5, .25), d = max(.5*.5, 1*.2)
    assertNumbers(values(g, "viterbi", "--source", "a"), "a", 1.0, "b", 0.5, "c", 1.0, "d", 0.25);
  }

  @Test
  void dotFilesByExtensionAndByContent() throws IOException {
    String dot =
        "// the test graph\n"
            + "digraph G {\n"
            + "  a -> b [weight=2];\n"
            + "  a -> b [label=\"3\"];\n"
            + "  a -> c [weight=1, label=\"ignored\"];\n"
            + "  b -> d [weight=4];\n"
            + "  c -> d [weight=5];\n"
            + "}\n";
    for (String name : List.of("g.dot", "g.gv", "g.graph")) {
      Path file = dir.resolve(name);
      Files.writeString(file, dot);
      assertNumbers(values(file, "real", "--source", "a"), "a", 1.0, "b", 5.0, "c", 1.0, "d", 25.0);
    }
  }

  @Test
  void textOutputListsTheNonZeroVertices() throws IOException {
    Path g = edgeList("2", "3", "1", "4", "5", "7", "inf");
    Cli cli = Cli.run("paths", "--graph", g.toString(), "--semiring", "tropical", "--source", "a");
    assertEquals(0, cli.status, cli.err);
    assertEquals("", cli.err);
    assertTrue(cli.out.contains("\n  d  6\n"), cli.out);
    assertTrue(!cli.out.contains("\n  e "), cli.out);
  }

  @Test
  void semiringNamesMatchTheSemirings() {
    for (String name : WeightDomain.NAMES) {
      WeightDomain<?> d = WeightDomain.byName(name);
      assertEquals(name, d.name());
      // refusals name the semiring as the command line does (counting runs exact counting)
      assertEquals(name, d.semiring().name());
    }
    @SuppressWarnings("unchecked")
    Semiring<BigInteger> counting = (Semiring<BigInteger>) WeightDomain.byName("counting").semiring();
    assertEquals(Semirings.exactCounting().properties(), counting.properties());
    BigInteger big = BigInteger.TWO.pow(40);
    assertEquals(BigInteger.TWO.pow(80), counting.times(big, big));
  }
}
