package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code paths} queries beyond one anchor: pairs, witnesses, --unweighted, the log semiring, and
 * the query echoed in JSON. Every expected value is derived by hand from
 *
 * <pre>
 *   s ==2,3==> a --4--> t        (s -> a twice: parallel edges)
 *   s --1----> b --6--> t
 *              x --1--> t        (x reaches t; s does not reach x)
 * </pre>
 */
class PathsQueriesTest {

  private static final String GRAPH = "s a 2\ns a 3\ns b 1\na t 4\nb t 6\nx t 1\n";

  @TempDir Path dir;

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void pairQueryGivesOneValueAndEchoesTheQuery() throws IOException {
    Path g = Cli.write(dir, "g.txt", GRAPH);
    JsonNode root = Cli.paths(g, "tropical", "--source", "s", "--target", "t", "--json").json();
    assertEquals(List.of("semiring", "source", "target", "value"), fieldNames(root));
    assertEquals("tropical", root.get("semiring").asText());
    assertEquals("s", root.get("source").asText());
    assertEquals("t", root.get("target").asText());
    assertEquals(6.0, root.get("value").doubleValue()); // min(2+4, 3+4, 1+6)

    JsonNode none = Cli.paths(g, "tropical", "--source", "t", "--target", "s", "--json").json();
    assertEquals("Infinity", none.get("value").asText(), "no path: the zero, +inf");
    JsonNode noWitness =
        Cli.paths(g, "tropical", "--source", "t", "--target", "s", "--witness", "--json").json();
    assertEquals(List.of("semiring", "source", "target", "value", "witness"), fieldNames(noWitness));
    assertEquals(0, noWitness.get("witness").size(), "no path: an empty witness");
    JsonNode witnessed =
        Cli.paths(g, "tropical", "--source", "s", "--target", "t", "--witness", "--json").json();
    assertEquals(List.of("s", "a", "t"), strings(witnessed.get("witness")));
    JsonNode self = Cli.paths(g, "real", "--source", "a", "--target", "a", "--json").json();
    assertEquals(1.0, self.get("value").doubleValue(), "the empty path: one");
  }

  @Test
  void pairQueryIsDemandRestrictedToPathsBetweenTheTwo() throws IOException {
    // c's self-loop gives infinitely many s -> c paths, but no s -> t path passes through c.
    Path g = Cli.write(dir, "c.txt", "s a 1\na t 1\ns c 1\nc c 1\n");
    Cli whole = Cli.paths(g, "counting", "--source", "s").assertBadInput(1);
    assertTrue(whole.err.contains("c"), whole.err);
    JsonNode pair = Cli.paths(g, "counting", "--source", "s", "--target", "t", "--json").json();
    assertEquals(1, pair.get("value").asLong());
  }

  @Test
  void pairQueryText() throws IOException {
    Path g = Cli.write(dir, "g.txt", GRAPH);
    Cli cli = Cli.paths(g, "tropical", "--source", "s", "--target", "t", "--witness");
    assertEquals(0, cli.status, cli.err);
    assertEquals("tropical path sum from s to t: 6\n  path: s -> a -> t\n", cli.out);
    Cli none = Cli.paths(g, "tropical", "--source", "t", "--target", "s", "--witness");
    assertEquals("tropical path sum from t to s: inf\n  no path\n", none.out);
  }

  @Test
  void witnessesFromTheSourceAndToTheTarget() throws IOException {
    Path g = Cli.write(dir, "g.txt", GRAPH);
    JsonNode from = Cli.paths(g, "tropical", "--source", "s", "--witness", "--json").json();
    assertEquals(List.of("semiring", "source", "values", "witnesses"), fieldNames(from));
    JsonNode w = from.get("witnesses");
    assertEquals(List.of("s", "a", "b", "t"), fieldNames(w));
    assertEquals(List.of("s"), strings(w.get("s")));
    assertEquals(List.of("s", "a"), strings(w.get("a")));
    assertEquals(List.of("s", "b"), strings(w.get("b")));
    assertEquals(List.of("s", "a", "t"), strings(w.get("t")));

    JsonNode to = Cli.paths(g, "max-plus", "--target", "t", "--witness", "--json").json();
    assertEquals(List.of("semiring", "target", "values", "witnesses"), fieldNames(to));
    assertEquals(7.0, to.get("values").get("s").doubleValue()); // max(2+4, 3+4, 1+6)
    assertEquals(4.0, to.get("values").get("a").doubleValue());
    JsonNode tw = to.get("witnesses");
    assertEquals(List.of("x", "t"), strings(tw.get("x")));
    assertEquals(List.of("a", "t"), strings(tw.get("a")));
    assertEquals(List.of("b", "t"), strings(tw.get("b")));
    assertEquals(List.of("t"), strings(tw.get("t")));
  }

  @Test
  void witnessTextAlignsValuesAndShowsPaths() throws IOException {
    Path g = Cli.write(dir, "g.txt", GRAPH);
    Cli cli = Cli.paths(g, "tropical", "--source", "s", "--witness");
    assertEquals(
        "tropical path sums from s (vertices with sum inf omitted):\n"
            + "  s  0  s\n"
            + "  a  2  s -> a\n"
            + "  b  1  s -> b\n"
            + "  t  6  s -> a -> t\n",
        cli.out);
  }

  @Test
  void unweightedCountingCountsPathsAndBooleanIsReachability() throws IOException {
    Path g = Cli.write(dir, "g.txt", GRAPH);
    // Weighted, counting multiplies weights as multiplicities: t = 2*4 + 3*4 + 1*6.
    JsonNode weighted = Cli.paths(g, "counting", "--source", "s", "--json").json();
    assertEquals(26, weighted.get("values").get("t").asLong());
    // Unweighted: the number of paths; two parallel s -> a edges are two paths.
    JsonNode counted = Cli.paths(g, "counting", "--source", "s", "--unweighted", "--json").json();
    assertEquals(List.of("semiring", "source", "unweighted", "values"), fieldNames(counted));
    assertEquals(2, counted.get("values").get("a").asLong());
    assertEquals(1, counted.get("values").get("b").asLong());
    assertEquals(3, counted.get("values").get("t").asLong());
    // No weight column at all; boolean gives reachability.
    Path bare = Cli.write(dir, "bare.txt", "s a\na t\nc d\n");
    JsonNode reach = Cli.paths(bare, "boolean", "--source", "s", "--unweighted", "--json").json();
    assertEquals(List.of("s", "a", "t"), fieldNames(reach.get("values")));
    reach.get("values").forEach(v -> assertTrue(v.booleanValue()));
    // A weight that is not a count is ignored when unweighted.
    Path realWeights = Cli.write(dir, "r.txt", "s a 0.5\n");
    assertEquals(
        1,
        Cli.paths(realWeights, "counting", "--source", "s", "--unweighted", "--json")
            .json()
            .get("values")
            .get("a")
            .asLong());
  }

  @Test
  void logSemiringAddsProbabilitiesInLogSpace() throws IOException {
    // Two paths s -> t with probabilities 0.5 * 0.5 and 0.25, total 0.5.
    String text =
        "s a " + Math.log(0.5) + "\na t " + Math.log(0.5) + "\ns t " + Math.log(0.25) + "\n";
    Path g = Cli.write(dir, "log.txt", text);
    JsonNode root = Cli.paths(g, "log", "--source", "s", "--target", "t", "--json").json();
    assertEquals(Math.log(0.5), root.get("value").doubleValue(), 1e-12);
    JsonNode all = Cli.paths(g, "log", "--source", "s", "--json").json();
    assertEquals(0.0, all.get("values").get("s").doubleValue());
    assertEquals(Math.log(0.5), all.get("values").get("a").doubleValue(), 1e-12);
  }
}
