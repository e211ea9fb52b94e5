package org.pathsum.ad;

import java.util.List;
import java.util.Objects;

/**
 * A number type as an algebra object (like Hipparchus' {@code Field}): the operations of {@link Op}
 * on elements of type {@code T}. A {@link Program} written once against this interface runs on
 * {@code double} ({@link #ofDouble()}), on dual numbers ({@link #ofDual()}: value and derivative),
 * and is recorded as a computation graph by a {@link ComputationGraph.Builder}'s {@linkplain
 * ComputationGraph.Builder#arithmetic() arithmetic} on its nodes: the lecture's "same program F,
 * transformed". Implement it to run programs on another number type.
 *
 * <p>Every implementation follows the conventions of {@link Op}: IEEE-754 domains, relu'(0) = 0,
 * abs'(0) = 0, max/min select the first operand attaining the extremum. Each operation is O(1)
 * (max and min O(k) for k operands), and nothing throws on a value outside a domain.
 *
 * <p>The shipped implementations are immutable and thread-safe, except a builder's, which records
 * into the builder and is as thread-unsafe as it. No method accepts or returns null.
 *
 * @param <T> the element type
 */
public interface Arithmetic<T> {

  /** Plain {@code double} evaluation, with the values of {@link Op}'s rule table. */
  static Arithmetic<Double> ofDouble() {
    return DoubleArithmetic.INSTANCE;
  }

  /**
   * Dual-number evaluation: {@link #constant} gives derivative 0; seed the variables with {@link
   * Dual#variable} (derivative 1 for the one being differentiated, {@link Dual#constant} for the
   * others).
   */
  static Arithmetic<Dual> ofDual() {
    return DualArithmetic.INSTANCE;
  }

  /** The constant {@code c}. */
  T constant(double c);

  /** {@code a + b}. */
  T add(T a, T b);

  /** {@code a − b}. */
  T sub(T a, T b);

  /** {@code a · b}. */
  T mul(T a, T b);

  /** {@code a / b}. */
  T div(T a, T b);

  /** {@code −a}. */
  T neg(T a);

  /** {@code a^c} for a constant exponent {@code c}. */
  T pow(T a, double c);

  /** {@code a^b}, both variable. */
  T pow(T a, T b);

  /** Sine. */
  T sin(T a);

  /** Cosine. */
  T cos(T a);

  /** Tangent. */
  T tan(T a);

  /** Exponential. */
  T exp(T a);

  /** Natural logarithm. */
  T log(T a);

  /** Square root. */
  T sqrt(T a);

  /** Hyperbolic tangent. */
  T tanh(T a);

  /** Logistic sigmoid. */
  T sigmoid(T a);

  /** {@code max(a, 0)}. */
  T relu(T a);

  /** {@code |a|}. */
  T abs(T a);

  /**
   * The maximum of one or more operands; at a tie the first attaining it carries the derivative.
   *
   * @throws IllegalArgumentException if {@code operands} is empty
   */
  T max(List<T> operands);

  /**
   * The minimum of one or more operands; at a tie the first attaining it carries the derivative.
   *
   * @throws IllegalArgumentException if {@code operands} is empty
   */
  T min(List<T> operands);

  /** {@code max(a, b)}. */
  default T max(T a, T b) {
    return max(List.of(a, b));
  }

  /** {@code min(a, b)}. */
  default T min(T a, T b) {
    return min(List.of(a, b));
  }

  /**
   * Applies {@code op} to {@code operands}: the dispatch every graph interpreter uses.
   *
   * @param op any operation except {@link Op#INPUT}
   * @param operands as many as {@code op} accepts
   * @param parameter the constant (CONSTANT) or exponent (POW_CONST); ignored otherwise
   * @throws IllegalArgumentException for INPUT or a wrong number of operands
   */
  default T apply(Op op, List<T> operands, double parameter) {
    Objects.requireNonNull(op, "op");
    if (op == Op.INPUT || !op.acceptsArity(operands.size())) {
      throw new IllegalArgumentException(
          "cannot apply " + op + " to " + operands.size() + " operands");
    }
    switch (op) {
      case CONSTANT:
        return constant(parameter);
      case ADD:
        return add(operands.get(0), operands.get(1));
      case SUB:
        return sub(operands.get(0), operands.get(1));
      case MUL:
        return mul(operands.get(0), operands.get(1));
      case DIV:
        return div(operands.get(0), operands.get(1));
      case NEG:
        return neg(operands.get(0));
      case POW_CONST:
        return pow(operands.get(0), parameter);
      case POW:
        return pow(operands.get(0), operands.get(1));
      case SIN:
        return sin(operands.get(0));
      case COS:
        return cos(operands.get(0));
      case TAN:
        return tan(operands.get(0));
      case EXP:
        return exp(operands.get(0));
      case LOG:
        return log(operands.get(0));
      case SQRT:
        return sqrt(operands.get(0));
      case TANH:
        return tanh(operands.get(0));
      case SIGMOID:
        return sigmoid(operands.get(0));
      case RELU:
        return relu(operands.get(0));
      case ABS:
        return abs(operands.get(0));
      case MAX:
        return max(operands);
      case MIN:
        return min(operands);
      default:
        throw new AssertionError(op);
    }
  }
}
