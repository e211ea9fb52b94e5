package org.pathsum.ad;

import java.util.List;
import org.pathsum.ad.ComputationGraph.Node;

/** The lecture's F(x, y) = (x + 4y)·((x + y)·y), written once against {@link Arithmetic}. */
final class LectureExample {

  private LectureExample() {}

  /** F on any number type; {@code vars} = [x, y]. */
  static <T> T f(Arithmetic<T> a, List<T> vars) {
    T x = vars.get(0);
    T y = vars.get(1);
    return a.mul(a.add(x, a.mul(a.constant(4), y)), a.mul(a.add(x, y), y));
  }

  /** The recorded graph, one output "F", inputs x, y. */
  static ComputationGraph graph() {
    ComputationGraph.Builder b = ComputationGraph.builder();
    Node x = b.input("x");
    Node y = b.input("y");
    b.output("F", f(b.arithmetic(), List.of(x, y)));
    return b.build();
  }
}
