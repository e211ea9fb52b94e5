package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pathsum.ad.expr.Expression;

/** The AD part of README.md's API tour, verbatim, so that the README cannot drift from the code. */
class ReadmeAdSnippetTest {

  // --- README snippet begins (the function)
  // F(x, y) = (x + 4y)·((x + y)·y), written once against the number-type interface
  static <T> List<T> lecture(Arithmetic<T> a, List<T> v) {
    T x = v.get(0);
    T y = v.get(1);
    return List.of(a.mul(a.add(x, a.mul(a.constant(4), y)), a.mul(a.add(x, y), y)));
  }
  // --- README snippet ends

  @Test
  void adTourRunsAsPrinted() {
    // --- README snippet begins (the doors)
    Program f = ReadmeAdSnippetTest::lecture; // a generic method is a Program
    double[] value = f.evaluate(3, 5); // {920.0}, on doubles
    double byDuals = f.derivatives(0, 3, 5).get(0).derivative(); // 155.0, on dual numbers

    ComputationGraph graph = f.record(List.of("x", "y"), List.of("F")); // recorded once
    Gradient g = graph.gradient(3, 5); // value() 920.0, gradient() {155.0, 459.0}
    Jacobian j = graph.jacobian(Jacobian.Mode.FORWARD, 3, 5); // or REVERSE, DUAL, CROSS_COUNTRY
    double[] hu = graph.hessianVector(0, new double[] {3, 5}, new double[] {1, 0}); // {10.0, 56.0}
    LabeledGraph at = graph.labelAt(3, 5); // values on nodes, local partials on edges
    String paths = at.symbolicPaths(0, 0).toString(); // "1·40 + 1·5·23": ∂F/∂x path by path
    String dot = at.toDot(); // the labeled graph in Graphviz DOT

    Gradient fromText =
        Expression.compile("(x + 4*y) * ((x + y) * y)", List.of("x", "y")).graph().gradient(3, 5);

    // A training loop: each step allocates nothing (a per-thread workspace).
    double[] point = {3, 5};
    double[] gradient = new double[2];
    for (int step = 0; step < 100; step++) {
      double loss = graph.valueAndGradient(point, gradient); // F at point; ∂F into gradient
      for (int i = 0; i < point.length; i++) {
        point[i] -= 1e-4 * gradient[i];
      }
    }
    // --- README snippet ends

    assertArrayEquals(new double[] {920.0}, value);
    assertEquals(155.0, byDuals);
    assertEquals(920.0, g.value());
    assertArrayEquals(new double[] {155.0, 459.0}, g.gradient());
    assertArrayEquals(new double[][] {{155.0, 459.0}}, j.toArray());
    assertArrayEquals(new double[] {10.0, 56.0}, hu);
    assertEquals("1·40 + 1·5·23", paths);
    assertTrue(dot.startsWith("strict digraph") || dot.startsWith("digraph"), dot);
    assertEquals(g.value(), fromText.value());
    assertArrayEquals(g.gradient(), fromText.gradient());
    assertTrue(graph.evaluate(point)[0] < 920, "gradient descent lowered F");
  }
}
