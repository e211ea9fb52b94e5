package org.pathsum.solver.testing;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;

/**
 * The lecture's computation graph of F(x, y) = (x + 4y)·((x + y)·y), built by hand and labeled with
 * the local partial derivatives at (x, y) = (3, 5), where x + y = 8, 4y = 20, x + 4y = 23, (x + y)y
 * = 40 and F = 920.
 */
public final class LectureExample {

  public static final String X = "x";
  public static final String Y = "y";
  public static final String FOUR = "4";
  public static final String FOUR_Y = "4y";
  public static final String X_PLUS_Y = "x+y";
  public static final String X_PLUS_FOUR_Y = "x+4y";
  public static final String X_PLUS_Y_TIMES_Y = "(x+y)y";
  public static final String F = "F";

  private LectureExample() {}

  /** The graph; edges run operand → operation, weighted with ∂operation/∂operand at (3, 5). */
  public static Graph<String, DefaultWeightedEdge> graph() {
    Graph<String, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    for (String v : List.of(X, Y, FOUR, FOUR_Y, X_PLUS_Y, X_PLUS_FOUR_Y, X_PLUS_Y_TIMES_Y, F)) {
      g.addVertex(v);
    }
    edge(g, FOUR, FOUR_Y, 5); // ∂(4·y)/∂4 = y
    edge(g, Y, FOUR_Y, 4); // ∂(4·y)/∂y = 4
    edge(g, X, X_PLUS_Y, 1);
    edge(g, Y, X_PLUS_Y, 1);
    edge(g, X, X_PLUS_FOUR_Y, 1);
    edge(g, FOUR_Y, X_PLUS_FOUR_Y, 1);
    edge(g, X_PLUS_Y, X_PLUS_Y_TIMES_Y, 5); // ∂(a·y)/∂a = y
    edge(g, Y, X_PLUS_Y_TIMES_Y, 8); // ∂(a·y)/∂y = a = x + y
    edge(g, X_PLUS_FOUR_Y, F, 40); // ∂(b·c)/∂b = c = (x + y)y
    edge(g, X_PLUS_Y_TIMES_Y, F, 23); // ∂(b·c)/∂c = b = x + 4y
    return g;
  }

  private static void edge(Graph<String, DefaultWeightedEdge> g, String from, String to, double w) {
    g.setEdgeWeight(g.addEdge(from, to), w);
  }
}
