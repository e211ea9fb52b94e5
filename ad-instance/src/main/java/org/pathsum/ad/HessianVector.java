package org.pathsum.ad;

import java.util.ArrayList;
import java.util.List;
import org.pathsum.solver.internal.compiled.DagSweeps;

/**
 * Hessian-vector products by forward-over-reverse, as one path problem ({@link
 * ComputationGraph#hessianVector}): every edge is labeled with a {@link Dual}, its local partial
 * and that partial's derivative along a direction {@code u}, and the labels are solved backwards
 * from the output over the dual-number semiring. The value parts at the inputs are the gradient,
 * the derivative parts {@code H·u}: a path sum of products of labels, differentiated by the product
 * rule that ⊗ on duals is.
 *
 * <p>Cost: one dual-number pass over the graph for the node tangents along {@code u} and the
 * labels, plus one backward sweep: O(|V| + |E|) dual operations, independent of the number of
 * inputs. The dual labels come from {@link Op}'s rule table run on dual numbers; no rule is
 * written here.
 */
final class HessianVector {

  private HessianVector() {}

  /**
   * {@code H·u} for the output at node {@code target}; the arguments are checked by the graph, and
   * the point's values and labels are finite.
   */
  static double[] product(ComputationGraph g, int target, double[] point, double[] direction) {
    List<Dual> labels = dualLabels(g, point, direction);
    List<Dual> adjoints =
        DagSweeps.backward(g.compiledDag(), DualSemiring.INSTANCE, labels, target);
    double[] hu = new double[point.length];
    for (int i = 0; i < hu.length; i++) {
      hu[i] = adjoints.get(g.inputNode(i)).derivative();
    }
    return hu;
  }
  /**
   * Each edge's local partial as a dual: (∂v/∂a, d/dt of it along the direction), by {@link Op}'s
   * rule evaluated on dual numbers.
   */
  static List<Dual> dualLabels(ComputationGraph g, double[] point, double[] direction) {
    Tape tape = g.tape();
    int n = tape.nodeCount();
    Dual[] values = new Dual[n];
    for (int i = 0; i < g.inputCount(); i++) {
      values[g.inputNode(i)] = Dual.of(point[i], direction[i]);
    }
    Arithmetic<Dual> duals = Arithmetic.ofDual();
    List<Dual> labels = new ArrayList<>(tape.edgeCount());
    for (int v = 0; v < n; v++) {
      Op op = tape.op(v);
      int arity = tape.arity(v);
      if (op == Op.INPUT) {
        continue;
      }
      Dual a = arity > 0 ? values[tape.operand(v, 0)] : null;
      Dual b = arity > 1 ? values[tape.operand(v, 1)] : a;
      List<Dual> operands = arity == 0 ? List.of() : arity == 1 ? List.of(a) : List.of(a, b);
      Dual value = duals.apply(op, operands, tape.parameter(v));
      values[v] = value;
      for (int k = 0; k < arity; k++) {
        labels.add(
            op.partialOn(duals, k, a, b, value, tape.parameter(v), a.value(), b.value()));
      }
    }
    return labels;
  }
}
