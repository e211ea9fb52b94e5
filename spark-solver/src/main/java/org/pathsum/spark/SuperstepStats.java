package org.pathsum.spark;

import java.util.Locale;

/**
 * What one superstep of a Spark solve did, as logged: how many vertices changed (the frontier or
 * the path-length layer), how many have a path so far, the shuffle bytes written and the wall-clock
 * time. Immutable.
 *
 * @param superstep 1 for the first superstep
 * @param active vertices that improved (selective semirings) or that the new path-length layer
 *     reaches (summing semirings)
 * @param reached vertices with a path from (or to) the anchor so far
 * @param shuffleBytes shuffle bytes written by the superstep's jobs, from a {@code SparkListener};
 *     {@code -1} when unknown (the listener bus delivers events asynchronously, so a few events may
 *     be counted in the next superstep)
 * @param millis wall-clock time of the superstep on the driver, including its one action
 * @param checkpointed whether the superstep truncated the lineage by checkpointing
 */
public record SuperstepStats(
    int superstep, long active, long reached, long shuffleBytes, long millis, boolean checkpointed) {

  /** One line for a log: {@code superstep 3: active 120, reached 4100, shuffle 1.2 MB, 85 ms}. */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "superstep %d: active %d, reached %d, shuffle %s, %d ms%s",
        superstep,
        active,
        reached,
        shuffleBytes < 0 ? "?" : String.format(Locale.ROOT, "%.1f kB", shuffleBytes / 1e3),
        millis,
        checkpointed ? ", checkpointed" : "");
  }
}
