package org.pathsum.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A UTF-8 {@link PrintWriter} that remembers why its stream first failed. A {@code PrintWriter}
 * swallows every {@link IOException} and keeps only a flag ({@link #checkError()}); this one also
 * keeps the first exception's message ("No space left on device", "Broken pipe"), so that the one
 * line on standard error can say why. Used for the process's standard output and error.
 *
 * <p>Not thread-safe beyond what {@code PrintWriter} promises; the recorded reason is written by
 * the thread whose write failed and read after {@link #checkError()} (which synchronizes on the
 * writer's lock).
 */
final class RecordingWriter extends PrintWriter {

  private final Recorder recorder;

  private RecordingWriter(Recorder recorder) {
    super(new OutputStreamWriter(recorder, StandardCharsets.UTF_8), false);
    this.recorder = recorder;
  }

  /** A writer of UTF-8 text to {@code out}, without automatic flushing. */
  static RecordingWriter utf8(OutputStream out) {
    return new RecordingWriter(new Recorder(out));
  }

  /** Why the stream first failed, if it has: the message of its first {@link IOException}. */
  Optional<String> failure() {
    return Optional.ofNullable(recorder.failure);
  }

  /** Passes everything through, keeping the message of the first failure. */
  private static final class Recorder extends FilterOutputStream {
    private volatile String failure;

    Recorder(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw noted(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len); // FilterOutputStream's own would write byte by byte
      } catch (IOException e) {
        throw noted(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw noted(e);
      }
    }

    private IOException noted(IOException e) {
      if (failure == null) {
        failure = String.valueOf(e.getMessage());
      }
      return e;
    }
  }
}
