package org.pathsum.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Counts shuffle bytes written by finished tasks, for the per-superstep log. Registered for the
 * duration of one solve and removed by {@link #close()}. Listener events arrive asynchronously, so
 * a reading right after a job may miss its last few tasks; the count is for logs, not for logic.
 */
final class ShuffleMeter extends SparkListener implements AutoCloseable {

  private final SparkContext context;
  private final AtomicLong written = new AtomicLong();

  ShuffleMeter(SparkContext context) {
    this.context = context;
    context.addSparkListener(this);
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
    TaskMetrics m = taskEnd.taskMetrics();
    if (m != null) {
      written.addAndGet(m.shuffleWriteMetrics().bytesWritten());
    }
  }

  /** Shuffle bytes written so far. */
  long written() {
    return written.get();
  }

  @Override
  public void close() {
    context.removeSparkListener(this);
  }
}
