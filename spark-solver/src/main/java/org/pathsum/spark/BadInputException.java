package org.pathsum.spark;

/**
 * Bad command-line input to {@link SparkPathSumsMain}: an unknown option, a malformed line, a
 * missing file. Its message is the one line printed before exit status 2.
 */
final class BadInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  BadInputException(String message) {
    super(message);
  }
}
