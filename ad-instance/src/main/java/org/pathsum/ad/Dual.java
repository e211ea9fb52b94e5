package org.pathsum.ad;

import java.util.List;
import java.util.Objects;

/**
 * An immutable dual number {@code (value, derivative)}: the lecture's differentiation arithmetic,
 * {@code (a, a′) + (b, b′) = (a + b, a′ + b′)}, {@code (a, a′)·(b, b′) = (ab, ab′ + a′b)} and
 * {@code f(a, a′) = (f(a), f′(a)·a′)} for every elementary {@code f}. Running a function on duals
 * with the variable seeded {@code (x, 1)} yields its value and its derivative along that variable.
 *
 * <p>Kinks follow {@link Op}: relu'(0) = 0, abs'(0) = 0, max/min take the derivative of the first
 * operand attaining the extremum. Domains follow IEEE-754 (NaN or ±∞ propagate; nothing throws).
 * Each operation is O(1) (max/min O(k)).
 */
public final class Dual {

  private final double value;
  private final double derivative;

  private Dual(double value, double derivative) {
    this.value = value;
    this.derivative = derivative;
  }

  /** The dual {@code (value, derivative)}. */
  public static Dual of(double value, double derivative) {
    return new Dual(value, derivative);
  }

  /** A constant: derivative 0. */
  public static Dual constant(double value) {
    return new Dual(value, 0.0);
  }

  /** The variable being differentiated: derivative 1. */
  public static Dual variable(double value) {
    return new Dual(value, 1.0);
  }

  /** The value part. */
  public double value() {
    return value;
  }

  /** The derivative part. */
  public double derivative() {
    return derivative;
  }

  /** Chain rule: {@code (f(a), f′(a)·a′)}. */
  private Dual compose(double f, double fPrime) {
    return new Dual(f, fPrime * derivative);
  }

  /** {@code this + b}. */
  public Dual add(Dual b) {
    return new Dual(value + b.value, derivative + b.derivative);
  }

  /** {@code this − b}. */
  public Dual sub(Dual b) {
    return new Dual(value - b.value, derivative - b.derivative);
  }

  /** {@code this · b}. */
  public Dual mul(Dual b) {
    return new Dual(value * b.value, value * b.derivative + derivative * b.value);
  }

  /** {@code this / b}, with derivative {@code (a′b − ab′) / b²}. */
  public Dual div(Dual b) {
    return new Dual(
        value / b.value, (derivative * b.value - value * b.derivative) / (b.value * b.value));
  }

  /** {@code −this}. */
  public Dual neg() {
    return new Dual(-value, -derivative);
  }

  /** {@code this^c}, c constant: derivative {@code c·a^(c−1)·a′} (0 when c = 0). */
  public Dual pow(double c) {
    return compose(Math.pow(value, c), c == 0 ? 0.0 : c * Math.pow(value, c - 1));
  }

  /**
   * {@code this^b}: derivative {@code b·a^(b−1)·a′ + a^b·ln a·b′}. The second term is NaN for
   * {@code a < 0} and 0 for {@code a = 0, b > 0}, as in {@link Op#POW}; a zero tangent contributes
   * nothing (so a constant exponent never produces NaN here).
   */
  public Dual pow(Dual b) {
    double v = Math.pow(value, b.value);
    double fromBase = derivative == 0 ? 0.0 : Op.powPartialBase(value, b.value) * derivative;
    double fromExp =
        b.derivative == 0 ? 0.0 : Op.powPartialExponent(value, b.value, v) * b.derivative;
    return new Dual(v, fromBase + fromExp);
  }

  /** Sine: derivative {@code cos a · a′}. */
  public Dual sin() {
    return compose(Math.sin(value), Math.cos(value));
  }

  /** Cosine: derivative {@code −sin a · a′}. */
  public Dual cos() {
    return compose(Math.cos(value), -Math.sin(value));
  }

  /** Tangent: derivative {@code (1 + tan² a)·a′}. */
  public Dual tan() {
    double t = Math.tan(value);
    return compose(t, 1 + t * t);
  }

  /** Exponential. */
  public Dual exp() {
    double e = Math.exp(value);
    return compose(e, e);
  }

  /** Natural logarithm: derivative {@code a′ / a}. */
  public Dual log() {
    return compose(Math.log(value), 1 / value);
  }

  /** Square root: derivative {@code a′ / (2√a)}. */
  public Dual sqrt() {
    double s = Math.sqrt(value);
    return compose(s, 0.5 / s);
  }

  /** Hyperbolic tangent: derivative {@code (1 − tanh² a)·a′}. */
  public Dual tanh() {
    double t = Math.tanh(value);
    return compose(t, 1 - t * t);
  }

  /** Logistic sigmoid σ: derivative {@code σ(1 − σ)·a′}. */
  public Dual sigmoid() {
    double s = Op.sigmoid(value);
    return compose(s, s * (1 - s));
  }

  /** {@code max(a, 0)}: derivative {@code a′} for a &gt; 0, else 0 (also at a = 0). */
  public Dual relu() {
    return compose(Op.relu(value), value > 0 ? 1 : 0);
  }

  /** {@code |a|}: derivative {@code sign(a)·a′}, 0 at a = 0. */
  public Dual abs() {
    return compose(Math.abs(value), Op.sign(value));
  }

  /** {@code max(this, b)}: {@code this} at a tie (the first operand wins). */
  public Dual max(Dual b) {
    return max(List.of(this, b));
  }

  /** {@code min(this, b)}: {@code this} at a tie (the first operand wins). */
  public Dual min(Dual b) {
    return min(List.of(this, b));
  }

  /**
   * The maximum: the first operand with the greatest value, derivative included (a NaN operand is
   * returned as is).
   *
   * @throws IllegalArgumentException if {@code operands} is empty
   */
  public static Dual max(List<Dual> operands) {
    return extremum(operands, true);
  }

  /**
   * The minimum: the first operand with the least value, derivative included.
   *
   * @throws IllegalArgumentException if {@code operands} is empty
   */
  public static Dual min(List<Dual> operands) {
    return extremum(operands, false);
  }

  private static Dual extremum(List<Dual> operands, boolean max) {
    if (operands.isEmpty()) {
      throw new IllegalArgumentException((max ? "max" : "min") + " needs at least one operand");
    }
    Dual best = Objects.requireNonNull(operands.get(0), "operands[0]");
    for (Dual d : operands) {
      Objects.requireNonNull(d, "operand");
      if (Double.isNaN(d.value)) {
        return d;
      }
      if (max ? d.value > best.value : d.value < best.value) {
        best = d;
      }
    }
    return best;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dual
        && Double.compare(((Dual) o).value, value) == 0
        && Double.compare(((Dual) o).derivative, derivative) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(value) * 31 + Double.hashCode(derivative);
  }

  @Override
  public String toString() {
    return "(" + value + ", " + derivative + ")";
  }
}
