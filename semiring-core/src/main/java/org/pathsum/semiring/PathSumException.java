package org.pathsum.semiring;

/**
 * The unchecked root of every refusal by pathsum: a path sum that is not defined (a cycle that
 * improves paths forever, a divergent series), an input that is not what an algorithm needs (a
 * cycle where a DAG is required, a semiring without a required property), a value that leaves the
 * carrier (overflow, NaN), or text that does not parse.
 *
 * <p>Each subtype carries its evidence as typed data (the cycle as a {@code List<V>}, the vertex,
 * the node, the missing property) so that callers act on the data, not on the message. Misuse of
 * an API (a {@code null} argument, an index out of range) is reported with the plain Java
 * exceptions instead ({@link NullPointerException}, {@link IllegalArgumentException}, {@link
 * IndexOutOfBoundsException}); an application such as the {@code pathsum} command maps exactly
 * this type, and its own input errors, to "bad input", and treats anything else as a bug.
 */
public class PathSumException extends RuntimeException {

  /**
   * @param message what was refused, where, and what to do about it
   */
  public PathSumException(String message) {
    super(message);
  }

  /**
   * @param message what was refused, where, and what to do about it
   * @param cause the underlying failure
   */
  public PathSumException(String message, Throwable cause) {
    super(message, cause);
  }
}
