package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ErrorReporterTest {

  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("line one\n\tat org.example.Somewhere");
    }
  }

  @Test
  void unexpectedErrorsExitOneWithOneLine() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ErrorReporter reporter = new ErrorReporter();
    int status =
        new CommandLine(new Boom())
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .setExecutionExceptionHandler(reporter)
            .setParameterExceptionHandler(reporter)
            .execute();
    assertEquals(ErrorReporter.INTERNAL_ERROR, status);
    assertEquals("", out.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(err.toString().startsWith("pathsum: internal error"), err.toString());
    assertTrue(err.toString().contains("line one"), err.toString());
    assertFalse(err.toString().contains("at org."), err.toString());
  }

  private static int statusOf(Exception thrown, StringWriter err) {
    @Command(name = "thrower")
    final class Thrower implements Callable<Integer> {
      @Override
      public Integer call() throws Exception {
        throw thrown;
      }
    }
    ErrorReporter reporter = new ErrorReporter();
    return new CommandLine(new Thrower())
        .setOut(new PrintWriter(new StringWriter()))
        .setErr(new PrintWriter(err))
        .setExecutionExceptionHandler(reporter)
        .setParameterExceptionHandler(reporter)
        .execute();
  }

  @Test
  void exactlyRefusalsAreBadInput() {
    StringWriter err = new StringWriter();
    assertEquals(
        ErrorReporter.BAD_INPUT,
        statusOf(
            new org.pathsum.semiring.MissingSemiringPropertyException(
                org.pathsum.semiring.Semirings.counting(),
                org.pathsum.semiring.SemiringProperty.STAR,
                "star elimination"),
            err),
        err.toString());
    assertEquals(ErrorReporter.BAD_INPUT, statusOf(new InputException("bad"), new StringWriter()));
    // A plain IllegalArgumentException is a bug somewhere, not bad input.
    StringWriter bug = new StringWriter();
    assertEquals(ErrorReporter.INTERNAL_ERROR, statusOf(new IllegalArgumentException("oops"), bug));
    assertTrue(bug.toString().startsWith("pathsum: internal error"), bug.toString());
    assertEquals(
        ErrorReporter.INTERNAL_ERROR, statusOf(new ArithmeticException("/ by zero"), new StringWriter()));
  }

  @Test
  void outOfMemoryAnywhereInTheCauseChainIsExitThree() {
    StringWriter err = new StringWriter();
    Exception wrapped =
        new java.util.concurrent.ExecutionException(new OutOfMemoryError("Java heap space"));
    assertEquals(ErrorReporter.OUT_OF_MEMORY, statusOf(wrapped, err));
    assertEquals(List.of(ErrorReporter.OUT_OF_MEMORY_MESSAGE), err.toString().lines().toList());
  }
}
