package org.pathsum.ad;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.internal.elimination.EliminationOrder;
import org.pathsum.solver.internal.elimination.EliminationResult;
import org.pathsum.solver.internal.elimination.VertexElimination;

/**
 * The Jacobian by cross-country (vertex) elimination: the intermediate nodes of a {@link
 * LabeledGraph} are eliminated in a chosen {@link EliminationOrder} over {@link Semirings#real()}
 * until only input→output edges remain, whose labels are then the Jacobian entries. {@link
 * EliminationOrder#FORWARD} is forward-mode accumulation, {@link EliminationOrder#REVERSE} reverse
 * mode, and {@link EliminationOrder#MARKOWITZ} often needs fewer multiplications than either; the
 * count is returned with the Jacobian.
 *
 * <p>Sources are the input nodes and targets the output nodes. Constants and nodes no output
 * depends on lie on no input→output path and are dropped, not eliminated; an explicit order must
 * still list every node that is neither an input nor an output. A node that is both an input and an
 * output has derivative 1 with respect to itself, as in {@link AutoDiff}. An output that feeds
 * another output keeps its edges, so paths through it are counted.
 *
 * <p>Cost: O(|V| + |E| + Σ indeg·outdeg at elimination), see {@link VertexElimination}; it works on
 * boxed {@code Double} weights and hash maps, so it is a tool for studying accumulation orders and
 * their operation counts, not a replacement for the compiled sweeps of {@link AutoDiff}.
 */
public final class CrossCountry {

  private CrossCountry() {}

  /**
   * The Jacobian of {@code g} by eliminating its intermediate nodes in {@code order}.
   *
   * @param g a labeled computation graph
   * @param order the elimination order; an explicit one lists {@code Integer} node indices
   * @throws IllegalArgumentException if an explicit order is not a sequence of distinct node
   *     indices covering exactly the nodes that are neither inputs nor outputs
   */
  public static CrossCountryResult jacobian(LabeledGraph g, EliminationOrder order) {
    Objects.requireNonNull(g, "g");
    Objects.requireNonNull(order, "order");
    ComputationGraph cg = g.graph();
    double[] labels = g.labelArray();
    List<Double> weights = new ArrayList<>(labels.length);
    for (double label : labels) {
      weights.add(label);
    }
    List<Integer> inputs = inputs(cg);
    List<Integer> outputs = outputs(cg);
    EliminationResult<Integer, Double> r =
        VertexElimination.eliminate(
            cg.compiledDag(), Semirings.real(), weights, inputs, outputs, order);
    double[][] entries = new double[outputs.size()][inputs.size()];
    for (int k = 0; k < outputs.size(); k++) {
      for (int i = 0; i < inputs.size(); i++) {
        entries[k][i] = r.get(inputs.get(i), outputs.get(k));
      }
    }
    return new CrossCountryResult(
        Jacobian.wrap(cg, entries), r.multiplications(), r.additions(), r.fillIn());
  }

  private static List<Integer> inputs(ComputationGraph g) {
    List<Integer> list = new ArrayList<>(g.inputCount());
    for (int i = 0; i < g.inputCount(); i++) {
      list.add(g.inputNode(i));
    }
    return list;
  }

  private static List<Integer> outputs(ComputationGraph g) {
    List<Integer> list = new ArrayList<>(g.outputCount());
    for (int j = 0; j < g.outputCount(); j++) {
      list.add(g.outputNode(j));
    }
    return list;
  }
}
