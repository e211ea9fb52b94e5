package org.pathsum.cli;

import java.util.List;
import org.jgrapht.Graph;
import org.pathsum.ad.Arithmetic;
import org.pathsum.ad.ComputationGraph;
import org.pathsum.ad.ComputationGraph.Node;
import org.pathsum.ad.Jacobian;
import org.pathsum.ad.LabeledGraph;
import org.pathsum.ad.LabeledGraph.Edge;
import org.pathsum.ad.LabeledGraph.Vertex;

/**
 * The lecture's worked example, printed by {@code pathsum} without arguments: F(x, y) = (x + 4y) ·
 * ((x + y) · y) at (3, 5), its labeled computation graph, F = 920, ∂F/∂x = 155 and ∂F/∂y = 459 by
 * forward solves, reverse solves and dual numbers, and each derivative as the sum of its per-path
 * products ({@link LabeledGraph#symbolicPaths}: a path problem over the symbolic semiring).
 */
final class WorkedExample {

  /** The point (x, y). */
  static final double[] POINT = {3, 5};

  private static final String[] NAMES = {"x", "y", "4", "4y", "x+4y", "x+y", "(x+y)y", "F"};

  private WorkedExample() {}

  /** The computation graph of F, with its nodes in the order of {@link #NAMES}. */
  static ComputationGraph graph() {
    ComputationGraph.Builder b = ComputationGraph.builder();
    Arithmetic<Node> a = b.arithmetic();
    Node x = b.input("x");
    Node y = b.input("y");
    Node four = b.constant(4);
    Node fourY = a.mul(four, y);
    Node left = a.add(x, fourY);
    Node sum = a.add(x, y);
    Node right = a.mul(sum, y);
    b.output("F", a.mul(left, right));
    return b.build();
  }

  /** The whole report, ending in a newline. */
  static String render() {
    ComputationGraph graph = graph();
    LabeledGraph labeled = graph.labelAt(POINT);
    Jacobian forward = graph.jacobian(Jacobian.Mode.FORWARD, POINT);
    Jacobian reverse = graph.jacobian(Jacobian.Mode.REVERSE, POINT);
    Jacobian dual = graph.jacobian(Jacobian.Mode.DUAL, POINT);
    Graph<Vertex, Edge> g = labeled.asGraph();
    List<Vertex> nodes = List.copyOf(g.vertexSet());

    StringBuilder sb = new StringBuilder();
    sb.append("Worked example: F(x, y) = (x + 4y) · ((x + y) · y) at x = 3, y = 5\n\n");
    sb.append("Computation graph labeled at the point (node = value):\n");
    for (Vertex n : nodes) {
      sb.append(String.format("  %-7s = %s%n", NAMES[n.index()], Output.number(n.value())));
    }
    sb.append("Edges, operand -> operation, labeled with the local partial derivative:\n");
    for (Edge e : g.edgeSet()) {
      sb.append(
          String.format(
              "  %-6s -> %-7s %s%n",
              NAMES[e.sourceIndex()], NAMES[e.targetIndex()], Output.number(e.label())));
    }
    sb.append("\nF = ").append(Output.number(labeled.outputValues()[0])).append("\n\n");
    sb.append(
        "Derivatives (forward: one single-source solve per input;"
            + " reverse: one single-target solve from F; dual: (v, v') arithmetic):\n");
    for (int i = 0; i < 2; i++) {
      String v = graph.inputNames().get(i);
      sb.append(
          String.format(
              "  ∂F/∂%s = %s (forward)  %s (reverse)  %s (dual numbers)%n",
              v,
              Output.number(forward.get(0, i)),
              Output.number(reverse.get(0, i)),
              Output.number(dual.get(0, i))));
    }
    sb.append("\nPer-path products: the sum over paths of the product of the labels along each:\n");
    for (int i = 0; i < 2; i++) {
      String fromInput = labeled.symbolicPaths(i, 0).toString();
      String fromOutput = labeled.symbolicPathsFromOutput(i, 0).toString();
      String head = "  ∂F/∂" + NAMES[i] + " = ";
      sb.append(head)
          .append(fromInput)
          .append(" = ")
          .append(Output.number(forward.get(0, i)))
          .append("   (each path read from ")
          .append(NAMES[i])
          .append(" to F)\n");
      sb.append(" ".repeat(head.length() - 2))
          .append("= ")
          .append(fromOutput)
          .append(" = ")
          .append(Output.number(reverse.get(0, i)))
          .append("   (each path read from F back to ")
          .append(NAMES[i])
          .append(")\n");
    }
    return sb.toString();
  }
}
