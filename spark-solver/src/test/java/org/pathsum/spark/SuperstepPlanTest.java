package org.pathsum.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.exchange.BroadcastExchangeExec;
import org.apache.spark.sql.execution.exchange.ShuffleExchangeExec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Scale hygiene in the physical plan: a superstep, built on a state that was checkpointed (as the
 * loop does after every superstep by default), shuffles exactly once — the candidates, by target —
 * and broadcasts nothing; the edges are never re-shuffled; and the plan of a solve's result does
 * not grow with the number of supersteps.
 */
class SuperstepPlanTest {

  private static final SparkSession SPARK = LocalSpark.session();

  /** Exchanges in {@code plan}, not counting the plans of cached or checkpointed inputs. */
  private static int[] exchanges(SparkPlan plan) {
    int[] counts = new int[2];
    Deque<SparkPlan> todo = new ArrayDeque<>();
    todo.push(plan);
    while (!todo.isEmpty()) {
      SparkPlan p = todo.pop();
      if (p instanceof ShuffleExchangeExec) {
        counts[0]++;
      } else if (p instanceof BroadcastExchangeExec) {
        counts[1]++;
      }
      CollectionConverters.asJava(p.children()).forEach(todo::push);
    }
    return counts;
  }

  private static int[] exchanges(Dataset<Row> d) {
    return exchanges(d.queryExecution().executedPlan());
  }

  @Test
  void selectiveSuperstepShufflesOnlyTheCandidates() {
    String old = SPARK.conf().get("spark.sql.adaptive.enabled");
    SPARK.conf().set("spark.sql.adaptive.enabled", "false"); // as during a solve
    try {
      TestGraph<Object> g =
          TestGraph.random(5, 30, 3, false, DifferentialCases.weightValues("tropical", false));
      PreparedGraph pg =
          PreparedGraph.of(g.dataset(SPARK, SqlSemiring.TROPICAL.type()), SqlSemiring.TROPICAL,
              false);
      Dataset<Row> state =
          DeltaBellmanFord.initialState(pg, SqlSemiring.TROPICAL, g.ends.get(0)[0])
              .localCheckpoint(true);
      Dataset<Row> next = DeltaBellmanFord.superstep(pg, SqlSemiring.TROPICAL, state);
      assertEquals(1, exchanges(next)[0], next.queryExecution().executedPlan().toString());
      assertEquals(0, exchanges(next)[1]);
      Dataset<Row> again =
          DeltaBellmanFord.superstep(pg, SqlSemiring.TROPICAL, next.drop("bad").localCheckpoint(true));
      assertEquals(1, exchanges(again)[0], again.queryExecution().executedPlan().toString());
      pg.release();
    } finally {
      SPARK.conf().set("spark.sql.adaptive.enabled", old);
    }
  }

  /** Lines of the analyzed logical plan of a tropical solve along a chain of {@code n} edges. */
  private static long planLinesOfChain(int n, int checkpointEvery) {
    List<Row> rows = new ArrayList<>();
    for (long v = 0; v < n; v++) {
      rows.add(RowFactory.create(v, v + 1, 1.0));
    }
    StructType schema =
        new StructType()
            .add("source", DataTypes.LongType)
            .add("target", DataTypes.LongType)
            .add("weight", DataTypes.DoubleType);
    Dataset<Row> edges = SPARK.createDataFrame(rows, schema);
    try (SparkPathSumResult r =
        SparkPathSums.solveFrom(
            edges, "tropical", 0L, new SparkPathSums.Settings(checkpointEvery, 1e-12, 1000))) {
      assertEquals(n + 1, r.nonZeroValues().count());
      return r.nonZeroValues().queryExecution().analyzed().treeString().lines().count();
    }
  }

  @Test
  void theDefaultKeepsThePlanOfASolveTheSameSizeWhateverItsSupersteps() {
    long short4 = planLinesOfChain(4, SparkPathSums.Settings.DEFAULT.checkpointEvery());
    long long8 = planLinesOfChain(8, SparkPathSums.Settings.DEFAULT.checkpointEvery());
    assertEquals(short4, long8);
    // the control: without checkpoints every superstep refers to the previous state twice
    long unchecked = planLinesOfChain(4, 1000);
    assertTrue(unchecked > 4 * short4, unchecked + " vs " + short4);
  }
}
