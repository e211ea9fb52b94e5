package org.pathsum.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * A small weighted multigraph held twice: as a JGraphT graph for the in-memory solvers and as a
 * Spark edge dataset. Vertices are "v0".."v{n-1}"; edge ids are indices into the weight list.
 */
final class TestGraph<W> {

  final int n;
  final List<String[]> ends = new ArrayList<>();
  final List<W> weights = new ArrayList<>();

  TestGraph(int n) {
    this.n = n;
  }

  TestGraph<W> edge(String from, String to, W w) {
    ends.add(new String[] {from, to});
    weights.add(w);
    return this;
  }

  /**
   * A seeded random multigraph: each vertex gets up to {@code maxOut} out-edges (parallel edges
   * possible); a DAG only has edges from lower to higher index, a cyclic one also back edges.
   */
  static <W> TestGraph<W> random(
      long seed, int n, int maxOut, boolean dag, Function<SplittableRandom, W> weight) {
    SplittableRandom rnd = new SplittableRandom(seed);
    TestGraph<W> g = new TestGraph<>(n);
    for (int u = 0; u < n; u++) {
      int out = rnd.nextInt(maxOut + 1);
      for (int k = 0; k < out; k++) {
        int v;
        if (dag) {
          if (u == n - 1) {
            break;
          }
          v = u + 1 + rnd.nextInt(Math.min(n - u - 1, 4));
        } else {
          v = rnd.nextInt(n);
        }
        g.edge("v" + u, "v" + v, weight.apply(rnd));
      }
    }
    return g;
  }

  Graph<String, Integer> graph() {
    Graph<String, Integer> g = new DirectedPseudograph<>(null, null, false);
    for (int i = 0; i < ends.size(); i++) {
      g.addVertex(ends.get(i)[0]);
      g.addVertex(ends.get(i)[1]);
      g.addEdge(ends.get(i)[0], ends.get(i)[1], i);
    }
    return g;
  }

  Map<Integer, W> weightMap() {
    Map<Integer, W> m = new HashMap<>();
    for (int i = 0; i < weights.size(); i++) {
      m.put(i, weights.get(i));
    }
    return m;
  }

  Dataset<Row> dataset(SparkSession spark, DataType weightType) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < ends.size(); i++) {
      rows.add(RowFactory.create(ends.get(i)[0], ends.get(i)[1], weights.get(i)));
    }
    StructType schema =
        new StructType()
            .add("source", DataTypes.StringType, false)
            .add("target", DataTypes.StringType, false)
            .add("weight", weightType, false);
    return spark.createDataFrame(rows, schema);
  }
}
