package org.pathsum.ad;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The operations of a computation graph: one rule table giving, for each operation, its arity, its
 * value and the local partial derivative on the edge from each operand (DESIGN.md §2).
 *
 * <table>
 *   <caption>Local partials (the edge labels)</caption>
 *   <tr><th>operation v</th><th>label on edge from operand</th></tr>
 *   <tr><td>a + b, a − b</td><td>1, 1 ; 1, −1</td></tr>
 *   <tr><td>a · b</td><td>from a: b ; from b: a</td></tr>
 *   <tr><td>a / b</td><td>from a: 1/b ; from b: −a/b²</td></tr>
 *   <tr><td>−a</td><td>−1</td></tr>
 *   <tr><td>a^c (c constant)</td><td>c·a^(c−1) (exactly 0 when c = 0)</td></tr>
 *   <tr><td>pow(a, b)</td><td>from a: b·a^(b−1) ; from b: a^b·ln a</td></tr>
 *   <tr><td>sin, cos, tan</td><td>cos a ; −sin a ; 1 + tan² a</td></tr>
 *   <tr><td>exp, log, sqrt</td><td>exp a ; 1/a ; 1/(2√a)</td></tr>
 *   <tr><td>tanh, sigmoid σ</td><td>1 − tanh² a ; σ(1 − σ)</td></tr>
 *   <tr><td>relu, abs</td><td>1 if a &gt; 0 else 0 ; sign a, 0 at a = 0</td></tr>
 *   <tr><td>max, min of a₁..aₖ</td><td>1 on the first operand attaining it, 0 on the others</td></tr>
 * </table>
 *
 * <p><b>Kinks.</b> Where the function is not differentiable the label is an element of the
 * subdifferential, never a sum of several: relu'(0) = 0, abs'(0) = 0, and at a tie of max/min only
 * the first operand (lowest position) attaining the extremum gets 1.
 *
 * <p><b>Domains.</b> Values and labels follow IEEE-754: log of a negative number is NaN, 1/0 is ∞.
 * {@code pow(a, b)} from {@code b} is NaN for {@code a < 0} (ln a is undefined) and, as the exact
 * derivative of {@code b ↦ 0^b}, 0 for {@code a = 0} with {@code b > 0}. {@link
 * ComputationGraph#labelAt} reports every non-finite value or label with the node that produced it
 * ({@link NonFiniteValueException}); use {@link #POW_CONST} for a constant exponent.
 *
 * <p>{@link #INPUT} and {@link #CONSTANT} have no operands; their value is the node's parameter (the
 * coordinate of the point, or the constant). {@link #POW_CONST} takes its exponent as parameter.
 */
public enum Op {
  /** An independent variable. */
  INPUT("input", 0, 0, false),
  /** A constant; its value is the node's parameter. */
  CONSTANT("const", 0, 0, false),
  /** {@code a + b}. */
  ADD("+", 2, 2, false),
  /** {@code a − b}. */
  SUB("-", 2, 2, false),
  /** {@code a · b}. */
  MUL("*", 2, 2, false),
  /** {@code a / b}. */
  DIV("/", 2, 2, false),
  /** {@code −a}. */
  NEG("-", 1, 1, false),
  /** {@code a^c} with the constant exponent {@code c} as the node's parameter. */
  POW_CONST("^", 1, 1, false),
  /** {@code pow(a, b)}, both operands variable. */
  POW("pow", 2, 2, true),
  /** Sine. */
  SIN("sin", 1, 1, true),
  /** Cosine. */
  COS("cos", 1, 1, true),
  /** Tangent. */
  TAN("tan", 1, 1, true),
  /** Exponential. */
  EXP("exp", 1, 1, true),
  /** Natural logarithm. */
  LOG("log", 1, 1, true),
  /** Square root. */
  SQRT("sqrt", 1, 1, true),
  /** Hyperbolic tangent. */
  TANH("tanh", 1, 1, true),
  /** Logistic sigmoid {@code 1 / (1 + e^−a)}. */
  SIGMOID("sigmoid", 1, 1, true),
  /** {@code max(a, 0)}. */
  RELU("relu", 1, 1, true),
  /** {@code |a|}. */
  ABS("abs", 1, 1, true),
  /** The maximum of one or more operands. */
  MAX("max", 1, Integer.MAX_VALUE, true),
  /** The minimum of one or more operands. */
  MIN("min", 1, Integer.MAX_VALUE, true);

  private final String functionName;
  private final int minArity;
  private final int maxArity;
  private final boolean function;

  Op(String functionName, int minArity, int maxArity, boolean function) {
    this.functionName = functionName;
    this.minArity = minArity;
    this.maxArity = maxArity;
    this.function = function;
  }

  /**
   * The operation written as a function call {@code name(…)}: {@code "sin"} … {@code "min"} and
   * {@code "pow"}, case-insensitively. Operators ({@code + - * / ^}) and {@code INPUT}/{@code
   * CONSTANT} are not functions and give empty.
   *
   * @param name a function name, not null
   */
  public static Optional<Op> byFunctionName(String name) {
    Objects.requireNonNull(name, "name");
    String lower = name.toLowerCase(Locale.ROOT);
    for (Op op : values()) {
      if (op.function && op.functionName.equals(lower)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  /**
   * The function name ({@code "sin"}, {@code "pow"}, {@code "max"}), or the operator symbol for
   * operators ({@code "+"}, {@code "-"} for both SUB and NEG, {@code "^"} for POW_CONST), {@code
   * "input"} or {@code "const"}.
   */
  public String functionName() {
    return functionName;
  }

  /** Whether the operation is written as a function call, i.e. {@link #byFunctionName} finds it. */
  public boolean isFunction() {
    return function;
  }

  /** The least number of operands. */
  public int minArity() {
    return minArity;
  }

  /** The greatest number of operands; {@link Integer#MAX_VALUE} for MAX and MIN. */
  public int maxArity() {
    return maxArity;
  }

  /** Whether {@code count} operands are allowed. */
  public boolean acceptsArity(int count) {
    return count >= minArity && count <= maxArity;
  }

  /**
   * The value of this operation on {@code operands}. For INPUT, CONSTANT the value is {@code
   * parameter}; POW_CONST uses it as exponent; the others ignore it. O(arity).
   *
   * @param operands the operand values; their number must be accepted by {@link #acceptsArity}
   * @param parameter the node's parameter
   * @throws IllegalArgumentException if the number of operands is wrong
   */
  public double evaluate(double[] operands, double parameter) {
    checkArity(operands);
    return evaluate(operands, operands.length, parameter);
  }

  /**
   * The local partial derivative of this operation with respect to operand {@code position}, at
   * {@code operands}: the label of the edge from that operand. O(arity).
   *
   * @param position which operand, {@code 0 <= position < operands.length}
   * @param operands the operand values
   * @param parameter the node's parameter
   * @throws IllegalArgumentException if the number of operands or the position is wrong
   */
  public double partial(int position, double[] operands, double parameter) {
    checkArity(operands);
    if (position < 0 || position >= operands.length) {
      throw new IllegalArgumentException(
          "operand position " + position + " out of range for " + operands.length + " operands");
    }
    double value = evaluate(operands, operands.length, parameter);
    int selected = (this == MAX || this == MIN) ? selected(operands, operands.length) : -1;
    return partial(position, operands, value, parameter, selected);
  }

  private void checkArity(double[] operands) {
    if (!acceptsArity(operands.length)) {
      throw new IllegalArgumentException(
          this + " takes " + minArity + ".." + maxArity + " operands, got " + operands.length);
    }
  }

  /** The value, from the first {@code n} entries of {@code x}; no checks (hot path). */
  double evaluate(double[] x, int n, double parameter) {
    switch (this) {
      case INPUT:
      case CONSTANT:
        return parameter;
      case ADD:
        return x[0] + x[1];
      case SUB:
        return x[0] - x[1];
      case MUL:
        return x[0] * x[1];
      case DIV:
        return x[0] / x[1];
      case NEG:
        return -x[0];
      case POW_CONST:
        return Math.pow(x[0], parameter);
      case POW:
        return Math.pow(x[0], x[1]);
      case SIN:
        return Math.sin(x[0]);
      case COS:
        return Math.cos(x[0]);
      case TAN:
        return Math.tan(x[0]);
      case EXP:
        return Math.exp(x[0]);
      case LOG:
        return Math.log(x[0]);
      case SQRT:
        return Math.sqrt(x[0]);
      case TANH:
        return Math.tanh(x[0]);
      case SIGMOID:
        return sigmoid(x[0]);
      case RELU:
        return relu(x[0]);
      case ABS:
        return Math.abs(x[0]);
      case MAX:
      case MIN:
        return x[selected(x, n)];
    }
    throw new AssertionError(this);
  }

  /**
   * The label of the edge from operand {@code k}, given the node's {@code value} and, for MAX/MIN,
   * the {@code selected} operand from {@link #selected}; no checks (hot path).
   */
  double partial(int k, double[] x, double value, double parameter, int selected) {
    switch (this) {
      case INPUT:
      case CONSTANT:
        throw new IllegalStateException(this + " has no operands");
      case ADD:
        return 1.0;
      case SUB:
        return k == 0 ? 1.0 : -1.0;
      case MUL:
        return x[1 - k];
      case DIV:
        return k == 0 ? 1.0 / x[1] : -x[0] / (x[1] * x[1]);
      case NEG:
        return -1.0;
      case POW_CONST:
        return powPartialBase(x[0], parameter);
      case POW:
        return k == 0 ? powPartialBase(x[0], x[1]) : powPartialExponent(x[0], x[1], value);
      case SIN:
        return Math.cos(x[0]);
      case COS:
        return -Math.sin(x[0]);
      case TAN:
        return 1.0 + value * value;
      case EXP:
        return value;
      case LOG:
        return 1.0 / x[0];
      case SQRT:
        return 0.5 / value;
      case TANH:
        return 1.0 - value * value;
      case SIGMOID:
        return value * (1.0 - value);
      case RELU:
        return x[0] > 0 ? 1.0 : 0.0;
      case ABS:
        return sign(x[0]);
      case MAX:
      case MIN:
        return k == selected ? 1.0 : 0.0;
    }
    throw new AssertionError(this);
  }

  /**
   * For MAX/MIN: the position of the first of the {@code n} operands attaining the extremum (a NaN
   * operand is selected, so the NaN propagates); 0 for the other operations.
   */
  int selected(double[] x, int n) {
    if (this != MAX && this != MIN) {
      return 0;
    }
    int best = 0;
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(x[i])) {
        return i;
      }
      if (this == MAX ? x[i] > x[best] : x[i] < x[best]) {
        best = i;
      }
    }
    return best;
  }

  /** The logistic function, computed without overflow for large |a|. */
  static double sigmoid(double a) {
    if (a >= 0) {
      return 1.0 / (1.0 + Math.exp(-a));
    }
    double e = Math.exp(a);
    return e / (1.0 + e);
  }

  /** {@code max(a, 0)}, with relu(−0) = +0. */
  static double relu(double a) {
    return a > 0 ? a : (Double.isNaN(a) ? a : 0.0);
  }

  /** The sign of {@code a} as the chosen subgradient of |a|: −1, 0 or 1 (0 at ±0). */
  static double sign(double a) {
    return a > 0 ? 1.0 : (a < 0 ? -1.0 : (Double.isNaN(a) ? a : 0.0));
  }

  /** d(a^c)/da = c·a^(c−1), exactly 0 for c = 0 (a^0 is constant even at a = 0). */
  static double powPartialBase(double a, double c) {
    return c == 0 ? 0.0 : c * Math.pow(a, c - 1);
  }

  /** d(a^b)/db = a^b·ln a; 0 for a = 0 and b &gt; 0 (b ↦ 0^b is constant 0 there). */
  static double powPartialExponent(double a, double b, double value) {
    return (a == 0 && b > 0) ? 0.0 : value * Math.log(a);
  }
}
