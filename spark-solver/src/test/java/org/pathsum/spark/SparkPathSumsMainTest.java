package org.pathsum.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: paths-style JSON in file order, and bad input as one line with status 2. */
class SparkPathSumsMainTest {

  @TempDir Path dir;

  private String[] run(String... args) {
    LocalSpark.session(); // the main reuses the shared session (no --master: it does not stop it)
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        SparkPathSumsMain.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {
      Integer.toString(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)
    };
  }

  private Path file(String text) throws IOException {
    Path p = dir.resolve("g.txt");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void jsonInFileOrderWithQuotedNamesAndParallelEdges() throws IOException {
    Path g = file("# roads\n\"New York\" b 2\nb c 1.5\n\"New York\" c 4\nb c 1\nc d inf\nlonely\n");
    String[] r = run("--graph", g.toString(), "--semiring", "tropical", "--source", "New York",
        "--json");
    assertEquals("0", r[0], r[2]);
    assertEquals(
        "{\"semiring\":\"tropical\",\"source\":\"New York\",\"values\":"
            + "{\"New York\":0.0,\"b\":2.0,\"c\":3.0}}\n",
        r[1]);
  }

  @Test
  void isolatedSourceHasOnlyTheEmptyPath() throws IOException {
    Path g = file("a b 1\nlonely\n");
    String[] r = run("--graph", g.toString(), "--semiring", "counting", "--source", "lonely",
        "--json");
    assertEquals("{\"semiring\":\"counting\",\"source\":\"lonely\",\"values\":{\"lonely\":1}}\n",
        r[1]);
  }

  @Test
  void badInputIsOneLineAndStatusTwo() throws IOException {
    Path g = file("a b 1\nb c x\n");
    String[][] cases = {
      run("--graph", g.toString(), "--semiring", "tropical", "--source", "a"),
      run("--graph", g.toString(), "--semiring", "nope", "--source", "a"),
      run("--graph", g.toString(), "--semiring", "tropical"),
      run("--graph", g.toString(), "--semiring", "tropical", "--source", "a", "--bogus"),
    };
    String[] expected = {g + ":2:5: weight 'x'", "--semiring: unknown semiring 'nope'",
        "--source/--target", "unknown option '--bogus'"};
    for (int i = 0; i < cases.length; i++) {
      assertEquals("2", cases[i][0], cases[i][2]);
      assertEquals("", cases[i][1]);
      assertEquals(1, cases[i][2].strip().lines().count(), cases[i][2]);
      assertTrue(cases[i][2].contains(expected[i]), cases[i][2]);
    }
  }

  @Test
  void refusalIsBadInput() throws IOException {
    Path g = file("s a 1\na a 1\n");
    String[] r = run("--graph", g.toString(), "--semiring", "counting", "--source", "s");
    assertEquals("2", r[0]);
    assertEquals("", r[1]);
    assertTrue(r[2].contains("cycle a -> a"), r[2]);
  }
}
