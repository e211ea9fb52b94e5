package org.pathsum.ad;

import java.util.List;
import org.hipparchus.analysis.differentiation.Gradient;

/** Hipparchus' forward-mode {@link Gradient} as an {@link Arithmetic}: the external oracle. */
final class GradientArithmetic implements Arithmetic<Gradient> {

  private final int parameters;

  GradientArithmetic(int parameters) {
    this.parameters = parameters;
  }

  @Override
  public Gradient constant(double c) {
    return Gradient.constant(parameters, c);
  }

  @Override
  public Gradient add(Gradient a, Gradient b) {
    return a.add(b);
  }

  @Override
  public Gradient sub(Gradient a, Gradient b) {
    return a.subtract(b);
  }

  @Override
  public Gradient mul(Gradient a, Gradient b) {
    return a.multiply(b);
  }

  @Override
  public Gradient div(Gradient a, Gradient b) {
    return a.divide(b);
  }

  @Override
  public Gradient neg(Gradient a) {
    return a.negate();
  }

  @Override
  public Gradient pow(Gradient a, double c) {
    return a.pow(c);
  }

  @Override
  public Gradient pow(Gradient a, Gradient b) {
    return a.pow(b);
  }

  @Override
  public Gradient sin(Gradient a) {
    return a.sin();
  }

  @Override
  public Gradient cos(Gradient a) {
    return a.cos();
  }

  @Override
  public Gradient tan(Gradient a) {
    return a.tan();
  }

  @Override
  public Gradient exp(Gradient a) {
    return a.exp();
  }

  @Override
  public Gradient log(Gradient a) {
    return a.log();
  }

  @Override
  public Gradient sqrt(Gradient a) {
    return a.sqrt();
  }

  @Override
  public Gradient tanh(Gradient a) {
    return a.tanh();
  }

  @Override
  public Gradient sigmoid(Gradient a) {
    return a.negate().exp().add(1.0).reciprocal();
  }

  @Override
  public Gradient relu(Gradient a) {
    return a.getValue() > 0 ? a : constant(0);
  }

  @Override
  public Gradient abs(Gradient a) {
    return a.abs();
  }

  @Override
  public Gradient max(List<Gradient> operands) {
    Gradient best = operands.get(0);
    for (Gradient g : operands) {
      best = g.getValue() > best.getValue() ? g : best;
    }
    return best;
  }

  @Override
  public Gradient min(List<Gradient> operands) {
    Gradient best = operands.get(0);
    for (Gradient g : operands) {
      best = g.getValue() < best.getValue() ? g : best;
    }
    return best;
  }
}
