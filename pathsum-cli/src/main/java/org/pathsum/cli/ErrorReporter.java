package org.pathsum.cli;

import java.io.PrintWriter;
import org.pathsum.ad.expr.ParseException;
import org.pathsum.semiring.PathSumException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into a short message on standard error and an exit status, never a stack
 * trace:
 *
 * <ul>
 *   <li>{@value #BAD_INPUT}: bad command-line syntax, and exactly the refusals: {@link
 *       PathSumException} and its subtypes (the application's own {@link InputException} among
 *       them);
 *   <li>{@value #OUT_OF_MEMORY}: the Java heap ran out; the message names {@code
 *       PATHSUM_JAVA_OPTS};
 *   <li>{@value #OUTPUT_FAILED}: the output could not be written ({@link OutputFailure}: a full
 *       disk, a closed pipe; standard output, standard error or an output file);
 *   <li>{@value #INTERNAL_ERROR}: anything else, which is a bug and is not disguised as bad input.
 * </ul>
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

  /** Exit status for bad input or bad usage. */
  static final int BAD_INPUT = 2;

  /** Exit status for an unexpected internal error. */
  static final int INTERNAL_ERROR = 1;

  /** Exit status when the Java heap is exhausted. */
  static final int OUT_OF_MEMORY = 3;

  /**
   * Exit status when the output could not be written: EX_IOERR of sysexits.h, distinct from bad
   * input and from a bug.
   */
  static final int OUTPUT_FAILED = 74;

  /** The one line printed when the heap is exhausted. Built in advance: memory is short then. */
  static final String OUT_OF_MEMORY_MESSAGE =
      "pathsum: out of memory; give Java a larger heap with the environment variable"
          + " PATHSUM_JAVA_OPTS, e.g. PATHSUM_JAVA_OPTS=-Xmx8g ./pathsum ...";

  /** The most chars of an expression's source line shown above the caret. */
  static final int SOURCE_WIDTH = 72;

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("pathsum: " + Output.firstLine(usageMessage(ex)));
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return BAD_INPUT;
  }

  /** picocli's message, or ours where picocli's speaks of its internals. */
  private static String usageMessage(ParameterException ex) {
    if (ex instanceof CommandLine.OverwrittenOptionException o) {
      ArgSpec spec = o.getOverwritten();
      String name = spec instanceof OptionSpec opt ? opt.longestName() : spec.paramLabel();
      return name + " is given more than once; give it once";
    }
    String m = String.valueOf(ex.getMessage());
    if (m.startsWith("expected only one match")) {
      // picocli's message for an option repeated inside an argument group
      return "an option is given more than once; give each option once";
    }
    if (m.startsWith("Expected parameter for option '")) {
      // e.g. --expr --json: the value looks like an option
      return m + "; write OPTION=VALUE (e.g. --expr=-x) when the value looks like an option";
    }
    return m.startsWith("Error: ") ? m.substring("Error: ".length()) : m;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    int status = BAD_INPUT;
    if (causedByOutOfMemory(ex)) {
      err.println(OUT_OF_MEMORY_MESSAGE);
      status = OUT_OF_MEMORY;
    } else if (ex instanceof OutputFailure) {
      err.println("pathsum: " + Output.firstLine(ex.getMessage()));
      status = OUTPUT_FAILED;
    } else if (ex instanceof ParseException p) {
      // The expression's source line and a caret under the column follow the message.
      err.println("pathsum: expression error at " + p.renderWithCaret(SOURCE_WIDTH));
    } else if (ex instanceof InputException i && i.showsAllLines()) {
      err.println("pathsum: " + i.getMessage().strip());
    } else if (isRefusal(ex)) {
      err.println("pathsum: " + Output.firstLine(ex.getMessage()));
    } else {
      err.println(
          "pathsum: internal error ("
              + ex.getClass().getSimpleName()
              + "): "
              + Output.firstLine(String.valueOf(ex.getMessage())));
      status = INTERNAL_ERROR;
    }
    err.flush();
    return status;
  }

  /** Whether {@code ex} is a refusal of bad input (exit 2) rather than a bug. */
  static boolean isRefusal(Throwable ex) {
    return ex instanceof PathSumException;
  }

  private static boolean causedByOutOfMemory(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
