package org.pathsum.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Rows of the text table of {@code paths} gathered for formatting: a window of {@value #WINDOW}
 * vertices and their sums. {@link #flush} formats the rows (halves in parallel when the window is
 * full, the second half on one daemon thread started with the first full window) and writes them in
 * order.
 */
final class TableWindow<W> implements AutoCloseable {

  /** How many rows the table gathers before formatting and writing them. */
  static final int WINDOW = 1 << 13;

  private final int width;
  private final WeightDomain<W> domain;
  private final String[] vertices = new String[WINDOW];
  private final Object[] sums = new Object[WINDOW];
  private final StringBuilder first = new StringBuilder();
  private final StringBuilder second = new StringBuilder();
  private char[] chars = new char[0];
  private ExecutorService helper;
  private int size;

  TableWindow(int width, WeightDomain<W> domain) {
    this.width = width;
    this.domain = domain;
  }

  /** Adds a row; true when the window is full. */
  boolean add(String vertex, W sum) {
    vertices[size] = vertex;
    sums[size] = sum;
    return ++size == WINDOW;
  }

  /** Formats and writes the rows gathered, then empties the window. */
  void flush(PrintWriter out) {
    int half = size / 2;
    if (size == WINDOW) {
      if (helper == null) {
        helper =
            Executors.newSingleThreadExecutor(
                r -> {
                  Thread t = new Thread(r, "pathsum-table");
                  t.setDaemon(true);
                  return t;
                });
      }
      Future<?> later = helper.submit(() -> format(half, WINDOW, second));
      format(0, half, first);
      try {
        later.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while writing the table", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(e.getCause());
      }
    } else {
      format(0, half, first);
      format(half, size, second);
    }
    write(first, out);
    write(second, out);
    // a closed pipe or a full disk stops the table here, not after formatting all of it
    Output.requireWritten(out, "standard output");
    Arrays.fill(vertices, 0, size, null);
    Arrays.fill(sums, 0, size, null);
    size = 0;
  }

  @Override
  public void close() {
    if (helper != null) {
      helper.shutdown();
    }
  }

  /** Writes the chars of {@code sb} through a reused buffer (no String copy). */
  private void write(StringBuilder sb, PrintWriter out) {
    int n = sb.length();
    if (chars.length < n) {
      chars = new char[n];
    }
    sb.getChars(0, n, chars, 0);
    out.write(chars, 0, n);
  }

  @SuppressWarnings("unchecked")
  private void format(int from, int to, StringBuilder sb) {
    sb.setLength(0);
    for (int i = from; i < to; i++) {
      String label = Output.label(vertices[i]);
      sb.append("  ").append(label);
      for (int pad = width - DisplayWidth.of(label); pad > 0; pad--) {
        sb.append(' ');
      }
      domain.appendText(sb.append("  "), (W) sums[i]).append('\n');
    }
  }
}
