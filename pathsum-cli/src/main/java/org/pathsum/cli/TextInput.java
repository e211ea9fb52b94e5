package org.pathsum.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A text input of a command: a file, or standard input when the name is {@code -}. Decoded as
 * strict UTF-8 (a malformed byte is an error, not a replacement character), with a leading
 * byte-order mark removed. Immutable.
 *
 * @param name how messages name the input: the file name as given, or {@code <stdin>}
 * @param fileName the file's name for choosing a format by extension; empty for standard input
 * @param text the decoded text
 */
record TextInput(String name, String fileName, String text) {

  /** The name of standard input in messages. */
  static final String STDIN_NAME = "<stdin>";

  /**
   * Reads the input named {@code file} by option {@code option}.
   *
   * @param what what the input is, for messages (e.g. {@code "graph file"})
   * @throws InputException if it cannot be read or is not UTF-8 text, naming it and why
   */
  static TextInput read(String option, String what, String file, InputStream stdin) {
    Opened in = open(option, what, file, stdin);
    byte[] bytes;
    try (InputStream s = in.stream()) {
      bytes = s.readAllBytes();
    } catch (IOException e) {
      throw new InputException("cannot read the " + what + " " + file + ": " + OutputFile.reason(e));
    }
    return new TextInput(in.name(), in.fileName(), decode(in.name(), bytes));
  }

  /**
   * An input opened for reading as a stream, not yet read.
   *
   * @param name how messages name the input
   * @param fileName the file's name for choosing a format by extension; empty for standard input
   * @param stream the bytes; the caller closes it (closing standard input's wrapper is harmless)
   */
  record Opened(String name, String fileName, InputStream stream) {}

  /**
   * Opens the input named {@code file} by option {@code option} without reading it, with the same
   * checks and messages as {@link #read}.
   *
   * @throws InputException if it cannot be opened, naming it and why
   */
  static Opened open(String option, String what, String file, InputStream stdin) {
    if (file.isEmpty()) {
      throw new InputException(option + " needs a file name, or '-' for standard input");
    }
    try {
      if (file.equals("-")) {
        return new Opened(STDIN_NAME, "", new java.io.FilterInputStream(stdin) {
          @Override
          public void close() {
            // standard input belongs to the caller
          }
        });
      }
      Path path = Path.of(file);
      String fileName = path.getFileName() == null ? "" : path.getFileName().toString();
      if (Files.isDirectory(path)) {
        throw new InputException("cannot read the " + what + " " + file + ": it is a directory");
      }
      return new Opened(file, fileName, Files.newInputStream(path));
    } catch (InvalidPathException e) {
      throw new InputException(option + " '" + file + "' is not a valid file name");
    } catch (IOException e) {
      throw new InputException("cannot read the " + what + " " + file + ": " + OutputFile.reason(e));
    }
  }

  /** {@code bytes} as strict UTF-8 without a leading byte-order mark. */
  static String decode(String name, byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new InputException("cannot read " + name + ": it is not UTF-8 text");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
