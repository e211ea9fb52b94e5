package org.pathsum.ad;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pathsum.semiring.Semirings;
import org.pathsum.semiring.SymbolicSum;
import org.pathsum.solver.internal.compiled.DagSweeps;

/**
 * The lecture's symbolic view of a derivative ({@link LabeledGraph#symbolicPaths}): every path
 * between an input and an output written as the product of its labels, and their sum, e.g. {@code
 * ∂F/∂x = 1·40 + 1·5·23}. This is a path problem too: the compiled {@link DagSweeps} over {@link
 * Semirings#symbolic()}, the free semiring of words, with each edge weighted by its label as an
 * atom ({@code 155}, not {@code 155.0}; non-integers to 6 significant digits).
 *
 * <ul>
 *   <li>{@link #forward}: a single-source sweep from the input; each product in path order, from
 *       the input up: {@code 1·40 + 1·5·23}.
 *   <li>{@link #reverse}: a single-target sweep to the output over the {@linkplain
 *       org.pathsum.semiring.Semiring#reversed() reversed} free semiring, so each product is
 *       written from the output down: {@code 40·1 + 23·5·1}.
 * </ul>
 *
 * <p>Terms appear in operand order (paths through an operation's first operand first), as on the
 * lecture's slides. Products are not factored ({@code 4·1·40 + 1·5·23 + 8·23}, where the lecture
 * writes {@code 4·1·40 + (1·5 + 8)·23}); parallel edges with equal labels print as a multiplicity
 * ({@code 2×7} for {@code x*x} at 7).
 *
 * <p><b>Cost and limit.</b> The number of paths can grow exponentially with the graph. Before
 * solving, the number of words the sweep would build (the paths between the anchor and every node,
 * counted by a real-semiring sweep with unit weights in O(|V| + |E|)) is compared with {@link
 * #MAX_WORDS}; above it the view is refused.
 */
final class SymbolicPaths {

  /** The most words (paths from the anchor to any node, summed) a symbolic solve may build. */
  static final int MAX_WORDS = 10_000;

  private SymbolicPaths() {}

  /**
   * The sum over paths input → output of the products of labels, in path order.
   *
   * @throws IllegalArgumentException if an index is out of range or the graph has more than
   *     {@link #MAX_WORDS} paths from the input
   */
  static SymbolicSum forward(LabeledGraph g, int input, int output) {
    ComputationGraph cg = g.graph();
    ComputationGraph.checkRange("input", input, cg.inputCount());
    ComputationGraph.checkRange("output", output, cg.outputCount());
    int source = cg.inputNode(input);
    int target = cg.outputNode(output);
    double words = sum(DagSweeps.forward(cg.compiledDag(), Semirings.real(), ones(cg), source));
    refuseIfLarge(words, cg.inputNames().get(input));
    List<SymbolicSum> w = atoms(g);
    return DagSweeps.forward(cg.compiledDag(), Semirings.symbolic(), w, source).get(target);
  }

  /**
   * The same paths written from the output down: products of labels in reverse path order.
   *
   * @throws IllegalArgumentException if an index is out of range or the graph has more than
   *     {@link #MAX_WORDS} paths into the output
   */
  static SymbolicSum reverse(LabeledGraph g, int input, int output) {
    ComputationGraph cg = g.graph();
    ComputationGraph.checkRange("input", input, cg.inputCount());
    ComputationGraph.checkRange("output", output, cg.outputCount());
    int source = cg.inputNode(input);
    int target = cg.outputNode(output);
    double words = sum(DagSweeps.backward(cg.compiledDag(), Semirings.real(), ones(cg), target));
    refuseIfLarge(words, cg.outputNames().get(output));
    List<SymbolicSum> w = atoms(g);
    return DagSweeps.backward(cg.compiledDag(), Semirings.symbolic().reversed(), w, target)
        .get(source);
  }

  private static List<SymbolicSum> atoms(LabeledGraph g) {
    double[] labels = g.labelArray();
    List<SymbolicSum> w = new ArrayList<>(labels.length);
    for (double label : labels) {
      w.add(SymbolicSum.atom(Numbers.display(label)));
    }
    return w;
  }

  private static double[] ones(ComputationGraph cg) {
    double[] w = new double[cg.edgeCount()];
    Arrays.fill(w, 1.0);
    return w;
  }

  private static double sum(double[] counts) {
    double s = 0;
    for (double c : counts) {
      s += c;
    }
    return s;
  }

  private static void refuseIfLarge(double words, String anchor) {
    if (words > MAX_WORDS) {
      throw new IllegalArgumentException(
          "the symbolic view from '" + anchor + "' would write " + String.format("%.3g", words)
              + " path products, more than " + MAX_WORDS + "; use it on a smaller graph");
    }
  }

}
