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
 * {@code paths} on OpenFst/AT&amp;T text automata ({@code --format att}): what each line means, the
 * start state and the added vertex {@code final} as the default query, OpenFst's log convention,
 * and the errors. Every expected value is derived by hand in the comments.
 */
class PathsAttTest {

  /**
   * An acceptor with a parallel arc and an unweighted (3-field) arc.
   *
   * <pre>
   *   0 ==a 1, b 2==> 1 --c 3--> 2 (final 0.5)
   *   0 --d (1̄)----> 2
   *                  1 (final, 1̄)
   * </pre>
   */
  private static final String ACCEPTOR = "0 1 a 1\n0\t1\tb\t2\n1 2 c 3\n0 2 d\n2 0.5\n1\n";

  @TempDir Path dir;

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void withoutEndpointsTheQueryIsTheTotalWeightFromTheStartState() throws IOException {
    Path a = Cli.write(dir, "a.fst.txt", ACCEPTOR);
    JsonNode root = Cli.paths(a, "tropical", "--json").json();
    assertEquals(List.of("semiring", "source", "target", "value"), fieldNames(root));
    assertEquals("0", root.get("source").asText());
    assertEquals("final", root.get("target").asText());
    // paths to final: 0-1 (1) then final 1̄: 1; 0-2 (0) + 0.5; 0-1-2: 1 + 3 + 0.5. min = 0.5
    assertEquals(0.5, root.get("value").doubleValue());
    Cli text = Cli.paths(a, "tropical");
    assertEquals("tropical path sum from 0 to final: 0.5\n", text.out);
  }

  @Test
  void fromTheStartStateToEveryStateAndFromEveryStateToFinal() throws IOException {
    Path a = Cli.write(dir, "a.att", ACCEPTOR);
    JsonNode from = Cli.paths(a, "tropical", "--source", "0", "--json").json();
    JsonNode v = from.get("values");
    // vertices in order of appearance, then final
    assertEquals(List.of("0", "1", "2", "final"), fieldNames(v));
    assertEquals(0.0, v.get("0").doubleValue());
    assertEquals(1.0, v.get("1").doubleValue()); // min(1, 2)
    assertEquals(0.0, v.get("2").doubleValue()); // min(1 + 3, 0)
    assertEquals(0.5, v.get("final").doubleValue());
    JsonNode to = Cli.paths(a, "tropical", "--target", "final", "--json").json().get("values");
    assertEquals(0.5, to.get("0").doubleValue());
    assertEquals(0.0, to.get("1").doubleValue()); // final itself, 1̄
    assertEquals(0.5, to.get("2").doubleValue());
    assertEquals(0.0, to.get("final").doubleValue());
  }

  @Test
  void realWeightsAreReadAsWrittenAndFinalWeightsMultiply() throws IOException {
    Path a = Cli.write(dir, "a.att", ACCEPTOR);
    // 0-1 (1 + 2) * final 1 + 0-1-2 (1 + 2) * 3 * 0.5 + 0-2 (1) * 0.5 = 3 + 4.5 + 0.5
    assertEquals(8.0, Cli.paths(a, "real", "--json").json().get("value").doubleValue());
    // counting with --unweighted: the accepting paths, parallel arcs apart: 2 + 2 + 1
    assertEquals(5, Cli.paths(a, "counting", "--unweighted", "--json").json().get("value").asLong());
  }

  @Test
  void logWeightsAreNegativeLogarithmsInOpenFstAndPrintedAsLogarithms() throws IOException {
    // two arcs 0 -> 1 of probability 0.5 and 0.25, 1 final with probability 0.5
    String text =
        "0 1 x " + -Math.log(0.5) + "\n0 1 y " + -Math.log(0.25) + "\n1 " + -Math.log(0.5) + "\n";
    Path a = Cli.write(dir, "p.fst.txt", text);
    JsonNode root = Cli.paths(a, "log", "--att", "acceptor", "--json").json();
    assertEquals(Math.log((0.5 + 0.25) * 0.5), root.get("value").doubleValue(), 1e-12);
    // OpenFst's zero, Infinity, is a weight of probability 0: the arc counts for nothing
    Path zero = Cli.write(dir, "z.fst.txt", "0 1 x Infinity\n0 1 y 0\n1\n");
    assertEquals(
        0.0, Cli.paths(zero, "log", "--att", "acceptor", "--json").json().get("value").doubleValue());
    // -Infinity would be an infinite probability: refused where it is written
    Path bad = Cli.write(dir, "b.fst.txt", "0 1 x 0\n1 -Infinity\n");
    Cli cli = Cli.paths(bad, "log", "--att", "acceptor").assertBadInput(1);
    assertTrue(cli.err.contains("b.fst.txt:2:3: weight '-Infinity'"), cli.err);
    assertTrue(cli.err.contains("OpenFst"), cli.err);
  }

  @Test
  void transducersHaveOutputLabelsAndFiveFieldsForAWeight() throws IOException {
    // 0 -> 1 weight 2 (5 fields), 1 -> 2 weight 1̄ (4 fields: an output label), 2 final 1
    Path t = Cli.write(dir, "t.fst.txt", "0 1 a b 2\n1 2 c d\n2 1\n");
    assertEquals(3.0, Cli.paths(t, "tropical", "--json").json().get("value").doubleValue());
    // the same file is refused as an acceptor: five fields
    Cli cli = Cli.paths(t, "tropical", "--att", "acceptor").assertBadInput(1);
    assertTrue(cli.err.contains("t.fst.txt:1:9"), cli.err);
    // all arcs with four fields: the reading is chosen by --att
    Path four = Cli.write(dir, "f.fst.txt", "0 1 a 5\n1\n");
    assertTrue(Cli.paths(four, "tropical").assertBadInput(1).err.contains("f.fst.txt:1:7"));
    assertEquals(
        5.0,
        Cli.paths(four, "tropical", "--att", "acceptor", "--json").json().get("value").doubleValue());
    assertEquals(
        0.0,
        Cli.paths(four, "tropical", "--att", "transducer", "--json").json().get("value").doubleValue());
    // ... unless weights do not matter
    assertEquals(1, Cli.paths(four, "counting", "--unweighted", "--json").json().get("value").asLong());
  }

  @Test
  void statesAreNumbersAndTheLastFinalWeightCounts() throws IOException {
    // 007 is state 7; state 7 is declared final twice, the second weight counts (as fstcompile)
    Path a = Cli.write(dir, "n.att", "0 007 a 1\n7 1 b 1\n7 4\n07 2\n1 10\n");
    JsonNode root = Cli.paths(a, "tropical", "--source", "0", "--att", "acceptor", "--json").json();
    assertEquals(List.of("0", "7", "1", "final"), fieldNames(root.get("values")));
    assertEquals(3.0, root.get("values").get("final").doubleValue()); // min(1 + 2, 1 + 1 + 10)
  }

  @Test
  void theFormatIsChosenByOptionOrFileName() throws IOException {
    Path txt = Cli.write(dir, "a.txt", ACCEPTOR);
    assertEquals(
        0.5, Cli.paths(txt, "tropical", "--format", "att", "--json").json().get("value").doubleValue());
    // as an edge list the same text is malformed (a four-field line)
    Cli.paths(txt, "tropical", "--source", "0").assertBadInput(1);
    // --format edges reads a .att or .dot file as an edge list, --format dot a .txt as DOT
    Path edges = Cli.write(dir, "e.att", "a b 2\n");
    assertEquals(
        2.0,
        Cli.paths(edges, "tropical", "--format", "edges", "--source", "a", "--json")
            .json()
            .get("values")
            .get("b")
            .doubleValue());
    Path dotAsEdges = Cli.write(dir, "d.dot", "a b 3\n");
    assertEquals(
        3.0,
        Cli.paths(dotAsEdges, "tropical", "--format", "edges", "--source", "a", "--witness", "--json")
            .json()
            .get("values")
            .get("b")
            .doubleValue());
    Path dot = Cli.write(dir, "d.txt", "x -> y [weight=4]\n");
    Cli.paths(dot, "tropical", "--source", "x").assertBadInput(1); // not a DOT header: an edge list
    Path dotHeader = Cli.write(dir, "h.txt", "digraph { x -> y [weight=4]; }\n");
    assertEquals(
        4.0,
        Cli.paths(dotHeader, "tropical", "--format", "dot", "--source", "x", "--json")
            .json()
            .get("values")
            .get("y")
            .doubleValue());
    // an automaton from standard input
    Cli stdin =
        Cli.runWithStdin(
            "0 1 a 2\n1\n",
            "paths",
            "--graph",
            "-",
            "--format",
            "att",
            "--att",
            "acceptor",
            "--semiring",
            "tropical");
    assertEquals("tropical path sum from 0 to final: 2\n", stdin.out);
  }

  @Test
  void witnessesRunThroughTheAddedFinalVertex() throws IOException {
    Path a = Cli.write(dir, "a.att", ACCEPTOR);
    Cli cli = Cli.paths(a, "tropical", "--witness");
    assertEquals("tropical path sum from 0 to final: 0.5\n  path: 0 -> 2 -> final\n", cli.out);
  }

  @Test
  void badLinesNameLineAndColumn() throws IOException {
    Cli state = Cli.paths(Cli.write(dir, "s.att", "0 1 a 1\nx 1 b\n1\n"), "tropical").assertBadInput(1);
    assertTrue(state.err.contains("s.att:2:1: state 'x'"), state.err);
    Cli negative = Cli.paths(Cli.write(dir, "m.att", "0 -1 a\n"), "tropical").assertBadInput(1);
    assertTrue(negative.err.contains("m.att:1:3"), negative.err);
    Cli weight = Cli.paths(Cli.write(dir, "w.att", "0 1 a\n1 2 b abc\n2\n"), "tropical").assertBadInput(1);
    assertTrue(weight.err.contains("w.att:2:7: weight 'abc'"), weight.err);
    Cli finalWeight = Cli.paths(Cli.write(dir, "f.att", "0 1 a\n1 x\n"), "tropical").assertBadInput(1);
    assertTrue(finalWeight.err.contains("f.att:2:3: weight 'x'"), finalWeight.err);
    Cli six = Cli.paths(Cli.write(dir, "six.att", "0 1 a b 1 2\n"), "tropical").assertBadInput(1);
    assertTrue(six.err.contains("six.att:1:11"), six.err);
    Cli three = Cli.paths(Cli.write(dir, "three.att", "0 1 a\n1 2 b c 1\n"), "tropical").assertBadInput(1);
    assertTrue(three.err.contains("three.att:2:"), three.err);
    Cli notTransducer =
        Cli.paths(Cli.write(dir, "nt.att", "0 1 a\n"), "tropical", "--att", "transducer").assertBadInput(1);
    assertTrue(notTransducer.err.contains("nt.att:1:5"), notTransducer.err);
    Cli empty = Cli.paths(Cli.write(dir, "empty.att", "\n\n"), "tropical").assertBadInput(1);
    assertTrue(empty.err.contains("empty.att has no states"), empty.err);
  }

  @Test
  void badOptionsAreNamed() throws IOException {
    Path a = Cli.write(dir, "a.att", ACCEPTOR);
    assertTrue(Cli.paths(a, "tropical", "--format", "fst").assertBadInput(1).err.contains("--format"));
    assertTrue(Cli.paths(a, "tropical", "--att", "both").assertBadInput(1).err.contains("--att"));
    Path txt = Cli.write(dir, "g.txt", "a b 1\n");
    assertTrue(
        Cli.paths(txt, "tropical", "--source", "a", "--att", "acceptor")
            .assertBadInput(1)
            .err
            .contains("--att"));
    // an edge list still needs an endpoint
    Cli.paths(txt, "tropical").assertBadInput(2);
    // a state that is not one, as --source
    assertTrue(Cli.paths(a, "tropical", "--source", "9").assertBadInput(1).err.contains("'9'"));
  }
}
