package org.pathsum.spark;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.GenKill;
import org.pathsum.semiring.PathSumException;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSums;
import scala.Tuple2;

/**
 * The generic RDD path: gen/kill transfer functions (non-commutative ⊗, values not serializable:
 * the shared session uses Kryo) agree with the in-memory front door from a source and to a target
 * on seeded random graphs with cycles; tropical agrees too; a negative cycle is refused.
 */
class GenericSparkPathSumsTest {

  private static final JavaSparkContext SC =
      JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());

  private static GenKill randomGenKill(SplittableRandom r) {
    BitSet gen = new BitSet();
    BitSet kill = new BitSet();
    for (int b = 0; b < 4; b++) {
      int x = r.nextInt(4);
      if (x == 0) {
        gen.set(b);
      } else if (x == 1) {
        kill.set(b);
      }
    }
    return GenKill.of(gen, kill);
  }

  private static <W> JavaRDD<GenericSparkPathSums.Edge<String, W>> rdd(TestGraph<W> g) {
    List<GenericSparkPathSums.Edge<String, W>> es = new ArrayList<>();
    for (int i = 0; i < g.ends.size(); i++) {
      es.add(new GenericSparkPathSums.Edge<>(g.ends.get(i)[0], g.ends.get(i)[1], g.weights.get(i)));
    }
    return SC.parallelize(es, 2);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <W> void compare(
      TestGraph<W> g, Semiring<W> s, GenericSparkPathSums.SemiringFactory<W> f, String anchor,
      boolean from, long seed) {
    PathSumSolver<String, W> solver = InMemory.solver(g.graph(), s, g.weightMap());
    PathSums<String, W> expected = from ? solver.solveFrom(anchor) : solver.solveTo(anchor);
    Map<String, W> actual = new HashMap<>();
    for (Tuple2<String, W> t :
        (from
                ? GenericSparkPathSums.solveFrom(rdd(g), f, anchor, 2)
                : GenericSparkPathSums.solveTo(rdd(g), f, anchor, 2))
            .collect()) {
      actual.put(t._1(), t._2());
    }
    expected.values().forEach((v, w) -> {
      W a = actual.getOrDefault(v, s.zero());
      assertTrue(s.equivalent(w, a),
          "seed " + seed + (from ? " from " : " to ") + anchor + ": " + v + " expected " + w
              + " but got " + a);
    });
    assertTrue(expected.values().keySet().containsAll(actual.keySet()));
  }

  @Test
  void genKillAgreesBothWays() {
    for (long seed = 1; seed <= 2; seed++) {
      TestGraph<GenKill> g =
          TestGraph.random(seed, 10, 3, false, GenericSparkPathSumsTest::randomGenKill);
      compare(g, Semirings.genKillUnion(4), () -> Semirings.genKillUnion(4), g.ends.get(0)[0],
          seed == 1, seed);
    }
  }

  @Test
  void tropicalAgreesAndNegativeCycleIsRefused() {
    TestGraph<Object> g =
        TestGraph.random(3, 10, 3, false, DifferentialCases.weightValues("tropical", false));
    TestGraph<Double> t = new TestGraph<>(g.n);
    for (int i = 0; i < g.ends.size(); i++) {
      t.edge(g.ends.get(i)[0], g.ends.get(i)[1], (Double) g.weights.get(i));
    }
    compare(t, Semirings.tropical(), Semirings::tropical, t.ends.get(0)[0], true, 3);
    TestGraph<Double> neg =
        new TestGraph<Double>(3).edge("s", "a", 1.0).edge("a", "b", -2.0).edge("b", "a", 1.0);
    assertThrows(PathSumException.class,
        () -> GenericSparkPathSums.solveFrom(rdd(neg), Semirings::tropical, "s", 2));
  }
}
