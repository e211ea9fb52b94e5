package org.pathsum.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bookkeeping every superstep loop shares: persisting each new state, truncating its lineage by
 * checkpointing every {@code checkpointEvery} supersteps (reliable {@code checkpoint()} when the SparkContext has a
 * checkpoint directory, as on a cluster, else {@code localCheckpoint()}), unpersisting the state it
 * replaces, and logging supersteps, shuffle bytes and time per superstep at INFO on logger {@code
 * org.pathsum.spark}.
 */
final class Supersteps implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger("org.pathsum.spark");

  private final SparkSession spark;
  private final int checkpointEvery;
  private final String what;
  private final ShuffleMeter meter;
  private final List<SuperstepStats> stats = new ArrayList<>();
  private final List<Dataset<Row>> kept = new ArrayList<>();
  private final String oldAdaptive;
  private long started;
  private long shuffleAtStart;
  private boolean checkpointed;

  Supersteps(SparkSession spark, int checkpointEvery, String what) {
    this.spark = spark;
    this.checkpointEvery = checkpointEvery;
    this.what = what;
    this.meter = new ShuffleMeter(spark.sparkContext());
    // Adaptive execution would coalesce a superstep's output into fewer partitions than the edges
    // have (the next join would then shuffle the edges again) and re-plan every stage of every
    // superstep; the plan of a superstep is fixed, so it is off during a solve.
    this.oldAdaptive = spark.conf().get("spark.sql.adaptive.enabled", "true");
    spark.conf().set("spark.sql.adaptive.enabled", "false");
  }

  /** Starts the clock of superstep {@link #count()} + 1. */
  void begin() {
    started = System.nanoTime();
    shuffleAtStart = meter.written();
    checkpointed = false;
  }

  /**
   * Persists {@code next} (or checkpoints it, every {@code checkpointEvery}-th superstep) and
   * returns the dataset to use from now on. The caller runs one action on it for the superstep's
   * statistics, which materializes it, and then calls {@link #end}.
   */
  Dataset<Row> keep(Dataset<Row> next) {
    Dataset<Row> d;
    if ((stats.size() + 1) % checkpointEvery == 0) {
      boolean reliable = spark.sparkContext().getCheckpointDir().isDefined();
      d = reliable ? next.checkpoint(true) : next.localCheckpoint(true);
      checkpointed = true;
    } else {
      d = next.persist(StorageLevel.MEMORY_AND_DISK());
    }
    kept.add(d);
    return d;
  }

  /**
   * Ends the superstep: unpersists every kept dataset but the last {@code live} ones, records and
   * logs the statistics.
   */
  SuperstepStats end(long active, long reached, int live) {
    while (kept.size() > live) {
      kept.remove(0).unpersist(false);
    }
    SuperstepStats s =
        new SuperstepStats(
            stats.size() + 1,
            active,
            reached,
            meter.written() - shuffleAtStart,
            (System.nanoTime() - started) / 1_000_000,
            checkpointed);
    stats.add(s);
    LOG.info("{} {}", what, s);
    return s;
  }

  /** Supersteps ended so far. */
  int count() {
    return stats.size();
  }

  /** The statistics so far. */
  List<SuperstepStats> stats() {
    return List.copyOf(stats);
  }

  /** Unpersists everything kept but {@code result}, which the caller now owns. */
  void finish(Dataset<Row> result) {
    for (Dataset<Row> d : kept) {
      if (d != result) {
        d.unpersist(false);
      }
    }
    kept.clear();
  }

  /** Unpersists what a failed solve left behind, restores the session setting, stops metering. */
  @Override
  public void close() {
    kept.forEach(d -> d.unpersist(false));
    kept.clear();
    spark.conf().set("spark.sql.adaptive.enabled", oldAdaptive);
    meter.close();
  }
}
