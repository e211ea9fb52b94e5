package org.pathsum.ad;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link ArrayArithmetic} over any scalar {@link Arithmetic}: an array is a list of scalars, and
 * every array operation is written out with the scalar operations, element by element (a sum as a
 * left-to-right chain of additions, a matrix product as r·c chains of products). On doubles it
 * is a slow plain evaluator, on {@link Dual} numbers forward mode with {@link Dual}'s own rules,
 * and on a {@link ComputationGraph.Builder}'s arithmetic it records the array program as a scalar
 * computation graph: the bridges {@link ArrayProgram#asProgram} builds, and the tests' oracles.
 * Shapes are checked as the recorder checks them. Immutable if {@code scalar} is.
 *
 * @param <S> the scalar type
 */
final class LiftedArrays<S> implements ArrayArithmetic<LiftedArrays.Value<S>> {

  /** An array of scalars, {@code rows × cols}, row-major. Never modified once made. */
  static final class Value<S> {
    final int rows;
    final int cols;
    final List<S> data;

    Value(int rows, int cols, List<S> data) {
      this.rows = rows;
      this.cols = cols;
      this.data = data;
    }

    S get(int i) {
      return data.get(i);
    }
  }

  private final Arithmetic<S> s;

  LiftedArrays(Arithmetic<S> scalar) {
    this.s = Objects.requireNonNull(scalar, "scalar");
  }

  private Value<S> map(Value<S> x, java.util.function.UnaryOperator<S> f) {
    List<S> out = new ArrayList<>(x.data.size());
    for (S e : x.data) {
      out.add(f.apply(e));
    }
    return new Value<>(x.rows, x.cols, out);
  }

  private Value<S> zip(ArrayOp op, Value<S> x, Value<S> y,
      java.util.function.BinaryOperator<S> f) {
    int[] shape = op.broadcast(x.rows, x.cols, y.rows, y.cols);
    int r = shape[0];
    int c = shape[1];
    List<S> out = new ArrayList<>(r * c);
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        S a = x.get((x.rows == 1 ? 0 : i) * x.cols + (x.cols == 1 ? 0 : j));
        S b = y.get((y.rows == 1 ? 0 : i) * y.cols + (y.cols == 1 ? 0 : j));
        out.add(f.apply(a, b));
      }
    }
    return new Value<>(r, c, out);
  }

  private Value<S> scalar(S v) {
    return new Value<>(1, 1, List.of(v));
  }

  private S sumOf(List<S> terms) {
    S acc = terms.get(0);
    for (int i = 1; i < terms.size(); i++) {
      acc = s.add(acc, terms.get(i));
    }
    return acc;
  }

  @Override
  public int rows(Value<S> a) {
    return a.rows;
  }

  @Override
  public int cols(Value<S> a) {
    return a.cols;
  }

  @Override
  public Value<S> constant(double c) {
    return scalar(s.constant(c));
  }

  @Override
  public Value<S> constant(double[] values, int rows, int cols) {
    double[] v = ArrayRecorder.checkedConstant(values, rows, cols);
    List<S> out = new ArrayList<>(v.length);
    for (double x : v) {
      out.add(s.constant(x));
    }
    return new Value<>(rows, cols, out);
  }

  @Override
  public Value<S> add(Value<S> a, Value<S> b) {
    return zip(ArrayOp.ADD, a, b, s::add);
  }

  @Override
  public Value<S> sub(Value<S> a, Value<S> b) {
    return zip(ArrayOp.SUB, a, b, s::sub);
  }

  @Override
  public Value<S> mul(Value<S> a, Value<S> b) {
    return zip(ArrayOp.MUL, a, b, s::mul);
  }

  @Override
  public Value<S> div(Value<S> a, Value<S> b) {
    return zip(ArrayOp.DIV, a, b, s::div);
  }

  @Override
  public Value<S> neg(Value<S> a) {
    return map(a, s::neg);
  }

  @Override
  public Value<S> pow(Value<S> a, double c) {
    return map(a, x -> s.pow(x, c));
  }

  @Override
  public Value<S> pow(Value<S> a, Value<S> b) {
    return zip(ArrayOp.POW, a, b, s::pow);
  }

  @Override
  public Value<S> sin(Value<S> a) {
    return map(a, s::sin);
  }

  @Override
  public Value<S> cos(Value<S> a) {
    return map(a, s::cos);
  }

  @Override
  public Value<S> tan(Value<S> a) {
    return map(a, s::tan);
  }

  @Override
  public Value<S> exp(Value<S> a) {
    return map(a, s::exp);
  }

  @Override
  public Value<S> log(Value<S> a) {
    return map(a, s::log);
  }

  @Override
  public Value<S> sqrt(Value<S> a) {
    return map(a, s::sqrt);
  }

  @Override
  public Value<S> tanh(Value<S> a) {
    return map(a, s::tanh);
  }

  @Override
  public Value<S> sigmoid(Value<S> a) {
    return map(a, s::sigmoid);
  }

  @Override
  public Value<S> relu(Value<S> a) {
    return map(a, s::relu);
  }

  @Override
  public Value<S> abs(Value<S> a) {
    return map(a, s::abs);
  }

  @Override
  public Value<S> max(List<Value<S>> operands) {
    return chain(ArrayOp.MAX, operands);
  }

  @Override
  public Value<S> min(List<Value<S>> operands) {
    return chain(ArrayOp.MIN, operands);
  }

  private Value<S> chain(ArrayOp op, List<Value<S>> operands) {
    if (operands.isEmpty()) {
      throw new IllegalArgumentException(op.label + " of no operands");
    }
    java.util.function.BinaryOperator<S> f = op == ArrayOp.MAX ? s::max : s::min;
    Value<S> r = operands.get(0);
    if (operands.size() == 1) {
      return zip(op, r, r, f);
    }
    for (int i = 1; i < operands.size(); i++) {
      r = zip(op, r, operands.get(i), f);
    }
    return r;
  }

  @Override
  public Value<S> sum(Value<S> a) {
    return scalar(sumOf(a.data));
  }

  @Override
  public Value<S> mean(Value<S> a) {
    return scalar(s.div(sumOf(a.data), s.constant(a.data.size())));
  }

  @Override
  public Value<S> dot(Value<S> a, Value<S> b) {
    ArrayOp.dot(a.rows, a.cols, b.rows, b.cols);
    List<S> terms = new ArrayList<>(a.data.size());
    for (int i = 0; i < a.data.size(); i++) {
      terms.add(s.mul(a.get(i), b.get(i)));
    }
    return scalar(sumOf(terms));
  }

  @Override
  public Value<S> matmul(Value<S> a, Value<S> b) {
    int[] shape = ArrayOp.matmul(a.rows, a.cols, b.rows, b.cols);
    int k = a.cols;
    List<S> out = new ArrayList<>(shape[0] * shape[1]);
    List<S> terms = new ArrayList<>(k);
    for (int i = 0; i < shape[0]; i++) {
      for (int j = 0; j < shape[1]; j++) {
        terms.clear();
        for (int p = 0; p < k; p++) {
          terms.add(s.mul(a.get(i * k + p), b.get(p * b.cols + j)));
        }
        out.add(sumOf(terms));
      }
    }
    return new Value<>(shape[0], shape[1], out);
  }

  @Override
  public Value<S> transpose(Value<S> a) {
    List<S> out = new ArrayList<>(a.data.size());
    for (int j = 0; j < a.cols; j++) {
      for (int i = 0; i < a.rows; i++) {
        out.add(a.get(i * a.cols + j));
      }
    }
    return new Value<>(a.cols, a.rows, out);
  }

  @Override
  public Value<S> reshape(Value<S> a, int rows, int cols) {
    ArrayOp.reshape(a.rows, a.cols, rows, cols);
    return new Value<>(rows, cols, a.data);
  }

  @Override
  public Value<S> slice(Value<S> a, int from, int to, int step) {
    int n = ArrayOp.slice(a.rows, a.cols, from, to, step);
    List<S> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      out.add(a.get(from + k * step));
    }
    return new Value<>(n, 1, out);
  }

  @Override
  public Value<S> concat(List<Value<S>> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("concat of no parts");
    }
    Value<S> r = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      Value<S> y = parts.get(i);
      int[] shape = ArrayOp.concat(r.rows, r.cols, y.rows, y.cols);
      List<S> out = new ArrayList<>(r.data);
      out.addAll(y.data);
      r = new Value<>(shape[0], shape[1], out);
    }
    return r;
  }

  @Override
  public Value<S> softmax(Value<S> a) {
    S m = s.max(a.data);
    List<S> e = new ArrayList<>(a.data.size());
    for (S x : a.data) {
      e.add(s.exp(s.sub(x, m)));
    }
    S total = sumOf(e);
    List<S> out = new ArrayList<>(e.size());
    for (S x : e) {
      out.add(s.div(x, total));
    }
    return new Value<>(a.rows, a.cols, out);
  }

  @Override
  public Value<S> logSumExp(Value<S> a) {
    S m = s.max(a.data);
    List<S> e = new ArrayList<>(a.data.size());
    for (S x : a.data) {
      e.add(s.exp(s.sub(x, m)));
    }
    return scalar(s.add(m, s.log(sumOf(e))));
  }

  @Override
  public String toString() {
    return "ArrayArithmetic (elementwise over " + s + ")";
  }
}
