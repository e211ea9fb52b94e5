package org.pathsum.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a command's secondary output (e.g. {@code grad --dot FILE}) the way a careful Unix tool
 * does, after the command has otherwise succeeded and with the whole content already in memory:
 *
 * <ul>
 *   <li>{@code -} is standard output;
 *   <li>a symbolic link is followed, and what it points at is written (the link stays a link);
 *   <li>an existing file that is not a regular file (a FIFO, a device, a terminal), and anything
 *       under {@code /dev} or {@code /proc} (such as {@code /dev/stdout}), is opened and written in
 *       place, never replaced;
 *   <li>a regular file, or a new one, is written to a temporary file in the same directory, forced
 *       to disk and renamed over the target in one atomic step, so that the target is either the
 *       old content or the complete new one, never half-written. The new file has the mode that
 *       the umask gives a new file ({@code 0666 & ~umask}), like a shell redirection, whatever the
 *       old file's mode was.
 * </ul>
 *
 * <p>Failures are {@link InputException}s naming the file and the reason; on failure no temporary
 * file is left behind.
 */
final class OutputFile {

  /** What the command line writes for "standard output". */
  static final String STDOUT = "-";

  /** Links followed before giving up, as the kernel's ELOOP limit. */
  private static final int MAX_LINKS = 40;

  private OutputFile() {}

  /**
   * Writes {@code content} (as UTF-8) to {@code target}, or to {@code stdout} if {@code target} is
   * {@value #STDOUT}.
   *
   * @param option the option that named the target, for messages (e.g. {@code "--dot"})
   * @throws InputException if the target cannot be written, naming it and why
   */
  static void write(String option, String target, String content, PrintWriter stdout) {
    if (target.equals(STDOUT)) {
      stdout.print(content);
      stdout.flush();
      return;
    }
    if (target.isEmpty()) {
      throw new InputException(option + " needs a file name, or '-' for standard output");
    }
    Path path;
    try {
      path = Path.of(target);
    } catch (InvalidPathException e) {
      throw new InputException(option + " '" + target + "' is not a valid file name");
    }
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    try {
      Path resolved = followLinks(option, path);
      if (Files.isDirectory(resolved)) {
        throw new InputException(option + " " + target + " is a directory; name a file");
      }
      boolean exists = Files.exists(resolved, LinkOption.NOFOLLOW_LINKS);
      if (isSystemPath(path) || isSystemPath(resolved)
          || (exists && !Files.isRegularFile(resolved, LinkOption.NOFOLLOW_LINKS))) {
        writeInPlace(path, bytes);
      } else {
        replaceAtomically(resolved, bytes);
      }
    } catch (IOException e) {
      throw new InputException("cannot write " + option + " file " + target + ": " + reason(e));
    }
  }

  /**
   * Where {@code path} leads after following symbolic links (each relative link is resolved
   * against its own directory); the result itself is not a link. A dangling link leads to the
   * path it names, which will be created.
   */
  static Path followLinks(String option, Path path) throws IOException {
    Path p = path.toAbsolutePath();
    for (int hops = 0; Files.isSymbolicLink(p); hops++) {
      if (hops == MAX_LINKS) {
        throw new InputException(
            option + " " + path + ": too many levels of symbolic links (a loop?)");
      }
      Path link = Files.readSymbolicLink(p);
      Path dir = p.getParent();
      p = (dir == null ? link : dir.resolve(link)).normalize();
    }
    return p;
  }

  private static boolean isSystemPath(Path p) {
    Path a = p.toAbsolutePath().normalize();
    return a.startsWith("/dev") || a.startsWith("/proc");
  }

  private static void writeInPlace(Path path, byte[] bytes) throws IOException {
    // WRITE without CREATE: a device or FIFO exists; TRUNCATE_EXISTING is ignored by both.
    try (OutputStream out =
        Files.newOutputStream(
            path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      out.write(bytes);
    }
  }

  private static void replaceAtomically(Path target, byte[] bytes) throws IOException {
    Path dir = target.getParent();
    Path temp = null;
    try {
      temp = createTemp(dir, target.getFileName().toString());
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      temp = null;
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // best effort: the hidden temporary file names the target it was for
        }
      }
    }
  }

  /**
   * A new empty file beside the target. Created without explicit permissions, so that the
   * operating system applies the umask exactly as for a file created by a shell redirection.
   */
  private static Path createTemp(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
      Path temp = dir.resolve("." + name + "." + suffix + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  /** A short reason for a failed file operation, in the user's words. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory (" + e.getMessage() + ")";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied (" + e.getMessage() + ")";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason() + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
    }
    return String.valueOf(e.getMessage());
  }
}
