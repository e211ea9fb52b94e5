package org.pathsum.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.pathsum.solver.CarrierOverflowException;
import org.pathsum.solver.DivergentPathSumException;
import org.pathsum.solver.InfinitePathSumException;
import org.pathsum.solver.NegativeCycleException;

/** Refusals with their evidence, and the edge cases: empty graph, a source without out-edges. */
class SparkRefusalsTest {

  private static final SparkSession SPARK = LocalSpark.session();
  private static final SparkPathSums.Settings SET = SparkPathSums.Settings.DEFAULT;

  private static <W> SparkPathSumResult from(TestGraph<W> g, String semiring, String source) {
    SqlSemiring s = SqlSemiring.byName(semiring).orElseThrow();
    return SparkPathSums.solveFrom(g.dataset(SPARK, s.type()), semiring, source, SET);
  }

  /** Asserts that consecutive vertices of {@code cycle} are joined by edges of {@code g}. */
  private static void assertIsCycle(TestGraph<?> g, List<?> cycle) {
    assertTrue(!cycle.isEmpty());
    for (int i = 0; i < cycle.size(); i++) {
      Object u = cycle.get(i);
      Object v = cycle.get((i + 1) % cycle.size());
      assertTrue(
          g.ends.stream().anyMatch(e -> e[0].equals(u) && e[1].equals(v)),
          "no edge " + u + " -> " + v + " in the reported cycle " + cycle);
    }
  }

  @Test
  void negativeTropicalCycleIsNamedFromSourceAndToTarget() {
    TestGraph<Double> g =
        new TestGraph<Double>(6)
            .edge("s", "a", 1.0)
            .edge("a", "b", 2.0)
            .edge("b", "c", -4.0)
            .edge("c", "a", 1.0)
            .edge("c", "t", 1.0)
            .edge("s", "t", 10.0);
    NegativeCycleException e =
        assertThrows(NegativeCycleException.class, () -> from(g, "tropical", "s"));
    assertIsCycle(g, e.cycle());
    assertEquals(List.of("a", "b", "c"), e.cycle().stream().sorted().toList());
    assertEquals(-1.0, (Double) e.cycleWeight(), 1e-12);
    NegativeCycleException back =
        assertThrows(
            NegativeCycleException.class,
            () -> SparkPathSums.solveTo(g.dataset(SPARK, SqlSemiring.TROPICAL.type()), "tropical",
                "t", SET));
    assertIsCycle(g, back.cycle());
  }

  @Test
  void positiveMaxPlusCycleIsRefused() {
    TestGraph<Double> g =
        new TestGraph<Double>(3).edge("s", "a", 1.0).edge("a", "a", 0.5).edge("a", "b", 1.0);
    NegativeCycleException e =
        assertThrows(NegativeCycleException.class, () -> from(g, "max-plus", "s"));
    assertEquals(List.of("a"), e.cycle());
  }

  @Test
  void countingRefusesAReachableCycleButNotAnUnreachableOne() {
    TestGraph<Long> g =
        new TestGraph<Long>(5)
            .edge("s", "a", 1L)
            .edge("a", "b", 2L)
            .edge("a", "b", 1L)
            .edge("x", "y", 1L)
            .edge("y", "x", 1L)
            .edge("y", "a", 1L);
    try (SparkPathSumResult r = from(g, "counting", "s")) {
      Map<String, Object> v = collect(r);
      assertEquals(Map.of("s", 1L, "a", 1L, "b", 3L, "x", 0L, "y", 0L), v);
    }
    InfinitePathSumException e =
        assertThrows(InfinitePathSumException.class, () -> from(g, "counting", "x"));
    assertIsCycle(g, e.cycle());
  }

  @Test
  void realSeriesThatDoesNotConvergeAbsolutelyIsRefused() {
    // cycles of weight -0.9 and 0.3 through one vertex: rho(|A|) = 1.2 although each is < 1
    TestGraph<Double> g =
        new TestGraph<Double>(3).edge("s", "a", 1.0).edge("a", "a", -0.9).edge("a", "a", 0.3);
    DivergentPathSumException e =
        assertThrows(DivergentPathSumException.class, () -> from(g, "real", "s"));
    assertEquals(List.of("a"), e.cycle());
  }

  @Test
  void overflowNamesTheVertex() {
    TestGraph<Double> g =
        new TestGraph<Double>(3).edge("s", "a", 1e308).edge("a", "b", 1e308);
    CarrierOverflowException e =
        assertThrows(CarrierOverflowException.class, () -> from(g, "tropical", "s"));
    assertEquals("b", e.vertex());
    TestGraph<Long> c =
        new TestGraph<Long>(3).edge("s", "a", 1L << 40).edge("a", "b", 1L << 40);
    assertEquals("b", assertThrows(CarrierOverflowException.class, () -> from(c, "counting", "s"))
        .vertex());
  }

  /**
   * A product that vanishes is an underflow where it leaves its vertex at 0 (reading as "no
   * path"), forward and backward; beside a probability of 1 it changes nothing and the vertex's
   * value is answered, as in memory.
   */
  @Test
  void aProductThatVanishesIsAnUnderflowWhereItLeavesNoPath() {
    TestGraph<Double> alone =
        new TestGraph<Double>(3).edge("s", "a", 1e-200).edge("a", "t", 1e-200);
    TestGraph<Double> beside =
        new TestGraph<Double>(3).edge("s", "a", 1e-200).edge("a", "t", 1e-200).edge("s", "t", 1.0);
    for (String semiring : List.of("viterbi", "real")) {
      CarrierOverflowException e =
          assertThrows(CarrierOverflowException.class, () -> from(alone, semiring, "s"));
      assertEquals("t", e.vertex());
      assertTrue(e.isUnderflow(), semiring);
      CarrierOverflowException back =
          assertThrows(
              CarrierOverflowException.class,
              () -> SparkPathSums.solveTo(alone.dataset(SPARK, SqlSemiring.VITERBI.type()),
                  semiring, "t", SET));
      assertEquals("s", back.vertex());
      assertTrue(back.isUnderflow(), semiring);
      try (SparkPathSumResult r = from(beside, semiring, "s")) {
        assertEquals(1.0, collect(r).get("t"), semiring);
      }
    }
  }

  /**
   * Only the terms of the settled values count: a's first value, 1e308, gives t an infinite
   * candidate, but a improves to 2 and t's path sum is 1e308 + 2.
   */
  @Test
  void aCandidateOfAValueThatLaterImprovesIsNoOverflow() {
    TestGraph<Double> g =
        new TestGraph<Double>(4)
            .edge("s", "a", 1e308)
            .edge("s", "b", 1.0)
            .edge("b", "a", 1.0)
            .edge("a", "t", 1e308);
    try (SparkPathSumResult r = from(g, "tropical", "s")) {
      assertEquals(Map.of("s", 0.0, "a", 2.0, "b", 1.0, "t", 1e308 + 2), collect(r));
    }
  }

  /**
   * A pair query meets only the vertices on its paths: a negative cycle and an overflow that the
   * source reaches off them do not stop it; on them, they do.
   */
  @Test
  void aPairQueryMeetsOnlyTheVerticesOnItsPaths() {
    TestGraph<Double> g =
        new TestGraph<Double>(8)
            .edge("s", "a", 2.0)
            .edge("a", "t", 3.0)
            .edge("s", "t", 9.0)
            .edge("s", "c", 0.0)
            .edge("c", "c", -1.0)
            .edge("s", "p", 1e308)
            .edge("p", "q", 1e308);
    Dataset<Row> edges = g.dataset(SPARK, SqlSemiring.TROPICAL.type());
    assertEquals(5.0, SparkPathSums.solveBetween(edges, "tropical", "s", "t", SET));
    assertEquals(0.0, SparkPathSums.solveBetween(edges, "tropical", "t", "t", SET));
    assertEquals(Double.POSITIVE_INFINITY,
        SparkPathSums.solveBetween(edges, "tropical", "t", "s", SET));
    assertThrows(NegativeCycleException.class,
        () -> SparkPathSums.solveBetween(edges, "tropical", "s", "c", SET));
    assertEquals("q", assertThrows(CarrierOverflowException.class,
        () -> SparkPathSums.solveBetween(edges, "tropical", "s", "q", SET)).vertex());
  }

  @Test
  void emptyGraphHasNoSource() {
    TestGraph<Double> g = new TestGraph<>(0);
    assertThrows(IllegalArgumentException.class, () -> from(g, "tropical", "s"));
  }

  @Test
  void sourceWithoutOutEdgesReachesOnlyItself() {
    TestGraph<Double> g = new TestGraph<Double>(3).edge("a", "s", 2.0).edge("a", "b", 1.0);
    try (SparkPathSumResult r = from(g, "real", "s")) {
      assertEquals(Map.of("s", 1.0, "a", 0.0, "b", 0.0), collect(r));
      assertEquals(1, r.nonZeroValues().count());
    }
  }

  @Test
  void weightOutsideTheCarrierIsRefusedNamingTheEdge() {
    TestGraph<Double> g = new TestGraph<Double>(2).edge("a", "b", 1.5);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> from(g, "viterbi", "a"));
    assertTrue(e.getMessage().contains("a -> b"), e.getMessage());
  }

  private static Map<String, Object> collect(SparkPathSumResult r) {
    Map<String, Object> m = new HashMap<>();
    for (Row row : r.values().collectAsList()) {
      m.put(row.getString(0), row.get(1));
    }
    return m;
  }
}
