package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where input comes from and how it is read: {@code --expr-file}, {@code -} for standard input, the
 * byte-order mark, DOT's {@code strict} and one-graph rule, positions of DOT weight errors, quoted
 * names and isolated vertices in edge lists, and argument files.
 */
class InputsTest {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir Path dir;

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static byte[] withBom(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, all, 0, BOM.length);
    System.arraycopy(body, 0, all, BOM.length, body.length);
    return all;
  }

  @Test
  void expressionFromAFileOrStandardInput() throws IOException {
    Path f = Cli.write(dir, "f.txt", "t = x*y;\nt*t\n");
    JsonNode fromFile = Cli.run("grad", "--expr-file", f.toString(), "--at", "x=3,y=2", "--json").json();
    assertEquals(36.0, fromFile.get("outputs").get(0).doubleValue());
    assertEquals(24.0, fromFile.get("jacobian").get("reverse").get(0).get(0).doubleValue());
    JsonNode fromStdin =
        Cli.runWithStdin(withBom("x*x"), "grad", "--expr-file", "-", "--at", "x=3", "--json")
            .json();
    assertEquals(9.0, fromStdin.get("outputs").get(0).doubleValue());
    assertEquals("x*x", fromStdin.get("names").get(0).asText(), "the BOM is not part of it");
  }

  @Test
  void expressionFileErrorsNameTheFileLineAndColumn() throws IOException {
    Path f = Cli.write(dir, "f.txt", "a = x;\nb + a\n");
    Cli cli = Cli.run("grad", "--expr-file", f.toString(), "--at", "x=1").assertBadInput(3);
    assertTrue(cli.errLines().get(0).contains("f.txt:2:1: "), cli.err);
    assertEquals("b + a", cli.errLines().get(1));
    Cli stdin = Cli.runWithStdin("x +", "grad", "--expr-file", "-", "--at", "x=1").assertBadInput(3);
    assertTrue(stdin.errLines().get(0).contains("<stdin>:1:4: "), stdin.err);
  }

  @Test
  void exprAndExprFileAreOneOrTheOther() throws IOException {
    Path f = Cli.write(dir, "f.txt", "x");
    Cli.run("grad", "--expr", "x", "--expr-file", f.toString(), "--at", "x=1").assertBadInput(2);
    Cli.run("grad", "--at", "x=1").assertBadInput(2);
    Cli missing = Cli.run("grad", "--expr-file", dir.resolve("nope").toString(), "--at", "x=1");
    assertTrue(missing.assertBadInput(1).err.contains("nope"), missing.err);
    Cli.run("grad", "--expr-file", dir.toString(), "--at", "x=1").assertBadInput(1);
  }

  @Test
  void hundredThousandParenthesesFromAFileAreRefusedCleanly() throws IOException {
    Path f = Cli.write(dir, "deep.txt", "(".repeat(100_000) + "x" + ")".repeat(100_000));
    Cli cli = Cli.run("grad", "--expr-file", f.toString(), "--at", "x=1").assertBadInput(3);
    assertTrue(cli.errLines().get(0).contains("deep.txt:1:"), cli.err);
  }

  @Test
  void graphFromStandardInputWithAByteOrderMark() {
    Cli cli =
        Cli.runWithStdin(
            withBom("a b 2\nb c 3\n"),
            "paths", "--graph", "-", "--semiring", "tropical", "--source", "a", "--json");
    JsonNode values = cli.json().get("values");
    assertEquals(List.of("a", "b", "c"), fieldNames(values));
    assertEquals(5.0, values.get("c").doubleValue());
    // DOT on standard input is recognized by its content.
    JsonNode dot =
        Cli.runWithStdin(
                "digraph { a -> b [weight=4]; }",
                "paths", "--graph", "-", "--semiring", "real", "--source", "a", "--json")
            .json();
    assertEquals(4.0, dot.get("values").get("b").doubleValue());
  }

  @Test
  void errorsInStandardInputAreNamedStdin() {
    Cli cli =
        Cli.runWithStdin("a b x\n", "paths", "--graph", "-", "--semiring", "real", "--source", "a")
            .assertBadInput(1);
    assertTrue(cli.err.contains("<stdin>:1:5"), cli.err);
  }

  @Test
  void strictDigraphMergesParallelEdgesLaterAttributesWinning() throws IOException {
    String edges = "{ a -> b [weight=2]; a -> b [weight=3]; b -> c [weight=1]; }";
    Path plain = Cli.write(dir, "plain.dot", "digraph " + edges);
    Path strict = Cli.write(dir, "strict.dot", "strict digraph " + edges);
    JsonNode p =
        Cli.run("paths", "--graph", plain.toString(), "--semiring", "real", "--source", "a", "--json")
            .json();
    assertEquals(5.0, p.get("values").get("b").doubleValue(), "two parallel edges: 2 + 3");
    JsonNode s =
        Cli.run("paths", "--graph", strict.toString(), "--semiring", "real", "--source", "a", "--json")
            .json();
    assertEquals(3.0, s.get("values").get("b").doubleValue(), "one merged edge: the later weight");
    JsonNode counted =
        Cli.run(
                "paths", "--graph", strict.toString(), "--semiring", "counting", "--source", "a",
                "--unweighted", "--json")
            .json();
    assertEquals(1, counted.get("values").get("c").asLong());
  }

  @Test
  void aFileWithTwoGraphsIsRefusedAtTheSecond() throws IOException {
    Path two = Cli.write(dir, "two.dot", "digraph A { a -> b [weight=1]; }\n\n  digraph B { c -> d [weight=1]; }\n");
    Cli cli =
        Cli.run("paths", "--graph", two.toString(), "--semiring", "real", "--source", "a")
            .assertBadInput(1);
    assertTrue(cli.err.contains("two.dot:3:3: a second graph"), cli.err);
    // Comments after the graph are fine; braces inside strings do not count.
    Path one = Cli.write(dir, "one.dot", "digraph { \"}\" -> b [weight=1, label=\"{\"]; } // done\n/* end */\n");
    Cli ok = Cli.run("paths", "--graph", one.toString(), "--semiring", "real", "--source", "}");
    assertEquals(0, ok.status, ok.err);
  }

  @Test
  void dotWeightErrorsNameLineAndColumn() throws IOException {
    Path g = Cli.write(dir, "g.dot", "digraph {\n  a -> b [weight=1];\n  b -> c [weight=abc];\n}\n");
    Cli cli =
        Cli.run("paths", "--graph", g.toString(), "--semiring", "real", "--source", "a")
            .assertBadInput(1);
    assertTrue(cli.err.contains("g.dot:3:18: weight 'abc'"), cli.err);
    Path label = Cli.write(dir, "l.dot", "digraph {\n a -> b [label=\"1.5\"];\n}\n");
    Cli viterbi =
        Cli.run("paths", "--graph", label.toString(), "--semiring", "viterbi", "--source", "a")
            .assertBadInput(1);
    assertTrue(viterbi.err.contains("l.dot:2:16: weight '1.5'"), viterbi.err);
    Path none = Cli.write(dir, "n.dot", "digraph {\n a -> b [weight=1];\n b -> c;\n}\n");
    Cli missing =
        Cli.run("paths", "--graph", none.toString(), "--semiring", "real", "--source", "a")
            .assertBadInput(1);
    assertTrue(missing.err.contains("n.dot:3:4: edge b -> c has no weight"), missing.err);
  }

  @Test
  void quotedNamesAndIsolatedVerticesInEdgeLists() throws IOException {
    Path g =
        Cli.write(dir, 
            "g.txt",
            "\"New York\" b 2   # a comment\n"
                + "\"say \\\"hi\\\"\" \"New York\" 1\n"
                + "lonely\n"
                + "\"#not a comment\"\n");
    JsonNode from =
        Cli.run("paths", "--graph", g.toString(), "--semiring", "real", "--source", "say \"hi\"", "--json")
            .json();
    assertEquals(List.of("New York", "b", "say \"hi\""), fieldNames(from.get("values")), "file order");
    assertEquals(2.0, from.get("values").get("b").doubleValue());
    JsonNode lonely =
        Cli.run("paths", "--graph", g.toString(), "--semiring", "real", "--target", "lonely", "--json")
            .json();
    assertEquals(List.of("lonely"), fieldNames(lonely.get("values")));
    JsonNode hash =
        Cli.run(
                "paths", "--graph", g.toString(), "--semiring", "real", "--source", "#not a comment",
                "--json")
            .json();
    assertEquals(List.of("#not a comment"), fieldNames(hash.get("values")));
  }

  /**
   * {@code #} starts a comment only at the start of a field; inside a name it is part of it, inside a
   * weight the weight is refused at its line:column. Both edge-list readers (the streamed one, and
   * the JGraphT route taken with --witness), and DOT, where a '#' that does not start a line is
   * refused as Graphviz refuses it.
   */
  @Test
  void aHashStartsACommentOnlyAtTheStartOfAField() throws IOException {
    Path g = Cli.write(dir, "sharp.txt", "# a comment line\nC# F# 1\nF# G#x 2 # trailing comment\n  #indented\n");
    for (boolean witness : new boolean[] {false, true}) { // the streamed reader, the JGraphT one
      List<String> args =
          new java.util.ArrayList<>(
              List.of("paths", "--graph", g.toString(), "--semiring", "tropical", "--source", "C#",
                  "--json"));
      if (witness) {
        args.add("--witness");
      }
      JsonNode from = Cli.run(args.toArray(String[]::new)).json();
      assertEquals(List.of("C#", "F#", "G#x"), fieldNames(from.get("values")), args.toString());
      assertEquals(3.0, from.get("values").get("G#x").doubleValue(), args.toString());
    }
    Path u = Cli.write(dir, "u.txt", "a b#\n");
    JsonNode unweighted =
        Cli.run("paths", "--graph", u.toString(), "--semiring", "counting", "--source", "a",
                "--unweighted", "--json")
            .json();
    assertEquals(List.of("a", "b#"), fieldNames(unweighted.get("values")));

    Path w = Cli.write(dir, "w.txt", "a t 3#c\n");
    for (String route : List.of("--json", "--witness")) { // the streamed reader, the JGraphT one
      Cli bad =
          Cli.run("paths", "--graph", w.toString(), "--semiring", "tropical", "--source", "a", route)
              .assertBadInput(1);
      assertTrue(bad.err.contains("w.txt:1:5: weight '3#c' is not in the tropical semiring"), bad.err);
    }
    Path missing = Cli.write(dir, "m.txt", "a b#1\n");
    Cli noWeight =
        Cli.run("paths", "--graph", missing.toString(), "--semiring", "tropical", "--source", "a")
            .assertBadInput(1);
    assertTrue(noWeight.err.contains("m.txt:1:6: expected 'from to weight'"), noWeight.err);
    Path quoted = Cli.write(dir, "q.txt", "\"a\"#x b 1\n");
    Cli glued =
        Cli.run("paths", "--graph", quoted.toString(), "--semiring", "tropical", "--source", "a")
            .assertBadInput(1);
    assertTrue(glued.err.contains("q.txt:1:4: expected a space after the quoted name"), glued.err);

    Path dot = Cli.write(dir, "d.dot", "digraph {\n# a preprocessor line\n a -> b [weight=1]\n C# -> F [weight=2]\n}\n");
    Cli inDot =
        Cli.run("paths", "--graph", dot.toString(), "--semiring", "tropical", "--source", "a")
            .assertBadInput(1);
    assertTrue(inDot.err.contains("d.dot:4:3: '#' starts a comment only at the start of a line"), inDot.err);
    Path quotedDot = Cli.write(dir, "e.dot", "digraph {\n  # indented, still a line comment\n \"C#\" -> F [weight=2]\n}\n");
    JsonNode fromQuoted =
        Cli.run("paths", "--graph", quotedDot.toString(), "--semiring", "tropical", "--source", "C#",
                "--json")
            .json();
    assertEquals(List.of("C#", "F"), fieldNames(fromQuoted.get("values")));
  }

  /** Rule files follow the same rule: a weight {@code 1#c} is refused, not read as 1. */
  @Test
  void aHashInsideARuleWeightIsRefusedAndAfterABlankIsAComment() throws IOException {
    Path ok = Cli.write(dir, "ok.wpds", "# rules\n<p, main> -> <p> 2 # pop\n");
    JsonNode v =
        Cli.run("wpds", "--rules", ok.toString(), "--semiring", "tropical", "--from", "<p, main>",
                "--query", "<p>", "--json")
            .json();
    assertEquals(2.0, v.get("values").get("<p>").doubleValue());
    Path bad = Cli.write(dir, "bad.wpds", "<p, main> -> <p> 2#c\n");
    Cli cli =
        Cli.run("wpds", "--rules", bad.toString(), "--semiring", "tropical", "--from", "<p, main>",
                "--query", "<p>")
            .assertBadInput(1);
    assertTrue(cli.err.contains("bad.wpds:1:18: weight '2#c' is not in the tropical semiring"), cli.err);
  }

  @Test
  void argumentFilesAreNotExpandedAndHugeCommandLinesAreRefusedAtOnce() throws IOException {
    Path args = Cli.write(dir, "args.txt", "x ".repeat(50_000));
    Cli cli = Cli.run("grad", "--expr", "x", "--at", "x=1", "@" + args).assertBadInput(2);
    assertTrue(cli.errLines().get(0).length() <= Output.MESSAGE_WIDTH + 20, "short message");
    String[] many = new String[60_000];
    java.util.Arrays.fill(many, "x");
    Cli huge = Cli.run(many).assertBadInput(1);
    assertTrue(huge.err.contains("--expr-file"), huge.err);
    // '@args.txt' is one unmatched argument, not 50,000 expanded ones.
    assertFalse(cli.err.contains("x, x, x, x, x"), cli.err);
    assertTrue(cli.err.contains("@" + args), cli.err);
  }
}
