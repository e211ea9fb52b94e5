package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Array nodes against independent oracles: hand-written gradients, the scalar tape's gradient of
 * the same program written out entry by entry ({@link ArrayProgram#asProgram}, a {@link
 * ComputationGraph} with a node per entry), dual numbers with {@link Dual}'s own rules, and central
 * finite differences; forward mode against reverse mode.
 */
class ArrayGraphTest {

  /** Sums in another order, and rules shared bit for bit otherwise. */
  private static final double EXACT_TOL = 1e-11;
  /** Central differences: O(h²) truncation plus O(ε/h) rounding. */
  private static final double FD_TOL = 1e-5;

  private static boolean close(double a, double b, double tol) {
    return Math.abs(a - b) <= tol * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  private static void assertClose(double[] expected, double[] actual, double tol, String what) {
    assertEquals(expected.length, actual.length, what + ": lengths");
    for (int i = 0; i < expected.length; i++) {
      if (!close(expected[i], actual[i], tol)) {
        fail(what + " at " + i + ": expected " + expected[i] + " but was " + actual[i]);
      }
    }
  }

  private static List<String> names(int count) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add("x" + i);
    }
    return names;
  }

  /** The scalar tape's gradient of the program written out entry by entry. */
  private static double[] scalarTapeGradient(ArrayProgram p, int[] lengths, double[] point) {
    ComputationGraph g = p.asProgram(lengths).record(names(point.length), List.of("f"));
    return g.gradient(point).gradient();
  }

  private static double[] finiteDifferences(ArrayProgram p, int[] lengths, double[] point) {
    double[] g = new double[point.length];
    for (int i = 0; i < point.length; i++) {
      double h = 1e-6 * Math.max(1, Math.abs(point[i]));
      double[] plus = point.clone();
      double[] minus = point.clone();
      plus[i] += h;
      minus[i] -= h;
      g[i] = (p.evaluate(split(plus, lengths))[0] - p.evaluate(split(minus, lengths))[0]) / (2 * h);
    }
    return g;
  }

  private static double[][] split(double[] point, int[] lengths) {
    double[][] parts = new double[lengths.length][];
    int start = 0;
    for (int i = 0; i < lengths.length; i++) {
      parts[i] = java.util.Arrays.copyOfRange(point, start, start + lengths[i]);
      start += lengths[i];
    }
    return parts;
  }

  /** Dual numbers seeded along {@code u}: f′(x)·u by {@link Dual}'s rules, no path solve. */
  private static double dualDirectional(ArrayProgram p, int[] lengths, double[] x, double[] u) {
    List<Dual> in = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      in.add(Dual.of(x[i], u[i]));
    }
    return p.asProgram(lengths).run(Arithmetic.ofDual(), in).get(0).derivative();
  }

  @Test
  void rosenbrockGradientIsTheHandWrittenOne() {
    int n = 1000;
    double[] x = new SplittableRandom(3).doubles(n, -2, 2).toArray();
    ArrayGraph graph = ((ArrayProgram) ArrayFunctions::rosenbrock).record(List.of("x"), n);
    double[] gradient = new double[n];
    double value = graph.valueAndGradient(x, gradient);
    double[] hand = new double[n];
    double handValue = ArrayFunctions.rosenbrockByHand(x, hand);
    assertEquals(handValue, value, 1e-12 * handValue);
    assertClose(hand, gradient, EXACT_TOL, "gradient");
    assertEquals(13, graph.nodeCount()); // input, 2 slices, 2 constants, 8 operations
    assertEquals(value, ((ArrayProgram) ArrayFunctions::rosenbrock).evaluate(x)[0]);
  }

  @Test
  void rosenbrockAgreesWithTheScalarTapeAndFiniteDifferences() {
    ArrayProgram f = ArrayFunctions::rosenbrock;
    int[] lengths = {10};
    double[] x = new SplittableRandom(5).doubles(10, -2, 2).toArray();
    double[] gradient = new double[10];
    f.record(List.of("x"), lengths).valueAndGradient(x, gradient);
    assertClose(scalarTapeGradient(f, lengths, x), gradient, EXACT_TOL, "vs scalar tape");
    assertClose(finiteDifferences(f, lengths, x), gradient, FD_TOL, "vs finite differences");
  }

  @Test
  void networkLossAgreesWithTheScalarTapeFiniteDifferencesAndForwardMode() {
    int d = 3;
    int h = 4;
    int points = 5;
    SplittableRandom rnd = new SplittableRandom(11);
    double[] features = rnd.doubles(points * d, -1, 1).toArray();
    double[] targets = rnd.doubles(points, 0, 1).toArray();
    ArrayProgram loss = ArrayFunctions.mlp(d, h, features, targets);
    int[] lengths = {h * d + 2 * h + 1};
    double[] w = rnd.doubles(lengths[0], -1, 1).toArray();
    ArrayGraph graph = loss.record(List.of("w"), lengths);
    double[] gradient = new double[w.length];
    double value = graph.valueAndGradient(w, gradient);
    assertEquals(loss.asProgram(lengths).evaluate(w)[0], value, 1e-14);
    assertClose(scalarTapeGradient(loss, lengths, w), gradient, EXACT_TOL, "vs scalar tape");
    assertClose(finiteDifferences(loss, lengths, w), gradient, FD_TOL, "vs finite differences");
    double[] u = rnd.doubles(w.length, -1, 1).toArray();
    double reverse = 0;
    for (int i = 0; i < w.length; i++) {
      reverse += gradient[i] * u[i];
    }
    assertEquals(reverse, graph.jvp(w, u)[0], 1e-12 * Math.max(1, Math.abs(reverse)));
    assertEquals(dualDirectional(loss, lengths, w, u), graph.jvp(w, u)[0], 1e-12);
  }

  /**
   * Random compositions of every operation, with broadcasts, shared operands and parallel edges
   * (x·x, max(x, x)), differentiated by the array graph in reverse and forward mode and checked
   * against the scalar tape, dual numbers and central differences.
   */
  @Test
  void randomCompositionsAgreeFourWays() {
    int[] lengths = {6, 4};
    for (long seed = 1; seed <= 120; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed * 7919);
      ArrayProgram p = ArrayFunctions.random(seed, 4 + rnd.nextInt(14));
      double[] x = rnd.doubles(10, -1.5, 1.5).toArray();
      String what = "seed " + seed;
      ArrayGraph graph = p.record(List.of("a", "b"), lengths);
      double[] gradient = new double[10];
      double value = graph.valueAndGradient(x, gradient);
      assertEquals(p.evaluate(split(x, lengths))[0], value, 0.0, what + ": value");
      assertArrayEquals(graph.evaluate(x), p.evaluate(split(x, lengths)), what + ": evaluate");
      assertClose(scalarTapeGradient(p, lengths, x), gradient, 1e-9, what + ": vs scalar tape");
      assertClose(finiteDifferences(p, lengths, x), gradient, 1e-4, what + ": vs differences");
      double[] u = rnd.doubles(10, -1, 1).toArray();
      double reverse = 0;
      for (int i = 0; i < 10; i++) {
        reverse += gradient[i] * u[i];
      }
      double forward = graph.jvp(x, u)[0];
      assertTrue(close(reverse, forward, 1e-10), what + ": forward " + forward + " vs " + reverse);
      double dual = dualDirectional(p, lengths, x, u);
      assertTrue(close(dual, forward, 1e-9), what + ": dual " + dual + " vs " + forward);
    }
  }

  /**
   * Runs of elementwise nodes run as fused loops; the same graph run node by node gives the same
   * values (each entry by the same rules, sums left to right) and the same gradient up to the order
   * in which an operand's adjoint contributions are added. Also with inputs of several thousand
   * entries, and with the refusals of non-finite numbers.
   */
  @Test
  void fusedRunsAgreeWithNodeByNode() {
    int fused = 0;
    for (long seed = 1; seed <= 60; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      ArrayProgram p = ArrayFunctions.random(seed, 4 + rnd.nextInt(14));
      int[] lengths = seed % 2 == 0 ? new int[] {6, 4} : new int[] {1030, 300};
      int n = lengths[0] + lengths[1];
      ArrayRecorder recorder = new ArrayRecorder();
      ArrayRecorder.Node out =
          p.run(recorder, List.of(recorder.input(lengths[0]), recorder.input(lengths[1])));
      ArrayTape tape = recorder.toTape(out);
      ArrayGraph loops = new ArrayGraph(tape, List.of("a", "b"), true);
      ArrayGraph nodes = new ArrayGraph(tape, List.of("a", "b"), false);
      fused += loops.engine().segmentCount();
      double[] x = rnd.doubles(n, -1.5, 1.5).toArray();
      double[] g1 = new double[n];
      double[] g2 = new double[n];
      String what = "seed " + seed;
      assertEquals(nodes.valueAndGradient(x, g2), loops.valueAndGradient(x, g1), 0.0, what);
      assertClose(g2, g1, 1e-12, what);
      assertArrayEquals(nodes.evaluate(x), loops.evaluate(x), what);
      double[] u = rnd.doubles(n, -1, 1).toArray();
      assertClose(nodes.jvp(x, u), loops.jvp(x, u), 1e-12, what);
      x[(int) (seed % n)] = Double.NaN;
      NonFiniteValueException a =
          assertThrows(NonFiniteValueException.class, () -> nodes.valueAndGradient(x, g1), what);
      NonFiniteValueException b =
          assertThrows(NonFiniteValueException.class, () -> loops.valueAndGradient(x, g1), what);
      assertEquals(a.nodeIndex(), b.nodeIndex(), what);
      assertEquals(a.element(), b.element(), what);
    }
    assertTrue(fused >= 40, "only " + fused + " fused runs in 60 programs");
  }

  /** A chain longer than one fused loop holds: consecutive loops, the first's result written. */
  @Test
  void aLongChainFusesIntoSeveralLoops() {
    ArrayProgram chain =
        new ArrayProgram() {
          @Override
          public <T> T run(ArrayArithmetic<T> a, List<T> in) {
            T x = in.get(0);
            T y = x;
            for (int k = 0; k < 3 * ArrayFusion.MAX_MEMBERS; k++) {
              y = k % 2 == 0 ? a.sin(y) : a.add(y, a.mul(a.constant(0.5), x));
            }
            return a.sum(y);
          }
        };
    ArrayRecorder recorder = new ArrayRecorder();
    ArrayTape tape = recorder.toTape(chain.run(recorder, List.of(recorder.input(50))));
    ArrayGraph fused = new ArrayGraph(tape, List.of("x"), true);
    ArrayGraph alone = new ArrayGraph(tape, List.of("x"), false);
    assertTrue(fused.engine().segmentCount() >= 3, "segments: " + fused.engine().segmentCount());
    double[] x = new SplittableRandom(31).doubles(50, -1, 1).toArray();
    double[] g1 = new double[50];
    double[] g2 = new double[50];
    assertEquals(alone.valueAndGradient(x, g2), fused.valueAndGradient(x, g1), 0.0);
    assertClose(g2, g1, 1e-12, "chain");
    assertClose(finiteDifferences(chain, new int[] {50}, x), g1, FD_TOL, "chain vs differences");
  }

  @Test
  void fusedRosenbrockIsTheHandWrittenOne() {
    int n = 3002;
    ArrayGraph graph = ((ArrayProgram) ArrayFunctions::rosenbrock).record(List.of("x"), n);
    assertEquals(1, graph.engine().segmentCount());
    double[] x = new SplittableRandom(8).doubles(n, -2, 2).toArray();
    double[] hand = new double[n];
    double[] g = new double[n];
    double value = ArrayFunctions.rosenbrockByHand(x, hand);
    assertEquals(value, graph.valueAndGradient(x, g), 1e-12 * value);
    assertClose(hand, g, EXACT_TOL, "gradient");
  }

  @Test
  void jvpOfAVectorOutputIsTheJacobianTimesTheDirection() {
    ArrayProgram f =
        new ArrayProgram() {
          @Override
          public <T> T run(ArrayArithmetic<T> a, List<T> in) {
            T m = a.reshape(in.get(0), 2, 3);
            return a.softmax(a.matmul(m, a.sin(in.get(1)))); // 2 × 1
          }
        };
    int[] lengths = {6, 3};
    double[] x = new SplittableRandom(2).doubles(9, -1, 1).toArray();
    double[] u = new SplittableRandom(4).doubles(9, -1, 1).toArray();
    double[] jvp = f.record(List.of("m", "v"), lengths).jvp(x, u);
    Jacobian j = f.asProgram(lengths).record(names(9), List.of("y0", "y1")).jacobian(x);
    for (int r = 0; r < 2; r++) {
      double expected = 0;
      for (int i = 0; i < 9; i++) {
        expected += j.get(r, i) * u[i];
      }
      assertEquals(expected, jvp[r], 1e-13);
    }
  }

  @Test
  void aGradientAllocatesNothingAfterWarmUp() {
    int n = 2000;
    ArrayGraph graph = ((ArrayProgram) ArrayFunctions::rosenbrock).record(List.of("x"), n);
    double[] x = new SplittableRandom(9).doubles(n, -2, 2).toArray();
    double[] g = new double[n];
    for (int i = 0; i < 20_000; i++) {
      x[i % n] += 1e-6;
      graph.valueAndGradient(x, g);
    }
    com.sun.management.ThreadMXBean bean =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long probe0 = bean.getCurrentThreadAllocatedBytes();
    long overhead = bean.getCurrentThreadAllocatedBytes() - probe0;
    long fewest = Long.MAX_VALUE;
    double sum = 0;
    for (int round = 0; round < 5; round++) {
      long before = bean.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < 1000; i++) {
        x[i % n] += 1e-6;
        sum += graph.valueAndGradient(x, g);
      }
      fewest = Math.min(fewest, bean.getCurrentThreadAllocatedBytes() - before - overhead);
    }
    assertTrue(Double.isFinite(sum));
    assertEquals(0, fewest, "bytes allocated by 1000 gradients (the fewest of five rounds)");
  }

  @Test
  void aPointMayBeItsOwnGradientArray() {
    int n = 100;
    ArrayGraph graph = ((ArrayProgram) ArrayFunctions::rosenbrock).record(List.of("x"), n);
    double[] x = new SplittableRandom(12).doubles(n, -2, 2).toArray();
    double[] earlier = new double[n];
    graph.valueAndGradient(x, earlier); // the graph writes this caller's array directly ...
    double[] copy = earlier.clone();
    double[] y = new SplittableRandom(13).doubles(n, -2, 2).toArray();
    double[] hand = new double[n];
    double value = ArrayFunctions.rosenbrockByHand(y, hand);
    double[] both = y.clone();
    assertEquals(value, graph.valueAndGradient(both, both), 1e-12 * value);
    assertClose(hand, both, EXACT_TOL, "gradient written over the point");
    assertArrayEquals(copy, earlier, "... and never again once the call returned");
  }

  @Test
  void anInputTheOutputDoesNotUseHasGradientZero() {
    ArrayProgram f =
        new ArrayProgram() {
          @Override
          public <T> T run(ArrayArithmetic<T> a, List<T> in) {
            return a.dot(in.get(0), in.get(0));
          }
        };
    double[] g = {7, 7, 7, 7, 7};
    double value = f.record(List.of("x", "unused"), 2, 3).valueAndGradient(
        new double[] {1, 2, 3, 4, 5}, g);
    assertEquals(5.0, value);
    assertArrayEquals(new double[] {2, 4, 0, 0, 0}, g);
  }
}
