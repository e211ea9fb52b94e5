package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.PathSumException;

/**
 * The streaming route of {@code paths} ({@link StreamedGraph}) against the JGraphT route ({@link
 * GraphFiles} + {@code PathSumSolvers.forGraph}) on seeded random edge lists, its line splitting
 * against {@code split("\r?\n")}, the hand-written decimal check against the regex, and the
 * progress line's formatter and gating.
 */
class StreamedGraphTest {

  /** A random edge list: quoted names, comments, isolated vertices, CRLF, parallel edges, loops. */
  private static String randomFile(SplittableRandom rnd, String semiring) {
    int n = 2 + rnd.nextInt(12);
    int m = rnd.nextInt(40);
    StringBuilder sb = new StringBuilder();
    if (rnd.nextBoolean()) {
      sb.append("# a comment line\n");
    }
    for (int e = 0; e < m; e++) {
      sb.append(name(rnd, n)).append(' ').append(name(rnd, n)).append(' ');
      sb.append(weight(rnd, semiring));
      if (rnd.nextInt(5) == 0) {
        sb.append("   # trailing comment");
      }
      sb.append(rnd.nextInt(4) == 0 ? "\r\n" : "\n");
      if (rnd.nextInt(8) == 0) {
        sb.append(name(rnd, n + 3)).append('\n'); // maybe an isolated vertex
      }
      if (rnd.nextInt(10) == 0) {
        sb.append("\n  \t\n");
      }
    }
    return sb.toString();
  }

  private static String name(SplittableRandom rnd, int n) {
    int v = rnd.nextInt(n);
    return v % 3 == 0 ? "\"v " + v + "\"" : "v" + v;
  }

  private static String weight(SplittableRandom rnd, String semiring) {
    switch (semiring) {
      case "boolean":
        return rnd.nextBoolean() ? "true" : "0";
      case "counting":
        return Integer.toString(rnd.nextInt(3));
      case "real":
      case "viterbi":
        return String.format("%.3f", rnd.nextDouble() * 0.2);
      default:
        return String.format("%.2f", rnd.nextDouble() * 10);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"real", "boolean", "tropical", "max-plus", "counting", "bottleneck", "viterbi"})
  void streamedRouteGivesTheJgraphtRoutesSums(String semiringName) throws IOException {
    for (long seed = 0; seed < 60; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed * 31 + semiringName.hashCode());
      String text = randomFile(rnd, semiringName);
      WeightDomain<?> domain = WeightDomain.byName(semiringName);
      compare(seed, text, domain);
    }
  }

  private static <W> void compare(long seed, String text, WeightDomain<W> domain)
      throws IOException {
    Graph<String, FileEdge> g = GraphFiles.readEdgeList("g.txt", text, false);
    StreamedGraph<W> s = streamed(text, domain).orElseThrow();
    assertEquals(new ArrayList<>(g.vertexSet()), s.vertices(), "seed " + seed);
    assertEquals(g.edgeSet().size(), s.edgeCount(), "seed " + seed);
    var oldSolver =
        PathsCommand.solverFor(
            g,
            domain.semiring(),
            e -> e.weightText().map(w -> domain.parse(w, e.location())).orElseThrow());
    var newSolver = s.solver();
    for (String v : s.vertices()) {
      Object expected;
      try {
        expected = oldSolver.solveFrom(v).values();
      } catch (PathSumException refused) {
        Class<? extends PathSumException> type = refused.getClass();
        assertThrows(type, () -> newSolver.solveFrom(v), "seed " + seed + " from " + v);
        continue;
      }
      Map<String, W> actual = newSolver.solveFrom(v).values();
      assertEquals(expected, actual, "seed " + seed + " from " + v + "\n" + text);
    }
  }

  private static <W> Optional<StreamedGraph<W>> streamed(String text, WeightDomain<W> domain)
      throws IOException {
    InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    return StreamedGraph.read(
        new TextInput.Opened("g.txt", "g.txt", in), false, domain, Progress.NONE, new InputStream[1]);
  }

  @Test
  void aBadWeightIsReportedAfterTheWholeFileIsReadAndAtItsPlace() throws IOException {
    StreamedGraph<?> g =
        streamed("a b 1\nb c x1\nc d zz\n", WeightDomain.byName("tropical")).orElseThrow();
    assertEquals(3, g.edgeCount());
    InputException e = assertThrows(InputException.class, g::solver);
    assertTrue(e.getMessage().startsWith("g.txt:2:5: weight 'x1'"), e.getMessage());
  }

  @Test
  void dotIsLeftToTheJgraphtRouteWithTheBytesAlreadyRead() throws IOException {
    String dot = "// comment\n/* block */ digraph { a -> b [weight=2] }\n";
    InputStream[] peeked = new InputStream[1];
    TextInput.Opened in =
        new TextInput.Opened(
            "<stdin>", "", new ByteArrayInputStream(dot.getBytes(StandardCharsets.UTF_8)));
    assertTrue(
        StreamedGraph.read(in, false, WeightDomain.byName("tropical"), Progress.NONE, peeked)
            .isEmpty());
    assertEquals(dot, StreamedGraph.remainder(in, peeked[0]).text());
  }

  @Test
  void linesSplitLikeSplittingTheWholeText() throws IOException {
    SplittableRandom rnd = new SplittableRandom(7);
    char[] alphabet = {'a', ' ', '\r', '\n', 'é', '\n'};
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      if (rnd.nextInt(4) == 0) {
        sb.append('\uFEFF');
      }
      int len = rnd.nextInt(round < 200 ? 30 : 200_000);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet[rnd.nextInt(alphabet.length)]);
      }
      String text = sb.toString();
      String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
      List<String> expected = Arrays.asList(body.split("\r?\n", -1));
      int chunk = 1 + rnd.nextInt(5);
      Reader reader =
          new StringReader(text) {
            @Override
            public int read(char[] cbuf, int off, int n) throws IOException {
              return super.read(cbuf, off, Math.min(n, chunk));
            }
          };
      StreamedGraph.Lines lines = new StreamedGraph.Lines(reader);
      List<String> actual = new ArrayList<>();
      for (String l = lines.next(); l != null; l = lines.next()) {
        actual.add(l);
      }
      assertEquals(expected, actual, "round " + round + " chunk " + chunk);
    }
  }

  @Test
  void handWrittenDecimalCheckAgreesWithTheRegex() {
    SplittableRandom rnd = new SplittableRandom(11);
    String alphabet = "0123456789.eE+-x ";
    for (int i = 0; i < 200_000; i++) {
      int len = rnd.nextInt(7);
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertEquals(WeightDomain.DECIMAL.matcher(s).matches(), WeightDomain.isDecimal(s), s);
    }
  }

  @Test
  void progressLineFormat() {
    assertEquals("pathsum: reading g.txt (0 s)", Progress.line("reading g.txt", 0, 0));
    assertEquals(
        "pathsum: reading g.txt: 1,204,224 edges (3 s)",
        Progress.line("reading g.txt", 1_204_224, 3));
  }

  @Test
  void terminalDevicesAreRecognisedAndTheTestsStderrIsNotOne() {
    assertTrue(Progress.isTerminalDevice("/dev/pts/3"));
    assertTrue(Progress.isTerminalDevice("/dev/tty1"));
    assertFalse(Progress.isTerminalDevice("pipe:[12345]"));
    assertFalse(Progress.isTerminalDevice("/tmp/log.txt"));
    assertFalse(Progress.isTerminalDevice("/dev/null"));
    assertFalse(Progress.stderrIsTerminal()); // surefire pipes the test JVM's stderr
  }

  @Test
  void progressIsOffWithoutATerminalAndWritesNothingForAShortRun() {
    StringWriter out = new StringWriter();
    Progress off = Progress.start(false, new PrintWriter(out));
    assertSame(Progress.NONE, off);
    assertFalse(off.enabled());
    off.close();
    Progress on = Progress.start(true, new PrintWriter(out));
    assertTrue(on.enabled());
    on.phase("reading");
    on.edges(5);
    on.close(); // well within the delay: nothing was shown, so nothing is cleared
    assertEquals("", out.toString());
  }
}
