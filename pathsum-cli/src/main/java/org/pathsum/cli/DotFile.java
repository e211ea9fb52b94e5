package org.pathsum.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.pathsum.ad.LabeledGraph;
import org.pathsum.ad.LabeledGraphDot;

/** Writes a labeled graph's DOT to a file all at once: into a temporary file, then moved. */
final class DotFile {

  private DotFile() {}

  /**
   * Writes the DOT of {@code graph} to {@code target}: first to a temporary file in the same
   * directory, which is then moved over {@code target}, so {@code target} is never half-written.
   *
   * @throws InputException if the file cannot be written, naming it and the reason
   */
  static void write(Path target, LabeledGraph graph) {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(dir, ".pathsum-", ".dot.tmp");
      try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        LabeledGraphDot.write(graph, w);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException e) {
      throw new InputException("cannot write the DOT file " + target + ": " + reason(e));
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // best effort: the temporary file is hidden and named as ours
        }
      }
    }
  }

  static String reason(IOException e) {
    String kind = e.getClass().getSimpleName();
    switch (kind) {
      case "NoSuchFileException":
        return "no such file or directory (" + e.getMessage() + ")";
      case "AccessDeniedException":
        return "permission denied (" + e.getMessage() + ")";
      case "FileSystemException":
        return String.valueOf(((java.nio.file.FileSystemException) e).getReason());
      default:
        return String.valueOf(e.getMessage());
    }
  }
}
