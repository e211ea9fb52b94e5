package org.pathsum.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code pathsum} command. Without arguments it prints the lecture's worked example; the
 * subcommands are listed in {@link #SUBCOMMANDS}. {@code --help} and {@code --version} work on
 * every level.
 *
 * <p>Exit status: 0 on success; 2 for bad usage or bad input (one line on standard error, nothing
 * on standard output); 3 when the Java heap is exhausted (one line naming {@code
 * PATHSUM_JAVA_OPTS}); 74 when the output could not be written, wholly or in part (standard
 * output, standard error or an output file: a full disk, a closed pipe; one line on standard error
 * while that still works); 1 for an unexpected internal error. See {@link ErrorReporter}. Every
 * command's output, {@code --help} and {@code --version} included, is checked after it is written.
 *
 * <p>{@code @file} arguments are not expanded (picocli's argument files): a long expression goes
 * in a file read by {@code --expr-file}, and more than {@value #MAX_ARGUMENTS} arguments are
 * refused at once rather than parsed.
 */
@Command(
    name = "pathsum",
    mixinStandardHelpOptions = true,
    versionProvider = PathsumMain.Version.class,
    description = {
      "Algebraic path problems, with automatic differentiation as a path problem.",
      "Without a subcommand: the worked example F(x, y) = (x + 4y)((x + y)y) at (3, 5)."
    },
    exitCodeListHeading = "Exit status:%n",
    exitCodeList = {
      " 0:success",
      " 1:internal error (a bug)",
      " 2:bad usage or bad input, or a refusal (one line on standard error)",
      " 3:out of memory (set PATHSUM_JAVA_OPTS, e.g. -Xmx8g)",
      "74:the output could not be written (a full disk, a closed pipe)"
    })
public final class PathsumMain implements Callable<Integer> {

  /**
   * The subcommands, in the order {@code --help} lists them. A new command is one more class here:
   * a picocli {@code @Command} implementing {@code Callable<Integer>}, which may reach standard
   * input through {@code @ParentCommand PathsumMain} and {@link #stdin()}.
   */
  static final Class<?>[] SUBCOMMANDS = {
    GradCommand.class,
    PathsCommand.class,
    TrainCommand.class,
    WpdsCommand.class,
    DataflowCommand.class,
  };

  /** More arguments than any command needs; beyond this the command line is refused unread. */
  static final int MAX_ARGUMENTS = 10_000;

  @Spec private CommandSpec spec;

  private final InputStream stdin;

  /** Used by picocli (e.g. for {@code --help}); standard input is {@link System#in}. */
  public PathsumMain() {
    this(System.in);
  }

  private PathsumMain(InputStream stdin) {
    this.stdin = stdin;
  }

  /**
   * Runs the command with UTF-8 standard output and error and exits with its status.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    PrintWriter out = RecordingWriter.utf8(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = RecordingWriter.utf8(new FileOutputStream(FileDescriptor.err));
    System.exit(run(System.in, out, err, args));
  }

  /**
   * Runs the command with an empty standard input; see {@link #run(InputStream, PrintWriter,
   * PrintWriter, String...)}.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(InputStream.nullInputStream(), out, err, args);
  }

  /**
   * Runs the command, reading {@code -} files from {@code in} and writing to {@code out} and {@code
   * err}, and returns its exit status. Does not exit the JVM; used by tests. An {@link
   * OutOfMemoryError} is reported as one line on {@code err} and status 3. After a command that
   * succeeded, both writers are flushed and checked ({@link PrintWriter#checkError()}): a failed
   * write anywhere in the output is one line on {@code err} and status 74.
   *
   * @param in standard input
   * @param out where results go
   * @param err where error messages go
   * @param args the command-line arguments
   * @return 0 on success, 2 for bad usage or input, 3 out of memory, 74 when the output could not
   *     be written, 1 for an internal error
   */
  public static int run(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(args, "args");
    if (args.length > MAX_ARGUMENTS) {
      err.println(
          "pathsum: "
              + args.length
              + " arguments are too many (at most "
              + MAX_ARGUMENTS
              + "); put a long expression in a file and use --expr-file FILE");
      err.flush();
      return ErrorReporter.BAD_INPUT;
    }
    int status;
    try {
      ErrorReporter reporter = new ErrorReporter();
      CommandLine cmd = new CommandLine(new PathsumMain(in));
      for (Class<?> sub : SUBCOMMANDS) {
        cmd.addSubcommand(sub);
      }
      cmd.setExpandAtFiles(false)
          .setOut(out)
          .setErr(err)
          .setParameterExceptionHandler(reporter)
          .setExecutionExceptionHandler(reporter);
      status = cmd.execute(args);
    } catch (OutOfMemoryError e) {
      // The command's data is unreachable once the stack has unwound: there is room for a line.
      err.println(ErrorReporter.OUT_OF_MEMORY_MESSAGE);
      status = ErrorReporter.OUT_OF_MEMORY;
    }
    return checked(status, out, err);
  }

  /**
   * {@code status}, or {@link ErrorReporter#OUTPUT_FAILED} when a command that succeeded could not
   * write all of its output (a failure after a refusal leaves the refusal's status). Flushes both.
   */
  private static int checked(int status, PrintWriter out, PrintWriter err) {
    boolean outFailed = out.checkError();
    if (status != 0) {
      err.flush();
      return status;
    }
    if (outFailed) {
      err.println("pathsum: " + Output.failureMessage(out, "standard output"));
    }
    boolean errFailed = err.checkError();
    return outFailed || errFailed ? ErrorReporter.OUTPUT_FAILED : status;
  }

  /** Standard input, for files named {@code -}. */
  InputStream stdin() {
    return stdin;
  }

  /** Prints the worked example. */
  @Override
  public Integer call() {
    return Output.print(spec, WorkedExample.render());
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
