package org.pathsum.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code pathsum} command. Without arguments it prints the lecture's worked example; the
 * subcommands are {@code grad}, {@code paths} and {@code train}. {@code --help} and {@code
 * --version} work on every level.
 *
 * <p>Exit status: 0 on success, 2 for bad usage or bad input (one line on standard error), 1 for an
 * unexpected internal error.
 */
@Command(
    name = "pathsum",
    mixinStandardHelpOptions = true,
    versionProvider = PathsumMain.Version.class,
    description = {
      "Algebraic path problems, with automatic differentiation as a path problem.",
      "Without a subcommand: the worked example F(x, y) = (x + 4y)((x + y)y) at (3, 5)."
    },
    subcommands = {
      GradCommand.class,
      PathsCommand.class,
      TrainCommand.class,
      WpdsCommand.class,
      DataflowCommand.class
    })
public final class PathsumMain implements Callable<Integer> {

  @Spec private CommandSpec spec;

  /** Used by picocli. */
  public PathsumMain() {}

  /**
   * Runs the command with UTF-8 standard output and error and exits with its status.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    PrintWriter out = utf8(FileDescriptor.out);
    PrintWriter err = utf8(FileDescriptor.err);
    int status = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the command, writing to {@code out} and {@code err}, and returns its exit status. Does not
   * exit the JVM; used by tests.
   *
   * @param out where results go
   * @param err where error messages go
   * @param args the command-line arguments
   * @return 0 on success, 2 for bad usage or input, 1 for an internal error
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(args, "args");
    ErrorReporter reporter = new ErrorReporter();
    CommandLine cmd =
        new CommandLine(new PathsumMain())
            .setOut(out)
            .setErr(err)
            .setParameterExceptionHandler(reporter)
            .setExecutionExceptionHandler(reporter);
    int status = cmd.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /** Prints the worked example. */
  @Override
  public Integer call() {
    return Output.print(spec, WorkedExample.render());
  }

  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), false);
  }

  /** The version from the jar manifest, or "development build" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = PathsumMain.class.getPackage().getImplementationVersion();
      return new String[] {"pathsum " + (v == null ? "(development build)" : v)};
    }
  }
}
