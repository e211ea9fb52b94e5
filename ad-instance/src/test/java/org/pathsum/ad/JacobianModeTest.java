package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.pathsum.ad.ComputationGraph.Node;

/** The Jacobian door: the mode chosen by the shape, every mode by name, the result's contract. */
class JacobianModeTest {

  /** A dense layer y = tanh(W sin(x)) with n inputs and m outputs, W drawn from {@code seed}. */
  private static ComputationGraph layer(int n, int m, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ComputationGraph.Builder b = ComputationGraph.builder();
    Arithmetic<Node> a = b.arithmetic();
    List<Node> x = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      x.add(b.input("x" + i));
    }
    for (int j = 0; j < m; j++) {
      Node sum = b.constant(0);
      for (int i = 0; i < n; i++) {
        sum = a.add(sum, a.mul(b.constant(random.nextDouble(-1, 1)), a.sin(x.get(i))));
      }
      b.output("y" + j, a.tanh(sum));
    }
    return b.build();
  }

  @Test
  void theShapePicksForwardForTallAndReverseForWide() {
    ComputationGraph wide = layer(5, 2, 7);
    ComputationGraph tall = layer(2, 5, 7);
    ComputationGraph square = layer(3, 3, 7);
    assertEquals(Jacobian.Mode.REVERSE, wide.jacobian(new double[5]).mode());
    assertEquals(Jacobian.Mode.FORWARD, tall.jacobian(new double[2]).mode());
    assertEquals(Jacobian.Mode.FORWARD, square.jacobian(new double[3]).mode(), "n <= m: forward");
    assertEquals(wide.jacobian(Jacobian.Mode.REVERSE, new double[5]), wide.jacobian(new double[5]));
    assertEquals(tall.jacobian(Jacobian.Mode.FORWARD, new double[2]), tall.jacobian(new double[2]));
  }

  @Test
  void everyModeAgreesOnALayer() {
    long seed = 42;
    ComputationGraph g = layer(37, 23, seed);
    double[] point = new SplittableRandom(seed + 1).doubles(37, -1, 1).toArray();
    Jacobian forward = g.jacobian(Jacobian.Mode.FORWARD, point);
    assertNotEquals(0.0, forward.get(5, 7), "seed " + seed);
    assertArrayEquals(g.evaluate(point), forward.values(), "seed " + seed);
    for (Jacobian.Mode mode : Jacobian.Mode.values()) {
      Jacobian j = g.jacobian(mode, point);
      assertArrayEquals(forward.values(), j.values(), mode + ", seed " + seed);
      for (int r = 0; r < forward.rows(); r++) {
        assertArrayEquals(forward.row(r), j.row(r), 1e-12, mode + ", seed " + seed + " row " + r);
      }
    }
  }

  @Test
  void theResultIsImmutableAndChecksItsIndices() {
    ComputationGraph g = layer(3, 2, 5);
    Jacobian j = g.jacobian(new double[] {0.1, 0.2, 0.3});
    double[][] copy = j.toArray();
    copy[0][0] = 99;
    j.row(1)[2] = 99;
    j.values()[0] = 99;
    assertNotEquals(99.0, j.get(0, 0));
    assertNotEquals(99.0, j.get(1, 2));
    assertNotEquals(99.0, j.values()[0]);
    assertEquals(2, j.rows());
    assertEquals(3, j.columns());
    assertThrows(IllegalArgumentException.class, () -> j.get(2, 0));
    assertThrows(IllegalArgumentException.class, () -> j.get(0, 3));
    assertThrows(IllegalArgumentException.class, () -> j.row(-1));
    assertThrows(IllegalArgumentException.class, () -> g.jacobian(new double[2]));
  }
}
