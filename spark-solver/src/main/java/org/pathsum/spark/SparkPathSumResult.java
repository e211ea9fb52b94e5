package org.pathsum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The result of a Spark path-sum solve: a dataset of every vertex with its path sum, and the
 * statistics of each superstep.
 *
 * <p>{@link #values()} has columns {@code vertex} (the type of the edge columns) and {@code value}
 * (the semiring's SQL type: {@code double}, {@code boolean} or {@code bigint}); a vertex without a
 * path has 0̄, like {@link org.pathsum.solver.PathSums#values()}. It is persisted; {@link #close()}
 * releases it. Nothing is collected on the driver.
 */
public final class SparkPathSumResult implements AutoCloseable {

  private final Dataset<Row> values;
  private final List<SuperstepStats> supersteps;
  private final Runnable release;
  private final Object zero;

  SparkPathSumResult(Dataset<Row> values, List<SuperstepStats> supersteps, Runnable release) {
    this(values, supersteps, release, null);
  }

  private SparkPathSumResult(
      Dataset<Row> values, List<SuperstepStats> supersteps, Runnable release, Object zero) {
    this.values = values;
    this.supersteps = List.copyOf(supersteps);
    this.release = release;
    this.zero = zero;
  }

  SparkPathSumResult withZero(Object zero) {
    return new SparkPathSumResult(values, supersteps, release, Objects.requireNonNull(zero));
  }

  /** Every vertex with its path sum: columns {@code vertex, value}. */
  public Dataset<Row> values() {
    return values;
  }

  /** Only the vertices whose path sum is not 0̄ (those with a path, bar exact cancellation). */
  public Dataset<Row> nonZeroValues() {
    return values.filter(not(col("value").eqNullSafe(zero)));
  }

  /** The statistics of each superstep, in order. */
  public List<SuperstepStats> supersteps() {
    return supersteps;
  }

  /** Unpersists the result. */
  @Override
  public void close() {
    release.run();
  }
}
