package org.pathsum.cli;

/**
 * A write that did not reach its destination: standard output or standard error failed (a full
 * disk, a closed pipe, a closed descriptor), or an output file could not be written once it was
 * open. Not bad input, and not a bug: the application prints the message as one line on standard
 * error (if that still works) and exits with {@link ErrorReporter#OUTPUT_FAILED}.
 *
 * <p>Deliberately not a {@link org.pathsum.semiring.PathSumException}: those are refusals of the
 * input (exit 2), and the input here was fine.
 */
final class OutputFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message one line naming what could not be written and why
   */
  OutputFailure(String message) {
    super(message);
  }
}
