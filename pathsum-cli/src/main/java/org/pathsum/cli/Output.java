package org.pathsum.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Prints a command's complete output in one go, after it has succeeded, and checks that it was
 * written; number formatting.
 */
final class Output {

  /** The most columns a name takes in a text table (row labels, vertex names). */
  static final int LABEL_WIDTH = 48;

  /** The most chars of a message line shown on standard error. */
  static final int MESSAGE_WIDTH = 400;

  private Output() {}

  /**
   * Prints {@code text} to the command's standard output, flushes, and returns status 0.
   *
   * @throws OutputFailure if any of it (or anything before it) could not be written
   */
  static int print(CommandSpec spec, String text) {
    PrintWriter out = spec.commandLine().getOut();
    out.print(text);
    requireWritten(out, "standard output");
    return 0;
  }

  /**
   * Prints {@code text} to the command's standard error (used when standard output carries
   * another result, e.g. {@code --dot -}), flushes, and returns status 0.
   *
   * @throws OutputFailure if any of it could not be written
   */
  static int printToErr(CommandSpec spec, String text) {
    PrintWriter err = spec.commandLine().getErr();
    err.print(text);
    requireWritten(err, "standard error");
    return 0;
  }

  /**
   * Flushes {@code w} and checks that everything written to it so far arrived: a {@link
   * PrintWriter} never throws, it only remembers that a write failed. The one check every command's
   * output goes through.
   *
   * @param what the stream, for the message (e.g. {@code "standard output"})
   * @throws OutputFailure naming {@code what} and, where the writer knows it, why
   */
  static void requireWritten(PrintWriter w, String what) {
    if (w.checkError()) {
      throw new OutputFailure(failureMessage(w, what));
    }
  }

  /** "cannot write WHAT: WHY", with the reason where {@code w} recorded one. */
  static String failureMessage(PrintWriter w, String what) {
    String why =
        w instanceof RecordingWriter r
            ? r.failure().orElse("the stream reported an error")
            : "the stream reported an error";
    return "cannot write " + what + ": " + why + "; the output is incomplete";
  }

  /**
   * {@code 920} for 920.0, {@code 0} for both 0.0 and -0.0, {@code 0.5} for 0.5, {@code inf} and
   * {@code -inf} (as weights are written in graph files); the shortest text that reads back as the
   * same double otherwise.
   */
  static String number(double v) {
    return appendNumber(new StringBuilder(24), v).toString();
  }

  /**
   * Appends {@link #number(double) number(v)} to {@code sb} without making a {@code String}: the
   * one place numbers are formatted. {@link StringBuilder#append(double)} appends exactly the
   * characters of {@link Double#toString(double)} (its specification), so the text is the same.
   *
   * @return {@code sb}
   */
  static StringBuilder appendNumber(StringBuilder sb, double v) {
    if (Double.isInfinite(v)) {
      return sb.append(v > 0 ? "inf" : "-inf");
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return sb.append((long) v);
    }
    return sb.append(v);
  }

  /**
   * The first line of {@code message}, stripped and cut to {@value #MESSAGE_WIDTH} columns; {@code
   * "null"} for a null message.
   */
  static String firstLine(String message) {
    String m = String.valueOf(message).strip();
    int nl = m.indexOf('\n');
    String line = nl < 0 ? m : m.substring(0, nl).strip();
    return DisplayWidth.shorten(line, MESSAGE_WIDTH);
  }

  /** {@code name} cut to {@value #LABEL_WIDTH} columns for a text table. */
  static String label(String name) {
    return DisplayWidth.shorten(name, LABEL_WIDTH);
  }
}
