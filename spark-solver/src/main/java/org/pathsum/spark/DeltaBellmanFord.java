package org.pathsum.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.NegativeCycleException;

/**
 * Delta-frontier Bellman–Ford (semi-naive evaluation) for the selective semirings: only vertices
 * whose value improved in the last superstep propagate.
 *
 * <p>State, one row per vertex, partitioned by vertex: {@code v, val, hops, parent, changed}. A
 * superstep joins the frontier ({@code changed}) with the edges (co-partitioned by source: no
 * exchange), aggregates the candidates by target with {@code min(struct(orderKey, hops, value,
 * parent))} (the one shuffle), and merges the best candidate into the state by a left join
 * (co-partitioned: no exchange); a candidate replaces the value only if it is strictly better.
 *
 * <p><b>Improving cycles.</b> {@code hops} is the length of the walk whose weight a vertex holds.
 * Values only change by strict improvement, so a walk that repeats a vertex contains a cycle that
 * strictly improved it; once some improved vertex holds a walk of at least as many edges as there
 * are reached vertices, an improving cycle is proven. Its vertices are found by following parent
 * pointers (one small lookup job per step, at most {@code reached + 1} steps); a cycle of parent
 * pointers is always improving. If the pointers do not close yet, the supersteps continue (values
 * on an improving cycle keep decreasing, which forces such a parent cycle).
 *
 * <p><b>Carrier.</b> An improvement that left the carrier (−∞ tropical, +∞ max-plus: it can only
 * get worse) is refused at once; once the values settle, {@link CarrierCheck} refuses a term of a
 * settled value that escaped ({@code 1e308 + 1e308} in tropical, {@code 1e-200 × 1e-200} in
 * Viterbi), as the in-memory solvers do, even beside a better path.
 *
 * <p><b>Cost.</b> One job per superstep, and one for the carrier check; per superstep
 * O(|frontier out-edges|) join work, O(|V|) merge work, and a shuffle of the candidates only. Supersteps: the largest number of edges on a
 * best path, plus one; up to |V| with improving cycles before the refusal.
 */
final class DeltaBellmanFord {

  private DeltaBellmanFord() {}

  static SparkPathSumResult solve(
      PreparedGraph g, SqlSemiring s, Object anchor, boolean reversed, SparkPathSums.Settings set) {
    Dataset<Row> state = initialState(g, s, anchor);
    try (Supersteps steps =
        new Supersteps(g.edges.sparkSession(), set.checkpointEvery(), s.semiringName())) {
      int extra = 0;
      long provenAt = -1;
      long lastChanged = 1; // the anchor, before the first superstep
      while (true) {
        if (steps.count() >= set.maxSupersteps()) {
          throw new SuperstepLimitException(set.maxSupersteps(), s.semiringName(), lastChanged);
        }
        steps.begin();
        Dataset<Row> next = steps.keep(superstep(g, s, state));
        Row r =
            next.agg(
                    count_if(col("changed")),
                    count_if(not(s.isZero(col("val")))),
                    max(when(col("changed"), col("hops"))),
                    min(when(col("bad"), struct(col("v"), col("val")))))
                .first();
        long changed = r.getLong(0);
        long reached = r.getLong(1);
        steps.end(changed, reached, 2);
        lastChanged = changed;
        if (!r.isNullAt(3)) {
          Row bad = r.getStruct(3);
          throw CarrierCheck.refusal(s, bad.get(0), bad.get(1), anchor, reversed);
        }
        state = next.drop("bad");
        if (changed == 0) {
          CarrierCheck.requireTermsInCarrier(
              g, s, next.select(col("v"), col("val").as("x")), anchor, reversed);
          Dataset<Row> values = next.select(col("v").as("vertex"), col("val").as("value"));
          steps.finish(next);
          return new SparkPathSumResult(values, steps.stats(), () -> next.unpersist(false));
        }
        if (!r.isNullAt(2) && r.getInt(2) >= reached) {
          provenAt = provenAt < 0 ? steps.count() : provenAt;
          List<Object> cycle = parentCycle(state, g, reached);
          if (cycle != null) {
            throw negativeCycle(cycle, g, s, reversed);
          }
          if (++extra > Math.max(64, 4 * reached)) {
            throw new IllegalStateException(
                "an improving cycle exists (proven at superstep " + provenAt
                    + ") but its parent pointers did not close; this is a bug");
          }
        }
      }
    }
  }

  /** One row per vertex: the anchor with 1̄ and {@code changed}, every other vertex with 0̄. */
  static Dataset<Row> initialState(PreparedGraph g, SqlSemiring s, Object anchor) {
    Column a = lit(anchor).cast(g.vertexType);
    return
        g.vertices.select(
            col("v"),
            when(col("v").equalTo(a), s.one()).otherwise(s.zero()).as("val"),
            when(col("v").equalTo(a), lit(0)).otherwise(lit(null).cast(DataTypes.IntegerType))
                .as("hops"),
            lit(null).cast(g.vertexType).as("parent"),
            col("v").equalTo(a).as("changed"));
  }

  /** One superstep's plan: frontier ⋈ edges, best candidate per target, merge into the state. */
  static Dataset<Row> superstep(PreparedGraph g, SqlSemiring s, Dataset<Row> state) {
    Dataset<Row> frontier =
        state
            .filter(col("changed"))
            .select(col("v").as("fv"), col("val").as("fval"), col("hops").as("fhops"));
    Column value = s.times(col("fval"), col("w"));
    Dataset<Row> best =
        frontier
            .hint("shuffle_hash")
            .join(g.edges, col("fv").equalTo(col("src")))
            .groupBy(col("dst").as("cv"))
            .agg(
                min(struct(
                        s.orderKey(value).as("k"),
                        col("fhops").plus(1).as("h"),
                        value.as("x"),
                        col("fv").as("p")))
                    .as("b"));
    Column improved = col("b").isNotNull().and(col("b.k").lt(s.orderKey(col("val"))));
    return state
        .join(best.hint("shuffle_hash"), col("v").equalTo(col("cv")), "left_outer")
        .select(
            col("v"),
            when(improved, col("b.x")).otherwise(col("val")).as("val"),
            when(improved, col("b.h")).otherwise(col("hops")).as("hops"),
            when(improved, col("b.p")).otherwise(col("parent")).as("parent"),
            coalesce(improved, lit(false)).as("changed"),
            // An improvement that left the carrier (−∞ tropical, +∞ max-plus) can only get worse:
            // refused at once. A candidate that overflowed into 0̄ (+∞ tropical) never improves;
            // whether a final value's term escaped is decided once the values settle.
            coalesce(improved.and(s.invalid(col("b.x"))), lit(false)).as("bad"));
  }

  /** Follows parent pointers from an improved vertex with the longest walk; null if they end. */
  private static List<Object> parentCycle(Dataset<Row> state, PreparedGraph g, long reached) {
    Row start =
        state.filter(col("changed")).orderBy(col("hops").desc()).select("v").limit(1).first();
    Object v = start.get(0);
    Map<Object, Integer> seen = new HashMap<>();
    List<Object> walk = new ArrayList<>();
    for (long i = 0; i <= reached + 1; i++) {
      Integer at = seen.get(v);
      if (at != null) {
        List<Object> cycle = new ArrayList<>(walk.subList(at, walk.size()));
        java.util.Collections.reverse(cycle); // walked against the edges
        return cycle;
      }
      seen.put(v, walk.size());
      walk.add(v);
      List<Row> p =
          state.filter(col("v").equalTo(lit(v).cast(g.vertexType))).select("parent").collectAsList();
      if (p.isEmpty() || p.get(0).isNullAt(0)) {
        return null;
      }
      v = p.get(0).get(0);
    }
    return null;
  }

  /**
   * The refusal for {@code cycle} (vertices in the solved orientation): its weight is the ⊗ of the
   * best parallel edge between consecutive vertices, from the (few) edges among its vertices.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static NegativeCycleException negativeCycle(
      List<Object> cycle, PreparedGraph g, SqlSemiring s, boolean reversed) {
    Semiring sem = s.semiring();
    Column among = col("src").isin(cycle.toArray()).and(col("dst").isin(cycle.toArray()));
    Map<List<Object>, Object> best = new HashMap<>();
    for (Row e : g.edges.filter(among).collectAsList()) {
      List<Object> key = List.of(e.get(0), e.get(1));
      Object w = e.get(2);
      best.merge(key, w, sem::plus);
    }
    Object weight = sem.one();
    for (int i = 0; i < cycle.size(); i++) {
      Object w = best.get(List.of(cycle.get(i), cycle.get((i + 1) % cycle.size())));
      weight = sem.times(weight, w == null ? sem.zero() : w);
    }
    List<Object> original = new ArrayList<>(cycle);
    if (reversed) {
      java.util.Collections.reverse(original);
    }
    return new NegativeCycleException(original, weight, s.semiringName());
  }
}
