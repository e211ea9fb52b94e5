package org.pathsum.ad;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pathsum.solver.compiled.DagSweeps;

/**
 * Hessian-vector products by forward-over-reverse, as one path problem: label every edge with a
 * {@link Dual} — its local partial and that partial's derivative along a direction {@code u} — and
 * solve backwards from the output over the dual-number semiring. The value parts at the inputs are
 * the gradient, the derivative parts are {@code H·u}: the path sum of products of labels,
 * differentiated by the product rule that ⊗ on duals is.
 *
 * <p>Cost: one dual-number pass over the graph for the node tangents along {@code u} and the
 * labels, plus one backward sweep: O(|V| + |E|) dual operations, independent of the number of
 * inputs. Kinks (relu, abs, max/min) have second derivative 0, consistently with {@link Op}.
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
    if (output < 0 || output >= g.outputNodes.length) {
      throw new IllegalArgumentException(
          "output index " + output + " out of range [0, " + g.outputNodes.length + ")");
    }
    List<Dual> labels = dualLabels(g, point, direction);
    List<Dual> adjoints =
        DagSweeps.backward(g.dag, DualSemiring.INSTANCE, labels, g.outputNodes[output]);
    double[] hu = new double[point.length];
    for (int i = 0; i < hu.length; i++) {
      hu[i] = adjoints.get(g.inputNodes[i]).derivative();
    }
    return hu;
  }

  /** Each edge's local partial as a dual: (∂v/∂a, d/dt of it along the direction). */
  static List<Dual> dualLabels(ComputationGraph g, double[] point, double[] direction) {
    int n = g.nodeCount();
    Dual[] values = new Dual[n];
    int nextInput = 0;
    List<Dual> labels = new ArrayList<>(g.edgeCount());
    Dual[] x = new Dual[Math.max(1, g.maxArity)];
    double[] plain = new double[x.length];
    for (int v = 0; v < n; v++) {
      Op op = g.ops[v];
      int from = g.operandStart[v];
      int k = g.operandStart[v + 1] - from;
      List<Dual> operands = new ArrayList<>(k);
      for (int j = 0; j < k; j++) {
        x[j] = values[g.edgeSource[from + j]];
        plain[j] = x[j].value();
        operands.add(x[j]);
      }
      if (op == Op.INPUT) {
        values[v] = Dual.of(point[nextInput], direction[nextInput]);
        nextInput++;
        continue;
      }
      Dual value = Arithmetic.ofDual().apply(op, operands, g.params[v]);
      values[v] = value;
      int selected = op.selected(plain, k);
      for (int j = 0; j < k; j++) {
        labels.add(partial(op, j, x, value, g.params[v], selected));
      }
    }
    return labels;
  }

  /** {@link Op}'s local partial rule, evaluated on duals. */
  private static Dual partial(Op op, int k, Dual[] x, Dual value, double c, int selected) {
    switch (op) {
      case ADD:
        return Dual.constant(1);
      case SUB:
        return Dual.constant(k == 0 ? 1 : -1);
      case MUL:
        return x[1 - k];
      case DIV:
        return k == 0
            ? Dual.constant(1).div(x[1])
            : x[0].neg().div(x[1].mul(x[1]));
      case NEG:
        return Dual.constant(-1);
      case POW_CONST:
        return c == 0 ? Dual.constant(0) : x[0].pow(c - 1).mul(Dual.constant(c));
      case POW:
        if (k == 0) {
          return x[1].mul(x[0].pow(x[1].sub(Dual.constant(1))));
        }
        // as Op: b ↦ 0^b is constant 0 for b > 0
        return x[0].value() == 0 && x[1].value() > 0 ? Dual.constant(0) : value.mul(x[0].log());
      case SIN:
        return x[0].cos();
      case COS:
        return x[0].sin().neg();
      case TAN:
        return Dual.constant(1).add(value.mul(value));
      case EXP:
        return value;
      case LOG:
        return Dual.constant(1).div(x[0]);
      case SQRT:
        return Dual.constant(0.5).div(value);
      case TANH:
        return Dual.constant(1).sub(value.mul(value));
      case SIGMOID:
        return value.mul(Dual.constant(1).sub(value));
      case RELU:
        return Dual.constant(x[0].value() > 0 ? 1 : 0);
      case ABS:
        return Dual.constant(Op.sign(x[0].value()));
      case MAX:
      case MIN:
        return Dual.constant(k == selected ? 1 : 0);
      default:
        throw new AssertionError(op);
    }
  }
}
