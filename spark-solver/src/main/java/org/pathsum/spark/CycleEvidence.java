package org.pathsum.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Finds one directed cycle among the vertices a solve reached, for the evidence of a refusal,
 * without collecting the graph: first trims, in rounds of Spark jobs, every vertex without an
 * in-edge or an out-edge inside the remaining set (what survives is cycles and the paths between
 * them), then walks out-edges from one survivor until a vertex repeats, which is a cycle because
 * every survivor has an out-edge to another survivor. The walk collects the surviving edges when
 * there are at most {@value #COLLECT_LIMIT} of them and otherwise looks up one vertex's out-edge per
 * step (one small job each).
 *
 * <p>Cost: O(trimming rounds) jobs, each O(|E|); rounds ≤ the longest path into or out of the
 * cyclic core. Used only on the way to a refusal.
 */
final class CycleEvidence {

  static final int COLLECT_LIMIT = 200_000;

  private CycleEvidence() {}

  /**
   * One cycle among {@code reached} (a dataset with column {@code v}), in the orientation of the
   * original graph.
   *
   * @throws IllegalStateException if the reached vertices have no cycle (a bug in the caller)
   */
  static List<Object> findCycle(PreparedGraph g, Dataset<Row> reached, boolean reversed) {
    Dataset<Row> live = reached.select("v").cache();
    long size = live.count();
    Dataset<Row> edges;
    while (true) {
      edges =
          g.edges
              .join(live.withColumnRenamed("v", "a"), col("src").equalTo(col("a")), "left_semi")
              .join(live.withColumnRenamed("v", "b"), col("dst").equalTo(col("b")), "left_semi")
              .select("src", "dst")
              .cache();
      Dataset<Row> next =
          edges.select(col("src").as("v")).distinct()
              .intersect(edges.select(col("dst").as("v")).distinct())
              .cache();
      long nextSize = next.count();
      live.unpersist(false);
      live = next;
      if (nextSize == size) {
        break;
      }
      edges.unpersist(false);
      size = nextSize;
    }
    if (size == 0) {
      throw new IllegalStateException("no cycle among the reached vertices");
    }
    List<Object> cycle;
    if (edges.count() <= COLLECT_LIMIT) {
      Map<Object, Object> out = new HashMap<>();
      for (Row e : edges.collectAsList()) {
        out.putIfAbsent(e.get(0), e.get(1));
      }
      cycle = walk(out.keySet().iterator().next(), out::get);
    } else {
      Dataset<Row> es = edges;
      Object start = live.first().get(0);
      cycle =
          walk(start, v -> es.filter(col("src").equalTo(org.apache.spark.sql.functions.lit(v)))
              .select("dst").first().get(0));
    }
    edges.unpersist(false);
    live.unpersist(false);
    if (reversed) {
      Collections.reverse(cycle);
    }
    return cycle;
  }

  private static List<Object> walk(Object start, java.util.function.Function<Object, Object> next) {
    Map<Object, Integer> seen = new HashMap<>();
    List<Object> path = new ArrayList<>();
    Object v = start;
    while (!seen.containsKey(v)) {
      seen.put(v, path.size());
      path.add(v);
      v = next.apply(v);
    }
    return new ArrayList<>(path.subList(seen.get(v), path.size()));
  }
}
