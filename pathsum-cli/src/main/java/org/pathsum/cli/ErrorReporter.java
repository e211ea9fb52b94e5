package org.pathsum.cli;

import java.io.PrintWriter;
import org.pathsum.ad.NonFiniteValueException;
import org.pathsum.ad.expr.ParseException;
import org.pathsum.solver.NotADagException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into a short message on standard error and an exit status, never a stack
 * trace: bad command-line syntax and bad input exit with {@value #BAD_INPUT}, anything unexpected
 * with {@value #INTERNAL_ERROR}.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

  /** Exit status for bad input or bad usage. */
  static final int BAD_INPUT = 2;

  /** Exit status for an unexpected internal error. */
  static final int INTERNAL_ERROR = 1;

  /** The most chars of an expression's source line shown above the caret. */
  static final int SOURCE_WIDTH = 72;

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("pathsum: " + Output.firstLine(ex.getMessage()));
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return BAD_INPUT;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    int status = BAD_INPUT;
    if (ex instanceof ParseException p) {
      // The expression's source line and a caret under the column follow the message.
      err.println("pathsum: expression error at " + p.renderWithCaret(SOURCE_WIDTH));
    } else if (ex instanceof InputException
        || ex instanceof NotADagException
        || ex instanceof NonFiniteValueException) {
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
}
