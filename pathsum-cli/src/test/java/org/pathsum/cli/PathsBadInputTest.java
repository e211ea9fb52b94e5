package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input of {@code paths}: status 2, empty stdout, one line naming what and where. */
class PathsBadInputTest {

  @TempDir Path dir;

  private static Cli paths(Path file, String semiring, String... anchor) {
    String[] args = new String[6 + anchor.length];
    System.arraycopy(
        new String[] {"paths", "--graph", file.toString(), "--semiring", semiring, "--json"},
        0,
        args,
        0,
        6);
    System.arraycopy(anchor, 0, args, 6, anchor.length);
    return Cli.run(args);
  }

  @Test
  void unknownVertexIsNamed() throws IOException {
    Path g = Cli.write(dir, "g.txt", "a b 1\n");
    assertTrue(paths(g, "real", "--source", "zz").assertBadInput(1).err.contains("'zz'"));
    assertTrue(paths(g, "real", "--target", "q").assertBadInput(1).err.contains("'q'"));
  }

  @Test
  void cycleIsNamed() throws IOException {
    Path g = Cli.write(dir, "g.txt", "s a 1\na b 1\nb c 1\nc a 1\n");
    String err = paths(g, "real", "--source", "s").assertBadInput(1).err;
    assertTrue(
        err.contains("a -> b -> c -> a")
            || err.contains("b -> c -> a -> b")
            || err.contains("c -> a -> b -> c"),
        err);
    paths(Cli.write(dir, "loop.txt", "a a 1\n"), "real", "--source", "a").assertBadInput(1);
  }

  @Test
  void weightOutsideTheCarrierNamesLineAndColumn() throws IOException {
    Path g = Cli.write(dir, "g.txt", "a b 0.5\n# comment\nb  c   1.5\n");
    assertTrue(
        paths(g, "viterbi", "--source", "a")
            .assertBadInput(1)
            .err
            .contains("g.txt:3:8: weight '1.5'"));
    Path counts = Cli.write(dir, "c.txt", "a b 2\nb c -1\n");
    assertTrue(
        paths(counts, "counting", "--source", "a").assertBadInput(1).err.contains("c.txt:2:5"));
    Path bools = Cli.write(dir, "b.txt", "a b yes\n");
    assertTrue(
        paths(bools, "boolean", "--source", "a").assertBadInput(1).err.contains("b.txt:1:5"));
    Path reals = Cli.write(dir, "r.txt", "a b inf\n");
    assertTrue(paths(reals, "real", "--source", "a").assertBadInput(1).err.contains("r.txt:1:5"));
    Path tropical = Cli.write(dir, "t.txt", "a b -inf\n");
    paths(tropical, "tropical", "--source", "a").assertBadInput(1);
    Path words = Cli.write(dir, "w.txt", "a b abc\n");
    paths(words, "real", "--source", "a").assertBadInput(1);
  }

  @Test
  void malformedLineNamesLineAndColumn() throws IOException {
    assertTrue(
        paths(Cli.write(dir, "g.txt", "a b 1\n\na b\n"), "real", "--source", "a")
            .assertBadInput(1)
            .err
            .contains("g.txt:3:4"));
    assertTrue(
        paths(Cli.write(dir, "h.txt", "a b 1 2\n"), "real", "--source", "a")
            .assertBadInput(1)
            .err
            .contains("h.txt:1:7"));
  }

  @Test
  void countingNeitherWrapsNorOverflows() throws IOException {
    Path g = Cli.write(dir, "g.txt", "a b 4294967296\nb c 4294967296\n");
    Cli cli = paths(g, "counting", "--source", "a");
    assertEquals(0, cli.status, cli.err);
    assertTrue(cli.out.contains("\"c\":18446744073709551616}"), cli.out); // 2^32 · 2^32
  }

  @Test
  void unreadableOrMalformedFiles() throws IOException {
    paths(dir.resolve("missing.txt"), "real", "--source", "a").assertBadInput(1);
    paths(Cli.write(dir, "bad.dot", "digraph { a -> \n"), "real", "--source", "a").assertBadInput(1);
    paths(Cli.write(dir, "noweight.dot", "digraph { a -> b; }\n"), "real", "--source", "a").assertBadInput(1);
    paths(Cli.write(dir, "undirected.dot", "graph { a -- b [weight=1]; }\n"), "real", "--source", "a")
        .assertBadInput(1);
    Path binary = dir.resolve("binary.txt");
    Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
    paths(binary, "real", "--source", "a").assertBadInput(1);
  }

  @Test
  void unknownSemiringListsTheNames() throws IOException {
    Path g = Cli.write(dir, "g.txt", "a b 1\n");
    assertTrue(paths(g, "complex", "--source", "a").assertBadInput(1).err.contains("tropical"));
  }

  @Test
  void neitherSourceNorTargetIsAUsageError() throws IOException {
    Path g = Cli.write(dir, "g.txt", "a b 1\n");
    Cli cli = paths(g, "real").assertBadInput(2);
    assertTrue(cli.err.contains("--source") && cli.err.contains("--target"), cli.err);
  }

  @Test
  void aRepeatedOptionIsNamedInPlainWords() throws IOException {
    Path g = Cli.write(dir, "g.txt", "a b 1\n");
    Cli cli = paths(g, "real", "--source", "a", "--source", "b").assertBadInput(2);
    assertTrue(cli.errLines().get(0).contains("--source is given more than once"), cli.err);
    assertFalse(cli.err.contains("expected only one match"), cli.err);
  }

  @Test
  void anEmptyGraphSaysSoInsteadOfListingNoVertices() throws IOException {
    Path g = Cli.write(dir, "empty.txt", "# nothing here\n");
    Cli cli = paths(g, "real", "--source", "a").assertBadInput(1);
    assertTrue(cli.err.contains("has no vertices"), cli.err);
    assertFalse(cli.err.contains("(its vertices: )"), cli.err);
  }

  @Test
  void witnessNeedsASelectiveSemiring() throws IOException {
    Path g = Cli.write(dir, "g.txt", "a b 1\n");
    Cli cli = paths(g, "real", "--source", "a", "--witness").assertBadInput(1);
    assertTrue(cli.err.contains("--witness"), cli.err);
    paths(g, "counting", "--source", "a", "--witness").assertBadInput(1);
    paths(g, "log", "--source", "a", "--witness").assertBadInput(1);
  }

  @Test
  void aMissingWeightIsAnErrorUnlessUnweighted() throws IOException {
    Path g = Cli.write(dir, "g.txt", "a b 1\nb c\n");
    Cli cli = paths(g, "real", "--source", "a").assertBadInput(1);
    assertTrue(cli.err.contains("g.txt:2:4") && cli.err.contains("--unweighted"), cli.err);
    assertTrue(
        paths(Cli.write(dir, "n.dot", "digraph { a -> b; }"), "real", "--source", "a")
            .assertBadInput(1)
            .err
            .contains("--unweighted"));
  }

  @Test
  void logWeightsMustBeLogarithms() throws IOException {
    Path g = Cli.write(dir, "g.txt", "a b inf\n");
    assertTrue(paths(g, "log", "--source", "a").assertBadInput(1).err.contains("g.txt:1:5"));
  }

  @Test
  void malformedQuotedNamesNameLineAndColumn() throws IOException {
    assertTrue(
        paths(Cli.write(dir, "q.txt", "a b 1\n\"New York b 2\n"), "real", "--source", "a")
            .assertBadInput(1)
            .err
            .contains("q.txt:2:1"));
    assertTrue(
        paths(Cli.write(dir, "r.txt", "\"a\"b c 2\n"), "real", "--source", "a")
            .assertBadInput(1)
            .err
            .contains("r.txt:1:4"));
    paths(Cli.write(dir, "e.txt", "\"\" c 2\n"), "real", "--source", "c").assertBadInput(1);
  }
}
