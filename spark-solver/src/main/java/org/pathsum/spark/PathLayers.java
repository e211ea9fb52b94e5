package org.pathsum.spark;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.bool_or;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.exp;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.pathsum.solver.DivergentPathSumException;
import org.pathsum.solver.InfinitePathSumException;

/**
 * Path-length layers for the summing semirings (real, log, counting): layer k holds, for every
 * vertex, the ⊕-sum over the paths of exactly k edges from the anchor; the answer is the ⊕-sum of
 * the layers. A superstep joins the layer with the edges (co-partitioned: no exchange), aggregates
 * by target (the one shuffle; log-sum-exp uses a window over the same partitioning for its stable
 * maximum) and adds the new layer into the running total by a co-partitioned left join.
 *
 * <p><b>Exact on a DAG.</b> Every path lies in exactly one layer; the layers end after the depth
 * of the graph below the anchor, and the total is then the exact sum (up to floating-point
 * rounding, with a summation order that differs from the in-memory solvers).
 *
 * <p><b>Cycles.</b> A non-empty layer k with k ≥ the number of vertices reached so far proves a
 * reachable cycle (a path of k edges visits k + 1 vertices). Counting then refuses ({@link
 * InfinitePathSumException}). Real and log continue: the sum is defined exactly when the series
 * converges absolutely, i.e. ρ(|A|) &lt; 1 on what the anchor reaches. Alongside the
 * values the solver propagates the absolute layer (|x| through |w|; log values are already
 * magnitudes), whose max-norm behaves like ρ(|A|)ᵏ; ρ̂ is its geometric rate over the second half
 * of the supersteps so far. It stops when the absolute layer, times 1/(1 − ρ̂) for the tail, is
 * below {@code tolerance} times the absolute total (the stated tolerance: a relative bound on the
 * neglected tail, estimated), and refuses ({@link DivergentPathSumException}) when ρ̂ ≥ 1 after at
 * least 2·reached + 8 supersteps after a cycle is proven. When {@code maxSupersteps} pass with
 * neither, it stops with a {@link SuperstepLimitException}: a budget stop, not a verdict. A
 * transient growth of a non-normal |A| longer than that would be refused wrongly; ρ̂ within a few
 * 1e-3 of 1 converges slowly and may hit {@code maxSupersteps}.
 *
 * <p><b>Carrier.</b> A layer or total that left the carrier (an infinity, NaN, a count past {@code
 * Long.MAX_VALUE}) is refused at once; once the sum settles, {@link CarrierCheck} refuses a term of
 * a final total that escaped (a real product that underflowed to 0, a log term that went to −∞),
 * as the in-memory solvers do.
 *
 * <p><b>Cost.</b> One job per superstep, and one for the carrier check; per superstep
 * O(|layer out-edges|) join work and O(|V|) merge work.
 */
final class PathLayers {

  private PathLayers() {}

  static SparkPathSumResult solve(
      PreparedGraph g, SqlSemiring s, Object anchor, boolean reversed, SparkPathSums.Settings set) {
    Column a = lit(anchor).cast(g.vertexType);
    boolean isLog = s == SqlSemiring.LOG;
    Dataset<Row> layer =
        g.vertices
            .filter(col("v").equalTo(a))
            .select(col("v"), s.one().as("x"), lit(isLog ? 0.0 : 1.0).as("ax"));
    Dataset<Row> total =
        g.vertices.select(
            col("v"),
            when(col("v").equalTo(a), s.one()).otherwise(s.zero()).as("t"),
            when(col("v").equalTo(a), lit(1.0)).otherwise(lit(0.0)).as("at"),
            col("v").equalTo(a).as("reached"));
    List<Double> logNorms = new ArrayList<>();
    try (Supersteps steps =
        new Supersteps(g.edges.sparkSession(), set.checkpointEvery(), s.semiringName())) {
      while (true) {
        steps.begin();
        Dataset<Row> nextLayer = steps.keep(nextLayer(g, s, layer));
        Dataset<Row> next =
            steps.keep(
                total
                    .join(nextLayer.withColumnRenamed("v", "lv").hint("shuffle_hash"),
                        col("v").equalTo(col("lv")),
                        "left_outer")
                    .select(
                        col("v"),
                        when(col("lv").isNull(), col("t")).otherwise(s.plus(col("t"), col("x")))
                            .as("t"),
                        col("at").plus(coalesce(col("ax"), lit(0.0))).as("at"),
                        col("reached").or(col("lv").isNotNull()).as("reached"),
                        coalesce(col("bad"), lit(false)).as("lbad"),
                        col("lv").isNotNull().as("inLayer"),
                        col("ax").as("lax"),
                        col("x").as("lx")));
        Column badTotal = col("lbad").or(s.invalid(col("t")));
        Row r =
            next.agg(
                    count_if(col("inLayer")),
                    count_if(col("reached")),
                    isLog ? max(col("t")) : max(col("at")),
                    min(when(badTotal,
                        struct(col("v"), when(s.invalid(col("t")), col("t")).otherwise(col("lx"))))),
                    max(col("lax")))
                .first();
        long layerSize = r.getLong(0);
        long reached = r.getLong(1);
        steps.end(layerSize, reached, 4);
        if (!r.isNullAt(3)) {
          Row bad = r.getStruct(3);
          // a count's overflow is a NULL from try_add/try_multiply, whatever the value shown
          Object value = s == SqlSemiring.COUNTING ? null : bad.get(1);
          throw CarrierCheck.refusal(s, bad.get(0), value, anchor, reversed);
        }
        total = next.drop("lbad", "inLayer", "lax", "lx");
        layer = nextLayer.drop("bad");
        int k = steps.count();
        if (layerSize == 0) {
          CarrierCheck.requireTermsInCarrier(
              g, s, next.select(col("v"), col("t").as("x")), anchor, reversed);
          Dataset<Row> values = next.select(col("v").as("vertex"), col("t").as("value"));
          steps.finish(next);
          return new SparkPathSumResult(values, steps.stats(), () -> next.unpersist(false));
        }
        if (k < reached) {
          continue; // no cycle proven yet: exact so far, keep going
        }
        if (s == SqlSemiring.COUNTING) {
          List<Object> cycle = CycleEvidence.findCycle(g, total.filter(col("reached")), reversed);
          throw new InfinitePathSumException(cycle, s.semiringName());
        }
        double layerNorm = r.isNullAt(4) ? 0.0 : r.getDouble(4);
        double totalNorm = r.isNullAt(2) ? 0.0 : r.getDouble(2);
        // log: ax holds log-magnitudes; real: magnitudes
        double logLayer = isLog ? layerNorm : Math.log(layerNorm);
        double logTotal = isLog ? totalNorm : Math.log(totalNorm);
        logNorms.add(logLayer);
        int n = logNorms.size();
        int j = (n - 1) / 2;
        double rho = n < 2 ? Double.NaN : Math.exp((logNorms.get(n - 1) - logNorms.get(j)) / (n - 1 - j));
        if (logLayer == Double.NEGATIVE_INFINITY
            || (rho < 1 && logLayer - Math.log1p(-rho) <= Math.log(set.tolerance()) + logTotal)) {
          CarrierCheck.requireTermsInCarrier(
              g, s, next.select(col("v"), col("t").as("x")), anchor, reversed);
          Dataset<Row> values = next.select(col("v").as("vertex"), col("t").as("value"));
          steps.finish(next);
          return new SparkPathSumResult(values, steps.stats(), () -> next.unpersist(false));
        }
        boolean diverges = n >= 2 * reached + 8 && rho >= 1;
        if (!diverges && k >= set.maxSupersteps()) {
          throw new SuperstepLimitException(set.maxSupersteps(), s.semiringName(), layerSize);
        }
        if (diverges) {
          List<Object> cycle = CycleEvidence.findCycle(g, total.filter(col("reached")), reversed);
          throw new DivergentPathSumException(
              cycle,
              s.semiringName(),
              String.format(
                  Locale.ROOT,
                  "the sum over paths around cycles does not converge absolutely (estimated"
                      + " spectral radius of |A| %.4g after %d supersteps)",
                  rho,
                  k));
        }
      }
    }
  }

  private static Dataset<Row> nextLayer(PreparedGraph g, SqlSemiring s, Dataset<Row> layer) {
    Dataset<Row> cand =
        layer
            .hint("shuffle_hash")
            .join(g.edges, col("v").equalTo(col("src")))
            .select(
                col("dst"),
                s.times(col("x"), col("w")).as("cx"),
                s == SqlSemiring.LOG
                    ? col("ax").plus(col("w")).as("cax")
                    : col("ax").multiply(abs(col("w").cast("double"))).as("cax"));
    Dataset<Row> agg;
    if (s == SqlSemiring.LOG) {
      // stable log-sum-exp: the group maximum comes from a window over the same partitioning
      Dataset<Row> withMax =
          cand.withColumn("m", max(col("cx")).over(Window.partitionBy(col("dst"))));
      agg =
          withMax
              .groupBy(col("dst"))
              .agg(
                  // all terms −∞ (each vanished: a product left the carrier) gives −∞, not NaN:
                  // the check of the final terms names it
                  when(max(col("m")).equalTo(Double.NEGATIVE_INFINITY), max(col("m")))
                      .otherwise(max(col("m")).plus(log(sum(exp(col("cx").minus(col("m")))))))
                      .as("x"),
                  bool_or(s.invalid(col("cx"))).as("bad"));
      agg = agg.withColumn("ax", col("x"));
    } else if (s == SqlSemiring.COUNTING) {
      agg =
          cand.groupBy(col("dst"))
              .agg(
                  try_sum(col("cx")).as("x"),
                  sum(col("cax")).as("ax"),
                  bool_or(s.invalid(col("cx"))).as("bad"));
    } else {
      agg =
          cand.groupBy(col("dst"))
              .agg(
                  sum(col("cx")).as("x"),
                  sum(col("cax")).as("ax"),
                  bool_or(s.invalid(col("cx"))).as("bad"));
    }
    return agg.select(
        col("dst").as("v"),
        col("x"),
        col("ax"),
        col("bad").or(s.invalid(col("x"))).as("bad"));
  }
}
