package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pathsum.ad.ComputationGraph.Node;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.internal.compiled.CompiledDag;
import org.pathsum.solver.internal.compiled.DagSweeps;

/**
 * The tape's fused kernel and reverse sweep against the path they replace: labels computed edge by
 * edge through {@link Op#evaluate}/{@link Op#partial} over the {@link CompiledDag} view, and the
 * gradient as {@link DagSweeps#backward} over them. Bit for bit, on seeded random programs over
 * every operation, at points anywhere (not only smooth ones).
 */
class TapeTest {

  @Test
  void fusedKernelAndReverseSweepMatchTheEdgeByEdgePathBitForBit() {
    int labeled = 0;
    int refused = 0;
    for (long seed = 1; seed <= 300; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      RandomProgram program =
          new RandomProgram(
              random, 1 + random.nextInt(4), 5 + random.nextInt(25), 1 + random.nextInt(3));
      ComputationGraph g = program.record();
      double[] point = null;
      LabeledGraph l = null;
      for (int attempt = 0; attempt < 20 && l == null; attempt++) {
        point = random.doubles(program.inputCount, -2, 2).toArray();
        try {
          l = g.labelAt(point);
        } catch (NonFiniteValueException e) {
          refused++;
          assertNonFiniteIsReal(g, point, e, "seed " + seed + ", attempt " + attempt);
        }
      }
      if (l == null) {
        continue;
      }
      labeled++;
      String at = "seed " + seed;
      double[][] oracle = edgeByEdge(g, point);
      assertArrayEquals(oracle[0], l.values(), at + ": values");
      assertArrayEquals(oracle[1], l.labels(), at + ": labels");
      for (double x : l.values()) {
        assertTrue(Double.isFinite(x), at + ": a labeled graph has only finite values");
      }
      for (double x : l.labels()) {
        assertTrue(Double.isFinite(x), at + ": a labeled graph has only finite labels");
      }
      assertArrayEquals(l.outputValues(), g.evaluate(point), at + ": values-only pass");
      for (int j = 0; j < g.outputNames().size(); j++) {
        double[] adjoints =
            DagSweeps.backward(g.compiledDag(), Semirings.real(), oracle[1], g.outputNode(j));
        double[] expected = new double[point.length];
        for (int i = 0; i < expected.length; i++) {
          expected[i] = adjoints[g.inputNode(i)];
        }
        double[] fused = new double[point.length];
        double value = g.valueAndGradient(j, point, fused);
        assertArrayEquals(expected, fused, at + ": gradient of f" + j);
        assertArrayEquals(adjoints, l.adjoints(j), at + ": adjoints of f" + j);
        assertEquals(l.outputValues()[j], value, at + ": value of f" + j);
      }
    }
    System.out.println("tape vs edge-by-edge: " + labeled + " labeled, " + refused + " refused");
    assertTrue(labeled >= 150, "only " + labeled + " of 300 random programs could be labeled");
  }

  /** Values and labels the way the graph was labeled before the tape: per edge, by Op's API. */
  private static double[][] edgeByEdge(ComputationGraph g, double[] point) {
    CompiledDag dag = g.compiledDag();
    int n = g.nodeCount();
    double[] values = new double[n];
    double[] labels = new double[g.edgeCount()];
    int nextInput = 0;
    for (int v = 0; v < n; v++) {
      Node node = g.node(v);
      int k = dag.inDegree(v);
      double[] x = new double[k];
      for (int p = 0; p < k; p++) {
        x[p] = values[dag.edgeSource(dag.inEdge(v, p))];
      }
      double parameter = node.op() == Op.INPUT ? point[nextInput++] : g.tape().parameter(v);
      values[v] = node.op().evaluate(x, parameter);
      for (int p = 0; p < k; p++) {
        labels[dag.inEdge(v, p)] = node.op().partial(p, x, parameter);
      }
    }
    return new double[][] {values, labels};
  }

  /** A refusal names a node whose value or label really is not finite (by the oracle). */
  private static void assertNonFiniteIsReal(
      ComputationGraph g, double[] point, NonFiniteValueException e, String at) {
    double[][] oracle = edgeByEdge(g, point);
    int v = e.nodeIndex();
    for (int u = 0; u < v; u++) {
      assertTrue(Double.isFinite(oracle[0][u]), at + ": an earlier node " + u + " is not finite");
    }
    if (e.isLabel()) {
      int edge = g.compiledDag().inEdge(v, e.operandPosition().getAsInt());
      assertEquals(oracle[1][edge], e.value(), at);
      assertTrue(Double.isFinite(oracle[0][v]), at);
    } else {
      assertEquals(oracle[0][v], e.value(), at);
    }
    assertTrue(!Double.isFinite(e.value()), at);
  }

  /**
   * The reverse sweep clears its adjoints as it goes instead of filling them before: gradients of
   * different outputs, one after another at new points, on a graph with leaves after operations
   * (an input, constants), an unused input and outputs that are a leaf or a middle node, each
   * equal the {@link DagSweeps#backward} oracle bit for bit.
   */
  @Test
  void successiveGradientsOfDifferentOutputsMatchTheOracle() {
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node x = b.input("x");
    Node y = b.input("y");
    b.input("unused");
    Node xy = b.arithmetic().mul(x, y);
    Node c = b.constant(3);
    Node z = b.input("z"); // an input recorded after an operation
    Node s = b.apply(Op.SIN, b.arithmetic().add(b.arithmetic().mul(c, xy), z));
    Node t = b.arithmetic().sub(b.arithmetic().mul(s, s), b.arithmetic().div(z, b.arithmetic().add(x, b.constant(5))));
    b.output("t", t).output("xy", xy).output("z", z).output("s", s);
    ComputationGraph g = b.build();
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 200; round++) {
      double[] point = random.doubles(4, -2, 2).toArray();
      int j = random.nextInt(4);
      String at = "round " + round + ", output " + j;
      double[] labels = g.labelAt(point).labels();
      double[] adjoints = DagSweeps.backward(g.compiledDag(), Semirings.real(), labels, g.outputNode(j));
      double[] expected = new double[4];
      for (int i = 0; i < 4; i++) {
        expected[i] = adjoints[g.inputNode(i)];
      }
      double[] gradient = new double[4];
      g.valueAndGradient(j, point, gradient);
      assertArrayEquals(expected, gradient, at);
    }
  }

  /**
   * A non-finite input is the first bad node when it comes before every bad operation: an input
   * among the leading leaves (found by the pass over the point, reported after the loop) or one
   * recorded after operations (found in the loop, in node order); an earlier bad operation is
   * reported before a later bad input. The same node from {@code labelAt} and {@code gradient}.
   */
  @Test
  void aNonFiniteInputIsReportedInNodeOrder() {
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node x = b.input("x");
    Node y = b.input("y");
    Node q = b.arithmetic().div(x, y); // x / 0 is infinite, before z
    Node z = b.input("z"); // an input recorded after an operation
    b.output("f", b.arithmetic().add(b.arithmetic().mul(q, z), b.apply(Op.SIN, y)));
    ComputationGraph g = b.build();
    double[][] points = {
      {Double.NaN, 1, 2}, {1, Double.POSITIVE_INFINITY, 2}, {1, 1, Double.NaN},
      {1, 0, Double.NaN}, {Double.NaN, 1, Double.NaN}, {1, 0, 2}, {1, 1, Double.NEGATIVE_INFINITY}
    };
    int[] expectedNode = {x.index(), y.index(), z.index(), q.index(), x.index(), q.index(), z.index()};
    for (int k = 0; k < points.length; k++) {
      double[] point = points[k];
      String at = "point " + k;
      NonFiniteValueException fromLabel =
          assertThrows(NonFiniteValueException.class, () -> g.labelAt(point), at);
      NonFiniteValueException fromGradient =
          assertThrows(NonFiniteValueException.class, () -> g.gradient(point), at);
      NonFiniteValueException fromJacobian =
          assertThrows(
              NonFiniteValueException.class, () -> g.jacobian(Jacobian.Mode.DUAL, point), at);
      assertEquals(expectedNode[k], fromLabel.nodeIndex(), at);
      assertEquals(fromLabel.getMessage(), fromGradient.getMessage(), at);
      assertEquals(fromLabel.getMessage(), fromJacobian.getMessage(), at);
      assertNonFiniteIsReal(g, point, fromLabel, at);
      // the workspace is left usable: a finite point after a refusal is right
      double[] fine = {1.5, -0.5, 2};
      double[] labels = g.labelAt(fine).labels();
      double[] adjoints = DagSweeps.backward(g.compiledDag(), Semirings.real(), labels, g.outputNode(0));
      double[] gradient = g.gradient(fine).gradient();
      for (int i = 0; i < 3; i++) {
        assertEquals(adjoints[g.inputNode(i)], gradient[i], at + ", input " + i);
      }
    }
  }

  /**
   * After warm-up, a gradient allocates nothing, by the interpreter (a graph too large to compile)
   * and by generated code (a small graph, compiled during the warm-up).
   */
  @Test
  void aGradientAtANewPointAllocatesNothingAfterWarmUp() {
    ComputationGraph interpreted = TestPrograms.rosenbrock(400);
    assertAllocationFree(interpreted, 400);
    assertFalse(interpreted.engine().isCompiled(0), "more than TapeCompiler.MAX_NODES nodes");
    ComputationGraph compiled = TestPrograms.rosenbrock(100); // about 600 nodes
    assertAllocationFree(compiled, 100);
    assertTrue(compiled.engine().isCompiled(0), "compiled during the warm-up");
  }

  private static void assertAllocationFree(ComputationGraph g, int n) {
    SplittableRandom random = new SplittableRandom(7);
    double[] point = random.doubles(n, -2, 2).toArray();
    double[] gradient = new double[n];
    // Warm-up at new points, as measured below: the workspace, the JIT, and every branch the
    // measured calls take (a branch first taken after compilation deoptimizes, and a
    // deoptimization allocates a few hundred bytes on the calling thread).
    for (int i = 0; i < 10_000; i++) { // compiled after 2,000 calls, JIT-compiled after that
      point[i % n] += 1e-3;
      g.valueAndGradient(point, gradient);
    }
    com.sun.management.ThreadMXBean bean =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long probe0 = bean.getCurrentThreadAllocatedBytes();
    long probe1 = bean.getCurrentThreadAllocatedBytes();
    long overhead = probe1 - probe0; // what one reading itself allocates
    // The fewest bytes of five rounds of 1,000 gradients: a steady allocation shows in every
    // round, a one-off recompilation event in one at most.
    long fewest = Long.MAX_VALUE;
    double sum = 0;
    for (int round = 0; round < 5; round++) {
      long before = bean.getCurrentThreadAllocatedBytes();
      for (int i = 0; i < 1000; i++) {
        point[i % n] += 1e-3; // a new point each time
        sum += g.valueAndGradient(point, gradient);
      }
      long after = bean.getCurrentThreadAllocatedBytes();
      fewest = Math.min(fewest, after - before - overhead);
    }
    assertTrue(Double.isFinite(sum));
    assertEquals(0, fewest, "bytes allocated by 1000 gradients (the fewest of five rounds)");
  }

  /**
   * The reverse sweep's steps for +, − and · ({@link Op#pushAdd}, {@link Op#pushSub}, {@link
   * Op#pushMul}) are {@code adjoints[x] = label · g + adjoints[x]} with {@link Op#rule}'s labels,
   * bit for bit, second operand first, also when both operands are one node (x + x, x · x).
   */
  @Test
  void theInPlacePushesAreTheRulesLabels() {
    double[] edge = {
      0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 1e-300, 1e300, -1e300, Double.MIN_VALUE,
      Double.MAX_VALUE, 0.1, -7.25
    };
    for (int c : new int[] {Op.Code.ADD, Op.Code.SUB, Op.Code.MUL}) {
      for (double a : edge) {
        for (double b : edge) {
          for (double g : edge) {
            for (double start : new double[] {0.0, -0.0, 2.5}) {
              for (boolean same : new boolean[] {false, true}) {
                String at = Op.byCode(c) + "(" + a + ", " + b + "), g " + g + ", start " + start
                    + (same ? ", one operand node" : "");
                int u = 0;
                int w = same ? 0 : 1;
                double[] values = {a, same ? a : b};
                double[] labels = new double[2];
                Op.rule(c, values[u], values[w], new double[1], 0, labels, 0);
                double[] expected = {start, start};
                expected[w] = labels[1] * g + expected[w];
                expected[u] = labels[0] * g + expected[u];
                double[] actual = {start, start};
                if (c == Op.Code.ADD) {
                  Op.pushAdd(g, u, w, actual);
                } else if (c == Op.Code.SUB) {
                  Op.pushSub(g, u, w, actual);
                } else {
                  Op.pushMul(g, u, w, values, actual);
                }
                assertArrayEquals(expected, actual, at);
              }
            }
          }
        }
      }
    }
  }

  @Test
  void ruleTableIsConsistent() {
    for (Op op : Op.values()) {
      assertEquals(op, Op.byCode(op.ordinal()));
    }
    assertEquals(Op.INPUT.ordinal(), Op.Code.INPUT);
    assertEquals(Op.CONSTANT.ordinal(), Op.Code.CONSTANT);
    assertEquals(Op.ADD.ordinal(), Op.Code.ADD);
    assertEquals(Op.SUB.ordinal(), Op.Code.SUB);
    assertEquals(Op.MUL.ordinal(), Op.Code.MUL);
    assertEquals(Op.DIV.ordinal(), Op.Code.DIV);
    assertEquals(Op.NEG.ordinal(), Op.Code.NEG);
    assertEquals(Op.POW_CONST.ordinal(), Op.Code.POW_CONST);
    assertEquals(Op.POW.ordinal(), Op.Code.POW);
    assertEquals(Op.SIN.ordinal(), Op.Code.SIN);
    assertEquals(Op.COS.ordinal(), Op.Code.COS);
    assertEquals(Op.TAN.ordinal(), Op.Code.TAN);
    assertEquals(Op.EXP.ordinal(), Op.Code.EXP);
    assertEquals(Op.LOG.ordinal(), Op.Code.LOG);
    assertEquals(Op.SQRT.ordinal(), Op.Code.SQRT);
    assertEquals(Op.TANH.ordinal(), Op.Code.TANH);
    assertEquals(Op.SIGMOID.ordinal(), Op.Code.SIGMOID);
    assertEquals(Op.RELU.ordinal(), Op.Code.RELU);
    assertEquals(Op.ABS.ordinal(), Op.Code.ABS);
    assertEquals(Op.MAX.ordinal(), Op.Code.MAX);
    assertEquals(Op.MIN.ordinal(), Op.Code.MIN);
    double[] edge = {
      0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 1e-300, 1e300, -1e300, Double.MIN_NORMAL,
      Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN
    };
    Arithmetic<Double> doubles = Arithmetic.ofDouble();
    for (Op op : Op.values()) {
      for (double a : edge) {
        for (double b : edge) {
          for (double p : new double[] {0, 2, -1, 0.5}) {
            String at = op + "(" + a + ", " + b + "; " + p + ")";
            double[] d = new double[2];
            double[] params = {p};
            double value = Op.rule(op.ordinal(), a, b, params, 0, d, 0);
            assertEquals(value, Op.value(op.ordinal(), a, b, params, 0), at + ": value vs rule");
            int arity = Op.TAPE_ARITY[op.ordinal()];
            for (int k = 0; k < arity; k++) {
              double generic = op.partialOn(doubles, k, a, b, value, p, a, b);
              assertEquals(d[k], generic, at + ": partial " + k + " on Arithmetic.ofDouble()");
            }
            for (int k = arity; k < 2; k++) {
              assertEquals(0.0, d[k], at + ": unused slot " + k);
            }
            if (Op.partialsFollowOperands(op.ordinal()) && Double.isFinite(a) && Double.isFinite(b)) {
              assertTrue(Double.isFinite(d[0]) && Double.isFinite(d[1]), at + ": partials finite");
            }
          }
        }
      }
    }
  }
}
