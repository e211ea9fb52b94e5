package org.pathsum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.storage.StorageLevel;

/**
 * The edges of one solve, ready for supersteps: columns {@code src, dst, w} (the weight cast to the
 * semiring's SQL type, 0̄-weighted edges dropped, edges reversed for a single-target solve), hash
 * partitioned by {@code src} into the session's shuffle partitions and persisted; and the vertex set
 * {@code v}, hash partitioned the same way. Because every superstep's state is partitioned by vertex
 * into the same number of partitions, the join of the frontier with the edges and the merge of the
 * candidates into the state need no exchange: the aggregation of candidates by target is the
 * superstep's one shuffle.
 */
final class PreparedGraph {

  final Dataset<Row> edges;
  final Dataset<Row> vertices;
  final DataType vertexType;
  final int partitions;
  private final boolean ownsVertices;

  private PreparedGraph(
      Dataset<Row> edges,
      Dataset<Row> vertices,
      DataType vertexType,
      int partitions,
      boolean ownsVertices) {
    this.edges = edges;
    this.vertices = vertices;
    this.vertexType = vertexType;
    this.partitions = partitions;
    this.ownsVertices = ownsVertices;
  }

  /**
   * Validates {@code input} (columns {@code source, target, weight}; weights in the carrier) and
   * prepares it. Runs one job to validate and one to build the vertex set.
   *
   * @param reverse whether to reverse every edge (single-target solving over a commutative ⊗)
   * @throws IllegalArgumentException for a missing column, mismatched vertex types, or a weight
   *     outside the carrier (naming the edge)
   */
  static PreparedGraph of(Dataset<Row> input, SqlSemiring s, boolean reverse) {
    List<String> names = Arrays.asList(input.columns());
    for (String c : List.of("source", "target", "weight")) {
      if (!names.contains(c)) {
        throw new IllegalArgumentException(
            "the edge dataset has no column '" + c + "' (its columns: " + names
                + "); give it columns source, target, weight");
      }
    }
    DataType st = input.schema().apply("source").dataType();
    DataType tt = input.schema().apply("target").dataType();
    if (!st.equals(tt)) {
      throw new IllegalArgumentException(
          "the columns source (" + st.simpleString() + ") and target (" + tt.simpleString()
              + ") must have the same type");
    }
    Dataset<Row> typed =
        input.select(
            col(reverse ? "target" : "source").as("src"),
            col(reverse ? "source" : "target").as("dst"),
            col("weight").cast(s.type()).as("w"),
            col("weight").as("raw"));
    List<Row> bad = typed.filter(not(s.member(col("w")))).limit(1).collectAsList();
    if (!bad.isEmpty()) {
      Row r = bad.get(0);
      Object from = reverse ? r.get(1) : r.get(0);
      Object to = reverse ? r.get(0) : r.get(1);
      throw new IllegalArgumentException(
          "edge " + from + " -> " + to + " has weight " + r.get(3) + ", which is not in the "
              + s.semiringName() + " semiring");
    }
    int partitions =
        Integer.parseInt(input.sparkSession().conf().get("spark.sql.shuffle.partitions"));
    Dataset<Row> edges =
        typed
            .filter(not(s.isZero(col("w"))))
            .select("src", "dst", "w")
            .repartition(partitions, col("src"))
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> vertices =
        typed
            .select(col("src").as("v"))
            .union(typed.select(col("dst").as("v")))
            .groupBy("v")
            .count()
            .select("v")
            .persist(StorageLevel.MEMORY_AND_DISK());
    return new PreparedGraph(edges, vertices, st, partitions, true);
  }

  /**
   * The same vertices with every edge weighing {@code true} (0̄-weighted edges were dropped
   * already), in the given orientation relative to this graph: what the reachability of a pair
   * query runs on. The edges are persisted; {@link #release()} drops them, the vertices stay
   * shared with this graph (release this graph last).
   *
   * @param reverse whether to reverse every edge of this graph
   */
  PreparedGraph reachability(boolean reverse) {
    Dataset<Row> e =
        edges
            .select(
                col(reverse ? "dst" : "src").as("src"),
                col(reverse ? "src" : "dst").as("dst"),
                lit(true).as("w"))
            .repartition(partitions, col("src"))
            .persist(StorageLevel.MEMORY_AND_DISK());
    return new PreparedGraph(e, vertices, vertexType, partitions, false);
  }

  /**
   * The subgraph induced by the vertices {@code on} (column {@code v}): the edges with both ends
   * in it, partitioned and persisted like this graph's, and materialized (two jobs), so that the
   * caller may release {@code on} and what it was computed from. {@link #release()} drops them and
   * {@code on}'s persisted copy.
   */
  PreparedGraph restrictedTo(Dataset<Row> on) {
    Dataset<Row> keep =
        on.select("v").repartition(partitions, col("v")).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> e =
        edges
            .join(keep.withColumnRenamed("v", "a"), col("src").equalTo(col("a")), "left_semi")
            .join(keep.withColumnRenamed("v", "b"), col("dst").equalTo(col("b")), "left_semi")
            .repartition(partitions, col("src"))
            .persist(StorageLevel.MEMORY_AND_DISK());
    keep.count();
    e.count();
    return new PreparedGraph(e, keep, vertexType, partitions, true);
  }

  /** Drops the persisted edges and vertices. */
  void release() {
    edges.unpersist(false);
    if (ownsVertices) {
      vertices.unpersist(false);
    }
  }
}
