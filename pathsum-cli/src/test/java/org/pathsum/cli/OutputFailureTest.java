package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No output is lost without a word: when standard output, standard error or a {@code --dot} file
 * cannot be written (a full disk, a closed pipe, a stream that fails part way), every command prints
 * one line on standard error and exits with {@value ErrorReporter#OUTPUT_FAILED}. In process with
 * streams that fail, and as real processes writing to {@code /dev/full} (ENOSPC on every write) and
 * to a pipe that its reader closes after 64 KiB.
 */
class OutputFailureTest {

  @TempDir Path dir;

  private Path graph;
  private Path rules;
  private Path bigGraph;

  @BeforeEach
  void files() throws IOException {
    graph = Files.writeString(dir.resolve("g.txt"), "s a 2\ns b 1\na t 4\nb t 5\n");
    rules = Files.writeString(dir.resolve("r.wpds"), "<p, main> -> <p, f ret> 1\n<p, f> -> <p> 2\n");
    // a chain of 20,000 vertices: a JSON result of about 400 KB, a text table of several windows
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      sb.append("vertex").append(i).append(" vertex").append(i + 1).append(" 1\n");
    }
    bigGraph = Files.writeString(dir.resolve("big.txt"), sb);
  }

  private static String fixture() throws URISyntaxException {
    return Path.of(DataflowFixture.class.getResource("DataflowFixture.class").toURI()).toString();
  }

  /** Every command, each with output on standard output. */
  private List<List<String>> commands() throws URISyntaxException {
    return List.of(
        List.of(),
        List.of("--version"),
        List.of("--help"),
        List.of("grad", "--help"),
        List.of("grad", "--expr", "x*y; x", "--at", "x=3,y=5"),
        List.of("grad", "--expr", "x*y", "--at", "x=3,y=5", "--json"),
        List.of("grad", "--expr", "x*y", "--at", "x=3,y=5", "--dot", "-"),
        List.of("paths", "--graph", graph.toString(), "--semiring", "tropical", "--source", "s"),
        List.of("paths", "--graph", graph.toString(), "--semiring", "real", "--target", "t",
            "--json"),
        List.of("paths", "--graph", graph.toString(), "--semiring", "tropical", "--source", "s",
            "--target", "t", "--witness"),
        List.of("paths", "--graph", bigGraph.toString(), "--semiring", "real", "--source",
            "vertex0"),
        List.of("wpds", "--rules", rules.toString(), "--semiring", "tropical", "--from",
            "<p, main>", "--query", "<p, ret>"),
        List.of("dataflow", "--classes", fixture(), "--analysis", "live-variables"),
        List.of("train", "--epochs", "4", "--every", "2"));
  }

  /** An output stream that takes {@code limit} bytes, then fails every write like a full disk. */
  private static final class FullAfter extends OutputStream {
    private final long limit;
    long accepted;

    FullAfter(long limit) {
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      long room = limit - accepted;
      if (len > room) {
        accepted += Math.max(0, room); // a short write, then the failure
        throw new IOException("No space left on device");
      }
      accepted += len;
    }
  }

  private record Run(int status, String err) {}

  private static Run inProcess(OutputStream stdout, List<String> args) {
    StringWriter err = new StringWriter();
    int status =
        PathsumMain.run(
            new ByteArrayInputStream(new byte[0]),
            RecordingWriter.utf8(stdout),
            new PrintWriter(err),
            args.toArray(String[]::new));
    return new Run(status, err.toString());
  }

  @Test
  void aFailedStandardOutputIsOneLineAndStatus74ForEveryCommand() throws Exception {
    for (List<String> args : commands()) {
      for (long limit : new long[] {0, 10}) { // every output is longer than 10 bytes
        Run r = inProcess(new FullAfter(limit), args);
        String what = args + " after " + limit + " bytes";
        assertEquals(ErrorReporter.OUTPUT_FAILED, r.status, what + ": " + r.err);
        List<String> lines = r.err.lines().toList();
        assertEquals(1, lines.size(), what + ": " + r.err);
        assertTrue(lines.get(0).startsWith("pathsum: cannot write standard output"), r.err);
        assertTrue(
            lines.get(0).endsWith(": No space left on device; the output is incomplete"), r.err);
      }
    }
  }

  /** The same commands succeed when the stream takes everything: the failures above are real. */
  @Test
  void theSameCommandsSucceedOnAWorkingStream() throws Exception {
    for (List<String> args : commands()) {
      FullAfter roomy = new FullAfter(Long.MAX_VALUE);
      Run r = inProcess(roomy, args);
      assertEquals(0, r.status, args + ": " + r.err);
      assertTrue(roomy.accepted > 0, args.toString());
    }
  }

  /** A large result on a small disk: the first 64 KiB are written, then the failure is loud. */
  @Test
  void aLargeResultCutShortByAFullDiskFails() {
    for (String format : List.of("--json", "--unweighted")) {
      FullAfter full = new FullAfter(64 * 1024);
      Run r =
          inProcess(
              full,
              List.of("paths", "--graph", bigGraph.toString(), "--semiring", "real", "--source",
                  "vertex0", format));
      assertEquals(ErrorReporter.OUTPUT_FAILED, r.status, format + ": " + r.err);
      assertEquals(64 * 1024, full.accepted, "a short write, then the failure");
      assertTrue(r.err.startsWith("pathsum: cannot write standard output"), r.err);
    }
  }

  /** A PrintWriter that only says "failed" (no reason) is still a failure, worded generically. */
  @Test
  void aWriterWithoutAReasonStillFails() {
    PrintWriter broken =
        new PrintWriter(
            new OutputStream() {
              @Override
              public void write(int b) throws IOException {
                throw new IOException("closed");
              }
            });
    StringWriter err = new StringWriter();
    int status = PathsumMain.run(broken, new PrintWriter(err), "--version");
    assertEquals(ErrorReporter.OUTPUT_FAILED, status);
    assertEquals(
        List.of(
            "pathsum: cannot write standard output: the stream reported an error; the output is"
                + " incomplete"),
        err.toString().lines().toList());
  }

  /** {@code grad --dot -} puts its report on standard error: a failure there counts too. */
  @Test
  void aFailedStandardErrorIsStatus74() {
    StringWriter out = new StringWriter();
    int status =
        PathsumMain.run(
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(out),
            RecordingWriter.utf8(new FullAfter(10)),
            "grad", "--expr", "x*y", "--at", "x=3,y=5", "--dot", "-");
    assertEquals(ErrorReporter.OUTPUT_FAILED, status);
    assertTrue(out.toString().startsWith("digraph"), out.toString());
  }

  /** A refusal keeps its status 2 even when its message cannot be written. */
  @Test
  void aRefusalWhoseMessageIsLostKeepsStatus2() {
    int status =
        PathsumMain.run(
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(new StringWriter()),
            RecordingWriter.utf8(new FullAfter(0)),
            "paths", "--graph", graph.toString(), "--semiring", "nope", "--source", "s");
    assertEquals(ErrorReporter.BAD_INPUT, status);
  }

  // ---- real processes -------------------------------------------------------------------------

  private static final Path DEV_FULL = Path.of("/dev/full");

  private record Proc(int status, String out, String err) {}

  /** Runs the application's main class; stdout goes to {@code stdout} or, if null, to a pipe. */
  private static Proc process(File stdout, int readLimit, List<String> args)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(java, "-cp", System.getProperty("java.class.path"), PathsumMain.class.getName()));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    if (stdout != null) {
      pb.redirectOutput(stdout);
    }
    Process p = pb.start();
    p.getOutputStream().close();
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return p.getErrorStream().readAllBytes();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    String out = "";
    if (stdout == null) {
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readNBytes(readLimit), StandardCharsets.UTF_8);
      } // closed: the writer's next write gets EPIPE
    }
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished: " + args);
    return new Proc(p.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8));
  }

  @Test
  void everyCommandWritingToAFullDiskSaysSoAndExits74() throws Exception {
    assumeTrue(Files.isWritable(DEV_FULL), "/dev/full (Linux)");
    for (List<String> args : commands()) {
      Proc p = process(DEV_FULL.toFile(), 0, args);
      assertEquals(ErrorReporter.OUTPUT_FAILED, p.status, args + ": " + p.err);
      List<String> lines = p.err.lines().toList();
      assertEquals(1, lines.size(), args + ": " + p.err);
      assertTrue(lines.get(0).startsWith("pathsum: cannot write standard output"), p.err);
      assertTrue(lines.get(0).contains("No space left on device"), p.err);
    }
  }

  @Test
  void aDotFileOnAFullDiskIsStatus74AndTheReportIsNotPrinted() throws Exception {
    assumeTrue(Files.isWritable(DEV_FULL), "/dev/full (Linux)");
    Proc p =
        process(
            null,
            Integer.MAX_VALUE,
            List.of("grad", "--expr", "x*y", "--at", "x=3,y=5", "--dot", DEV_FULL.toString()));
    assertEquals(ErrorReporter.OUTPUT_FAILED, p.status, p.err);
    assertEquals("", p.out, "the report is printed only after the --dot file is written");
    assertEquals(
        List.of("pathsum: cannot write --dot file /dev/full: No space left on device"),
        p.err.lines().toList());
  }

  /** A reader that stops after 64 KiB: the writer gets EPIPE part way through a large result. */
  @Test
  void aLargeResultIntoAPipeClosedPartWayFailsLoudly() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux");
    for (String format : List.of("--json", "--unweighted")) {
      Proc p =
          process(
              null,
              64 * 1024,
              List.of("paths", "--graph", bigGraph.toString(), "--semiring", "real", "--source",
                  "vertex0", format));
      assertEquals(64 * 1024, p.out.getBytes(StandardCharsets.UTF_8).length, format);
      assertEquals(ErrorReporter.OUTPUT_FAILED, p.status, format + ": " + p.err);
      assertEquals(1, p.err.lines().count(), p.err);
      assertTrue(p.err.startsWith("pathsum: cannot write standard output: Broken pipe"), p.err);
      assertFalse(p.err.contains("Exception"), p.err);
    }
  }
}
