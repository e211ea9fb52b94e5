package org.pathsum.ad;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The {@link ArrayArithmetic} that records: every operation appends one node to a growing tape
 * (after its operands, so creation order is topological) and returns its handle. The shapes are
 * checked as each node is appended ({@link ArrayOp}'s rules). Two operations are recorded in the
 * tape's terms: a power with a constant exponent 2 is a {@code square}, and a power whose exponent
 * is a recorded scalar constant a constant-exponent power; a max, min or concatenation of k
 * operands is a left-leaning chain of k − 1 binary ones. Not thread-safe; amortized O(1) per node
 * plus the size of a constant.
 */
final class ArrayRecorder implements ArrayArithmetic<ArrayRecorder.Node> {

  /** A recorded node: its index in the tape and its shape. Immutable. */
  static final class Node {
    final ArrayRecorder owner;
    final int index;
    final int rows;
    final int cols;

    Node(ArrayRecorder owner, int index, int rows, int cols) {
      this.owner = owner;
      this.index = index;
      this.rows = rows;
      this.cols = cols;
    }

    @Override
    public String toString() {
      return "array node " + index + " (" + ArrayOp.shape(rows, cols) + ")";
    }
  }

  private int count;
  private byte[] code = new byte[16];
  private int[] a = new int[16];
  private int[] b = new int[16];
  private int[] rows = new int[16];
  private int[] cols = new int[16];
  private double[] param = new double[16];
  private int[] from = new int[16];
  private int[] step = new int[16];
  private double[][] constants = new double[16][];
  private int[] inputs = new int[4];
  private int inputCount;

  /** A new input of {@code length} entries, a column vector. */
  Node input(int length) {
    ArrayOp.checkShape("input", length, 1);
    Node n = append(ArrayOp.INPUT, -1, -1, length, 1);
    if (inputCount == inputs.length) {
      inputs = Arrays.copyOf(inputs, 2 * inputCount);
    }
    inputs[inputCount++] = n.index;
    return n;
  }

  /** The tape recorded so far, with {@code output} as its output. */
  ArrayTape toTape(Node output) {
    return new ArrayTape(count, code, a, b, rows, cols, param, from, step, constants,
        Arrays.copyOf(inputs, inputCount), check(output));
  }

  private int check(Node n) {
    Objects.requireNonNull(n, "node");
    if (n.owner != this) {
      throw new IllegalArgumentException(n + " was recorded by another program run");
    }
    return n.index;
  }

  private Node append(ArrayOp op, int x, int y, int r, int c) {
    if (count == code.length) {
      int m = 2 * count;
      code = Arrays.copyOf(code, m);
      a = Arrays.copyOf(a, m);
      b = Arrays.copyOf(b, m);
      rows = Arrays.copyOf(rows, m);
      cols = Arrays.copyOf(cols, m);
      param = Arrays.copyOf(param, m);
      from = Arrays.copyOf(from, m);
      step = Arrays.copyOf(step, m);
      constants = Arrays.copyOf(constants, m);
    }
    code[count] = (byte) op.ordinal();
    a[count] = x;
    b[count] = y;
    rows[count] = r;
    cols[count] = c;
    return new Node(this, count++, r, c);
  }

  private Node binary(ArrayOp op, Node x, Node y) {
    int[] s = op.broadcast(x.rows, x.cols, y.rows, y.cols);
    return append(op, check(x), check(y), s[0], s[1]);
  }

  private Node unary(ArrayOp op, Node x) {
    return append(op, check(x), -1, x.rows, x.cols);
  }

  @Override
  public int rows(Node x) {
    check(x);
    return x.rows;
  }

  @Override
  public int cols(Node x) {
    check(x);
    return x.cols;
  }

  @Override
  public Node constant(double c) {
    return constant(new double[] {c}, 1, 1);
  }

  @Override
  public Node constant(double[] values, int r, int c) {
    double[] copy = checkedConstant(values, r, c);
    Node n = append(ArrayOp.CONSTANT, -1, -1, r, c);
    constants[n.index] = copy;
    return n;
  }

  /** A copy of a constant's values, after checking them (shared with the other arithmetics). */
  static double[] checkedConstant(double[] values, int r, int c) {
    Objects.requireNonNull(values, "values");
    ArrayOp.checkShape("constant", r, c);
    if (values.length != r * c) {
      throw new IllegalArgumentException(
          "constant: " + values.length + " values for the shape " + ArrayOp.shape(r, c));
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "constant: the value at " + i + " is " + values[i] + "; a constant must be finite");
      }
    }
    return values.clone();
  }

  @Override
  public Node add(Node x, Node y) {
    return binary(ArrayOp.ADD, x, y);
  }

  @Override
  public Node sub(Node x, Node y) {
    return binary(ArrayOp.SUB, x, y);
  }

  @Override
  public Node mul(Node x, Node y) {
    return binary(ArrayOp.MUL, x, y);
  }

  @Override
  public Node div(Node x, Node y) {
    return binary(ArrayOp.DIV, x, y);
  }

  @Override
  public Node neg(Node x) {
    return unary(ArrayOp.NEG, x);
  }

  @Override
  public Node square(Node x) {
    return unary(ArrayOp.SQUARE, x);
  }

  @Override
  public Node pow(Node x, double c) {
    if (!Double.isFinite(c)) {
      throw new IllegalArgumentException("pow: the exponent must be finite, got " + c);
    }
    if (c == 2) {
      return square(x);
    }
    Node n = unary(ArrayOp.POW_CONST, x);
    param[n.index] = c;
    return n;
  }

  @Override
  public Node pow(Node x, Node y) {
    int e = check(y);
    if (code[e] == ArrayOp.CONSTANT.ordinal() && y.rows * y.cols == 1) {
      return pow(x, constants[e][0]);
    }
    return binary(ArrayOp.POW, x, y);
  }

  @Override
  public Node sin(Node x) {
    return unary(ArrayOp.SIN, x);
  }

  @Override
  public Node cos(Node x) {
    return unary(ArrayOp.COS, x);
  }

  @Override
  public Node tan(Node x) {
    return unary(ArrayOp.TAN, x);
  }

  @Override
  public Node exp(Node x) {
    return unary(ArrayOp.EXP, x);
  }

  @Override
  public Node log(Node x) {
    return unary(ArrayOp.LOG, x);
  }

  @Override
  public Node sqrt(Node x) {
    return unary(ArrayOp.SQRT, x);
  }

  @Override
  public Node tanh(Node x) {
    return unary(ArrayOp.TANH, x);
  }

  @Override
  public Node sigmoid(Node x) {
    return unary(ArrayOp.SIGMOID, x);
  }

  @Override
  public Node relu(Node x) {
    return unary(ArrayOp.RELU, x);
  }

  @Override
  public Node abs(Node x) {
    return unary(ArrayOp.ABS, x);
  }

  @Override
  public Node max(List<Node> operands) {
    return chain(ArrayOp.MAX, operands);
  }

  @Override
  public Node min(List<Node> operands) {
    return chain(ArrayOp.MIN, operands);
  }

  private Node chain(ArrayOp op, List<Node> operands) {
    if (operands.isEmpty()) {
      throw new IllegalArgumentException(op.label + " of no operands");
    }
    Node r = operands.get(0);
    if (operands.size() == 1) {
      return binary(op, r, r);
    }
    for (int i = 1; i < operands.size(); i++) {
      r = binary(op, r, operands.get(i));
    }
    return r;
  }

  @Override
  public Node sum(Node x) {
    return append(ArrayOp.SUM, check(x), -1, 1, 1);
  }

  @Override
  public Node mean(Node x) {
    return append(ArrayOp.MEAN, check(x), -1, 1, 1);
  }

  @Override
  public Node dot(Node x, Node y) {
    ArrayOp.dot(x.rows, x.cols, y.rows, y.cols);
    return append(ArrayOp.DOT, check(x), check(y), 1, 1);
  }

  @Override
  public Node matmul(Node x, Node y) {
    int[] s = ArrayOp.matmul(x.rows, x.cols, y.rows, y.cols);
    return append(ArrayOp.MATMUL, check(x), check(y), s[0], s[1]);
  }

  @Override
  public Node transpose(Node x) {
    return append(ArrayOp.TRANSPOSE, check(x), -1, x.cols, x.rows);
  }

  @Override
  public Node reshape(Node x, int r, int c) {
    ArrayOp.reshape(x.rows, x.cols, r, c);
    return append(ArrayOp.RESHAPE, check(x), -1, r, c);
  }

  @Override
  public Node slice(Node x, int start, int end, int stride) {
    int n = ArrayOp.slice(x.rows, x.cols, start, end, stride);
    Node s = append(ArrayOp.SLICE, check(x), -1, n, 1);
    from[s.index] = start;
    step[s.index] = stride;
    return s;
  }

  @Override
  public Node concat(List<Node> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("concat of no parts");
    }
    Node r = parts.get(0);
    check(r);
    for (int i = 1; i < parts.size(); i++) {
      Node y = parts.get(i);
      int[] s = ArrayOp.concat(r.rows, r.cols, y.rows, y.cols);
      r = append(ArrayOp.CONCAT, r.index, check(y), s[0], s[1]);
    }
    return r;
  }

  @Override
  public Node softmax(Node x) {
    return unary(ArrayOp.SOFTMAX, x);
  }

  @Override
  public Node logSumExp(Node x) {
    return append(ArrayOp.LOG_SUM_EXP, check(x), -1, 1, 1);
  }

  @Override
  public String toString() {
    return "ArrayArithmetic (recording, " + count + " nodes)";
  }
}
