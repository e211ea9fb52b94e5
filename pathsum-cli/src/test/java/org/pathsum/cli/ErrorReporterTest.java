package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
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
}
