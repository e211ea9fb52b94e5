package org.pathsum.ad;

import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.internal.compiled.CompiledDag;
import org.pathsum.solver.internal.compiled.DagSweeps;

/**
 * Forward and reverse mode as path solves over a {@link LabeledGraph}, in the real semiring, with
 * the local partials as edge weights: the compiled sweeps {@link DagSweeps#forward} (single-source,
 * from an input: every node {@code v} gets {@code ∂v/∂x_i}, its tangent) and {@link
 * DagSweeps#backward} (single-target, to an output: every node gets {@code ∂f_j/∂v}, its adjoint).
 * One sweep is one pass over the graph in node order or its reverse, O(|V| + |E|); a Jacobian of n
 * inputs and m outputs costs n forward or m reverse sweeps, sharing one buffer.
 */
final class JacobianSweeps {

  private static final DoubleSemiring REAL = Semirings.real();

  private JacobianSweeps() {}

  /** The Jacobian's entries by one single-source sweep per input. */
  static double[][] forward(LabeledGraph g) {
    ComputationGraph cg = g.graph();
    CompiledDag dag = cg.compiledDag();
    double[][] j = new double[cg.outputCount()][cg.inputCount()];
    double[] buffer = new double[cg.nodeCount()];
    for (int i = 0; i < cg.inputCount(); i++) {
      DagSweeps.forward(dag, REAL, g.labelArray(), cg.inputNode(i), buffer);
      for (int k = 0; k < j.length; k++) {
        j[k][i] = buffer[cg.outputNode(k)];
      }
    }
    return j;
  }

  /** The Jacobian's entries by one single-target sweep per output. */
  static double[][] reverse(LabeledGraph g) {
    ComputationGraph cg = g.graph();
    CompiledDag dag = cg.compiledDag();
    double[][] j = new double[cg.outputCount()][cg.inputCount()];
    double[] buffer = new double[cg.nodeCount()];
    for (int k = 0; k < j.length; k++) {
      DagSweeps.backward(dag, REAL, g.labelArray(), cg.outputNode(k), buffer);
      for (int i = 0; i < cg.inputCount(); i++) {
        j[k][i] = buffer[cg.inputNode(i)];
      }
    }
    return j;
  }

  /** {@code ∂v/∂input} for every node {@code v}, by index: one single-source sweep. */
  static double[] tangents(LabeledGraph g, int input) {
    ComputationGraph cg = g.graph();
    double[] out = new double[cg.nodeCount()];
    DagSweeps.forward(cg.compiledDag(), REAL, g.labelArray(), cg.inputNode(input), out);
    return out;
  }

  /** {@code ∂output/∂v} for every node {@code v}, by index: one single-target sweep. */
  static double[] adjoints(LabeledGraph g, int output) {
    ComputationGraph cg = g.graph();
    double[] out = new double[cg.nodeCount()];
    DagSweeps.backward(cg.compiledDag(), REAL, g.labelArray(), cg.outputNode(output), out);
    return out;
  }
}
