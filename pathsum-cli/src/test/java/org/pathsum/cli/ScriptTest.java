package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./pathsum} script at the repository root and the application's out-of-memory
 * handling, run as real processes in a temporary directory.
 *
 * <p>The script is copied into a temporary "repository" whose {@code pathsum-cli/target/pathsum.jar}
 * is a probe ({@link ScriptProbe}) that prints what it received, so the test neither builds nor
 * depends on the real jar: it checks that the script finds its jar through symlinks and from any
 * working directory, passes {@code PATHSUM_JAVA_OPTS} to the JVM and the arguments unchanged.
 */
class ScriptTest {

  @TempDir Path tmp;

  private Path repo;

  @BeforeEach
  void fakeRepository() throws IOException {
    Path script = Path.of("..", "pathsum").toAbsolutePath().normalize();
    assumeTrue(Files.isRegularFile(script), "the script is at the repository root: " + script);
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")));
    repo = Files.createDirectory(tmp.resolve("repo"));
    Path copy = repo.resolve("pathsum");
    Files.copy(script, copy);
    Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path target = Files.createDirectories(repo.resolve("pathsum-cli/target"));
    writeProbeJar(target.resolve("pathsum.jar"));
  }

  private static void writeProbeJar(Path jar) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, ScriptProbe.class.getName());
    String entry = ScriptProbe.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        InputStream in = ScriptProbe.class.getClassLoader().getResourceAsStream(entry)) {
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
  }

  private record Result(int status, String out, String err) {
    List<String> lines(String prefix) {
      return out.lines()
          .filter(l -> l.startsWith(prefix))
          .map(l -> l.substring(prefix.length()))
          .toList();
    }
  }

  private static Result run(Path cwd, Map<String, String> env, List<String> command)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().remove("PATHSUM_JAVA_OPTS");
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    byte[] err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
    return new Result(
        p.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @Test
  void worksFromAnotherDirectoryWithArgumentsUnchanged() throws Exception {
    Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
    List<String> args = List.of("paths", "two words", "*", "--expr=-x", "");
    List<String> command = new ArrayList<>(List.of(repo.resolve("pathsum").toString()));
    command.addAll(args);
    Result r = run(elsewhere, Map.of(), command);
    assertEquals(0, r.status, r.err);
    assertEquals(List.of(elsewhere.toRealPath().toString()), r.lines("dir="));
    assertEquals(args, r.lines("arg="));
    assertEquals("", r.err, "nothing rebuilt, nothing on stderr");
  }

  @Test
  void worksThroughAChainOfSymlinksIncludingRelativeOnes() throws Exception {
    Path bin = Files.createDirectory(tmp.resolve("bin"));
    Path other = Files.createDirectory(tmp.resolve("other"));
    // bin/pathsum -> ../other/link (relative) -> repo/pathsum (absolute)
    Files.createSymbolicLink(other.resolve("link"), repo.resolve("pathsum"));
    Files.createSymbolicLink(bin.resolve("pathsum"), Path.of("..", "other", "link"));
    Result r = run(bin, Map.of(), List.of(bin.resolve("pathsum").toString(), "--version"));
    assertEquals(0, r.status, r.err);
    assertEquals(List.of("--version"), r.lines("arg="));
    Result viaPath =
        run(
            other,
            Map.of("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin")),
            List.of("bash", "-c", "pathsum a"));
    assertEquals(0, viaPath.status, viaPath.err);
    assertEquals(List.of("a"), viaPath.lines("arg="));
  }

  @Test
  void passesPathsumJavaOptsToTheJvm() throws Exception {
    Result r =
        run(
            tmp,
            Map.of("PATHSUM_JAVA_OPTS", "-Xmx96m  -Dpathsum.probe=yes"),
            List.of(repo.resolve("pathsum").toString(), "x"));
    assertEquals(0, r.status, r.err);
    List<String> jvm = r.lines("jvm=");
    assertTrue(jvm.contains("-Xmx96m"), jvm.toString());
    assertTrue(jvm.contains("-Dpathsum.probe=yes"), jvm.toString());
    assertEquals(List.of("x"), r.lines("arg="));
    assertTrue(jvm.contains("-XX:+UseSerialGC"), "the serial collector by default: " + jvm);
  }

  @Test
  void theSerialCollectorIsTheDefaultUnlessTheOptionsChooseACollector() throws Exception {
    Result plain = run(tmp, Map.of(), List.of(repo.resolve("pathsum").toString()));
    assertEquals(0, plain.status, plain.err);
    assertTrue(plain.lines("jvm=").contains("-XX:+UseSerialGC"), plain.out);
    Result chosen =
        run(
            tmp,
            Map.of("PATHSUM_JAVA_OPTS", "-Xmx200m -XX:+UseParallelGC"),
            List.of(repo.resolve("pathsum").toString()));
    assertEquals(0, chosen.status, chosen.err);
    List<String> jvm = chosen.lines("jvm=");
    assertTrue(jvm.containsAll(List.of("-Xmx200m", "-XX:+UseParallelGC")), jvm.toString());
    assertFalse(jvm.contains("-XX:+UseSerialGC"), jvm.toString());
    Result g1 =
        run(
            tmp,
            Map.of("PATHSUM_JAVA_OPTS", "-XX:+UseG1GC"),
            List.of(repo.resolve("pathsum").toString()));
    assertEquals(0, g1.status, g1.err);
    assertTrue(g1.lines("jvm=").contains("-XX:+UseG1GC"), g1.out);
    assertFalse(g1.lines("jvm=").contains("-XX:+UseSerialGC"), g1.out);
  }

  @Test
  void hugePagesAreAskedForExactlyWhereTheKernelGivesThemOnRequest() throws Exception {
    Path thp = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
    boolean onRequest =
        Files.isReadable(thp) && Files.readString(thp).lines().findFirst().orElse("")
            .contains("[madvise]");
    Result plain = run(tmp, Map.of(), List.of(repo.resolve("pathsum").toString()));
    assertEquals(0, plain.status, plain.err);
    assertEquals(
        onRequest,
        plain.lines("jvm=").contains("-XX:+UseTransparentHugePages"),
        "THP mode of this kernel: " + (Files.isReadable(thp) ? Files.readString(thp) : "none"));
    Result declined =
        run(
            tmp,
            Map.of("PATHSUM_JAVA_OPTS", "-XX:-UseTransparentHugePages"),
            List.of(repo.resolve("pathsum").toString()));
    assertEquals(0, declined.status, declined.err);
    assertTrue(declined.lines("jvm=").contains("-XX:-UseTransparentHugePages"), declined.out);
    assertFalse(declined.lines("jvm=").contains("-XX:+UseTransparentHugePages"), declined.out);
  }

  @Test
  void pathsOnASmallFileRunsC1OnlyUnlessTheOptionsSayOtherwise() throws Exception {
    String script = repo.resolve("pathsum").toString();
    Path small = tmp.resolve("small graph.txt");
    Files.writeString(small, "a b 1\n");
    Path big = tmp.resolve("big.txt");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(48L << 20); // sparse: 48 MiB, the first size that keeps C2
    }
    String c1 = "-XX:TieredStopAtLevel=1";
    List<List<String>> c1Runs =
        List.of(
            List.of(script, "paths", "--graph", small.toString(), "--semiring", "real"),
            List.of(script, "paths", "--semiring", "real", "--graph=" + small),
            List.of(script, "paths", "--graph", "small graph.txt", "--source", "a"));
    for (List<String> command : c1Runs) {
      Result r = run(tmp, Map.of(), command);
      assertEquals(0, r.status, r.err);
      assertTrue(r.lines("jvm=").contains(c1), command + ": " + r.out);
      assertEquals(command.subList(1, command.size()), r.lines("arg="), "arguments unchanged");
    }
    List<List<String>> c2Runs =
        List.of(
            List.of(script, "paths", "--graph", big.toString()),
            List.of(script, "paths", "--graph", "-"),
            List.of(script, "paths", "--graph", tmp.resolve("missing.txt").toString()),
            List.of(script, "grad", "--graph", small.toString()),
            List.of(script, "paths"));
    for (List<String> command : c2Runs) {
      Result r = run(tmp, Map.of(), command);
      assertEquals(0, r.status, r.err);
      assertFalse(r.lines("jvm=").contains(c1), command + ": " + r.out);
    }
    Result chosen =
        run(
            tmp,
            Map.of("PATHSUM_JAVA_OPTS", "-XX:TieredStopAtLevel=4"),
            List.of(script, "paths", "--graph", small.toString()));
    assertEquals(0, chosen.status, chosen.err);
    assertFalse(chosen.lines("jvm=").contains(c1), chosen.out);
    assertTrue(chosen.lines("jvm=").contains("-XX:TieredStopAtLevel=4"), chosen.out);
  }

  @Test
  void outOfMemoryIsOneLineNamingPathsumJavaOptsAndExitThree() throws Exception {
    // A million-term expression does not fit a 32 MB heap.
    Path expr = tmp.resolve("big.txt");
    StringBuilder sb = new StringBuilder("x*y");
    for (int i = 1; i < 1_000_000; i++) {
      sb.append("+x*y");
    }
    Files.writeString(expr, sb);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Result r =
        run(
            tmp,
            Map.of(),
            List.of(
                java,
                "-Xmx32m",
                "-cp",
                System.getProperty("java.class.path"),
                PathsumMain.class.getName(),
                "grad",
                "--expr-file",
                expr.toString(),
                "--at",
                "x=1,y=2"));
    assertEquals(ErrorReporter.OUT_OF_MEMORY, r.status, r.err);
    assertEquals("", r.out);
    assertEquals(List.of(ErrorReporter.OUT_OF_MEMORY_MESSAGE), r.err.lines().toList());
    assertTrue(r.err.contains("PATHSUM_JAVA_OPTS"));
    assertFalse(r.err.contains("Exception"), r.err);
  }
}
