package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grad --dot}: standard output, symlinks, FIFOs, atomic replacement keeping a replaced
 * file's mode (a new file gets the umask's), and nothing written on failure. Everything happens in
 * a temporary directory.
 */
class SafeOutputTest {

  private static final String F = "(x + 4*y) * ((x + y) * y)";

  @TempDir Path dir;

  private static Cli grad(String dot, String... more) {
    String[] base = {"grad", "--expr", F, "--at", "x=3,y=5", "--dot", dot};
    String[] args = Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
    return Cli.run(args);
  }

  private static String expectedDot() {
    Cli reference = grad("-");
    assertEquals(0, reference.status, reference.err);
    return reference.out;
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void dashIsStandardOutputAndTheReportGoesToStandardError() {
    Cli cli = grad("-", "--json");
    assertEquals(0, cli.status, cli.err);
    assertTrue(cli.out.startsWith("digraph"), cli.out);
    assertTrue(cli.out.contains("->"), cli.out);
    assertTrue(cli.err.startsWith("{\"variables\""), cli.err);
    assertFalse(cli.out.contains("variables"), "the report is not on stdout");
    assertFalse(Files.exists(Path.of("-")), "no file named '-'");
  }

  @Test
  void aSymlinkIsWrittenThroughAndStaysALink() throws IOException {
    Path real = dir.resolve("real.dot");
    Files.writeString(real, "old");
    Path link = dir.resolve("link.dot");
    Files.createSymbolicLink(link, Path.of("real.dot")); // relative link
    Cli cli = grad(link.toString());
    assertEquals(0, cli.status, cli.err);
    assertTrue(Files.isSymbolicLink(link), "the link is still a link");
    assertEquals(Path.of("real.dot"), Files.readSymbolicLink(link));
    assertEquals(expectedDot(), Files.readString(real));
    assertEquals(List.of(link, real), entries(), "no temporary file left behind");
  }

  @Test
  void aDanglingSymlinkCreatesItsTarget() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path link = dir.resolve("link.dot");
    Files.createSymbolicLink(link, sub.resolve("new.dot"));
    Cli cli = grad(link.toString());
    assertEquals(0, cli.status, cli.err);
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(expectedDot(), Files.readString(sub.resolve("new.dot")));
  }

  @Test
  void aChainOfLinksIsFollowedAndALoopIsRefused() throws IOException {
    Path real = dir.resolve("real.dot");
    Files.createSymbolicLink(dir.resolve("b"), real);
    Files.createSymbolicLink(dir.resolve("a"), dir.resolve("b"));
    assertEquals(0, grad(dir.resolve("a").toString()).status);
    assertEquals(expectedDot(), Files.readString(real));

    Files.createSymbolicLink(dir.resolve("loop1"), dir.resolve("loop2"));
    Files.createSymbolicLink(dir.resolve("loop2"), dir.resolve("loop1"));
    Cli cli = grad(dir.resolve("loop1").toString()).assertBadInput(1);
    assertTrue(cli.err.contains("symbolic links"), cli.err);
    assertTrue(Files.isSymbolicLink(dir.resolve("loop1")));
  }

  @Test
  void aFifoIsWrittenInPlaceNotReplaced() throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeTrue(mkfifo(fifo), "mkfifo is available");
    CompletableFuture<byte[]> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    Cli cli = grad(fifo.toString());
    assertEquals(0, cli.status, cli.err);
    String read = new String(reader.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8);
    assertEquals(expectedDot(), read);
    assertTrue(
        Files.readAttributes(fifo, java.nio.file.attribute.BasicFileAttributes.class).isOther(),
        "still a FIFO");
    assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS));
    assertEquals(List.of(fifo), entries());
  }

  @Test
  void aSymlinkToAFifoWritesTheFifo() throws Exception {
    Path fifo = dir.resolve("pipe");
    assumeTrue(mkfifo(fifo), "mkfifo is available");
    Path link = dir.resolve("to-pipe");
    Files.createSymbolicLink(link, fifo);
    CompletableFuture<byte[]> reader =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    assertEquals(0, grad(link.toString()).status);
    assertEquals(expectedDot(), new String(reader.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8));
    assertTrue(Files.isSymbolicLink(link));
    assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS));
  }

  /**
   * A new file gets the umask's mode; a replaced file keeps its own (like {@code sed -i}, {@code cp}
   * and a shell redirection), including one that is more private or read-only.
   */
  @Test
  void aNewFileGetsTheUmasksModeAndAReplacedFileKeepsItsMode() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    // What this process's umask gives a new file: created without explicit permissions.
    Path probe = Files.createFile(dir.resolve("probe"));
    Set<PosixFilePermission> umaskMode = Files.getPosixFilePermissions(probe);
    Files.delete(probe);

    Path fresh = dir.resolve("fresh.dot");
    assertEquals(0, grad(fresh.toString()).status);
    assertEquals(umaskMode, Files.getPosixFilePermissions(fresh));

    List<Path> replaced = new java.util.ArrayList<>();
    for (String mode : List.of("rw-------", "rw-r-----", "rwxrwxrwx", "r--r--r--")) {
      Path existing = dir.resolve("existing-" + mode.replace('-', '_') + ".dot");
      Files.writeString(existing, "old content, longer than nothing");
      Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString(mode));
      Object oldInode = Files.readAttributes(existing, "unix:ino").get("ino");
      Cli cli = grad(existing.toString());
      assertEquals(0, cli.status, mode + ": " + cli.err);
      assertEquals(expectedDot(), Files.readString(existing), mode);
      assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)));
      Object newInode = Files.readAttributes(existing, "unix:ino").get("ino");
      assertFalse(oldInode.equals(newInode), "replaced by a rename, not rewritten in place");
      replaced.add(existing);
    }
    replaced.add(fresh);
    assertEquals(replaced.stream().sorted().toList(), entries(), "no temporary file left behind");
  }

  /** Through a symbolic link, the mode kept is the mode of the file the link points at. */
  @Test
  void aSymlinkedFileKeepsTheModeOfItsTarget() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path real = dir.resolve("real.dot");
    Files.writeString(real, "old");
    Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
    Path link = dir.resolve("link.dot");
    Files.createSymbolicLink(link, real);
    assertEquals(0, grad(link.toString()).status);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
    assertEquals(expectedDot(), Files.readString(real));
  }

  @Test
  void aFailedCommandLeavesTheOldFileUntouched() throws IOException {
    Path existing = dir.resolve("keep.dot");
    Files.writeString(existing, "keep me");
    Cli.run("grad", "--expr", "log(x)", "--at", "x=-1", "--dot", existing.toString())
        .assertBadInput(3);
    Cli.run("grad", "--expr", "x +", "--at", "x=1", "--dot", existing.toString())
        .assertBadInput(3);
    assertEquals("keep me", Files.readString(existing));
    assertEquals(List.of(existing), entries());
  }

  @Test
  void anUnwritableTargetIsBadInputNamingItAndLeavesNothing() throws IOException {
    Path missing = dir.resolve("no-such-dir").resolve("f.dot");
    Cli cli = grad(missing.toString()).assertBadInput(1);
    assertTrue(cli.err.contains("no-such-dir"), cli.err);
    assertEquals(List.of(), entries());

    Cli directory = grad(dir.toString()).assertBadInput(1);
    assertTrue(directory.err.contains("directory"), directory.err);

    grad("").assertBadInput(1);
  }

  @Test
  void aReadOnlyDirectoryLeavesNoTemporaryFile() throws IOException {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path ro = Files.createDirectory(dir.resolve("ro"));
    Path target = ro.resolve("f.dot");
    Files.writeString(target, "old");
    Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeTrue(!Files.isWritable(ro), "not running with root's override of permissions");
      grad(target.toString()).assertBadInput(1);
      assertEquals("old", Files.readString(target));
      try (Stream<Path> s = Files.list(ro)) {
        assertEquals(List.of(target), s.toList());
      }
    } finally {
      Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private static boolean mkfifo(Path path) {
    try {
      Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(path);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
