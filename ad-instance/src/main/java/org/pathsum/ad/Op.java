package org.pathsum.ad;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The operations of a computation graph: one rule table giving, for each operation, its arity, its
 * value and the local partial derivative on the edge from each operand.
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
 * derivative of {@code b ↦ 0^b}, 0 for {@code a = 0} with {@code b > 0}. A {@link
 * ComputationGraph} refuses a point at which a value or label is not finite with a {@link
 * NonFiniteValueException} naming the node; use {@link #POW_CONST} for a constant exponent.
 *
 * <p>{@link #INPUT} and {@link #CONSTANT} have no operands; their value is the node's parameter (the
 * coordinate of the point, or the constant). {@link #POW_CONST} takes its exponent as parameter.
 *
 * <p><b>The one rule table.</b> The rules above are written once, in this class: a fused rule
 * giving a node's value and both local partials (run by the computation graph's tape, one call per
 * node), the same values alone for the values-only pass, and the partials on any {@link
 * Arithmetic} (run on dual numbers for {@link ComputationGraph#hessianVector}). {@link Dual} alone
 * keeps its own rules, so that tests have an oracle that shares no code with this table.
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
  double evaluate(double[] operands, double parameter) {
    checkArity(operands);
    if (this == INPUT || this == CONSTANT) {
      return parameter;
    }
    if (this == MAX || this == MIN) {
      return operands[selected(operands, operands.length)];
    }
    double a = operands[0];
    double b = operands.length > 1 ? operands[1] : a;
    return value(ordinal(), a, b, new double[] {parameter}, 0);
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
  double partial(int position, double[] operands, double parameter) {
    checkArity(operands);
    if (position < 0 || position >= operands.length) {
      throw new IllegalArgumentException(
          "operand position " + position + " out of range for " + operands.length + " operands");
    }
    if (this == MAX || this == MIN) {
      return position == selected(operands, operands.length) ? 1.0 : 0.0;
    }
    double a = operands[0];
    double b = operands.length > 1 ? operands[1] : a;
    double[] d = new double[2];
    rule(ordinal(), a, b, new double[] {parameter}, 0, d, 0);
    return d[position];
  }

  private void checkArity(double[] operands) {
    if (!acceptsArity(operands.length)) {
      throw new IllegalArgumentException(
          this + " takes " + minArity + ".." + maxArity + " operands, got " + operands.length);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The rule table. Everything that computes a value or a local partial of a node (the tape's
  // kernels, evaluate/partial above, Arithmetic.ofDouble(), HessianVector) derives from
  // the methods below; Dual is the one independent implementation, kept as the tests' oracle.
  // On the tape every operation has a fixed arity of at most 2 (MAX and MIN are binary there: an
  // n-ary max is recorded as a left-leaning chain), and the operation code is the ordinal.

  /** The operation codes of the tape: {@code Code.X == X.ordinal()} (checked by a test). */
  static final class Code {
    static final int INPUT = 0;
    static final int CONSTANT = 1;
    static final int ADD = 2;
    static final int SUB = 3;
    static final int MUL = 4;
    static final int DIV = 5;
    static final int NEG = 6;
    static final int POW_CONST = 7;
    static final int POW = 8;
    static final int SIN = 9;
    static final int COS = 10;
    static final int TAN = 11;
    static final int EXP = 12;
    static final int LOG = 13;
    static final int SQRT = 14;
    static final int TANH = 15;
    static final int SIGMOID = 16;
    static final int RELU = 17;
    static final int ABS = 18;
    static final int MAX = 19;
    static final int MIN = 20;

    private Code() {}
  }

  private static final Op[] BY_CODE = values();

  /** The number of operands of each operation on the tape, by code (MAX, MIN: 2). */
  static final byte[] TAPE_ARITY = tapeArities();

  private static byte[] tapeArities() {
    byte[] arity = new byte[BY_CODE.length];
    for (Op op : BY_CODE) {
      arity[op.ordinal()] = (byte) (op == MAX || op == MIN ? 2 : op.minArity);
    }
    return arity;
  }

  /**
   * Whether the local partials of the operation with code {@code c} are constants or operands'
   * values (INPUT, CONSTANT, ADD, SUB, MUL: the codes up to MUL), so that {@link #rule} gives
   * finite partials whenever the operands are finite. The tape's fused pass, which has checked the
   * operands already, then checks only the value. Conservative: false for the other codes.
   */
  static boolean partialsFollowOperands(int c) {
    return c <= Code.MUL;
  }

  // The reverse sweep's steps for the operations whose partials follow their operands: the
  // partials of rule() (ADD: 1, 1; SUB: 1, −1; MUL: b, a), applied where they are instead of read
  // from a label array, as adjoints[x] = partial · g + adjoints[x], second operand first. 1 · g
  // and −1 · g + y are written g and y − g, which are the same bits. TapeTest checks them against
  // rule() bit for bit.

  /** Pushes the adjoint {@code g} of an ADD node to its operands {@code u} (first), {@code w}. */
  static void pushAdd(double g, int u, int w, double[] adjoints) {
    adjoints[w] = g + adjoints[w];
    adjoints[u] = g + adjoints[u];
  }

  /** Pushes the adjoint {@code g} of a SUB node to its operands {@code u} (first), {@code w}. */
  static void pushSub(double g, int u, int w, double[] adjoints) {
    adjoints[w] = adjoints[w] - g;
    adjoints[u] = g + adjoints[u];
  }

  /** Pushes the adjoint {@code g} of a MUL node to its operands {@code u} (first), {@code w}. */
  static void pushMul(double g, int u, int w, double[] values, double[] adjoints) {
    adjoints[w] = values[u] * g + adjoints[w];
    adjoints[u] = values[w] * g + adjoints[u];
  }

  /** The operation with code {@code code}. */
  static Op byCode(int code) {
    return BY_CODE[code];
  }

  /**
   * The fused rule: the value of node {@code v}, whose operation has code {@code c}, on operands
   * {@code a}, {@code b}, and its local partials with respect to {@code a} and {@code b} written
   * to {@code d[e]} and {@code d[e + 1]}. Both slots are always written (0 for a missing operand),
   * so {@code d} needs room for two. INPUT and CONSTANT return {@code a}: the tape passes the
   * node's own value, preset in its workspace. The parameter {@code params[v]} is read by
   * POW_CONST alone, so the tape's loop does not stream the parameter array. The common operations
   * are inlined here; the functions are in {@link #ruleOfFunction}, so that this method stays small
   * enough for the JIT to inline into the tape's loop.
   */
  static double rule(int c, double a, double b, double[] params, int v, double[] d, int e) {
    // one pair of stores after the switch, not a pair in every case: less code to inline
    double r;
    double da;
    double db;
    switch (c) {
      case Code.INPUT:
      case Code.CONSTANT:
        r = a;
        da = 0.0;
        db = 0.0;
        break;
      case Code.ADD:
        r = a + b;
        da = 1.0;
        db = 1.0;
        break;
      case Code.SUB:
        r = a - b;
        da = 1.0;
        db = -1.0;
        break;
      case Code.MUL:
        r = a * b;
        da = b;
        db = a;
        break;
      case Code.DIV:
        r = a / b;
        da = 1.0 / b;
        db = -a / (b * b);
        break;
      case Code.NEG:
        r = -a;
        da = -1.0;
        db = 0.0;
        break;
      case Code.POW_CONST:
        double p = params[v];
        r = Math.pow(a, p);
        da = powPartialBase(a, p);
        db = 0.0;
        break;
      default:
        return ruleOfFunction(c, a, b, d, e);
    }
    d[e] = da;
    d[e + 1] = db;
    return r;
  }

  /** {@link #rule} for POW and the functions. */
  private static double ruleOfFunction(int c, double a, double b, double[] d, int e) {
    double v;
    double da;
    double db = 0.0;
    switch (c) {
      case Code.POW:
        v = Math.pow(a, b);
        da = powPartialBase(a, b);
        db = powPartialExponent(a, b, v);
        break;
      case Code.SIN:
        v = Math.sin(a);
        da = Math.cos(a);
        break;
      case Code.COS:
        v = Math.cos(a);
        da = -Math.sin(a);
        break;
      case Code.TAN:
        v = Math.tan(a);
        da = 1.0 + v * v;
        break;
      case Code.EXP:
        v = Math.exp(a);
        da = v;
        break;
      case Code.LOG:
        v = Math.log(a);
        da = 1.0 / a;
        break;
      case Code.SQRT:
        v = Math.sqrt(a);
        da = 0.5 / v;
        break;
      case Code.TANH:
        v = Math.tanh(a);
        da = 1.0 - v * v;
        break;
      case Code.SIGMOID:
        v = sigmoid(a);
        da = v * (1.0 - v);
        break;
      case Code.RELU:
        v = relu(a);
        da = a > 0 ? 1.0 : 0.0;
        break;
      case Code.ABS:
        v = Math.abs(a);
        da = sign(a);
        break;
      case Code.MAX:
      case Code.MIN:
        if (picksSecond(c == Code.MAX, a, b)) {
          v = b;
          da = 0.0;
          db = 1.0;
        } else {
          v = a;
          da = 1.0;
        }
        break;
      default:
        throw new AssertionError("no operation with code " + c);
    }
    d[e] = da;
    d[e + 1] = db;
    return v;
  }

  /**
   * The value alone of node {@code v} (as {@link #rule} computes it, bit for bit): the values-only
   * pass. Functions are in {@link #valueOfFunction}, to keep this inlinable.
   */
  static double value(int c, double a, double b, double[] params, int v) {
    switch (c) {
      case Code.INPUT:
      case Code.CONSTANT:
        return a;
      case Code.ADD:
        return a + b;
      case Code.SUB:
        return a - b;
      case Code.MUL:
        return a * b;
      case Code.DIV:
        return a / b;
      case Code.NEG:
        return -a;
      case Code.POW_CONST:
        return Math.pow(a, params[v]);
      default:
        return valueOfFunction(c, a, b);
    }
  }

  private static double valueOfFunction(int c, double a, double b) {
    switch (c) {
      case Code.POW:
        return Math.pow(a, b);
      case Code.SIN:
        return Math.sin(a);
      case Code.COS:
        return Math.cos(a);
      case Code.TAN:
        return Math.tan(a);
      case Code.EXP:
        return Math.exp(a);
      case Code.LOG:
        return Math.log(a);
      case Code.SQRT:
        return Math.sqrt(a);
      case Code.TANH:
        return Math.tanh(a);
      case Code.SIGMOID:
        return sigmoid(a);
      case Code.RELU:
        return relu(a);
      case Code.ABS:
        return Math.abs(a);
      case Code.MAX:
        return picksSecond(true, a, b) ? b : a;
      case Code.MIN:
        return picksSecond(false, a, b) ? b : a;
      default:
        throw new AssertionError("no operation with code " + c);
    }
  }

  /**
   * The local partial with respect to operand {@code k} on any number type: the same rule as
   * {@link #rule}, written with {@code ar}'s operations so that on dual numbers it carries the
   * partial's own derivative ({@link HessianVector}). Kinks (relu, abs, max/min selection) take
   * their branch from the plain values {@code av}, {@code bv}; their partials are constants.
   *
   * @param a the first operand, {@code b} the second (ignored by unary operations)
   * @param value the node's value
   */
  <T> T partialOn(Arithmetic<T> ar, int k, T a, T b, T value, double p, double av, double bv) {
    switch (this) {
      case ADD:
        return ar.constant(1);
      case SUB:
        return ar.constant(k == 0 ? 1 : -1);
      case MUL:
        return k == 0 ? b : a;
      case DIV:
        return k == 0 ? ar.div(ar.constant(1), b) : ar.div(ar.neg(a), ar.mul(b, b));
      case NEG:
        return ar.constant(-1);
      case POW_CONST:
        return p == 0 ? ar.constant(0) : ar.mul(ar.pow(a, p - 1), ar.constant(p));
      case POW:
        if (k == 0) { // as powPartialBase: exactly 0 for the exponent 0
          return bv == 0 ? ar.constant(0) : ar.mul(b, ar.pow(a, ar.sub(b, ar.constant(1))));
        }
        return av == 0 && bv > 0 ? ar.constant(0) : ar.mul(value, ar.log(a));
      case SIN:
        return ar.cos(a);
      case COS:
        return ar.neg(ar.sin(a));
      case TAN:
        return ar.add(ar.constant(1), ar.mul(value, value));
      case EXP:
        return value;
      case LOG:
        return ar.div(ar.constant(1), a);
      case SQRT:
        return ar.div(ar.constant(0.5), value);
      case TANH:
        return ar.sub(ar.constant(1), ar.mul(value, value));
      case SIGMOID:
        return ar.mul(value, ar.sub(ar.constant(1), value));
      case RELU:
        return ar.constant(av > 0 ? 1 : 0);
      case ABS:
        return ar.constant(sign(av));
      case MAX:
      case MIN:
        return ar.constant((k == 1) == picksSecond(this == MAX, av, bv) ? 1 : 0);
      default:
        throw new IllegalStateException(this + " has no operands");
    }
  }

  /**
   * For binary max ({@code max = true}) or min: whether {@code b} is selected. The first operand
   * attaining the extremum is selected, and a NaN operand (the first one) so that it propagates.
   */
  static boolean picksSecond(boolean max, double a, double b) {
    if (a != a) {
      return false;
    }
    if (b != b) {
      return true;
    }
    return max ? b > a : b < a;
  }

  /**
   * For MAX/MIN of {@code n} operands: the position of the first operand attaining the extremum (a
   * NaN operand is selected, so the NaN propagates). The same as a left-leaning chain of binary
   * selections ({@link #picksSecond}).
   */
  int selected(double[] x, int n) {
    int best = 0;
    for (int i = 1; i < n; i++) {
      if (picksSecond(this == MAX, x[best], x[i])) {
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
