package org.pathsum.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
    return run(new ByteArrayOutputStream(), args);
  }

  private String[] run(OutputStream stdout, String... args) {
    LocalSpark.session(); // the main reuses the shared session (no --master: it does not stop it)
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        SparkPathSumsMain.run(
            args,
            new PrintStream(stdout, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    String out = stdout instanceof ByteArrayOutputStream b ? b.toString(StandardCharsets.UTF_8) : "";
    return new String[] {
      Integer.toString(status), out, err.toString(StandardCharsets.UTF_8)
    };
  }

  private Path file(String text) throws IOException {
    return file("g.txt", text);
  }

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
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
        "give --source S, --target T, or both", "unknown option '--bogus'"};
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

  @Test
  void pathsIsTheFirstWordAsInPathsumAndOtherCommandsAreRefused() throws IOException {
    Path g = file("s a 2\na t 3\n");
    String[] r = run("paths", "--graph", g.toString(), "--semiring", "tropical", "--source", "s",
        "--json");
    assertEquals("0", r[0], r[2]);
    assertEquals(
        "{\"semiring\":\"tropical\",\"source\":\"s\",\"values\":{\"s\":0.0,\"a\":2.0,\"t\":5.0}}\n",
        r[1]);
    String[] old = run("--graph", g.toString(), "--semiring", "tropical", "--source", "s", "--json");
    assertEquals(r[1], old[1], "the older form without 'paths' prints the same");
    String[] grad = run("grad", "--expr", "x");
    assertEquals("2", grad[0]);
    assertEquals("", grad[1]);
    assertTrue(grad[2].contains("unknown command 'grad'"), grad[2]);
  }

  /** The text of {@code pathsum paths}: {@code inf}/{@code -inf}, and its unweighted header. */
  @Test
  void textSpellsNumbersAsPathsumPaths() throws IOException {
    Path g = file("s a 1\na t 0.25\n");
    String[] r = run("paths", "--graph", g.toString(), "--semiring", "bottleneck", "--source", "s");
    assertEquals("0", r[0], r[2]);
    assertEquals(
        "bottleneck path sums from s (vertices with sum -inf omitted):\n"
            + "  s  inf\n  a  1\n  t  0.25\n",
        r[1]);
    String[] u = run("paths", "--graph", g.toString(), "--semiring", "counting", "--source", "s",
        "--unweighted");
    assertEquals(
        "counting path sums from s (every edge weighs 1; vertices with sum 0 omitted):\n"
            + "  s  1\n  a  1\n  t  1\n",
        u[1]);
  }

  @Test
  void dotInputIsRefusedPlainly() throws IOException {
    String dot = "// roads\ndigraph G {\n  a -> b [weight=1]\n}\n";
    String[][] cases = {
      run("paths", "--graph", file("g.dot", dot).toString(), "--semiring", "tropical",
          "--source", "a"),
      run("paths", "--graph", file("g.txt", "# a comment\n\n" + dot.substring(9)).toString(),
          "--semiring", "tropical", "--source", "a"),
      run("paths", "--graph", file("u.txt", "strict digraph {\na b\n}\n").toString(),
          "--semiring", "boolean", "--source", "a", "--unweighted"),
      run("paths", "--graph", file("h.txt", "a b 1\n").toString(), "--format", "dot",
          "--semiring", "tropical", "--source", "a"),
    };
    for (String[] c : cases) {
      assertEquals("2", c[0], c[2]);
      assertEquals("", c[1]);
      assertEquals(1, c[2].strip().lines().count(), c[2]);
      assertTrue(c[2].contains("DOT input is not supported"), c[2]);
    }
  }

  /** {@code #} starts a comment only at the start of a field. */
  @Test
  void aHashInsideANameIsPartOfItAndInAWeightIsRefused() throws IOException {
    Path g = file("C# F# 1 # a comment\n#whole line\n");
    String[] r = run("paths", "--graph", g.toString(), "--semiring", "tropical", "--source", "C#",
        "--json");
    assertEquals("0", r[0], r[2]);
    assertEquals(
        "{\"semiring\":\"tropical\",\"source\":\"C#\",\"values\":{\"C#\":0.0,\"F#\":1.0}}\n",
        r[1]);
    Path bad = file("a t 3#c\n");
    String[] w = run("paths", "--graph", bad.toString(), "--semiring", "tropical", "--source", "a");
    assertEquals("2", w[0]);
    assertEquals("", w[1]);
    assertTrue(w[2].contains(bad + ":1:5: weight '3#c'"), w[2]);
  }

  /** A stop at --max-supersteps is named a budget stop with the option, never a divergence. */
  @Test
  void aBudgetStopSaysSoAndHowToRaiseIt() throws IOException {
    String[][] cases = {
      run("paths", "--graph", file("chain.txt", "s a 1\na b 1\nb c 1\nc d 1\n").toString(),
          "--semiring", "tropical", "--source", "s", "--max-supersteps", "2"),
      run("paths", "--graph", file("loop.txt", "s a 0.5\na s 0.5\n").toString(),
          "--semiring", "real", "--source", "s", "--max-supersteps", "3"),
    };
    for (String[] c : cases) {
      assertEquals("2", c[0], c[2]);
      assertEquals("", c[1]);
      assertEquals(1, c[2].strip().lines().count(), c[2]);
      assertTrue(c[2].contains("budget stop"), c[2]);
      assertTrue(c[2].contains("--max-supersteps"), c[2]);
      assertFalse(c[2].contains("does not converge"), c[2]);
    }
    String[] enough = run("paths", "--graph", dir.resolve("loop.txt").toString(), "--semiring",
        "real", "--source", "s", "--json");
    assertEquals("0", enough[0], enough[2]);
  }

  /** A write that fails (a closed pipe, a full disk) is one line on stderr and status 74. */
  @Test
  void aFailedWriteIsReportedWithStatus74() throws IOException {
    Path g = file("s a 2\n");
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    String[] r = run(broken, "paths", "--graph", g.toString(), "--semiring", "tropical",
        "--source", "s");
    assertEquals(Integer.toString(SparkPathSumsMain.OUTPUT_FAILED), r[0], r[2]);
    assertEquals(1, r[2].strip().lines().count(), r[2]);
    assertTrue(r[2].startsWith("pathsum-spark: cannot write standard output"), r[2]);
  }
}
