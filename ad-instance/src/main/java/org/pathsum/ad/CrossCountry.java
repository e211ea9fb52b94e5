package org.pathsum.ad;

import java.util.ArrayList;
import java.util.List;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.internal.elimination.EliminationOrder;
import org.pathsum.solver.internal.elimination.EliminationResult;
import org.pathsum.solver.internal.elimination.VertexElimination;

/**
 * The Jacobian by cross-country (vertex) elimination ({@link Jacobian.Mode#CROSS_COUNTRY}): the
 * intermediate nodes of a {@link LabeledGraph} are eliminated in an {@link EliminationOrder} over
 * {@link Semirings#real()} until only input→output edges remain, whose labels are the Jacobian's
 * entries. {@link EliminationOrder#FORWARD} is forward-mode accumulation, {@link
 * EliminationOrder#REVERSE} reverse mode, and {@link EliminationOrder#MARKOWITZ} often needs fewer
 * multiplications than either; the operation counts come with the entries.
 *
 * <p>Sources are the input nodes and targets the output nodes. Constants and nodes no output
 * depends on lie on no input→output path and are dropped, not eliminated; an explicit order must
 * still list every node that is neither an input nor an output. A node that is both an input and an
 * output has derivative 1 with respect to itself. An output that feeds another output keeps its
 * edges, so paths through it are counted.
 *
 * <p>Cost: O(|V| + |E| + Σ indeg·outdeg at elimination) ({@link VertexElimination}), on boxed
 * {@code Double} weights and hash maps.
 */
final class CrossCountry {

  /**
   * The entries, rows by output and columns by input, and the operations it took: every real ⊗ and
   * ⊕ performed, also trivial ones (a multiplication by a label of 1 is counted), since the
   * elimination does not look at values; and the edges it created between nodes that had none.
   */
  record Result(double[][] entries, long multiplications, long additions, long fillIn) {}

  private CrossCountry() {}

  /** The entries by elimination in Markowitz order. */
  static double[][] markowitz(LabeledGraph g) {
    return eliminate(g, EliminationOrder.MARKOWITZ).entries();
  }

  /**
   * The entries by eliminating the intermediate nodes of {@code g} in {@code order}, with the
   * counts.
   *
   * @param order an explicit order lists {@code Integer} node indices
   * @throws IllegalArgumentException if an explicit order is not a sequence of distinct node
   *     indices covering exactly the nodes that are neither inputs nor outputs
   */
  static Result eliminate(LabeledGraph g, EliminationOrder order) {
    ComputationGraph cg = g.graph();
    double[] labels = g.labelArray();
    List<Double> weights = new ArrayList<>(labels.length);
    for (double label : labels) {
      weights.add(label);
    }
    List<Integer> inputs = new ArrayList<>(cg.inputCount());
    for (int i = 0; i < cg.inputCount(); i++) {
      inputs.add(cg.inputNode(i));
    }
    List<Integer> outputs = new ArrayList<>(cg.outputCount());
    for (int j = 0; j < cg.outputCount(); j++) {
      outputs.add(cg.outputNode(j));
    }
    EliminationResult<Integer, Double> r =
        VertexElimination.eliminate(
            cg.compiledDag(), Semirings.real(), weights, inputs, outputs, order);
    double[][] entries = new double[outputs.size()][inputs.size()];
    for (int k = 0; k < outputs.size(); k++) {
      for (int i = 0; i < inputs.size(); i++) {
        entries[k][i] = r.get(inputs.get(i), outputs.get(k));
      }
    }
    return new Result(entries, r.multiplications(), r.additions(), r.fillIn());
  }
}
