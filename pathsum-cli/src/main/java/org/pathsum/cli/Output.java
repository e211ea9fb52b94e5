package org.pathsum.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/** Prints a command's complete output in one go, after it has succeeded. */
final class Output {

  private Output() {}

  /** Prints {@code text} to the command's standard output, flushes, and returns status 0. */
  static int print(CommandSpec spec, String text) {
    PrintWriter out = spec.commandLine().getOut();
    out.print(text);
    out.flush();
    return 0;
  }

  /**
   * {@code 920} for 920.0, {@code 0.5} for 0.5, {@code Infinity}; the shortest text that reads back
   * as the same double otherwise.
   */
  static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  /** The first line of {@code message}, stripped; {@code "null"} for a null message. */
  static String firstLine(String message) {
    String m = String.valueOf(message).strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).strip();
  }
}
