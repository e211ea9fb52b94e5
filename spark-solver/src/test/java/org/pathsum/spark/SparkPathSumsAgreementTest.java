package org.pathsum.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSums;

/**
 * Every supported semiring, on seeded random multigraphs (DAGs and graphs with cycles where the
 * sum is defined), from a source (odd seeds) or to a target (even seeds): the Spark solver agrees
 * with the in-memory front door on every vertex.
 */
class SparkPathSumsAgreementTest {

  private static final SparkSession SPARK = LocalSpark.session();

  @ParameterizedTest(name = "{0} dag={1} seed={2}")
  @CsvSource({
    "tropical, true, 11", "tropical, false, 12",
    "boolean, true, 21", "boolean, false, 22",
    "real, true, 31", "real, false, 32",
    "max-plus, true, 41", "max-plus, false, 42",
    "counting, true, 51", "counting, true, 52",
    "bottleneck, true, 61", "bottleneck, false, 62",
    "viterbi, true, 71", "viterbi, false, 72",
    "log, true, 81", "log, false, 82",
  })
  void agreesWithInMemory(String name, boolean dag, long seed) {
    SqlSemiring s = SqlSemiring.byName(name).orElseThrow();
    TestGraph<Object> g = TestGraph.random(seed, 12, 3, dag, weights(name, dag));
    // one direction per case keeps the module's test time down; each semiring gets both
    if (seed % 2 == 1) {
      compare(s, g, g.ends.get(0)[0], true, seed);
    } else {
      compare(s, g, g.ends.get(g.ends.size() - 1)[1], false, seed);
    }
  }

  /** Weights whose cycles keep the sum defined: no improving cycle, ρ(|A|) ≤ 0.9 < 1. */
  static Function<SplittableRandom, Object> weights(String name, boolean dag) {
    switch (name) {
      case "tropical":
        return r -> (double) (dag ? r.nextInt(-5, 10) : r.nextInt(0, 10));
      case "max-plus":
        return r -> (double) (dag ? r.nextInt(-5, 10) : -r.nextInt(0, 10));
      case "real":
        return r -> dag ? r.nextInt(-4, 5) / 2.0 : (r.nextDouble() - 0.5) * 0.6;
      case "log":
        return r -> dag ? r.nextDouble() * 2 - 1 : Math.log(r.nextDouble() * 0.3);
      case "counting":
        return r -> (long) r.nextInt(0, 4);
      case "boolean":
        return r -> r.nextInt(4) != 0;
      case "bottleneck":
        return r -> (double) r.nextInt(-5, 10);
      case "viterbi":
        return r -> r.nextInt(0, 11) / 10.0;
      default:
        throw new IllegalArgumentException(name);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static void compare(SqlSemiring s, TestGraph<Object> g, String anchor, boolean from, long seed) {
    Semiring sem = s.semiring();
    PathSumSolver<String, Object> solver = InMemory.solver(g.graph(), sem, g.weightMap());
    PathSums<String, Object> expected = from ? solver.solveFrom(anchor) : solver.solveTo(anchor);
    Map<String, Object> actual = new HashMap<>();
    try (SparkPathSumResult r =
        from
            ? SparkPathSums.solveFrom(g.dataset(SPARK, s.type()), s.semiringName(), anchor,
                SparkPathSums.Settings.DEFAULT)
            : SparkPathSums.solveTo(g.dataset(SPARK, s.type()), s.semiringName(), anchor,
                SparkPathSums.Settings.DEFAULT)) {
      for (Row row : r.values().collectAsList()) {
        actual.put(row.getString(0), row.get(1));
      }
      assertTrue(r.supersteps().size() >= 1);
    }
    String where = s.semiringName() + (from ? " from " : " to ") + anchor + ", seed " + seed;
    assertEquals(expected.values().keySet(), actual.keySet(), where);
    expected
        .values()
        .forEach(
            (v, w) -> {
              Object a = actual.get(v);
              if (!close(sem, w, a)) {
                fail(where + ": vertex " + v + " expected " + w + " but Spark gave " + a);
              }
            });
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static boolean close(Semiring sem, Object expected, Object actual) {
    if (expected instanceof Double && actual instanceof Double) {
      double e = (Double) expected;
      double a = (Double) actual;
      if (e == a) {
        return true;
      }
      return Math.abs(e - a) <= 1e-8 * Math.max(1, Math.max(Math.abs(e), Math.abs(a)));
    }
    return sem.equivalent(expected, actual);
  }
}
