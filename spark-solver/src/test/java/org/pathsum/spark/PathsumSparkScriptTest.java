package org.pathsum.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./pathsum-spark} script at the repository root, run as a user runs it, from another
 * directory, on the jars this build packaged. Failsafe runs it after {@code package}, so the
 * module's directory holds what {@code ./mvnw verify} and {@code ./mvnw install} leave there: the
 * jar, its {@code -javadoc} and {@code -sources} jars and {@code classpath.txt}. A decoy jar that
 * sorts before the real one is added for the run: the script must pick its jar by name.
 */
class PathsumSparkScriptTest {

  @TempDir Path dir;

  private Path decoy;

  private record Result(int status, String out, String err) {}

  @BeforeEach
  void decoy() throws IOException {
    Path target = Path.of("target");
    assertTrue(Files.isRegularFile(target.resolve("spark-solver.jar")), "packaged before this test");
    assertTrue(Files.isRegularFile(target.resolve("classpath.txt")), "packaged before this test");
    // not a jar at all: picking it would fail with ClassNotFoundException
    decoy = Files.writeString(target.resolve("spark-solver-0-decoy.jar"), "not a jar");
  }

  @AfterEach
  void removeDecoy() throws IOException {
    Files.deleteIfExists(decoy);
  }

  private Result run(String... args) throws IOException, InterruptedException {
    Path script = Path.of("..", "pathsum-spark").toAbsolutePath().normalize();
    List<String> command = new ArrayList<>(List.of(script.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().remove("PATHSUM_SPARK_JAVA_OPTS");
    Process p = pb.start();
    p.getOutputStream().close();
    // stderr is drained on its own thread: Spark may write more than a pipe holds
    var err = new java.util.concurrent.CompletableFuture<byte[]>();
    Thread drain =
        new Thread(
            () -> {
              try {
                err.complete(p.getErrorStream().readAllBytes());
              } catch (IOException e) {
                err.completeExceptionally(e);
              }
            });
    drain.start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finished");
    drain.join();
    String errText = new String(err.join(), StandardCharsets.UTF_8);
    assertFalse(errText.contains("building"), "the packaged jars are used, not rebuilt: " + errText);
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), errText);
  }

  @Test
  void runsAfterPackagingWithPathsFirstAndPathsumSpellings() throws Exception {
    Files.writeString(dir.resolve("g.txt"), "s a 1\na t 0.25\nlonely\n");
    Result json =
        run("paths", "--graph", "g.txt", "--semiring", "tropical", "--source", "s", "--json");
    assertEquals(0, json.status, json.err);
    assertEquals(
        "{\"semiring\":\"tropical\",\"source\":\"s\",\"values\":{\"s\":0.0,\"a\":1.0,\"t\":1.25}}\n",
        json.out);

    Result text = run("paths", "--graph", "g.txt", "--semiring", "bottleneck", "--target", "t");
    assertEquals(0, text.status, text.err);
    assertEquals(
        "bottleneck path sums to t (vertices with sum -inf omitted):\n"
            + "  s  0.25\n  a  0.25\n  t  inf\n",
        text.out);
  }

  @Test
  void dotIsRefusedInOneLineWithStatusTwo() throws Exception {
    Files.writeString(dir.resolve("g.dot"), "digraph { a -> b [weight=1] }\n");
    Result r = run("paths", "--graph", "g.dot", "--semiring", "tropical", "--source", "a");
    assertEquals(2, r.status, r.err);
    assertEquals("", r.out);
    assertEquals(
        List.of(
            "pathsum-spark: g.dot: DOT input is not supported by pathsum-spark; write the graph as"
                + " an edge list ('from to weight' per line), CSV or Parquet, or use ./pathsum"
                + " paths, which reads DOT"),
        r.err.lines().toList());
  }
}
