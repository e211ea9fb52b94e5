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
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    // a '#' inside a name is part of it (only a '#' that starts a field starts a comment)
    return v % 3 == 0 ? "\"v " + v + "\"" : v % 3 == 1 ? "v#" + v : "v" + v;
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
            e -> e.weightText().map(w -> domain.parse(w, e.location())).orElseThrow(),
            org.pathsum.solver.PathSumSolvers.Options.defaults());
    var newSolver = s.solver(org.pathsum.solver.PathSumSolvers.Options.defaults());
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
    InputException e = assertThrows(InputException.class, () -> g.solver(org.pathsum.solver.PathSumSolvers.Options.defaults()));
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

  /** What a reader reports, as text: one event per vertex line or edge, or the error message. */
  private static List<String> eventsOfGrammar(String text, boolean unweighted) {
    List<String> events = new ArrayList<>();
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = body.split("\r?\n", -1);
    try {
      for (int l = 0; l < lines.length; l++) {
        GraphFiles.readLine(
            "g.txt",
            lines[l],
            l + 1,
            unweighted,
            new GraphFiles.EdgeSink() {
              @Override
              public void vertex(String v) {
                events.add("vertex " + v);
              }

              @Override
              public void edge(String from, String to, String weight, int line, int column) {
                events.add(
                    "edge " + from + "|" + to + "|" + weight + " at " + line + ":" + column);
              }
            });
      }
    } catch (InputException e) {
      events.add("error " + e.getMessage());
    }
    return events;
  }

  private static List<String> eventsOfReader(byte[] bytes, boolean unweighted, int chunk, int buffer)
      throws IOException {
    List<String> events = new ArrayList<>();
    EdgeListReader r = new EdgeListReader("g.txt", unweighted, buffer);
    InputStream in =
        new ByteArrayInputStream(bytes) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, chunk));
          }
        };
    try {
      r.read(
          in,
          new EdgeListReader.Sink() {
            @Override
            public void vertex(int v) {
              events.add("vertex " + r.names().get(v));
            }

            @Override
            public void edge(int from, int to, int line, int column) {
              String w = r.hasWeight() ? r.weightText() : null;
              events.add(
                  "edge "
                      + r.names().get(from)
                      + "|"
                      + r.names().get(to)
                      + "|"
                      + w
                      + " at "
                      + line
                      + ":"
                      + column);
              double d = r.weightDecimal();
              if (w != null && d == d) {
                assertEquals(Double.parseDouble(w), d, w);
              }
            }
          });
    } catch (InputException e) {
      events.add("error " + e.getMessage());
    }
    return events;
  }

  @Test
  void byteReaderReportsWhatTheGrammarReadsOnRandomText() throws IOException {
    String[] pieces = {
      "a", "b", "v1", " ", " ", "\t", "\r", "\n", "\n", "\r\n", "#", "\"", "\\", "é", "中",
      "\uD834\uDD1E", "\u2003", "\u00A0", "1.5", "-2", "x\"y", "\"q r\"", "\u000B", "inf"
    };
    for (long seed = 0; seed < 3000; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      StringBuilder sb = new StringBuilder();
      if (rnd.nextInt(5) == 0) {
        sb.append('\uFEFF');
      }
      int len = rnd.nextInt(seed < 2500 ? 40 : 4000);
      for (int i = 0; i < len; i++) {
        sb.append(pieces[rnd.nextInt(pieces.length)]);
      }
      String text = sb.toString();
      boolean unweighted = rnd.nextBoolean();
      int chunk = 1 + rnd.nextInt(7);
      int buffer = 1 + rnd.nextInt(16);
      assertEquals(
          eventsOfGrammar(text, unweighted),
          eventsOfReader(text.getBytes(StandardCharsets.UTF_8), unweighted, chunk, buffer),
          "seed " + seed + " chunk " + chunk + " buffer " + buffer + "\n" + text);
    }
  }

  @Test
  void byteReaderReadsWellFormedEdgeListsAsTheGrammarDoesAcrossBufferBoundaries()
      throws IOException {
    for (long seed = 0; seed < 400; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      StringBuilder sb = new StringBuilder();
      int m = rnd.nextInt(60);
      for (int e = 0; e < m; e++) {
        sb.append(utf8Name(rnd)).append(rnd.nextBoolean() ? " " : "\t").append(utf8Name(rnd));
        sb.append(' ').append(rnd.nextInt(1000) / 8.0);
        if (rnd.nextInt(6) == 0) {
          sb.append(" # comment é");
        }
        sb.append(rnd.nextInt(3) == 0 ? "\r\n" : "\n");
        if (rnd.nextInt(9) == 0) {
          sb.append(utf8Name(rnd)).append('\n');
        }
      }
      String text = sb.toString();
      int chunk = 1 + rnd.nextInt(50);
      int buffer = 1 + rnd.nextInt(64);
      List<String> expected = eventsOfGrammar(text, false);
      List<String> actual =
          eventsOfReader(text.getBytes(StandardCharsets.UTF_8), false, chunk, buffer);
      assertEquals(expected, actual, "seed " + seed + "\n" + text);
      assertFalse(actual.stream().anyMatch(ev -> ev.startsWith("error")), "seed " + seed);
    }
  }

  /** A vertex name: ASCII, multi-byte UTF-8 (2, 3 and 4 bytes), or quoted with a space. */
  private static String utf8Name(SplittableRandom rnd) {
    String[] stems = {"v", "é", "ü", "中文", "\uD83D\uDE00", "ab", "c#", "é#"};
    String stem = stems[rnd.nextInt(stems.length)] + rnd.nextInt(5);
    return rnd.nextInt(5) == 0 ? "\"" + stem + " x\"" : stem;
  }

  @Test
  void textThatIsNotUtf8IsRefusedAndAByteOrderMarkIsSkipped() throws IOException {
    byte[] bad = {'a', ' ', 'b', ' ', '1', '\n', 'c', (byte) 0xC3, ' ', 'd', ' ', '2', '\n'};
    assertEquals(
        List.of("edge a|b|1 at 1:5", "error cannot read g.txt: it is not UTF-8 text"),
        eventsOfReader(bad, false, 3, 4));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ' ', 'b', ' ', '1'};
    assertEquals(List.of("edge a|b|1 at 1:5"), eventsOfReader(bom, false, 1, 1));
  }

  @Test
  void theSameNameIsOneVertexWhetherQuotedOrNotAndAcrossLines() throws IOException {
    String text = "\"é1\" é1 1\né1 v 2\n\"v\"\n";
    InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    EdgeListReader r = new EdgeListReader("g.txt", false, 2);
    List<Integer> ids = readIds(r, in);
    assertEquals(List.of("é1", "v"), r.names());
    assertEquals(List.of(0, 0, 0, 1, 1), ids);
    assertEquals(1, r.indexOf("v"));
    assertEquals(-1, r.indexOf("w"));
  }

  @Test
  void numericNamesAreInternedByTheirExactTextLikeAnyOther() throws IOException {
    // Canonical decimals below the direct array's limit take another structure than other names;
    // ids must still be one per distinct text, in order of first appearance, and indexOf exact.
    String[] names = {
      "0", "00", "7", "07", "+7", "-7", "7.0", "1e3", "1000", "1048575", "1048576", "9999999",
      "12345678", "v7", "٣", "65536", "65535", "131072", "2147483647", "99999999999"
    };
    for (long seed = 0; seed < 300; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      List<String> pool = new ArrayList<>(List.of(names));
      for (int i = 0; i < 20; i++) {
        pool.add(Integer.toString(rnd.nextInt(seed < 150 ? 3000 : 2_000_000)));
      }
      StringBuilder text = new StringBuilder();
      java.util.Map<String, Integer> expected = new java.util.LinkedHashMap<>();
      List<Integer> expectedIds = new ArrayList<>();
      int m = rnd.nextInt(200);
      for (int e = 0; e < m; e++) {
        String a = pool.get(rnd.nextInt(pool.size()));
        String b = pool.get(rnd.nextInt(pool.size()));
        text.append(a).append(' ').append(b).append(" 1\n");
        expectedIds.add(expected.computeIfAbsent(a, k -> expected.size()));
        expectedIds.add(expected.computeIfAbsent(b, k -> expected.size()));
      }
      EdgeListReader r = new EdgeListReader("g.txt", false, 1 + rnd.nextInt(64));
      List<Integer> ids =
          readIds(r, new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
      assertEquals(List.copyOf(expected.keySet()), r.names(), "seed " + seed);
      assertEquals(expectedIds, ids, "seed " + seed);
      for (String name : pool) {
        assertEquals(expected.getOrDefault(name, -1), r.indexOf(name), "seed " + seed + " " + name);
      }
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

  /** Reads {@code in} with {@code r}: the id of each declared vertex, and each edge's two ids. */
  private static List<Integer> readIds(EdgeListReader r, InputStream in) throws IOException {
    List<Integer> ids = new ArrayList<>();
    r.read(
        in,
        new EdgeListReader.Sink() {
          @Override
          public void vertex(int v) {
            ids.add(v);
          }

          @Override
          public void edge(int from, int to, int line, int column) {
            ids.add(from);
            ids.add(to);
          }
        });
    return ids;
  }
}
