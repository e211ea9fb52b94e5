package org.pathsum.ad;

import java.util.List;

/** {@link Arithmetic} on boxed doubles, computing every value with {@link Op}'s rule table. */
final class DoubleArithmetic implements Arithmetic<Double> {

  static final DoubleArithmetic INSTANCE = new DoubleArithmetic();

  private static final double[] NO_PARAMETERS = {0.0}; // the functions read no parameter

  private DoubleArithmetic() {}

  private static Double unary(Op op, double a) {
    return Op.value(op.ordinal(), a, a, NO_PARAMETERS, 0);
  }

  @Override
  public Double constant(double c) {
    return c;
  }

  @Override
  public Double add(Double a, Double b) {
    return a + b;
  }

  @Override
  public Double sub(Double a, Double b) {
    return a - b;
  }

  @Override
  public Double mul(Double a, Double b) {
    return a * b;
  }

  @Override
  public Double div(Double a, Double b) {
    return a / b;
  }

  @Override
  public Double neg(Double a) {
    return -a;
  }

  @Override
  public Double pow(Double a, double c) {
    return Math.pow(a, c);
  }

  @Override
  public Double pow(Double a, Double b) {
    return Math.pow(a, b);
  }

  @Override
  public Double sin(Double a) {
    return unary(Op.SIN, a);
  }

  @Override
  public Double cos(Double a) {
    return unary(Op.COS, a);
  }

  @Override
  public Double tan(Double a) {
    return unary(Op.TAN, a);
  }

  @Override
  public Double exp(Double a) {
    return unary(Op.EXP, a);
  }

  @Override
  public Double log(Double a) {
    return unary(Op.LOG, a);
  }

  @Override
  public Double sqrt(Double a) {
    return unary(Op.SQRT, a);
  }

  @Override
  public Double tanh(Double a) {
    return unary(Op.TANH, a);
  }

  @Override
  public Double sigmoid(Double a) {
    return Op.sigmoid(a);
  }

  @Override
  public Double relu(Double a) {
    return Op.relu(a);
  }

  @Override
  public Double abs(Double a) {
    return Math.abs(a);
  }

  @Override
  public Double max(List<Double> operands) {
    return extremum(Op.MAX, operands);
  }

  @Override
  public Double min(List<Double> operands) {
    return extremum(Op.MIN, operands);
  }

  private static Double extremum(Op op, List<Double> operands) {
    double[] x = new double[operands.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = operands.get(i);
    }
    return op.evaluate(x, 0.0);
  }

  @Override
  public String toString() {
    return "Arithmetic.ofDouble()";
  }
}
