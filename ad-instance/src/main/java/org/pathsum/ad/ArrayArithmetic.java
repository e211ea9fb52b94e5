package org.pathsum.ad;

import java.util.List;

/**
 * A number type whose elements are arrays of {@code double}: vectors, matrices, and scalars as
 * their 1 × 1 case. An {@link ArrayProgram} written once against it is recorded as an {@link
 * ArrayGraph} (one node per array operation), evaluated plainly ({@link ArrayProgram#evaluate}),
 * or run element by element on any scalar {@link Arithmetic} ({@link ArrayProgram#asProgram}: on
 * doubles, on dual numbers, or recorded as a scalar {@link ComputationGraph}).
 *
 * <p><b>Shapes.</b> An element has {@link #rows} × {@link #cols} entries, stored row-major; a
 * vector of n entries is n × 1. The operations inherited from {@link Arithmetic} act elementwise,
 * and those of two operands broadcast as numpy does in two dimensions: each dimension equal, or 1
 * in one operand (a scalar with anything, an r × 1 column with an r × c matrix, a 1 × c row with
 * it). {@link Arithmetic#constant(double)} is a scalar. Every operation whose operands' shapes do
 * not fit throws an {@link IllegalArgumentException} naming the operation and both shapes, when
 * the program runs, whatever the implementation; shapes never depend on values.
 *
 * <p><b>Derivatives.</b> Each operation's local Jacobian is a linear map, never materialized: a
 * diagonal for the elementwise operations (the labels of {@link Op}, element by element, with its
 * conventions at kinks), a replication for a broadcast, a row of ones for {@link #sum}, a
 * selection for {@link #slice}, a multiplication by the other operand for {@link #matmul}. The
 * recorded graph is a graph over the (non-commutative) semiring of linear maps: forward mode
 * applies the maps from the inputs, reverse mode their transposes from the output.
 *
 * <p>Implementations: the recorder behind {@link ArrayProgram#record}, the plain evaluator behind
 * {@link ArrayProgram#evaluate}, and the elementwise lifting behind {@link ArrayProgram#asProgram}.
 * No method accepts or returns null.
 *
 * @param <T> the element type
 */
public interface ArrayArithmetic<T> extends Arithmetic<T> {

  /** The number of rows of {@code a} (a vector's length). */
  int rows(T a);

  /** The number of columns of {@code a} (1 for a vector or a scalar). */
  int cols(T a);

  /** The number of entries of {@code a}, {@code rows · cols}. */
  default int size(T a) {
    return rows(a) * cols(a);
  }

  /**
   * A constant array of {@code rows × cols} entries, {@code values} in row-major order (copied).
   *
   * @throws IllegalArgumentException if the length is not {@code rows · cols}, a dimension is
   *     below 1, or a value is not finite
   */
  T constant(double[] values, int rows, int cols);

  /** A constant column vector (copied); see {@link #constant(double[], int, int)}. */
  default T constant(double[] values) {
    return constant(values, values.length, 1);
  }

  /**
   * {@code a · a}, elementwise; {@code pow(a, 2)} is the same. The local partial is {@code 2a}.
   */
  default T square(T a) {
    return mul(a, a);
  }

  /** The sum of every entry of {@code a}: a scalar. Its Jacobian is a row of ones. */
  T sum(T a);

  /** The mean of every entry of {@code a}: {@code sum(a) / size(a)}, a scalar. */
  T mean(T a);

  /**
   * The sum of the elementwise products of {@code a} and {@code b}: a scalar.
   *
   * @throws IllegalArgumentException unless both have the same shape, or both are vectors (n × 1
   *     or 1 × n) of the same length
   */
  T dot(T a, T b);

  /**
   * The matrix product {@code a · b} of an r × k and a k × c array: r × c. A matrix–vector product
   * is the case c = 1. The local Jacobians multiply by the other operand: reverse mode sends an
   * adjoint {@code G} to {@code G · bᵀ} and {@code aᵀ · G}.
   *
   * @throws IllegalArgumentException if {@code a}'s columns are not {@code b}'s rows
   */
  T matmul(T a, T b);

  /** The transpose: an r × c array becomes c × r. */
  T transpose(T a);

  /**
   * The same entries, in the same row-major order, as a {@code rows × cols} array.
   *
   * @throws IllegalArgumentException if the number of entries differs
   */
  T reshape(T a, int rows, int cols);

  /**
   * Entries {@code from, from + step, …} below {@code to} of the vector {@code a}, as a column
   * vector: {@code slice(x, 1, n, 1)} is x without its first entry, {@code slice(x, 0, n, 2)} its
   * entries of even index.
   *
   * @throws IllegalArgumentException if {@code a} is not a vector (reshape it first), or the range
   *     is empty, outside it, or the step is below 1
   */
  T slice(T a, int from, int to, int step);

  /** {@link #slice(Object, int, int, int)} with step 1. */
  default T slice(T a, int from, int to) {
    return slice(a, from, to, 1);
  }

  /**
   * The parts stacked by rows: an r₁ × c and an r₂ × c array give an (r₁ + r₂) × c one; vectors
   * and scalars (n × 1) concatenate into a vector.
   *
   * @throws IllegalArgumentException if {@code parts} is empty or the column counts differ
   */
  T concat(List<T> parts);

  /** {@link #concat(List)} of two parts. */
  default T concat(T a, T b) {
    return concat(List.of(a, b));
  }

  /**
   * The softmax over every entry of {@code a}, {@code exp(aᵢ − m) / Σ exp(aⱼ − m)} with {@code m =
   * max a}, of {@code a}'s shape. Its Jacobian is {@code diag(s) − s·sᵀ}.
   */
  T softmax(T a);

  /**
   * {@code log Σ exp(aᵢ)} over every entry of {@code a}, computed as {@code m + log Σ exp(aᵢ −
   * m)}: a scalar, whose gradient is the softmax.
   */
  T logSumExp(T a);
}
