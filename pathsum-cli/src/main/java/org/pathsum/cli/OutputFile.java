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
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
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
 *       old content or the complete new one, never half-written. A file that existed keeps its
 *       permission bits (a 0600 file stays 0600, as with {@code sed -i}, {@code cp} or a shell
 *       redirection); they are set before any content is written, so the content is never more
 *       readable than the old file was. A new file gets the mode the umask gives a new file
 *       ({@code 0666 & ~umask}), like a shell redirection.
 * </ul>
 *
 * <p>A target that cannot be opened or created (a missing directory, no permission, a directory, a
 * loop of links) is an {@link InputException} (exit 2: the option names a place that cannot take
 * the file). A write that fails once the file is open (a full disk, an I/O error, a reader that
 * closed its end) is an {@link OutputFailure} (exit 74). Both name the file and the reason; on
 * failure no temporary file is left behind and a replaced file keeps its old content.
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
   * @throws InputException if the target cannot be opened or created, naming it and why
   * @throws OutputFailure if a write to it (or to standard output) fails, naming it and why
   */
  static void write(String option, String target, String content, PrintWriter stdout) {
    if (target.equals(STDOUT)) {
      stdout.print(content);
      Output.requireWritten(stdout, "standard output (" + option + " -)");
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
    String what = option + " file " + target;
    try {
      Path resolved = followLinks(option, path);
      if (Files.isDirectory(resolved)) {
        throw new InputException(option + " " + target + " is a directory; name a file");
      }
      boolean exists = Files.exists(resolved, LinkOption.NOFOLLOW_LINKS);
      if (isSystemPath(path) || isSystemPath(resolved)
          || (exists && !Files.isRegularFile(resolved, LinkOption.NOFOLLOW_LINKS))) {
        writeInPlace(path, bytes, what);
      } else {
        replaceAtomically(resolved, exists, bytes, what);
      }
    } catch (IOException e) {
      throw new InputException("cannot write " + what + ": " + reason(e));
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

  /** Opens (an {@link IOException} here is the caller's to word) and writes (an OutputFailure). */
  private static void writeInPlace(Path path, byte[] bytes, String what) throws IOException {
    // WRITE without CREATE: a device or FIFO exists; TRUNCATE_EXISTING is ignored by both.
    OutputStream out =
        Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    try (out) {
      out.write(bytes);
    } catch (IOException e) {
      throw new OutputFailure("cannot write " + what + ": " + reason(e));
    }
  }

  /**
   * Writes a temporary file beside {@code target} and renames it over the target. Creating the
   * temporary file is the open (its failure an {@link IOException} for the caller); everything after
   * is the write (an {@link OutputFailure}).
   */
  private static void replaceAtomically(Path target, boolean exists, byte[] bytes, String what)
      throws IOException {
    Path dir = target.getParent();
    Set<PosixFilePermission> mode = exists ? permissions(target) : null;
    Path temp = createTemp(dir, target.getFileName().toString());
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        if (mode != null) {
          // on the open channel, so that even a read-only mode (0444) leaves it writable here
          Files.setPosixFilePermissions(temp, mode);
        }
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
        ch.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      temp = null;
    } catch (IOException e) {
      throw new OutputFailure("cannot write " + what + ": " + reason(e));
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

  /** The permission bits of {@code file}, or null where the file system has none (not POSIX). */
  private static Set<PosixFilePermission> permissions(Path file) throws IOException {
    try {
      return Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException notPosix) {
      return null;
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
