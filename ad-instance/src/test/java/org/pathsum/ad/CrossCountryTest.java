package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pathsum.ad.ComputationGraph.Node;
import org.pathsum.solver.internal.elimination.EliminationOrder;

/**
 * Cross-country Jacobians: the worked example, random graphs against forward mode, operation counts
 * by hand.
 */
class CrossCountryTest {

  private static final List<EliminationOrder> ORDERS =
      List.of(EliminationOrder.FORWARD, EliminationOrder.REVERSE, EliminationOrder.MARKOWITZ);

  /**
   * F(x, y) = (x + 4y)·((x + y)·y) at (3, 5). Nodes x0 y1 4₂ a=4y₃ b=x+4y₄ c=x+y₅ d=c·y₆ F₇; the
   * constant 4 is on no input→output path and is dropped. Edges: y→a 4, x→b 1, a→b 1, x→c 1, y→c 1,
   * c→d 5, y→d 8, b→F 40, d→F 23.
   *
   * <ul>
   *   <li>FORWARD a, b, c, d: a (in y, out b) 1 ⊗; b (in x, y; out F) 2; c (in x, y; out d) 2, y→d
   *       existed: 1 ⊕; d (in x, y; out F) 2, both onto existing edges: 2 ⊕. 7 ⊗, 3 ⊕, fill-in y→b,
   *       x→F, y→F, x→d = 4.
   *   <li>REVERSE d, c, b, a: d (in c, y; out F) 2; c (in x, y; out F) 2, y→F existed: 1 ⊕; b (in
   *       x, a; out F) 2, x→F existed: 1 ⊕; a (in y; out F) 1, 1 ⊕. 7 ⊗, 3 ⊕, fill-in c→F, y→F,
   *       x→F, a→F = 4.
   *   <li>MARKOWITZ: degrees a 1·1, b 2·1, c 2·1, d 2·1: a; then b, c, d all 2 (b is x, y → F),
   *       ties by index: b, c, d — the forward order, so 7 ⊗, 3 ⊕, fill-in 4.
   * </ul>
   */
  @Test
  void workedExampleInEveryOrder() {
    LabeledGraph g = LectureExample.graph().labelAt(3, 5);
    List<Object> shuffled = new ArrayList<>(List.of(2, 3, 4, 5, 6));
    Collections.shuffle(shuffled, new Random(11));
    List<EliminationOrder> orders = new ArrayList<>(ORDERS);
    orders.add(EliminationOrder.explicit(shuffled));
    for (EliminationOrder o : orders) {
      CrossCountry.Result r = CrossCountry.eliminate(g, o);
      assertArrayEquals(new double[][] {{155, 459}}, r.entries(), o.toString());
    }
    for (EliminationOrder o : ORDERS) {
      CrossCountry.Result r = CrossCountry.eliminate(g, o);
      assertEquals(7, r.multiplications(), o.toString());
      assertEquals(3, r.additions(), o.toString());
      assertEquals(4, r.fillIn(), o.toString());
    }
  }

  /** A chain of k unary operations from one input to one output: k − 1 ⊗ in every order. */
  @Test
  void chainOfUnaryOpsCostsKMinusOne() {
    int k = 9;
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node v = b.input("x");
    for (int i = 0; i < k; i++) {
      v = b.apply(Op.SIN, v);
    }
    b.output("f", v);
    LabeledGraph g = b.build().labelAt(0.7);
    double[][] reference = JacobianSweeps.forward(g);
    for (EliminationOrder o : ORDERS) {
      CrossCountry.Result r = CrossCountry.eliminate(g, o);
      assertEquals(k - 1, r.multiplications(), o.toString());
      assertClose(reference, r, o.toString());
    }
  }

  @Test
  void longChainDoesNotOverflowTheStack() {
    int k = 100_000;
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node v = b.input("x");
    for (int i = 0; i < k; i++) {
      v = b.apply(Op.NEG, v);
    }
    b.output("f", v);
    LabeledGraph g = b.build().labelAt(1.5);
    for (EliminationOrder o : ORDERS) {
      CrossCountry.Result r = CrossCountry.eliminate(g, o);
      assertEquals(1.0, r.entries()[0][0], o.toString()); // (−1)^k, k even
      assertEquals(k - 1, r.multiplications(), o.toString());
    }
  }

  /**
   * f: ℝⁿ → ℝ, s₁ = x₁ + x₂, s_j = s_{j−1} + x_{j+1} up to s_{n−1}, then k sines. Forward: s_j
   * carries j + 1 input edges into its one out-edge, Σ_{j=1}^{n−1} (j + 1) = (n − 1)(n + 2)/2 ⊗,
   * then each of the first k − 1 sines n ⊗. Reverse: k − 1 for the sines, then every s_j 2 ⊗.
   */
  @Test
  void gradientThroughLongChainIsCheaperInReverse() {
    int n = 10;
    int k = 20;
    LabeledGraph g = fanInChain(n, k).labelAt(point(n));
    CrossCountry.Result forward = CrossCountry.eliminate(g, EliminationOrder.FORWARD);
    CrossCountry.Result reverse = CrossCountry.eliminate(g, EliminationOrder.REVERSE);
    CrossCountry.Result markowitz = CrossCountry.eliminate(g, EliminationOrder.MARKOWITZ);
    assertEquals((n - 1) * (n + 2) / 2 + (long) n * (k - 1), forward.multiplications()); // 244
    assertEquals((k - 1) + 2L * (n - 1), reverse.multiplications()); // 37
    assertTrue(reverse.multiplications() < forward.multiplications());
    assertTrue(markowitz.multiplications() < forward.multiplications());
    double[][] reference = JacobianSweeps.reverse(g);
    for (CrossCountry.Result r : List.of(forward, reverse, markowitz)) {
      assertClose(reference, r, r.toString());
    }
  }

  /**
   * A bottleneck ("bat"): n inputs summed into one scalar, a chain of m sines with an output after
   * each. The n × m Jacobian has rank one; forward pays ~n²/2 on the fan-in, reverse ~m²/2 on the
   * fan-out, while Markowitz collapses both sides onto the bottleneck first and needs fewer than
   * either.
   */
  @Test
  void markowitzBeatsForwardAndReverseOnABottleneck() {
    int n = 12;
    int m = 12;
    LabeledGraph g = bottleneck(n, m).labelAt(point(n));
    CrossCountry.Result forward = CrossCountry.eliminate(g, EliminationOrder.FORWARD);
    CrossCountry.Result reverse = CrossCountry.eliminate(g, EliminationOrder.REVERSE);
    CrossCountry.Result markowitz = CrossCountry.eliminate(g, EliminationOrder.MARKOWITZ);
    // Forward: the sum chain (n − 1)(n + 2)/2, then r_1 … r_{m−1} carry n edges into 2 out-edges
    // and r_m into 1. Reverse: r_j carries its m − j + 1 output edges back, Σ = m(m + 1)/2, then
    // every s_j (n − 1 of them) has 2 in-edges and m out-edges.
    assertEquals((n - 1) * (n + 2) / 2 + (long) n * (2 * m - 1), forward.multiplications()); // 353
    assertEquals(m * (m + 1) / 2 + 2L * m * (n - 1), reverse.multiplications()); // 342
    assertTrue(markowitz.multiplications() < forward.multiplications(), markowitz.toString());
    assertTrue(markowitz.multiplications() < reverse.multiplications(), markowitz.toString());
    double[][] reference = JacobianSweeps.forward(g);
    for (CrossCountry.Result r : List.of(forward, reverse, markowitz)) {
      assertClose(reference, r, r.toString());
    }
  }

  @Test
  void randomGraphsMatchForwardMode() {
    for (long seed = 1; seed <= 30; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      ComputationGraph cg = randomGraph(rnd);
      double[] p = new double[cg.inputNames().size()];
      for (int i = 0; i < p.length; i++) {
        p[i] = rnd.nextDouble(-1, 1);
      }
      LabeledGraph g = cg.labelAt(p);
      double[][] reference = JacobianSweeps.forward(g);
      List<Object> inner = new ArrayList<>();
      for (int v = 0; v < cg.nodeCount(); v++) {
        int node = v;
        boolean io =
            cg.inputs().stream().anyMatch(x -> x.index() == node)
                || cg.outputs().stream().anyMatch(x -> x.index() == node);
        if (!io) {
          inner.add(v);
        }
      }
      Collections.shuffle(inner, new Random(seed));
      List<EliminationOrder> orders = new ArrayList<>(ORDERS);
      orders.add(EliminationOrder.explicit(inner));
      for (EliminationOrder o : orders) {
        assertClose(reference, CrossCountry.eliminate(g, o), "seed " + seed + " " + o);
      }
    }
  }

  @Test
  void outputFeedingAnotherOutputAndInputAsOutput() {
    // y1 = sin(x), y2 = y1·x, y3 = x: paths through the output y1 count for y2.
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node x = b.input("x");
    Node y1 = b.apply(Op.SIN, x);
    b.output("y1", y1).output("y2", b.arithmetic().mul(y1, x)).output("y3", x);
    LabeledGraph g = b.build().labelAt(0.4);
    for (EliminationOrder o : ORDERS) {
      double[][] j = CrossCountry.eliminate(g, o).entries();
      assertEquals(Math.cos(0.4), j[0][0], 1e-15, o.toString());
      assertEquals(Math.cos(0.4) * 0.4 + Math.sin(0.4), j[1][0], 1e-15, o.toString());
      assertEquals(1.0, j[2][0], o.toString());
    }
  }

  @Test
  void explicitOrderMustCoverTheIntermediateNodes() {
    LabeledGraph g = LectureExample.graph().labelAt(3, 5);
    assertThrows(
        IllegalArgumentException.class,
        () -> CrossCountry.eliminate(g, EliminationOrder.explicit(List.of(3, 4, 5, 6))));
    assertThrows(
        IllegalArgumentException.class,
        () -> CrossCountry.eliminate(g, EliminationOrder.explicit(List.of(0, 2, 3, 4, 5, 6))));
  }

  /** Every entry within {@code 1e-12·max(1, |a|, |b|)} of the reference. */
  private static void assertClose(double[][] reference, CrossCountry.Result r, String at) {
    double[][] actual = r.entries();
    assertEquals(reference.length, actual.length, at);
    for (int j = 0; j < reference.length; j++) {
      for (int i = 0; i < reference[j].length; i++) {
        double a = reference[j][i];
        double b = actual[j][i];
        assertTrue(
            Math.abs(a - b) <= 1e-12 * Math.max(1, Math.max(Math.abs(a), Math.abs(b))),
            at + ": entry (" + j + ", " + i + ") " + b + " vs " + a);
      }
    }
  }

  private static double[] point(int n) {
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = 0.1 * (i + 1);
    }
    return p;
  }

  /** Inputs x₁…xₙ summed left to right into s_{n−1}, then k sines; the last is the output. */
  private static ComputationGraph fanInChain(int n, int k) {
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node s = sumOfInputs(b, n);
    for (int i = 0; i < k; i++) {
      s = b.apply(Op.SIN, s);
    }
    b.output("f", s);
    return b.build();
  }

  private static Node sumOfInputs(ComputationGraph.Builder b, int n) {
    List<Node> xs = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      xs.add(b.input("x" + i));
    }
    Node s = xs.get(0);
    for (int i = 1; i < n; i++) {
      s = b.arithmetic().add(s, xs.get(i));
    }
    return s;
  }

  /** Inputs summed into h, r_j = sin(r_{j−1}) from r_0 = h, output o_j = cos(r_j), j = 1…m. */
  private static ComputationGraph bottleneck(int n, int m) {
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node r = sumOfInputs(b, n);
    for (int j = 1; j <= m; j++) {
      r = b.apply(Op.SIN, r);
      b.output("o" + j, b.apply(Op.COS, r));
    }
    return b.build();
  }

  /** 2–4 inputs, 5–25 random operations on earlier nodes, 1–3 outputs among the last nodes. */
  private static ComputationGraph randomGraph(SplittableRandom rnd) {
    Op[] binary = {Op.ADD, Op.SUB, Op.MUL};
    Op[] unary = {Op.SIN, Op.COS, Op.TANH, Op.NEG};
    ComputationGraph.Builder b = ComputationGraph.builder();
    List<Node> nodes = new ArrayList<>();
    int inputs = 2 + rnd.nextInt(3);
    for (int i = 0; i < inputs; i++) {
      nodes.add(b.input("x" + i));
    }
    nodes.add(b.constant(rnd.nextDouble(-2, 2)));
    int ops = 5 + rnd.nextInt(21);
    for (int i = 0; i < ops; i++) {
      Node a = nodes.get(rnd.nextInt(nodes.size()));
      Node c = nodes.get(rnd.nextInt(nodes.size()));
      nodes.add(
          rnd.nextBoolean()
              ? b.apply(binary[rnd.nextInt(binary.length)], a, c)
              : b.apply(unary[rnd.nextInt(unary.length)], a));
    }
    int outputs = 1 + rnd.nextInt(3);
    for (int k = 0; k < outputs; k++) {
      b.output("f" + k, nodes.get(nodes.size() - 1 - rnd.nextInt(Math.min(6, ops))));
    }
    return b.build();
  }
}
