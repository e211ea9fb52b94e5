package org.pathsum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Single-source, single-target and pair path sums over a Spark {@code Dataset} of edges, for the
 * shipped semirings {@code real boolean tropical max-plus counting bottleneck viterbi log}.
 *
 * <p>The edge dataset has columns {@code source}, {@code target} (the same type: string, long…) and
 * {@code weight} (castable to the semiring's type: {@code double}; {@code boolean} for boolean;
 * {@code bigint} for counting). Parallel edges are distinct paths; self-loops are cycles; an edge
 * weighted 0̄ is ignored. Weights are checked against the carrier before solving.
 *
 * <ul>
 *   <li>Selective semirings (boolean, tropical, max-plus, bottleneck, Viterbi): delta-frontier
 *       Bellman–Ford, exact; an improving cycle (negative tropical, positive max-plus) is refused
 *       with a {@link org.pathsum.solver.NegativeCycleException} naming it.
 *   <li>Summing semirings (real, log, counting): path-length layers, exact on a DAG after depth
 *       supersteps; on a graph with cycles real and log stop at a stated relative {@linkplain
 *       Settings#tolerance() tolerance} and refuse a divergent series with a {@link
 *       org.pathsum.solver.DivergentPathSumException}; counting refuses any reachable cycle
 *       ({@link org.pathsum.solver.InfinitePathSumException}).
 * </ul>
 *
 * <p>A path sum that leaves the carrier is a {@link
 * org.pathsum.solver.CarrierOverflowException} naming the vertex, as in memory: an overflow
 * (tropical 1e308 + 1e308, a count past {@code Long.MAX_VALUE}) or an underflow (a real or Viterbi
 * product of nonzero weights that vanished to 0), checked on the settled values: a vertex left at 0̄
 * by a term that escaped is refused, a term that escaped beside a better one changes nothing.
 * All arithmetic is Spark SQL expressions (whole-stage code generation, no per-row Java objects).
 * Each superstep is one Spark job whose one shuffle is the aggregation of candidates by target; the
 * lineage is truncated by checkpointing every {@link Settings#checkpointEvery()} supersteps (every
 * superstep by default: see {@link Settings#DEFAULT}); nothing
 * is collected on the driver but per-superstep counts (and, on the way to a refusal, the few
 * vertices of the cycle named). A solve turns adaptive query execution off on the session while it
 * runs (its plans are fixed, and coalescing would break the co-partitioning) and restores it after.
 *
 * <p>Example:
 *
 * <pre>{@code
 * Dataset<Row> edges = spark.read().parquet("hdfs:///graphs/roads");  // source, target, weight
 * try (SparkPathSumResult r = SparkPathSums.solveFrom(edges, "tropical", "Berlin",
 *     SparkPathSums.Settings.DEFAULT)) {
 *   r.nonZeroValues().write().parquet("hdfs:///out/from-berlin");
 * }
 * }</pre>
 */
public final class SparkPathSums {

  /**
   * Tuning of a solve. Immutable.
   *
   * @param checkpointEvery truncate the lineage every this many supersteps (≥ 1). A superstep's
   *     plan refers to the previous state twice (the frontier and the merge), so between two
   *     checkpoints the logical plan Spark analyzes doubles with every superstep: measured on
   *     10⁶ edges in {@code local[2]}, supersteps took 35, 46, 111 and 215 s without
   *     checkpoints against 2–4 s with one every superstep. Values above 1 only pay off where a
   *     checkpoint is much dearer than planning, e.g. a reliable checkpoint to slow storage on a
   *     graph of few supersteps
   * @param tolerance relative bound on the neglected tail of a real or log series on a graph with
   *     cycles, in (0, 1)
   * @param maxSupersteps the budget: a solve that has neither settled nor been refused after this
   *     many supersteps stops with a {@link SuperstepLimitException}
   */
  public record Settings(int checkpointEvery, double tolerance, int maxSupersteps) {

    /**
     * Checkpoint every superstep, tolerance 1e-12, at most 100 000 supersteps. A local checkpoint
     * costs about what persisting the state costs, and it keeps every superstep's plan the same
     * size; see {@link #checkpointEvery()}.
     */
    public static final Settings DEFAULT = new Settings(1, 1e-12, 100_000);

    /** Validates the settings. */
    public Settings {
      if (checkpointEvery < 1) {
        throw new IllegalArgumentException("checkpointEvery must be at least 1: " + checkpointEvery);
      }
      if (!(tolerance > 0 && tolerance < 1)) {
        throw new IllegalArgumentException("tolerance must lie in (0, 1): " + tolerance);
      }
      if (maxSupersteps < 1) {
        throw new IllegalArgumentException("maxSupersteps must be at least 1: " + maxSupersteps);
      }
    }
  }

  private SparkPathSums() {}

  /** The semiring names accepted: {@code real boolean tropical max-plus counting bottleneck viterbi log}. */
  public static List<String> semiringNames() {
    return SqlSemiring.names();
  }

  /**
   * For every vertex v, the sum over paths {@code source → v}. The source gets at least 1̄; an
   * unreachable vertex gets 0̄.
   *
   * @param edges columns {@code source, target, weight}
   * @param semiring one of {@link #semiringNames()}, ignoring case
   * @param source a vertex of the graph (converted to the vertex column's type)
   * @throws IllegalArgumentException for an unknown semiring, a source not in the graph, a bad
   *     schema or a weight outside the carrier
   */
  public static SparkPathSumResult solveFrom(
      Dataset<Row> edges, String semiring, Object source, Settings settings) {
    return solve(edges, semiring, source, false, settings);
  }

  /**
   * For every vertex v, the sum over paths {@code v → target}, products in path order. The target
   * gets at least 1̄; a vertex that cannot reach it gets 0̄. Solved over the reversed edges (every
   * supported ⊗ is commutative).
   *
   * @throws IllegalArgumentException as {@link #solveFrom}
   */
  public static SparkPathSumResult solveTo(
      Dataset<Row> edges, String semiring, Object target, Settings settings) {
    return solve(edges, semiring, target, true, settings);
  }

  /**
   * The sum over the paths {@code source → target}, computed on the vertices that lie on such paths
   * only (those the source reaches and that reach the target), as the in-memory {@link
   * org.pathsum.solver.PathSumSolver#solveBetween solveBetween} does: a cycle without a defined sum
   * or a value that leaves the carrier off those paths does not matter. {@code source == target}
   * gives 1̄ ⊕ the cycles through it; a target the source does not reach gives 0̄. Collects the one
   * value on the driver.
   *
   * <p>Cost: two reachability solves (boolean, delta-frontier; as many supersteps as the longest
   * shortest path, plus one) to find those vertices, then the solve of {@link #solveFrom} on the
   * subgraph they induce.
   *
   * @return the value as the semiring's Java type: {@code Double}, {@code Boolean} or {@code Long}
   * @throws IllegalArgumentException as {@link #solveFrom}, for either vertex
   */
  public static Object solveBetween(
      Dataset<Row> edges, String semiring, Object source, Object target, Settings settings) {
    Objects.requireNonNull(edges, "edges");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(settings, "settings");
    SqlSemiring s = byName(semiring);
    PreparedGraph g = PreparedGraph.of(edges, s, false);
    try {
      requireVertex(g, source);
      requireVertex(g, target);
      Dataset<Row> on = onPaths(g, source, target, settings);
      if (on == null) {
        return s.zeroValue();
      }
      PreparedGraph sub = g.restrictedTo(on);
      on.unpersist(false);
      try (SparkPathSumResult r = run(sub, s, source, false, settings)) {
        Row value =
            r.values().filter(col("vertex").equalTo(lit(target).cast(g.vertexType))).first();
        return value.get(1);
      } finally {
        sub.release();
      }
    } finally {
      g.release();
    }
  }

  /**
   * The vertices on paths {@code source → target} (column {@code v}, persisted), or null if the
   * target is not reachable.
   */
  private static Dataset<Row> onPaths(
      PreparedGraph g, Object source, Object target, Settings settings) {
    Dataset<Row> from = reachable(g, source, false, settings);
    if (from.filter(col("v").equalTo(lit(target).cast(g.vertexType))).isEmpty()) {
      from.unpersist(false);
      return null;
    }
    Dataset<Row> to = reachable(g, target, true, settings);
    Dataset<Row> on =
        from.join(to.withColumnRenamed("v", "u"), col("v").equalTo(col("u")), "left_semi")
            .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    on.count();
    from.unpersist(false);
    to.unpersist(false);
    return on;
  }

  /** The vertices {@code anchor} reaches (or, reversed, that reach it): column {@code v}, persisted. */
  private static Dataset<Row> reachable(
      PreparedGraph g, Object anchor, boolean reversed, Settings settings) {
    PreparedGraph r = g.reachability(reversed);
    try (SparkPathSumResult values =
        DeltaBellmanFord.solve(r, SqlSemiring.BOOLEAN, anchor, reversed, settings)) {
      Dataset<Row> v =
          values.values().filter(col("value")).select(col("vertex").as("v"))
              .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
      v.count();
      return v;
    } finally {
      r.release();
    }
  }

  private static SqlSemiring byName(String name) {
    return SqlSemiring.byName(Objects.requireNonNull(name, "semiring"))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown semiring '" + name + "'; choose one of "
                        + String.join(", ", SqlSemiring.names())));
  }

  private static void requireVertex(PreparedGraph g, Object v) {
    if (g.vertices.filter(col("v").equalTo(lit(v).cast(g.vertexType))).isEmpty()) {
      throw new IllegalArgumentException(
          "vertex " + v + " is not in the graph (it is on no edge)");
    }
  }

  private static SparkPathSumResult run(
      PreparedGraph g, SqlSemiring s, Object anchor, boolean reverse, Settings settings) {
    SparkPathSumResult r =
        s.selective()
            ? DeltaBellmanFord.solve(g, s, anchor, reverse, settings)
            : PathLayers.solve(g, s, anchor, reverse, settings);
    return r.withZero(s.zeroValue());
  }

  private static SparkPathSumResult solve(
      Dataset<Row> edges, String name, Object anchor, boolean reverse, Settings settings) {
    Objects.requireNonNull(edges, "edges");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(settings, "settings");
    SqlSemiring s = byName(name);
    PreparedGraph g = PreparedGraph.of(edges, s, reverse);
    try {
      requireVertex(g, anchor);
      return run(g, s, anchor, reverse, settings);
    } finally {
      g.release();
    }
  }
}
