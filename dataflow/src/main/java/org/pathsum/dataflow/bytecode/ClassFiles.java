package org.pathsum.dataflow.bytecode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.pathsum.dataflow.bytecode.BytecodeProgram.UnreadableClassFileException;

/**
 * Reads class files with ASM for {@link BytecodeProgram#readClasses}: one {@code .class} file, a
 * {@code .jar}, a directory (searched recursively), or a module of the running JDK written {@code
 * jrt:/java.base} (through the jrt file system). Debug information and stack map frames are
 * skipped; {@code module-info} is ignored.
 */
final class ClassFiles {

  private ClassFiles() {}

  /**
   * The classes at {@code location}.
   *
   * @throws UnreadableClassFileException if it does not exist, is of an unknown kind, or holds a
   *     malformed class file
   */
  static List<ClassNode> load(String location) {
    Objects.requireNonNull(location, "location");
    if (location.startsWith("jrt:/")) {
      return loadJrt(location);
    }
    Path path = Path.of(location);
    if (Files.isDirectory(path)) {
      List<ClassNode> out = new ArrayList<>();
      try (Stream<Path> files = Files.walk(path)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          if (isClass(f.toString()) && Files.isRegularFile(f)) {
            try (InputStream in = Files.newInputStream(f)) {
              out.add(parse(in, f.toString()));
            }
          }
        }
      } catch (IOException | UncheckedIOException e) {
        throw new UnreadableClassFileException(location, e.getMessage());
      }
      return out;
    }
    if (!Files.isRegularFile(path)) {
      throw new UnreadableClassFileException(location, "no such file or directory");
    }
    if (location.endsWith(".class")) {
      try (InputStream in = Files.newInputStream(path)) {
        return List.of(parse(in, location));
      } catch (IOException e) {
        throw new UnreadableClassFileException(location, e.getMessage());
      }
    }
    List<ClassNode> out = new ArrayList<>();
    try (ZipFile zip = new ZipFile(path.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (!e.isDirectory() && isClass(e.getName()) && !e.getName().startsWith("META-INF/")) {
          try (InputStream in = zip.getInputStream(e)) {
            out.add(parse(in, location + "!" + e.getName()));
          }
        }
      }
    } catch (IOException e) {
      throw new UnreadableClassFileException(
          location, "not a .class file, a jar or a directory (" + e.getMessage() + ")");
    }
    return out;
  }

  private static List<ClassNode> loadJrt(String location) {
    String module = location.substring("jrt:/".length());
    try {
      FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
      Path root = jrt.getPath("/modules", module);
      if (module.isEmpty() || !Files.isDirectory(root)) {
        throw new UnreadableClassFileException(location, "no module '" + module + "' in this JDK");
      }
      List<ClassNode> out = new ArrayList<>();
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          if (isClass(f.toString())) {
            try (InputStream in = Files.newInputStream(f)) {
              out.add(parse(in, f.toString()));
            }
          }
        }
      }
      return out;
    } catch (IOException | UncheckedIOException | java.nio.file.ProviderNotFoundException e) {
      throw new UnreadableClassFileException(location, e.getMessage());
    }
  }

  private static boolean isClass(String name) {
    return name.endsWith(".class") && !name.endsWith("module-info.class");
  }

  private static ClassNode parse(InputStream in, String where) throws IOException {
    try {
      ClassReader r = new ClassReader(in);
      ClassNode node = new ClassNode();
      r.accept(node, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      return node;
    } catch (RuntimeException e) {
      throw new UnreadableClassFileException(where, "malformed class file (" + e + ")");
    }
  }
}
