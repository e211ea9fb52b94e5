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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every command shown in the README and compares its output with the README's.
 *
 * <p>In the README's {@code ```sh} blocks, a line starting with {@code $ } is a command and the
 * lines after it, up to the next command or the end of the block, are what it prints (standard
 * output and standard error together); a line {@code ...} stands for any number of lines. Every
 * command runs verbatim in {@code bash}, in order, in one temporary directory, where {@code
 * ./pathsum} is a stand-in that runs this build's {@link PathsumMain} (the real script is tested by
 * {@link ScriptTest}). The README's commands are written for the repository root; the temporary
 * directory stands in for it, with {@code pathsum-cli/target} linked to this module's build output
 * (the only part of the root they read: the example jar the build puts there), so that no command
 * reads the user's home or Maven repository. A code block of any other kind may not mention {@code
 * ./pathsum}, so no command escapes this test.
 */
class ReadmeCliTest {

  @TempDir Path dir;

  /** One command and the output the README shows for it. */
  private record Example(String command, List<String> expected, int line) {}

  private static List<String> readme() throws IOException {
    Path readme = Path.of("..", "README.md");
    assumeTrue(Files.isRegularFile(readme), "README.md at the repository root");
    return Files.readAllLines(readme, StandardCharsets.UTF_8);
  }

  private static List<Example> examples(List<String> lines) {
    List<Example> out = new ArrayList<>();
    boolean inSh = false;
    boolean inOther = false;
    String command = null;
    int commandLine = 0;
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!inSh && !inOther && line.startsWith("```")) {
        inSh = line.strip().equals("```sh");
        inOther = !inSh;
        continue;
      }
      if (inOther) {
        if (line.startsWith("```")) {
          inOther = false;
        } else {
          // ./pathsum-spark is another tool (spark-solver tests it), not this command
          assertFalse(
              line.matches(".*\\./pathsum(?![-\\w]).*"),
              "README.md:" + (i + 1) + ": a command outside a tested ```sh block: " + line);
        }
        continue;
      }
      if (!inSh) {
        continue;
      }
      if (line.startsWith("```") || line.startsWith("$ ")) {
        if (command != null) {
          out.add(new Example(command, List.copyOf(expected), commandLine));
        }
        command = null;
        expected.clear();
        if (line.startsWith("```")) {
          inSh = false;
        } else {
          command = line.substring(2);
          commandLine = i + 1;
        }
        continue;
      }
      assertTrue(
          command != null,
          "README.md:" + (i + 1) + ": a line in a ```sh block before any '$ ' command: " + line);
      expected.add(line);
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
  void everyCommandInTheReadmePrintsWhatTheReadmeShows() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash");
    List<Example> examples = examples(readme());
    assertTrue(examples.size() >= 10, "the README shows its commands: " + examples.size());
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path stub = dir.resolve("pathsum");
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
    Path target = Path.of("target").toAbsolutePath();
    assertTrue(
        Files.isRegularFile(target.resolve("examples/jgrapht-core.jar")),
        "the build copies the example jar before the tests run");
    Files.createSymbolicLink(
        Files.createDirectories(dir.resolve("pathsum-cli")).resolve("target"), target);
    List<String> failures = new ArrayList<>();
    for (Example ex : examples) {
      ProcessBuilder pb =
          new ProcessBuilder("bash", "-c", ex.command)
              .directory(dir.toFile())
              .redirectErrorStream(true);
      pb.environment().remove("PATHSUM_JAVA_OPTS");
      // '~' and $HOME lead nowhere useful: a command may not depend on the user's files
      pb.environment().put("HOME", dir.resolve("no-home").toString());
      Process p = pb.start();
      p.getOutputStream().close();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), ex.command);
      List<String> actual = output.lines().toList();
      if (!matches(ex.expected, actual)) {
        failures.add(
            "README.md:"
                + ex.line
                + ": $ "
                + ex.command
                + "\n--- the README shows:\n"
                + String.join("\n", ex.expected)
                + "\n--- it prints:\n"
                + output);
      }
    }
    assertEquals(List.of(), failures, String.join("\n\n", failures));
  }
}
