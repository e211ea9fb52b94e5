package org.pathsum.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import java.util.List;
import java.util.Locale;
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
 *   <li>{@code edgelist}: pathsum's edge-list text (DESIGN.md §4), parsed line by line on the
 *       executors by {@link EdgeListLine}; the first bad line (by line number) is reported as
 *       {@code FILE:LINE:COLUMN: message}. Records each vertex's first appearance, so that printed
 *       results follow the file's order like {@code pathsum paths}.
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

  private EdgeInput(Dataset<Row> edges, Dataset<Row> vertices) {
    this.edges = edges;
    this.vertices = vertices;
  }

  /** The format named by {@code --format}, or by the path's extension: csv, parquet, else edgelist. */
  static String formatOf(String path, String format) {
    if (format != null) {
      return format;
    }
    String p = path.toLowerCase(Locale.ROOT);
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
    return new EdgeInput(edges, vertices);
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
                  return RowFactory.create(t._2() + 1, p.kind, p.from, p.to, p.weight, p.error);
                });
    StructType schema =
        new StructType()
            .add("line", DataTypes.LongType, false)
            .add("kind", DataTypes.IntegerType, false)
            .add("from", DataTypes.StringType, true)
            .add("to", DataTypes.StringType, true)
            .add("weight", s.type(), true)
            .add("error", DataTypes.StringType, true);
    Dataset<Row> parsed =
        spark.createDataFrame(rows, schema).persist(StorageLevel.MEMORY_AND_DISK());
    List<Row> bad =
        parsed.filter(col("kind").equalTo(-1)).orderBy("line").limit(1).collectAsList();
    if (!bad.isEmpty()) {
      parsed.unpersist(false);
      throw new BadInputException(path + ":" + bad.get(0).getLong(0) + ":" + bad.get(0).getString(5));
    }
    Dataset<Row> edges =
        parsed
            .filter(col("kind").equalTo(2))
            .select(col("from").as("source"), col("to").as("target"), col("weight"));
    Dataset<Row> vertices =
        parsed
            .filter(col("kind").geq(1))
            .select(col("from").as("vertex"), col("line").multiply(2).as("ord"))
            .union(
                parsed
                    .filter(col("kind").equalTo(2))
                    .select(col("to").as("vertex"), col("line").multiply(2).plus(1).as("ord")))
            .groupBy("vertex")
            .agg(min("ord").as("ord"));
    return new EdgeInput(edges, vertices);
  }
}
