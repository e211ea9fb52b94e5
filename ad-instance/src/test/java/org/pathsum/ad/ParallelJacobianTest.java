package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The parallel Jacobians equal the sequential ones bit for bit. */
class ParallelJacobianTest {

  private final ExecutorService executor = Executors.newFixedThreadPool(3);

  @AfterEach
  void shutdown() {
    executor.shutdownNow();
  }

  /** A dense layer y = tanh(W x) with n inputs and m outputs, W drawn from {@code seed}. */
  private static ComputationGraph layer(int n, int m, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ComputationGraph.Builder b = ComputationGraph.builder();
    List<Node> x = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      x.add(b.input("x" + i));
    }
    for (int j = 0; j < m; j++) {
      Node sum = b.constant(0);
      for (int i = 0; i < n; i++) {
        sum = b.add(sum, b.mul(b.constant(random.nextDouble(-1, 1)), b.apply(Op.SIN, x.get(i))));
      }
      b.output("y" + j, b.apply(Op.TANH, sum));
    }
    return b.build();
  }

  @Test
  void parallelForwardAndReverseEqualSequential() {
    long seed = 42;
    ComputationGraph g = layer(37, 23, seed);
    double[] point = new SplittableRandom(seed + 1).doubles(37, -1, 1).toArray();
    LabeledGraph l = g.labelAt(point);
    Jacobian forward = AutoDiff.forwardJacobian(l);
    Jacobian reverse = AutoDiff.reverseJacobian(l);
    assertEquals(forward, AutoDiff.forwardJacobian(l, executor), "seed " + seed);
    assertEquals(reverse, AutoDiff.reverseJacobian(l, executor), "seed " + seed);
    assertNotEquals(0.0, forward.get(5, 7), "seed " + seed);
    for (int j = 0; j < forward.rows(); j++) {
      assertArrayEquals(forward.row(j), reverse.row(j), 1e-12, "seed " + seed + " row " + j);
    }
  }

  @Test
  void jacobianPicksTheCheaperMode() {
    LabeledGraph wide = layer(5, 2, 7).labelAt(new double[5]);
    LabeledGraph tall = layer(2, 5, 7).labelAt(new double[2]);
    // the choice is invisible in the values; the shapes and agreement are what can be checked
    assertEquals(AutoDiff.reverseJacobian(wide), AutoDiff.jacobian(wide));
    assertEquals(AutoDiff.forwardJacobian(tall), AutoDiff.jacobian(tall));
  }
}
