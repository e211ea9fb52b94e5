package org.pathsum.ad;

import java.util.List;

/** {@link Arithmetic} on {@link Dual} numbers; constants have derivative 0. */
final class DualArithmetic implements Arithmetic<Dual> {

  static final DualArithmetic INSTANCE = new DualArithmetic();

  private DualArithmetic() {}

  @Override
  public Dual constant(double c) {
    return Dual.constant(c);
  }

  @Override
  public Dual add(Dual a, Dual b) {
    return a.add(b);
  }

  @Override
  public Dual sub(Dual a, Dual b) {
    return a.sub(b);
  }

  @Override
  public Dual mul(Dual a, Dual b) {
    return a.mul(b);
  }

  @Override
  public Dual div(Dual a, Dual b) {
    return a.div(b);
  }

  @Override
  public Dual neg(Dual a) {
    return a.neg();
  }

  @Override
  public Dual pow(Dual a, double c) {
    return a.pow(c);
  }

  @Override
  public Dual pow(Dual a, Dual b) {
    return a.pow(b);
  }

  @Override
  public Dual sin(Dual a) {
    return a.sin();
  }

  @Override
  public Dual cos(Dual a) {
    return a.cos();
  }

  @Override
  public Dual tan(Dual a) {
    return a.tan();
  }

  @Override
  public Dual exp(Dual a) {
    return a.exp();
  }

  @Override
  public Dual log(Dual a) {
    return a.log();
  }

  @Override
  public Dual sqrt(Dual a) {
    return a.sqrt();
  }

  @Override
  public Dual tanh(Dual a) {
    return a.tanh();
  }

  @Override
  public Dual sigmoid(Dual a) {
    return a.sigmoid();
  }

  @Override
  public Dual relu(Dual a) {
    return a.relu();
  }

  @Override
  public Dual abs(Dual a) {
    return a.abs();
  }

  @Override
  public Dual max(List<Dual> operands) {
    return Dual.max(operands);
  }

  @Override
  public Dual min(List<Dual> operands) {
    return Dual.min(operands);
  }

  @Override
  public String toString() {
    return "Arithmetic.ofDual()";
  }
}
