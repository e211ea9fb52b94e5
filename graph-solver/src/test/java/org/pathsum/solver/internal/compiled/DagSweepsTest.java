package org.pathsum.solver.internal.compiled;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.testing.RandomDags;
import org.pathsum.solver.testing.OpaqueDoubleSemiring;
import org.pathsum.solver.testing.WordSetSemiring;

class DagSweepsTest {

  private static final DoubleSemiring REAL = Semirings.real();

  /** The declarative form: ⊕ over every enumerated path of the ⊗-product in path order. */
  private static <W> W bruteForce(CompiledDag g, Semiring<W> s, List<W> w, int from, int to) {
    W sum = s.zero();
    for (int[] path : RandomDags.paths(g, from, to)) {
      W product = s.one();
      for (int e : path) {
        product = s.times(product, w.get(e));
      }
      sum = s.plus(sum, product);
    }
    return sum;
  }

  private static double[] randomWeights(SplittableRandom rnd, int m) {
    double[] w = new double[m];
    for (int e = 0; e < m; e++) {
      w[e] = rnd.nextDouble(-2, 2);
    }
    return w;
  }

  private static List<Double> boxed(double[] w) {
    List<Double> list = new ArrayList<>();
    for (double x : w) {
      list.add(x);
    }
    return list;
  }

  @Test
  void theLecturesExampleHasTheDerivativesWorkedByHand() {
    // F(x, y) = (x + 4y)·((x + y)·y) at (3, 5); vertices x, y, x+y, 4y, x+4y, (x+y)·y, F.
    CompiledDag.Builder b = CompiledDag.builder(7);
    List<Double> labels = new ArrayList<>();
    b.addEdge(0, 2); // x -> x+y
    labels.add(1.0);
    b.addEdge(1, 2); // y -> x+y
    labels.add(1.0);
    b.addEdge(1, 3); // y -> 4y
    labels.add(4.0);
    b.addEdge(0, 4); // x -> x+4y
    labels.add(1.0);
    b.addEdge(3, 4); // 4y -> x+4y
    labels.add(1.0);
    b.addEdge(2, 5); // x+y -> (x+y)·y, label y
    labels.add(5.0);
    b.addEdge(1, 5); // y -> (x+y)·y, label x+y
    labels.add(8.0);
    b.addEdge(4, 6); // x+4y -> F, label (x+y)·y
    labels.add(40.0);
    b.addEdge(5, 6); // (x+y)·y -> F, label x+4y
    labels.add(23.0);
    CompiledDag g = b.build();
    double[] w = labels.stream().mapToDouble(Double::doubleValue).toArray();
    assertEquals(155.0, DagSweeps.forward(g, REAL, w, 0)[6]);
    assertEquals(459.0, DagSweeps.forward(g, REAL, w, 1)[6]);
    double[] adjoints = DagSweeps.backward(g, REAL, w, 6);
    assertEquals(155.0, adjoints[0]);
    assertEquals(459.0, adjoints[1]);
    assertEquals(459.0, DagSweeps.between(g, REAL, w, 1, 6));
    assertEquals(459.0, DagSweeps.between(g, (Semiring<Double>) REAL, labels, 1, 6));
  }

  @Test
  void realSweepsMatchBruteForcePathEnumeration() {
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(9);
      CompiledDag g = RandomDags.randomDag(rnd, n, rnd.nextInt(16));
      double[] w = randomWeights(rnd, g.edgeCount());
      List<Double> bw = boxed(w);
      for (int a = 0; a < n; a++) {
        double[] fwd = DagSweeps.forward(g, REAL, w, a);
        double[] bwd = DagSweeps.backward(g, REAL, w, a);
        for (int v = 0; v < n; v++) {
          String where = "seed " + seed + " anchor " + a + " vertex " + v;
          double expectedFrom = bruteForce(g, REAL, bw, a, v);
          double expectedTo = bruteForce(g, REAL, bw, v, a);
          assertTrue(REAL.equivalentAsDouble(expectedFrom, fwd[v]), where + ": " + fwd[v]);
          assertTrue(REAL.equivalentAsDouble(expectedTo, bwd[v]), where + ": " + bwd[v]);
          assertTrue(
              REAL.equivalentAsDouble(expectedFrom, DagSweeps.between(g, REAL, w, a, v)), where);
        }
      }
    }
  }

  @Test
  void wordSweepsSpellExactlyThePathsInBothDirections() {
    // ⊗ is concatenation: a backward sweep with w[e] on the wrong side would spell words reversed.
    WordSetSemiring s = WordSetSemiring.INSTANCE;
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(8);
      CompiledDag g = RandomDags.randomDag(rnd, n, rnd.nextInt(14));
      List<Set<String>> w = new ArrayList<>();
      for (int e = 0; e < g.edgeCount(); e++) {
        w.add(Set.of("<" + e + ">"));
      }
      for (int a = 0; a < n; a++) {
        List<Set<String>> fwd = DagSweeps.forward(g, s, w, a);
        List<Set<String>> bwd = DagSweeps.backward(g, s, w, a);
        for (int v = 0; v < n; v++) {
          String where = "seed " + seed + " anchor " + a + " vertex " + v;
          assertEquals(bruteForce(g, s, w, a, v), fwd.get(v), where);
          assertEquals(bruteForce(g, s, w, v, a), bwd.get(v), where);
          assertEquals(fwd.get(v), DagSweeps.between(g, s, w, a, v), where);
        }
      }
    }
  }

  @Test
  void forwardAndBackwardAgreeOnEveryPairOfLargerRandomDags() {
    for (long seed = 1; seed <= 10; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 2 + rnd.nextInt(60);
      CompiledDag g = RandomDags.randomDag(rnd, n, rnd.nextInt(4 * n));
      double[] w = randomWeights(rnd, g.edgeCount());
      double[][] from = new double[n][];
      for (int s = 0; s < n; s++) {
        from[s] = DagSweeps.forward(g, REAL, w, s);
      }
      for (int t = 0; t < n; t++) {
        double[] to = DagSweeps.backward(g, REAL, w, t);
        for (int s = 0; s < n; s++) {
          assertTrue(
              Semirings.real(1e-6).equivalentAsDouble(from[s][t], to[s]),
              "seed " + seed + " pair " + s + "->" + t + ": " + from[s][t] + " vs " + to[s]);
        }
      }
    }
  }

  @Test
  void primitiveAndGenericTwinsAgreeExactly() {
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(200);
      CompiledDag g = RandomDags.randomDag(rnd, n, rnd.nextInt(5 * n));
      double[] w = randomWeights(rnd, g.edgeCount());
      int a = rnd.nextInt(n);
      int b = rnd.nextInt(n);
      Semiring<Double> boxedReal = REAL;
      String where = "seed " + seed;
      assertEquals(
          boxed(DagSweeps.forward(g, REAL, w, a)),
          DagSweeps.forward(g, boxedReal, boxed(w), a),
          where);
      assertEquals(
          boxed(DagSweeps.backward(g, REAL, w, b)),
          DagSweeps.backward(g, boxedReal, boxed(w), b),
          where);
      assertEquals(
          DagSweeps.between(g, REAL, w, a, b),
          DagSweeps.between(g, boxedReal, boxed(w), a, b),
          where);
    }
  }

  @Test
  void specializedKernelsAgreeBitForBitWithTheGenericKernels() {
    DoubleSemiring opaqueReal = new OpaqueDoubleSemiring(REAL);
    DoubleSemiring opaqueTropical = new OpaqueDoubleSemiring(Semirings.tropical());
    assertTrue(DoubleKernels.isReal(REAL));
    assertTrue(DoubleKernels.isReal((DoubleSemiring) Semirings.real(0.1)));
    assertFalse(DoubleKernels.isReal(opaqueReal));
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(300);
      CompiledDag g =
          seed % 2 == 0
              ? RandomDags.randomDag(rnd, n, rnd.nextInt(6 * n))
              : RandomDags.randomDagByTarget(rnd, n, rnd.nextInt(6 * n));
      assertEquals(seed % 2 == 1, g.inEdgeIds == null, "layout, seed " + seed);
      double[] w = randomWeights(rnd, g.edgeCount());
      int a = rnd.nextInt(n);
      String where = "seed " + seed;
      assertArrayEquals(
          DagSweeps.forward(g, opaqueReal, w, a), DagSweeps.forward(g, REAL, w, a), where);
      assertArrayEquals(
          DagSweeps.backward(g, opaqueReal, w, a), DagSweeps.backward(g, REAL, w, a), where);
      DoubleSemiring tropical = Semirings.tropical();
      assertArrayEquals(
          DagSweeps.forward(g, opaqueTropical, w, a), DagSweeps.forward(g, tropical, w, a), where);
      assertArrayEquals(
          DagSweeps.backward(g, opaqueTropical, w, a),
          DagSweeps.backward(g, tropical, w, a),
          where);
    }
  }

  @Test
  void edgesAddedByTargetAndInAnyOrderGiveTheSameSums() {
    // By target the in-CSR order is the edge order and the DAG keeps no id map; shuffled it does.
    for (long seed = 1; seed <= 20; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 2 + rnd.nextInt(10);
      CompiledDag shuffled = RandomDags.randomDag(rnd, n, rnd.nextInt(20));
      int m = shuffled.edgeCount();
      Integer[] byTarget = new Integer[m];
      for (int e = 0; e < m; e++) {
        byTarget[e] = e;
      }
      Arrays.sort(
          byTarget, (a, b) -> Integer.compare(shuffled.edgeTarget(a), shuffled.edgeTarget(b)));
      CompiledDag.Builder b = CompiledDag.builder(n);
      List<Set<String>> sortedWords = new ArrayList<>();
      List<Set<String>> words = new ArrayList<>();
      for (int e = 0; e < m; e++) {
        words.add(Set.of("<" + e + ">"));
      }
      for (int k = 0; k < m; k++) {
        int e = byTarget[k];
        b.addEdge(shuffled.edgeSource(e), shuffled.edgeTarget(e));
        sortedWords.add(words.get(e));
      }
      CompiledDag sorted = b.build();
      assertTrue(sorted.inEdgeIds == null, "seed " + seed);
      for (int v = 0; v < n; v++) {
        for (int i = 0; i < sorted.inDegree(v); i++) {
          assertEquals(v, sorted.edgeTarget(sorted.inEdge(v, i)), "seed " + seed);
        }
      }
      WordSetSemiring s = WordSetSemiring.INSTANCE;
      for (int a = 0; a < n; a++) {
        String where = "seed " + seed + " anchor " + a;
        assertEquals(
            DagSweeps.forward(shuffled, s, words, a),
            DagSweeps.forward(sorted, s, sortedWords, a),
            where);
        assertEquals(
            DagSweeps.backward(shuffled, s, words, a),
            DagSweeps.backward(sorted, s, sortedWords, a),
            where);
        assertEquals(
            DagSweeps.between(shuffled, s, words, 0, a),
            DagSweeps.between(sorted, s, sortedWords, 0, a),
            where);
      }
    }
  }

  @Test
  void unreachableVerticesGetZeroEvenBehindInfiniteWeights() {
    // 0 -> 2 with weight ∞; sweeping from 1 must not compute 0 × ∞ = NaN at vertex 2.
    CompiledDag.Builder b = CompiledDag.builder(3);
    b.addEdge(0, 2);
    b.addEdge(1, 2);
    CompiledDag g = b.build();
    double[] w = {Double.POSITIVE_INFINITY, 3.0};
    assertArrayEquals(new double[] {0.0, 1.0, 3.0}, DagSweeps.forward(g, REAL, w, 1));
    assertArrayEquals(new double[] {0.0, 1.0, 0.0}, DagSweeps.backward(g, REAL, w, 1));
    assertEquals(0.0, DagSweeps.between(g, REAL, w, 2, 1));
    assertEquals(1.0, DagSweeps.between(g, REAL, w, 2, 2));
  }

  @Test
  void bufferVariantsWriteOnlyTheFirstNEntries() {
    CompiledDag.Builder b = CompiledDag.builder(3);
    b.addEdge(0, 1);
    b.addEdge(1, 2);
    CompiledDag g = b.build();
    double[] w = {2.0, 3.0};
    double[] out = new double[5];
    Arrays.fill(out, -7.0);
    DagSweeps.forward(g, REAL, w, 0, out);
    assertArrayEquals(new double[] {1.0, 2.0, 6.0, -7.0, -7.0}, out);
    DagSweeps.backward(g, REAL, w, 2, out);
    assertArrayEquals(new double[] {6.0, 3.0, 1.0, -7.0, -7.0}, out);
    assertEquals(6.0, DagSweeps.between(g, REAL, w, 0, 2, new double[3]));
  }

  @Test
  void badArgumentsAreRejected() {
    CompiledDag.Builder b = CompiledDag.builder(3);
    b.addEdge(0, 1);
    CompiledDag g = b.build();
    double[] w = {2.0};
    assertThrows(IllegalArgumentException.class, () -> DagSweeps.forward(g, REAL, w, 3));
    assertThrows(IllegalArgumentException.class, () -> DagSweeps.backward(g, REAL, w, -1));
    assertThrows(
        IllegalArgumentException.class, () -> DagSweeps.forward(g, REAL, new double[2], 0));
    assertThrows(
        IllegalArgumentException.class, () -> DagSweeps.forward(g, REAL, w, 0, new double[2]));
    assertThrows(
        IllegalArgumentException.class, () -> DagSweeps.between(g, REAL, w, 0, 2, new double[2]));
    assertThrows(IllegalArgumentException.class, () -> DagSweeps.between(g, REAL, w, 0, 9));
    Semiring<Double> boxedReal = REAL;
    assertThrows(
        IllegalArgumentException.class, () -> DagSweeps.forward(g, boxedReal, List.of(), 0));
    assertThrows(
        NullPointerException.class,
        () -> DagSweeps.backward(g, boxedReal, Arrays.asList((Double) null), 1));
    assertThrows(NullPointerException.class, () -> DagSweeps.forward(null, REAL, w, 0));
  }

  @Test
  void aMillionVertexChainSweepsInBothDirections() {
    int n = 1_000_000;
    CompiledDag.Builder b = CompiledDag.builder(n, n - 1);
    for (int i = 0; i + 1 < n; i++) {
      b.addEdge(i, i + 1);
    }
    CompiledDag g = b.build();
    double[] w = new double[n - 1];
    Arrays.fill(w, 1.0);
    w[n / 2] = 2.0;
    assertEquals(2.0, DagSweeps.forward(g, REAL, w, 0)[n - 1]);
    assertEquals(2.0, DagSweeps.backward(g, REAL, w, n - 1)[0]);
    assertEquals(2.0, DagSweeps.between(g, REAL, w, 0, n - 1));
    List<Double> bw = boxed(w);
    assertEquals(2.0, DagSweeps.between(g, (Semiring<Double>) REAL, bw, 0, n - 1));
  }
}
