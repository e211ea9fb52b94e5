package org.pathsum.ad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Dual numbers: the lecture's laws, each elementary function against finite differences, kinks. */
class DualTest {

  @Test
  void lectureLaws() {
    Dual a = Dual.of(3, 2);
    Dual b = Dual.of(5, 7);
    assertEquals(Dual.of(8, 9), a.add(b));
    assertEquals(Dual.of(15, 3 * 7 + 2 * 5), a.mul(b));
    assertEquals(Dual.of(0, 0), Dual.constant(0).mul(a).sub(Dual.constant(0)));
    assertEquals(Dual.of(3, 1), Dual.variable(3));
  }

  private static void checkAgainstFd(
      String name, UnaryOperator<Dual> f, DoubleUnaryOperator plain, double x) {
    Dual d = f.apply(Dual.variable(x));
    double h = 1e-6;
    double fd = (plain.applyAsDouble(x + h) - plain.applyAsDouble(x - h)) / (2 * h);
    assertEquals(plain.applyAsDouble(x), d.value(), 1e-15, name);
    assertEquals(fd, d.derivative(), 1e-7 * Math.max(1, Math.abs(fd)), name + " at " + x);
  }

  @Test
  void everyElementaryFunctionMatchesFiniteDifferences() {
    double x = 0.7;
    checkAgainstFd("sin", Dual::sin, Math::sin, x);
    checkAgainstFd("cos", Dual::cos, Math::cos, x);
    checkAgainstFd("tan", Dual::tan, Math::tan, x);
    checkAgainstFd("exp", Dual::exp, Math::exp, x);
    checkAgainstFd("log", Dual::log, Math::log, x);
    checkAgainstFd("sqrt", Dual::sqrt, Math::sqrt, x);
    checkAgainstFd("tanh", Dual::tanh, Math::tanh, x);
    checkAgainstFd("sigmoid", Dual::sigmoid, t -> 1 / (1 + Math.exp(-t)), x);
    checkAgainstFd("relu", Dual::relu, t -> Math.max(t, 0), -x);
    checkAgainstFd("abs", Dual::abs, Math::abs, -x);
    checkAgainstFd("neg", Dual::neg, t -> -t, x);
    checkAgainstFd("pow 2.5", d -> d.pow(2.5), t -> Math.pow(t, 2.5), x);
    checkAgainstFd("cube of a negative", d -> d.pow(3), t -> t * t * t, -x);
    checkAgainstFd("x^x", d -> d.pow(d), t -> Math.pow(t, t), x);
    checkAgainstFd("1/x", d -> Dual.constant(1).div(d), t -> 1 / t, x);
  }

  @Test
  void kinksAndTies() {
    assertEquals(0.0, Dual.variable(0).relu().derivative());
    assertEquals(0.0, Dual.variable(0).abs().derivative());
    Dual first = Dual.of(2, 1);
    Dual second = Dual.of(2, 5);
    assertEquals(first, first.max(second));
    assertEquals(first, Dual.min(List.of(first, second, Dual.of(3, 9))));
    assertEquals(second, Dual.max(List.of(Dual.of(1, 0), second, first)));
    assertThrows(IllegalArgumentException.class, () -> Dual.max(List.of()));
  }

  @Test
  void domainErrorsPropagateAsNaN() {
    assertTrue(Double.isNaN(Dual.variable(-1).log().value()));
    assertTrue(Double.isNaN(Dual.variable(-1).pow(Dual.variable(0.5)).derivative()));
    // a constant exponent never produces NaN from the ln(a) term
    assertEquals(Dual.of(4, -4), Dual.variable(-2).pow(Dual.constant(2)));
  }
}
