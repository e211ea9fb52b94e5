package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathsum.ad.ComputationGraph.Node;

/** A chain of a million operations: recorded, labeled and differentiated with no recursion. */
class LongChainTest {

  private static final int N = 1_000_000;

  @Test
  void millionAdditionsDifferentiateBothWays() {
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node x = b.input("x");
    Node one = b.constant(1);
    Node v = x;
    for (int i = 0; i < N; i++) {
      v = b.arithmetic().add(v, one);
    }
    b.output("f", v);
    ComputationGraph g = b.build();
    LabeledGraph l = g.labelAt(0.5);
    assertEquals(0.5 + N, l.outputValues()[0]);
    assertEquals(1.0, g.jacobian(Jacobian.Mode.FORWARD, 0.5).get(0, 0));
    assertEquals(1.0, g.gradient(0.5).get(0));
  }

  @Test
  void millionSinesMatchTheProductOfCosines() {
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node x = b.input("x");
    Node v = x;
    for (int i = 0; i < N; i++) {
      v = b.apply(Op.SIN, v);
    }
    b.output("f", v);
    ComputationGraph g = b.build();
    LabeledGraph l = g.labelAt(1.0);
    // independent: the chain rule as a plain loop, d sin^n(x) = Π cos(sin^k(x))
    double value = 1.0;
    double derivative = 1.0;
    for (int i = 0; i < N; i++) {
      derivative *= Math.cos(value);
      value = Math.sin(value);
    }
    assertEquals(value, l.outputValues()[0]);
    double forward = g.jacobian(Jacobian.Mode.FORWARD, 1.0).get(0, 0);
    double reverse = g.jacobian(Jacobian.Mode.REVERSE, 1.0).get(0, 0);
    assertEquals(derivative, forward, 1e-12 * Math.abs(derivative));
    assertEquals(derivative, reverse, 1e-12 * Math.abs(derivative));
    List<Dual> dual = g.evaluate(Arithmetic.ofDual(), List.of(Dual.variable(1.0)));
    assertEquals(derivative, dual.get(0).derivative(), 1e-12 * Math.abs(derivative));
  }
}
