package org.pathsum.ad;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pathsum.solver.internal.compiled.DagSweeps;

/**
 * Hessian-vector products by forward-over-reverse, as one path problem: label every edge with a
 * {@link Dual} — its local partial and that partial's derivative along a direction {@code u} — and
 * solve backwards from the output over the dual-number semiring. The value parts at the inputs are
 * the gradient, the derivative parts are {@code H·u}: the path sum of products of labels,
 * differentiated by the product rule that ⊗ on duals is.
 *
 * <p>Cost: one dual-number pass over the graph for the node tangents along {@code u} and the
 * labels, plus one backward sweep: O(|V| + |E|) dual operations, independent of the number of
 * inputs. Kinks (relu, abs, max/min) have second derivative 0, consistently with {@link Op}. The
 * dual labels come from {@link Op}'s rule table run on dual numbers; no rule is written here.
 */
public final class HessianVector {

  private HessianVector() {}

  /**
   * {@code H·u} for one output, where {@code H} is the Hessian of that output at {@code point}.
   *
   * @param output the output's position in {@link ComputationGraph#outputNames()}
   * @param point the input values
   * @param direction the vector {@code u}, one entry per input
   * @return {@code H·u}, one entry per input
   * @throws IllegalArgumentException if a length or the output index is wrong
   * @throws NonFiniteValueException if a value or first-order label is not finite, naming the node
   */
  public static double[] product(
      ComputationGraph g, int output, double[] point, double[] direction) {
    Objects.requireNonNull(direction, "direction");
    g.labelAt(point); // reports non-finite values and labels with their node
    if (direction.length != point.length) {
      throw new IllegalArgumentException(
          "direction has " + direction.length + " entries, the graph has " + point.length
              + " inputs");
    }
    if (output < 0 || output >= g.outputCount()) {
      throw new IllegalArgumentException(
          "output index " + output + " out of range [0, " + g.outputCount() + ")");
    }
    List<Dual> labels = dualLabels(g, point, direction);
    List<Dual> adjoints =
        DagSweeps.backward(g.compiledDag(), DualSemiring.INSTANCE, labels, g.outputNode(output));
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
