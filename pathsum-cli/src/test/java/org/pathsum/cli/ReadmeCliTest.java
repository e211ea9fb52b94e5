package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.pathsum.cli.MarkdownBlocks.Block;

/**
 * Runs every command shown in README.md and {@code docs/*.md} and compares its output with the
 * document's.
 *
 * <p>In a {@code ```sh} block, a line starting with {@code $ } is a command and the lines after it,
 * up to the next command or the end of the block, are what it prints (standard output and standard
 * error together); a line {@code ...} stands for any number of lines. Every command runs verbatim
 * in {@code bash}, in the order of its document, in one temporary directory per document (so files
 * one document writes are not another's input), where {@code ./pathsum} is a stand-in that runs
 * this build's {@link PathsumMain} (the real script is tested by {@link ScriptTest}). The commands
 * are written for the repository root; the temporary directory stands in for it, with {@code
 * pathsum-cli/target} linked to this module's build output (the only part of the root they read:
 * the example jar the build puts there), so that no command reads the user's home or Maven
 * repository. A code block of any other kind may not mention {@code ./pathsum}, so no command
 * escapes this test ({@code ./pathsum-spark} is another tool, tested by spark-solver).
 */
class ReadmeCliTest {

  @TempDir Path dir;

  /** One command and the output its document shows for it. */
  private record Example(String command, List<String> expected, String where) {}

  private static List<Example> examples(String document) throws IOException {
    List<Example> out = new ArrayList<>();
    for (Block block : MarkdownBlocks.read(document)) {
      if (!block.language().equals("sh")) {
        for (int i = 0; i < block.lines().size(); i++) {
          assertFalse(
              block.lines().get(i).matches(".*\\./pathsum(?![-\\w]).*"),
              block.where(i) + ": a command outside a tested ```sh block: " + block.lines().get(i));
        }
        continue;
      }
      String command = null;
      String where = null;
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < block.lines().size(); i++) {
        String line = block.lines().get(i);
        if (line.startsWith("$ ")) {
          if (command != null) {
            out.add(new Example(command, List.copyOf(expected), where));
          }
          command = line.substring(2);
          where = block.where(i);
          expected.clear();
          continue;
        }
        assertTrue(
            command != null,
            block.where(i) + ": a line in a ```sh block before any '$ ' command: " + line);
        expected.add(line);
      }
      if (command != null) {
        out.add(new Example(command, List.copyOf(expected), where));
      }
    }
    return out;
  }

  /** Whether {@code actual} matches {@code expected}, where a line "..." matches any run. */
  static boolean matches(List<String> expected, List<String> actual) {
    // dynamic programming over (expected prefix, actual prefix); no recursion
    boolean[][] m = new boolean[expected.size() + 1][actual.size() + 1];
    m[0][0] = true;
    for (int e = 1; e <= expected.size(); e++) {
      boolean any = expected.get(e - 1).equals("...");
      for (int a = 0; a <= actual.size(); a++) {
        if (any) {
          m[e][a] = m[e - 1][a] || (a > 0 && m[e][a - 1]);
        } else {
          m[e][a] = a > 0 && m[e - 1][a - 1] && expected.get(e - 1).equals(actual.get(a - 1));
        }
      }
    }
    return m[expected.size()][actual.size()];
  }

  @Test
  void ellipsisMatching() {
    assertTrue(matches(List.of("a", "...", "d"), List.of("a", "b", "c", "d")));
    assertTrue(matches(List.of("a", "...", "d"), List.of("a", "d")));
    assertFalse(matches(List.of("a", "...", "d"), List.of("a", "b")));
    assertFalse(matches(List.of("a"), List.of("a", "b")));
  }

  @Test
  void theDocumentsShowTheirCommands() throws IOException {
    int total = 0;
    for (String document : MarkdownBlocks.documents()) {
      int n = examples(document).size();
      if (document.equals("README.md")) {
        assertTrue(n >= 3, "the README shows the two commands and a CLI example: " + n);
      }
      total += n;
    }
    assertTrue(total >= 50, "the user guide shows its commands: " + total);
  }

  @TestFactory
  Stream<DynamicTest> everyCommandPrintsWhatItsDocumentShows() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash");
    Path target = Path.of("target").toAbsolutePath();
    assertTrue(
        Files.isRegularFile(target.resolve("examples/jgrapht-core.jar")),
        "the build copies the example jar before the tests run");
    List<DynamicTest> tests = new ArrayList<>();
    for (String document : MarkdownBlocks.documents()) {
      List<Example> examples = examples(document);
      if (!examples.isEmpty()) {
        tests.add(DynamicTest.dynamicTest(document, () -> run(document, examples, target)));
      }
    }
    return tests.stream();
  }

  private void run(String document, List<Example> examples, Path target) throws Exception {
    Path root = Files.createDirectories(dir.resolve(document.replace('/', '_')));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path stub = root.resolve("pathsum");
    Files.writeString(
        stub,
        "#!/bin/sh\nexec '"
            + java
            + "' $PATHSUM_JAVA_OPTS -cp '"
            + System.getProperty("java.class.path")
            + "' "
            + PathsumMain.class.getName()
            + " \"$@\"\n");
    Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.createSymbolicLink(
        Files.createDirectories(root.resolve("pathsum-cli")).resolve("target"), target);
    List<String> failures = new ArrayList<>();
    for (Example ex : examples) {
      ProcessBuilder pb =
          new ProcessBuilder("bash", "-c", ex.command)
              .directory(root.toFile())
              .redirectErrorStream(true);
      pb.environment().remove("PATHSUM_JAVA_OPTS");
      // '~' and $HOME lead nowhere useful: a command may not depend on the user's files
      pb.environment().put("HOME", root.resolve("no-home").toString());
      Process p = pb.start();
      p.getOutputStream().close();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), ex.command);
      List<String> actual = output.lines().toList();
      if (!matches(ex.expected, actual)) {
        failures.add(
            ex.where
                + ": $ "
                + ex.command
                + "\n--- the document shows:\n"
                + String.join("\n", ex.expected)
                + "\n--- it prints:\n"
                + output);
      }
    }
    assertEquals(List.of(), failures, String.join("\n\n", failures));
  }
}
