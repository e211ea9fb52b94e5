package org.pathsum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Reads the edges of {@link SparkPathSumsMain} from any Hadoop filesystem path, in one of three
 * formats:
 *
 * <ul>
 *   <li>{@code edgelist}: pathsum's edge-list text, parsed line by line on the executors by
 *       {@link EdgeListLine}; the first bad line (by line number) is reported as {@code
 *       FILE:LINE:COLUMN: message}, a weight that is not in the semiring only when {@link
 *       #requireWeightsInSemiring} is called. Records each vertex's first appearance, so that printed results
 *       follow the file's order like {@code pathsum paths}. A DOT file (named {@code .dot} or
 *       {@code .gv}, or whose first line that is not blank or a comment is a DOT header such as
 *       {@code digraph G {}) is refused: DOT is read by {@code pathsum paths} only.
 *   <li>{@code csv}: a header line with columns {@code source,target,weight} (weight optional under
 *       {@code --unweighted}); weights cast by Spark SQL.
 *   <li>{@code parquet}: columns {@code source, target, weight}.
 * </ul>
 *
 * Nothing is collected on the driver but the first error.
 */
final class EdgeInput {

  /** The edges (source, target, weight) and every vertex with its order of appearance. */
  final Dataset<Row> edges;

  /** Columns {@code vertex, ord}: every declared or edge vertex, ord its first appearance. */
  final Dataset<Row> vertices;

  /** The first edge whose weight is not in the semiring, as {@code FILE:LINE:COLUMN: message}. */
  private final Optional<String> badWeight;

  private EdgeInput(Dataset<Row> edges, Dataset<Row> vertices, Optional<String> badWeight) {
    this.edges = edges;
    this.vertices = vertices;
    this.badWeight = badWeight;
  }

  /**
   * Refuses the first edge (by line) whose weight is not in the semiring. {@code pathsum paths}
   * checks the query's vertices before the weights; so does {@code pathsum-spark}, which calls this
   * after checking them.
   *
   * @throws BadInputException naming the weight as {@code FILE:LINE:COLUMN}
   */
  void requireWeightsInSemiring() {
    if (badWeight.isPresent()) {
      throw new BadInputException(badWeight.get());
    }
  }

  /**
   * The format named by {@code --format}, or by the path's extension: csv, parquet, else edgelist.
   *
   * @throws BadInputException for DOT, by {@code --format dot} or a {@code .dot}/{@code .gv} name
   */
  static String formatOf(String path, String format) {
    String p = path.toLowerCase(Locale.ROOT);
    if ("dot".equalsIgnoreCase(format)
        || (format == null && (p.endsWith(".dot") || p.endsWith(".gv")))) {
      throw dotRefused(path);
    }
    if (format != null) {
      return format;
    }
    if (p.endsWith(".csv")) {
      return "csv";
    }
    if (p.endsWith(".parquet")) {
      return "parquet";
    }
    return "edgelist";
  }

  /**
   * Reads {@code path}.
   *
   * @throws BadInputException for a malformed line or a missing column
   */
  static EdgeInput read(
      SparkSession spark, String path, String format, SqlSemiring s, boolean unweighted) {
    switch (format) {
      case "edgelist":
        return edgeList(spark, path, s, unweighted);
      case "csv":
        return table(spark.read().option("header", "true").csv(path), path, s, unweighted);
      case "parquet":
        return table(spark.read().parquet(path), path, s, unweighted);
      default:
        throw new BadInputException(
            "--format: unknown format '" + format + "'; choose edgelist, csv or parquet");
    }
  }

  /** The refusal of a DOT file, which only {@code pathsum paths} reads. */
  static BadInputException dotRefused(String path) {
    return new BadInputException(
        path
            + ": DOT input is not supported by pathsum-spark; write the graph as an edge list"
            + " ('from to weight' per line), CSV or Parquet, or use ./pathsum paths, which reads"
            + " DOT");
  }

  private static EdgeInput table(Dataset<Row> in, String path, SqlSemiring s, boolean unweighted) {
    List<String> cols = List.of(in.columns());
    for (String c : unweighted ? List.of("source", "target") : List.of("source", "target", "weight")) {
      if (!cols.contains(c)) {
        throw new BadInputException(
            path + ": no column '" + c + "' (its columns: " + String.join(", ", cols) + ")");
      }
    }
    Dataset<Row> edges =
        in.select(
            col("source").cast("string").as("source"),
            col("target").cast("string").as("target"),
            (unweighted ? s.one() : col("weight").cast(s.type())).as("weight"));
    Dataset<Row> vertices =
        edges.select(col("source").as("vertex"))
            .union(edges.select(col("target").as("vertex")))
            .distinct()
            .withColumn("ord", lit(0L));
    return new EdgeInput(edges, vertices, Optional.empty());
  }

  private static EdgeInput edgeList(SparkSession spark, String path, SqlSemiring s, boolean unw) {
    EdgeListLine parser = new EdgeListLine(s.semiringName(), unw);
    JavaRDD<Row> rows =
        spark
            .read()
            .textFile(path)
            .javaRDD()
            .zipWithIndex()
            .map(
                t -> {
                  String line = t._1();
                  if (t._2() == 0 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a UTF-8 byte-order mark is ignored
                  }
                  EdgeListLine.Parsed p = parser.parse(line);
                  return RowFactory.create(
                      t._2() + 1, p.kind, p.from, p.to, p.weight, p.error, p.dot);
                });
    StructType schema =
        new StructType()
            .add("line", DataTypes.LongType, false)
            .add("kind", DataTypes.IntegerType, false)
            .add("from", DataTypes.StringType, true)
            .add("to", DataTypes.StringType, true)
            .add("weight", s.type(), true)
            .add("error", DataTypes.StringType, true)
            .add("dot", DataTypes.BooleanType, false);
    Dataset<Row> parsed =
        spark.createDataFrame(rows, schema).persist(StorageLevel.MEMORY_AND_DISK());
    // One pass: the first line that is not blank or a comment, the first bad line, the first bad
    // weight.
    Row firsts =
        parsed
            .agg(
                min(when(col("kind").notEqual(0), col("line"))),
                min(when(col("kind").notEqual(0).and(col("dot")), col("line"))),
                min(when(col("kind").equalTo(-1), col("line"))),
                min(when(col("kind").equalTo(EdgeListLine.WEIGHT_ERROR), col("line"))))
            .first();
    if (!firsts.isNullAt(0) && !firsts.isNullAt(1) && firsts.getLong(0) == firsts.getLong(1)) {
      parsed.unpersist(false);
      throw dotRefused(path);
    }
    if (!firsts.isNullAt(2)) {
      Row bad = parsed.filter(col("line").equalTo(firsts.getLong(2))).first();
      parsed.unpersist(false);
      throw new BadInputException(path + ":" + bad.getLong(0) + ":" + bad.getString(5));
    }
    Optional<String> badWeight = Optional.empty();
    if (!firsts.isNullAt(3)) {
      Row bad = parsed.filter(col("line").equalTo(firsts.getLong(3))).first();
      badWeight = Optional.of(path + ":" + bad.getLong(0) + ":" + bad.getString(5));
    }
    Dataset<Row> edges =
        parsed
            .filter(col("kind").equalTo(2))
            .select(col("from").as("source"), col("to").as("target"), col("weight"));
    Dataset<Row> vertices =
        parsed
            .filter(col("kind").geq(1).or(col("kind").equalTo(EdgeListLine.WEIGHT_ERROR)))
            .select(col("from").as("vertex"), col("line").multiply(2).as("ord"))
            .union(
                parsed
                    .filter(col("kind").isin(2, EdgeListLine.WEIGHT_ERROR))
                    .select(col("to").as("vertex"), col("line").multiply(2).plus(1).as("ord")))
            .groupBy("vertex")
            .agg(min("ord").as("ord"));
    return new EdgeInput(edges, vertices, badWeight);
  }
}
