package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs the application in-process with captured standard output and error. */
final class Cli {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  final int status;
  final String out;
  final String err;

  private Cli(int status, String out, String err) {
    this.status = status;
    this.out = out;
    this.err = err;
  }

  static Cli run(String... args) {
    return runWithStdin("", args);
  }

  /** Runs {@code paths --graph GRAPH --semiring SEMIRING} followed by {@code more}. */
  static Cli paths(Path graph, String semiring, String... more) {
    String[] base = {"paths", "--graph", graph.toString(), "--semiring", semiring};
    return run(Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new));
  }

  /** Writes {@code text} (UTF-8) to the file {@code name} in {@code dir}; returns its path. */
  static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /** Runs with {@code stdin} (UTF-8) as standard input. */
  static Cli runWithStdin(String stdin, String... args) {
    return runWithStdin(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /** Runs with {@code stdin} as standard input. */
  static Cli runWithStdin(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        PathsumMain.run(
            new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(status, out.toString(), err.toString());
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  /** Stdout is exactly one JSON value (and a newline); returns it. */
  JsonNode json() {
    assertEquals(0, status, err);
    try {
      var parser = MAPPER.createParser(out);
      JsonNode node = MAPPER.readTree(parser);
      assertEquals(null, parser.nextToken(), "nothing after the JSON object: " + out);
      assertTrue(node.isObject(), out);
      assertEquals(1, out.strip().lines().count(), "one line: " + out);
      return node;
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + out, e);
    }
  }

  /**
   * Bad input: status 2, nothing on stdout, a message starting "pathsum: " on stderr with {@code
   * lines} lines, and no stack trace.
   */
  Cli assertBadInput(int lines) {
    assertEquals(2, status, "status; stderr: " + err);
    assertEquals("", out, "stdout must stay empty");
    assertTrue(err.startsWith("pathsum: "), err);
    assertEquals(lines, errLines().size(), err);
    assertFalse(err.contains("Exception"), err);
    assertFalse(err.contains("at org."), err);
    assertFalse(err.contains("\tat "), err);
    return this;
  }
}
