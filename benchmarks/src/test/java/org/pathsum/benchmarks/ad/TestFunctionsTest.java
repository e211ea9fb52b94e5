package org.pathsum.benchmarks.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.Test;
import org.pathsum.ad.Arithmetic;
import org.pathsum.ad.ComputationGraph;
import org.pathsum.ad.Jacobian;
import org.pathsum.examples.nn.Dataset;
import org.pathsum.examples.nn.Network;

/**
 * The benchmarks compare like with like only if every contender computes the same numbers: the
 * hand-written floors, pathsum and Hipparchus are checked against each other here.
 */
class TestFunctionsTest {

  private static void assertClose(double[] expected, double[] actual, double tol, String what) {
    assertEquals(expected.length, actual.length, what);
    for (int i = 0; i < expected.length; i++) {
      double scale = Math.max(1, Math.abs(expected[i]));
      assertTrue(
          Math.abs(expected[i] - actual[i]) <= tol * scale,
          what + " [" + i + "]: " + expected[i] + " vs " + actual[i]);
    }
  }

  @Test
  void rosenbrockGradientsAgreeAcrossHandPathsumAndHipparchus() {
    for (long seed = 1; seed <= 5; seed++) {
      int n = 10;
      double[] x = TestFunctions.point(n, -2, 2, seed);
      double[] hand = new double[n];
      double value = TestFunctions.rosenbrockGradient(x, hand);
      assertEquals(TestFunctions.rosenbrock(x), value, 1e-12 * Math.abs(value), "seed " + seed);
      ComputationGraph g =
          TestFunctions.ROSENBROCK.record(TestFunctions.names("x", n), List.of("f"));
      assertClose(hand, g.gradient(x).gradient(), 1e-12, "pathsum, seed " + seed);
      Gradient[] gx = new Gradient[n];
      DSFactory factory = new DSFactory(n, 1);
      DerivativeStructure[] dx = new DerivativeStructure[n];
      for (int i = 0; i < n; i++) {
        gx[i] = Gradient.variable(n, i, x[i]);
        dx[i] = factory.variable(i, x[i]);
      }
      assertClose(hand, TestFunctions.rosenbrock(gx).getGradient(), 1e-12, "Gradient " + seed);
      double[] all = TestFunctions.rosenbrock(dx).getAllDerivatives();
      assertEquals(value, all[0], 1e-12 * Math.abs(value), "DS value, seed " + seed);
      assertClose(hand, java.util.Arrays.copyOfRange(all, 1, n + 1), 1e-12, "DS, seed " + seed);
      for (int i = 0; i < n; i++) {
        assertEquals(
            hand[i],
            TestFunctions.ROSENBROCK.derivatives(i, x).get(0).derivative(),
            1e-12 * Math.max(1, Math.abs(hand[i])),
            "dual, seed " + seed);
      }
    }
  }

  @Test
  void handWrittenBackpropMatchesTheRecordedNetworkLoss() {
    Network network = new Network(5, 4);
    Dataset data = MlpLoss.randomDataset(12, 5, 9);
    MlpLoss loss = new MlpLoss(network, data);
    ComputationGraph circuit = network.trainingCircuit(data);
    for (long seed = 1; seed <= 5; seed++) {
      double[] w = network.initialParameters(seed);
      List<Double> boxed = new ArrayList<>();
      for (double x : w) {
        boxed.add(x);
      }
      double expected = network.loss(Arithmetic.ofDouble(), boxed, data);
      assertEquals(expected, loss.value(w), 1e-12, "seed " + seed);
      double[] g = new double[w.length];
      assertEquals(expected, loss.gradient(w, g), 1e-12, "seed " + seed);
      assertClose(circuit.gradient(w).gradient(), g, 1e-10, "seed " + seed);
    }
  }

  @Test
  void jacobianFamilyHasEqualForwardAndReverseJacobians() {
    int n = 7;
    int m = 5;
    ComputationGraph g =
        TestFunctions.jacobianFamily(n, m, 50)
            .record(TestFunctions.names("x", n), TestFunctions.names("y", m));
    double[] x = TestFunctions.point(n, -1, 1, 13);
    Jacobian forward = g.jacobian(Jacobian.Mode.FORWARD, x);
    Jacobian reverse = g.jacobian(Jacobian.Mode.REVERSE, x);
    for (int j = 0; j < m; j++) {
      assertClose(forward.row(j), reverse.row(j), 1e-12, "row " + j);
    }
    // y_j depends on x_{j mod n} directly with coefficient 1, plus through h: never all zero.
    for (int j = 0; j < m; j++) {
      assertTrue(forward.get(j, j % n) != 0.0);
    }
    assertTrue(g.nodeCount() >= 4 * 50, "nodes: " + g.nodeCount());
  }
}
