package org.pathsum.ad;

import java.util.List;
import java.util.Objects;

/**
 * The plain evaluator: {@link ArrayArithmetic} on arrays of {@code double}, each operation computed
 * at once into a new array by the kernels the recorded graph runs ({@link ArrayKernels}), so the
 * same values bit for bit. IEEE-754 values, no checks; shapes are checked as the recorder checks
 * them. Stateless and thread-safe.
 */
final class EagerArrays implements ArrayArithmetic<EagerArrays.Value> {

  static final EagerArrays INSTANCE = new EagerArrays();

  private EagerArrays() {}

  /** An array value: {@code rows × cols} entries, row-major. Never modified once made. */
  static final class Value {
    final int rows;
    final int cols;
    final double[] data;

    Value(int rows, int cols, double[] data) {
      this.rows = rows;
      this.cols = cols;
      this.data = data;
    }

    @Override
    public String toString() {
      return ArrayOp.shape(rows, cols) + " " + java.util.Arrays.toString(data);
    }
  }

  /** A column vector holding {@code values} (not copied: the caller hands it over). */
  static Value vector(double[] values) {
    return new Value(values.length, 1, values);
  }

  private static Value of(int r, int c) {
    return new Value(r, c, new double[r * c]);
  }

  private static Value binary(ArrayOp op, Value x, Value y) {
    int[] s = op.broadcast(x.rows, x.cols, y.rows, y.cols);
    Value o = of(s[0], s[1]);
    ArrayKernels.binary(op.scalar.ordinal(), x.data, 0, x.rows, x.cols, y.data, 0, y.rows,
        y.cols, o.data, 0, s[0], s[1]);
    return o;
  }

  private static Value unary(ArrayOp op, double p, Value x) {
    Value o = of(x.rows, x.cols);
    ArrayKernels.unary(op, p, x.data, 0, o.data, 0, o.data.length);
    return o;
  }

  private static Value scalar(double v) {
    return new Value(1, 1, new double[] {v});
  }

  @Override
  public int rows(Value a) {
    return a.rows;
  }

  @Override
  public int cols(Value a) {
    return a.cols;
  }

  @Override
  public Value constant(double c) {
    return constant(new double[] {c}, 1, 1);
  }

  @Override
  public Value constant(double[] values, int rows, int cols) {
    return new Value(rows, cols, ArrayRecorder.checkedConstant(values, rows, cols));
  }

  @Override
  public Value add(Value a, Value b) {
    return binary(ArrayOp.ADD, a, b);
  }

  @Override
  public Value sub(Value a, Value b) {
    return binary(ArrayOp.SUB, a, b);
  }

  @Override
  public Value mul(Value a, Value b) {
    return binary(ArrayOp.MUL, a, b);
  }

  @Override
  public Value div(Value a, Value b) {
    return binary(ArrayOp.DIV, a, b);
  }

  @Override
  public Value neg(Value a) {
    return unary(ArrayOp.NEG, 0, a);
  }

  @Override
  public Value square(Value a) {
    return unary(ArrayOp.SQUARE, 0, a);
  }

  @Override
  public Value pow(Value a, double c) {
    if (!Double.isFinite(c)) {
      throw new IllegalArgumentException("pow: the exponent must be finite, got " + c);
    }
    return c == 2 ? square(a) : unary(ArrayOp.POW_CONST, c, a);
  }

  @Override
  public Value pow(Value a, Value b) {
    return binary(ArrayOp.POW, a, b);
  }

  @Override
  public Value sin(Value a) {
    return unary(ArrayOp.SIN, 0, a);
  }

  @Override
  public Value cos(Value a) {
    return unary(ArrayOp.COS, 0, a);
  }

  @Override
  public Value tan(Value a) {
    return unary(ArrayOp.TAN, 0, a);
  }

  @Override
  public Value exp(Value a) {
    return unary(ArrayOp.EXP, 0, a);
  }

  @Override
  public Value log(Value a) {
    return unary(ArrayOp.LOG, 0, a);
  }

  @Override
  public Value sqrt(Value a) {
    return unary(ArrayOp.SQRT, 0, a);
  }

  @Override
  public Value tanh(Value a) {
    return unary(ArrayOp.TANH, 0, a);
  }

  @Override
  public Value sigmoid(Value a) {
    return unary(ArrayOp.SIGMOID, 0, a);
  }

  @Override
  public Value relu(Value a) {
    return unary(ArrayOp.RELU, 0, a);
  }

  @Override
  public Value abs(Value a) {
    return unary(ArrayOp.ABS, 0, a);
  }

  @Override
  public Value max(List<Value> operands) {
    return chain(ArrayOp.MAX, operands);
  }

  @Override
  public Value min(List<Value> operands) {
    return chain(ArrayOp.MIN, operands);
  }

  private static Value chain(ArrayOp op, List<Value> operands) {
    if (operands.isEmpty()) {
      throw new IllegalArgumentException(op.label + " of no operands");
    }
    Value r = Objects.requireNonNull(operands.get(0), "operand");
    if (operands.size() == 1) {
      return binary(op, r, r);
    }
    for (int i = 1; i < operands.size(); i++) {
      r = binary(op, r, operands.get(i));
    }
    return r;
  }

  @Override
  public Value sum(Value a) {
    return scalar(ArrayKernels.sum(a.data, 0, a.data.length));
  }

  @Override
  public Value mean(Value a) {
    return scalar(ArrayKernels.sum(a.data, 0, a.data.length) / a.data.length);
  }

  @Override
  public Value dot(Value a, Value b) {
    ArrayOp.dot(a.rows, a.cols, b.rows, b.cols);
    return scalar(ArrayKernels.dot(a.data, 0, b.data, 0, a.data.length));
  }

  @Override
  public Value matmul(Value a, Value b) {
    int[] s = ArrayOp.matmul(a.rows, a.cols, b.rows, b.cols);
    Value o = of(s[0], s[1]);
    ArrayKernels.matmul(a.data, 0, b.data, 0, o.data, 0, a.rows, a.cols, b.cols);
    return o;
  }

  @Override
  public Value transpose(Value a) {
    Value o = of(a.cols, a.rows);
    ArrayKernels.transpose(a.data, 0, o.data, 0, a.rows, a.cols);
    return o;
  }

  @Override
  public Value reshape(Value a, int rows, int cols) {
    ArrayOp.reshape(a.rows, a.cols, rows, cols);
    return new Value(rows, cols, a.data); // values are never modified, so they may be shared
  }

  @Override
  public Value slice(Value a, int from, int to, int step) {
    int n = ArrayOp.slice(a.rows, a.cols, from, to, step);
    Value o = of(n, 1);
    ArrayKernels.slice(a.data, 0, from, step, o.data, 0, n);
    return o;
  }

  @Override
  public Value concat(List<Value> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("concat of no parts");
    }
    Value r = Objects.requireNonNull(parts.get(0), "part");
    for (int i = 1; i < parts.size(); i++) {
      Value y = parts.get(i);
      int[] s = ArrayOp.concat(r.rows, r.cols, y.rows, y.cols);
      Value o = of(s[0], s[1]);
      System.arraycopy(r.data, 0, o.data, 0, r.data.length);
      System.arraycopy(y.data, 0, o.data, r.data.length, y.data.length);
      r = o;
    }
    return r;
  }

  @Override
  public Value softmax(Value a) {
    Value o = of(a.rows, a.cols);
    ArrayKernels.softmax(a.data, 0, o.data, 0, a.data.length);
    return o;
  }

  @Override
  public Value logSumExp(Value a) {
    return scalar(ArrayKernels.logSumExp(a.data, 0, a.data.length));
  }

  @Override
  public String toString() {
    return "ArrayArithmetic (plain double evaluation)";
  }
}
