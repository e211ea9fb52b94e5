package org.pathsum.cli;

import java.io.PrintWriter;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Progress of a long {@code pathsum paths} run on standard error: after {@value #DELAY_MS} ms a
 * line rewritten in place with {@code \r} every {@value #PERIOD_MS} ms, e.g. {@code "pathsum:
 * reading g.txt: 1,204,224 edges (3 s)"}, then {@code "pathsum: solving 200,000 vertices, 1,000,000
 * edges (5 s)"}; cleared when the run ends.
 *
 * <p><b>When.</b> Only when standard error is a terminal ({@link #stderrIsTerminal}: on Linux
 * {@code /proc/self/fd/2} links to a {@code /dev/pts/…} or {@code /dev/tty…} device; elsewhere
 * the JVM's {@code System.console() != null}, which needs standard input and output to be a
 * terminal too). So {@code ./pathsum paths … > out.txt} on a terminal shows progress, while {@code
 * 2> log}, a pipe or the tests never do. Never on standard output, and never for a run that ends
 * within {@value #DELAY_MS} ms.
 *
 * <p><b>Cost.</b> The worker only writes volatile fields ({@link #edges} every 4096 edges, {@link
 * #phase} a few times per run); a daemon timer thread reads them. A disabled instance ({@link
 * #NONE}) starts no thread.
 *
 * <p>The solve itself is one call into the front door, which reports no progress of its own: the
 * solving phase shows the size of the graph and the elapsed time, not the component being solved.
 */
final class Progress implements AutoCloseable {

  /** How long a run goes before the line appears. */
  static final long DELAY_MS = 2000;

  /** How often the line is rewritten. */
  static final long PERIOD_MS = 250;

  /** An instance that shows nothing and starts no thread. */
  static final Progress NONE = new Progress(null, 0);

  private final PrintWriter err;
  private final long startNanos;
  private final Timer timer;
  private volatile String phase = "starting";
  private volatile long edges;
  private volatile boolean shown;
  private boolean closed;

  private Progress(PrintWriter err, long startNanos) {
    this.err = err;
    this.startNanos = startNanos;
    if (err == null) {
      timer = null;
      return;
    }
    timer = new Timer("pathsum-progress", true);
    timer.scheduleAtFixedRate(
        new TimerTask() {
          @Override
          public void run() {
            show();
          }
        },
        DELAY_MS,
        PERIOD_MS);
  }

  /**
   * Progress on {@code err} if {@code terminal}, else {@link #NONE}.
   *
   * @param terminal whether standard error is a terminal (the caller passes {@link
   *     #stderrIsTerminal()})
   */
  static Progress start(boolean terminal, PrintWriter err) {
    return terminal ? new Progress(err, System.nanoTime()) : NONE;
  }

  /**
   * Whether standard error is a terminal: on Linux whether {@code /proc/self/fd/2} links to a
   * terminal device, elsewhere (no {@code /proc}) whether {@code System.console() != null}.
   */
  static boolean stderrIsTerminal() {
    try {
      String fd2 =
          java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
      return isTerminalDevice(fd2);
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /**
   * Whether a file descriptor's link target is a terminal device ({@code /dev/pts/N}, {@code
   * /dev/ttyX}).
   */
  static boolean isTerminalDevice(String linkTarget) {
    return linkTarget.startsWith("/dev/pts/") || linkTarget.startsWith("/dev/tty");
  }

  /** Whether this instance shows anything (false for {@link #NONE}). */
  boolean enabled() {
    return timer != null;
  }

  /** Enters a phase, named as the line shows it (e.g. {@code "reading g.txt"}). */
  void phase(String name) {
    phase = name;
  }

  /** The number of edges read so far. */
  void edges(long n) {
    edges = n;
  }

  private synchronized void show() {
    if (closed) {
      return;
    }
    long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
    err.print("\r" + line(phase, edges, seconds) + "\u001B[K");
    err.flush();
    shown = true;
  }

  /**
   * The progress line: {@code "pathsum: PHASE: N edges (S s)"}, the count left out while it is 0.
   */
  static String line(String phase, long edges, long seconds) {
    StringBuilder sb = new StringBuilder("pathsum: ").append(phase);
    if (edges > 0) {
      sb.append(": ").append(String.format(java.util.Locale.ROOT, "%,d", edges)).append(" edges");
    }
    return sb.append(" (").append(seconds).append(" s)").toString();
  }

  /** Stops the timer and clears the line if one was shown. */
  @Override
  public synchronized void close() {
    if (timer == null) {
      return;
    }
    timer.cancel();
    closed = true;
    if (shown) {
      err.print("\r\u001B[K");
      err.flush();
    }
  }
}
