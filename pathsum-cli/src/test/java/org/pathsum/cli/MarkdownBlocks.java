package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fenced code blocks of the documents a user reads: README.md and every {@code docs/*.md}. The
 * one Markdown reader of the documentation tests ({@link ReadmeCliTest} runs the {@code sh} blocks,
 * {@link DocSnippetsTest} compiles and runs the {@code java} blocks).
 *
 * <p>A fence is a line whose text, after any indentation, starts with three backticks; the words
 * after them are the block's info string ({@code ```java continued}: language {@code java}, flag
 * {@code continued}). The block's lines lose the fence's indentation. Tests run with {@code
 * pathsum-cli} as the working directory, so the repository root is {@code ..}.
 */
final class MarkdownBlocks {

  private MarkdownBlocks() {}

  /** The repository root, as seen from the module's directory. */
  static final Path ROOT = Path.of("..");

  /**
   * A fenced block: its document, its info string's language and flags, the 1-based line of its
   * first content line, and its lines.
   */
  record Block(String document, String language, List<String> flags, int firstLine, List<String> lines) {

    /** {@code document:line} of content line {@code i} (0-based), for messages. */
    String where(int i) {
      return document + ":" + (firstLine + i);
    }

    boolean has(String flag) {
      return flags.contains(flag);
    }
  }

  /**
   * README.md and every {@code docs/*.md}, as paths relative to {@link #ROOT}, README first and the
   * rest by name. Skips the calling test (an assumption) when the sources are not there, as in a
   * build from a source jar.
   */
  static List<String> documents() throws IOException {
    assumeTrue(Files.isRegularFile(ROOT.resolve("README.md")), "README.md at the repository root");
    List<String> out = new ArrayList<>(List.of("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.map(p -> "docs/" + p.getFileName())
          .filter(n -> n.endsWith(".md"))
          .sorted()
          .forEach(out::add);
    }
    return out;
  }

  /** The fenced blocks of {@code document} (a path relative to {@link #ROOT}), in order. */
  static List<Block> read(String document) throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve(document), StandardCharsets.UTF_8);
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      String text = line.stripLeading();
      if (!text.startsWith("```")) {
        i++;
        continue;
      }
      int indent = line.length() - text.length();
      List<String> info = Arrays.asList(text.substring(3).strip().split("\\s+"));
      String language = info.get(0);
      List<String> flags = List.copyOf(info.subList(1, info.size()));
      int open = i;
      List<String> content = new ArrayList<>();
      i++;
      while (i < lines.size() && !lines.get(i).strip().startsWith("```")) {
        String l = lines.get(i);
        content.add(l.length() >= indent && l.substring(0, indent).isBlank() ? l.substring(indent) : l.strip());
        i++;
      }
      assertTrue(i < lines.size(), document + ":" + (open + 1) + ": a code block that is never closed");
      blocks.add(new Block(document, language, flags, open + 2, List.copyOf(content)));
      i++; // the closing fence
    }
    return blocks;
  }
}
