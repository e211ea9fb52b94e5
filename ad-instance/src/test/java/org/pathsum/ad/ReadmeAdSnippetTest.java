package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The AD part of README.md's API tour, verbatim, so that the README cannot drift from the code. */
class ReadmeAdSnippetTest {

  @Test
  void adTourRunsAsPrinted() {
    // --- README snippet begins
    // F(x, y) = (x + 4y)·((x + y)·y), written once against the number-type interface.
    Program f =
        new Program() {
          @Override
          public <T> List<T> run(Arithmetic<T> a, List<T> in) {
            T x = in.get(0);
            T y = in.get(1);
            T left = a.add(x, a.mul(a.constant(4), y));
            T right = a.mul(a.add(x, y), y);
            return List.of(a.mul(left, right));
          }
        };
    double[] value = f.evaluate(3, 5); // {920.0}, on doubles
    double byDuals = f.derivatives(0, 3, 5).get(0).derivative(); // 155.0, on dual numbers

    ComputationGraph graph = Program.record(f, List.of("x", "y"), List.of("F")); // recorded once
    LabeledGraph at = graph.labelAt(3, 5); // values on nodes, local partials on edges
    Jacobian forward = AutoDiff.forwardJacobian(at); // one single-source path solve per input
    Jacobian reverse = AutoDiff.reverseJacobian(at); // one single-target path solve per output
    String paths = SymbolicPaths.describe(at, 0, 0, false); // "∂F/∂x = 1·40 + 1·5·23 = 155"
    // --- README snippet ends

    assertArrayEquals(new double[] {920.0}, value);
    assertEquals(155.0, byDuals);
    assertArrayEquals(new double[][] {{155.0, 459.0}}, forward.toArray());
    assertArrayEquals(new double[][] {{155.0, 459.0}}, reverse.toArray());
    assertEquals("∂F/∂x = 1·40 + 1·5·23 = 155", paths);
  }
}
