package org.pathsum.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.PathSumException;
import org.pathsum.semiring.SemiringLawChecker;
import org.pathsum.semiring.SemiringProperty;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.DivergentPathSumException;
import org.pathsum.solver.testing.OpaqueDoubleSemiring;
import org.pathsum.solver.testing.RandomGraphs;

/**
 * The strategy is chosen from what a semiring declares, never from which object it is: copies of
 * the tropical and real semirings written here, declaring the same arithmetic and properties, get
 * the shipped semirings' answers bit for bit and their refusals with the same exception type and
 * evidence; a tropical semiring that declares no arithmetic takes the generic selective solver and
 * still gets the same values.
 */
class DecisionTableTest {

  /** (min, +, +∞, 0), declared as such. */
  static final class MinPlusCopy implements DoubleSemiring {
    @Override
    public Arithmetic arithmetic() {
      return Arithmetic.MIN_PLUS;
    }

    @Override
    public double zeroAsDouble() {
      return Double.POSITIVE_INFINITY;
    }

    @Override
    public double oneAsDouble() {
      return 0;
    }

    @Override
    public double plusAsDouble(double a, double b) {
      return Math.min(a, b);
    }

    @Override
    public double timesAsDouble(double a, double b) {
      return a + b;
    }

    @Override
    public boolean equivalentAsDouble(double a, double b) {
      return a == b;
    }

    @Override
    public boolean isMemberAsDouble(double a) {
      return !Double.isNaN(a) && a != Double.NEGATIVE_INFINITY;
    }

    @Override
    public Set<SemiringProperty> properties() {
      return Set.of(
          SemiringProperty.COMMUTATIVE_TIMES,
          SemiringProperty.IDEMPOTENT_PLUS,
          SemiringProperty.SELECTIVE_PLUS);
    }

    @Override
    public String name() {
      return "tropical";
    }
  }

  /** (+, ×, 0, 1), declared as such. */
  static final class SumProductCopy implements DoubleSemiring {
    @Override
    public Arithmetic arithmetic() {
      return Arithmetic.SUM_PRODUCT;
    }

    @Override
    public double zeroAsDouble() {
      return 0;
    }

    @Override
    public double oneAsDouble() {
      return 1;
    }

    @Override
    public double plusAsDouble(double a, double b) {
      return a + b;
    }

    @Override
    public double timesAsDouble(double a, double b) {
      return a * b;
    }

    @Override
    public boolean equivalentAsDouble(double a, double b) {
      return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    @Override
    public Set<SemiringProperty> properties() {
      return Set.of(SemiringProperty.COMMUTATIVE_TIMES);
    }

    @Override
    public String name() {
      return "real";
    }
  }

  @Test
  void theCopiesComputeTheArithmeticTheyDeclare() {
    List<Double> samples = List.of(-2.5, -1.0, -0.0, 0.5, 1.0, 3.25, 1e300, 1e-300);
    SemiringLawChecker.forSemiring(new MinPlusCopy())
        .withSamples(samples)
        .withTolerance(1e-9)
        .assertLaws();
    SemiringLawChecker.forSemiring(new SumProductCopy())
        .withSamples(List.of(-2.5, -1.0, 0.5, 1.0, 3.25))
        .assertLaws();
  }

  @Test
  void aTropicalCopyGetsTheSameAnswersAndRefusals() {
    int refusals =
        compare(Semirings.tropical(), new MinPlusCopy(), r -> (double) r.nextInt(-3, 10), true);
    assertTrue(refusals > 10, "too few negative cycles to compare: " + refusals);
  }

  @Test
  void aRealCopyGetsTheSameAnswersAndRefusals() {
    int refusals =
        compare(Semirings.real(), new SumProductCopy(), r -> r.nextDouble(-0.9, 0.9), true);
    assertTrue(refusals > 10, "too few divergent series to compare: " + refusals);
  }

  /**
   * Tropical declaring no arithmetic: the generic selective solver (Dijkstra or Bellman–Ford on
   * the semiring's own operations) instead of the primitive twin, and the same bits.
   */
  @Test
  void theGenericSelectiveSolverGivesThePrimitiveOnesBits() {
    int refusals =
        compare(
            Semirings.tropical(),
            new OpaqueDoubleSemiring(Semirings.tropical()),
            r -> r.nextInt(-30, 100) / 7.0,
            false);
    assertTrue(refusals > 10, "too few negative cycles to compare: " + refusals);
    compare(
        Semirings.maxPlus(),
        new OpaqueDoubleSemiring(Semirings.maxPlus()),
        r -> r.nextInt(-100, 30) / 7.0,
        false);
  }

  /**
   * Forward, backward and pair queries on 60 random multigraphs with cycles: the same values bit
   * for bit, or refusals of the same type (and, when {@code sameEvidence}, the same cycle).
   * Returns the number of refused queries.
   */
  private static int compare(
      DoubleSemiring shipped,
      DoubleSemiring other,
      Function<SplittableRandom, Double> weight,
      boolean sameEvidence) {
    int refusals = 0;
    for (long seed = 1; seed <= 60; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(14);
      Graph<Integer, DefaultWeightedEdge> g =
          RandomGraphs.multigraph(rnd, n, rnd.nextInt(3 * n + 1), weight::apply);
      PathSumSolver<Integer, Double> a = PathSumSolvers.forGraph(g, shipped, g::getEdgeWeight);
      PathSumSolver<Integer, Double> b = PathSumSolvers.forGraph(g, other, g::getEdgeWeight);
      int s = rnd.nextInt(n);
      int t = rnd.nextInt(n);
      String msg = shipped.name() + " vs " + other.name() + " seed " + seed;
      refusals += same(() -> a.solveFrom(s).values(), () -> b.solveFrom(s).values(), msg, sameEvidence);
      refusals += same(() -> a.solveTo(t).values(), () -> b.solveTo(t).values(), msg, sameEvidence);
      refusals +=
          same(
              () -> List.of(a.solveBetween(s, t)),
              () -> List.of(b.solveBetween(s, t)),
              msg,
              sameEvidence);
    }
    return refusals;
  }

  private static int same(
      java.util.function.Supplier<Object> expected,
      java.util.function.Supplier<Object> actual,
      String msg,
      boolean sameEvidence) {
    Object e;
    Object x;
    try {
      e = expected.get();
    } catch (PathSumException ex) {
      e = ex;
    }
    try {
      x = actual.get();
    } catch (PathSumException ex) {
      x = ex;
    }
    if (e instanceof PathSumException || x instanceof PathSumException) {
      assertEquals(e.getClass(), x.getClass(), msg + ": " + e + " vs " + x);
      if (sameEvidence && e instanceof DivergentPathSumException) {
        assertEquals(
            ((DivergentPathSumException) e).cycle(),
            ((DivergentPathSumException) x).cycle(),
            msg);
      }
      return 1;
    }
    // Map.equals and List.equals compare Doubles bit for bit (Double.equals).
    assertEquals(new ArrayList<>(values(e)), new ArrayList<>(values(x)), msg);
    return 0;
  }

  private static java.util.Collection<?> values(Object o) {
    return o instanceof java.util.Map ? ((java.util.Map<?, ?>) o).entrySet() : (List<?>) o;
  }
}
