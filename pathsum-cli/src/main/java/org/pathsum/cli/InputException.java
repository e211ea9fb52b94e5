package org.pathsum.cli;

/**
 * Bad input to a command (a malformed option value, an unreadable or malformed file, an unknown
 * vertex, ...). Its message is one line that names the offending value and where it is; the
 * application prints it and exits with status 2.
 */
final class InputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message one line naming what is wrong and where
   */
  InputException(String message) {
    super(message);
  }
}
