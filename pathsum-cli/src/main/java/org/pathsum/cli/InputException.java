package org.pathsum.cli;

import org.pathsum.semiring.PathSumException;

/**
 * Bad input to a command (a malformed option value, an unreadable or malformed file, an unknown
 * vertex, ...). Its message names the offending value and where it is; the application prints it
 * and exits with status 2. Usually one line; an expression error adds the source line and a caret
 * under the column ({@link #showsAllLines()}).
 */
final class InputException extends PathSumException {

  private static final long serialVersionUID = 1L;

  private final boolean allLines;

  /**
   * @param message one line naming what is wrong and where
   */
  InputException(String message) {
    this(message, false);
  }

  private InputException(String message, boolean allLines) {
    super(message);
    this.allLines = allLines;
  }

  /**
   * An error whose message is several lines, all of which are shown (e.g. a message, a source line
   * and a caret under the column).
   */
  static InputException withLines(String message) {
    return new InputException(message, true);
  }

  /** Whether every line of the message is printed, not just the first. */
  boolean showsAllLines() {
    return allLines;
  }
}
