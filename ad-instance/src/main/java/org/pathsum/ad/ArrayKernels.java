package org.pathsum.ad;

/**
 * The values of the array operations: loops over {@code double[]} blocks, each given as an array
 * and an offset, so that the tape and the plain evaluator run them on their arrays alike.
 * Every element follows {@link Op}'s rule table (the same bits as a scalar node of that
 * operation); sums run left to right, as a chain of scalar additions would. Shapes are checked by
 * the callers ({@link ArrayOp}'s rules); nothing here checks them again. Allocates nothing.
 */
final class ArrayKernels {

  private ArrayKernels() {}

  /** The parameter array of {@link Op#value} for the operations that read none. */
  static final double[] NO_PARAMETERS = {0.0};

  /**
   * {@code o = a ∘ b} elementwise for the binary operation with scalar code {@code c}, the operands
   * broadcast to {@code r × cc}. Each loop is a method of its own, small enough for the JIT to
   * unroll and vectorize.
   */
  static void binary(int c, double[] a, int ao, int ra, int ca, double[] b, int bo, int rb, int cb,
      double[] o, int oo, int r, int cc) {
    int n = r * cc;
    boolean simple = c == Op.Code.ADD || c == Op.Code.SUB || c == Op.Code.MUL;
    if (ra == rb && ca == cb) {
      if (c == Op.Code.ADD) {
        add(a, ao, b, bo, o, oo, n);
      } else if (c == Op.Code.SUB) {
        sub(a, ao, b, bo, o, oo, n);
      } else if (c == Op.Code.MUL) {
        mul(a, ao, b, bo, o, oo, n);
      } else {
        rule(c, a, ao, b, bo, o, oo, n);
      }
    } else if (simple && ra * ca == 1) {
      withScalarFirst(c, a[ao], b, bo, o, oo, n);
    } else if (simple && rb * cb == 1) {
      withScalarSecond(c, a, ao, b[bo], o, oo, n);
    } else {
      broadcast(c, a, ao, ra, ca, b, bo, rb, cb, o, oo, r, cc);
    }
  }

  private static void add(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
    for (int i = 0; i < n; i++) {
      o[oo + i] = a[ao + i] + b[bo + i];
    }
  }

  private static void sub(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
    for (int i = 0; i < n; i++) {
      o[oo + i] = a[ao + i] - b[bo + i];
    }
  }

  private static void mul(double[] a, int ao, double[] b, int bo, double[] o, int oo, int n) {
    for (int i = 0; i < n; i++) {
      o[oo + i] = a[ao + i] * b[bo + i];
    }
  }

  private static void rule(int c, double[] a, int ao, double[] b, int bo, double[] o, int oo,
      int n) {
    for (int i = 0; i < n; i++) {
      o[oo + i] = Op.value(c, a[ao + i], b[bo + i], NO_PARAMETERS, 0);
    }
  }

  private static void withScalarFirst(int c, double x, double[] b, int bo, double[] o, int oo,
      int n) {
    if (c == Op.Code.ADD) {
      for (int i = 0; i < n; i++) {
        o[oo + i] = x + b[bo + i];
      }
    } else if (c == Op.Code.SUB) {
      for (int i = 0; i < n; i++) {
        o[oo + i] = x - b[bo + i];
      }
    } else {
      for (int i = 0; i < n; i++) {
        o[oo + i] = x * b[bo + i];
      }
    }
  }

  private static void withScalarSecond(int c, double[] a, int ao, double y, double[] o, int oo,
      int n) {
    if (c == Op.Code.ADD) {
      for (int i = 0; i < n; i++) {
        o[oo + i] = a[ao + i] + y;
      }
    } else if (c == Op.Code.SUB) {
      for (int i = 0; i < n; i++) {
        o[oo + i] = a[ao + i] - y;
      }
    } else {
      for (int i = 0; i < n; i++) {
        o[oo + i] = a[ao + i] * y;
      }
    }
  }

  /** The general broadcast: a dimension of extent 1 has stride 0. */
  private static void broadcast(int c, double[] a, int ao, int ra, int ca, double[] b, int bo,
      int rb, int cb, double[] o, int oo, int r, int cc) {
    int sar = ra == 1 ? 0 : ca;
    int sac = ca == 1 ? 0 : 1;
    int sbr = rb == 1 ? 0 : cb;
    int sbc = cb == 1 ? 0 : 1;
    for (int i = 0; i < r; i++) {
      int ia = ao + i * sar;
      int ib = bo + i * sbr;
      int io = oo + i * cc;
      for (int j = 0; j < cc; j++) {
        o[io + j] = Op.value(c, a[ia + j * sac], b[ib + j * sbc], NO_PARAMETERS, 0);
      }
    }
  }

  /**
   * {@code o = f(a)} elementwise for the unary operation {@code op} (NEG … ABS), with exponent
   * {@code p} for POW_CONST.
   */
  static void unary(ArrayOp op, double p, double[] a, int ao, double[] o, int oo, int n) {
    switch (op) {
      case NEG:
        for (int i = 0; i < n; i++) {
          o[oo + i] = -a[ao + i];
        }
        return;
      case SQUARE:
        for (int i = 0; i < n; i++) {
          double x = a[ao + i];
          o[oo + i] = x * x;
        }
        return;
      case POW_CONST:
        for (int i = 0; i < n; i++) {
          o[oo + i] = Math.pow(a[ao + i], p);
        }
        return;
      default:
        int c = op.scalar.ordinal();
        for (int i = 0; i < n; i++) {
          double x = a[ao + i];
          o[oo + i] = Op.value(c, x, x, NO_PARAMETERS, 0);
        }
    }
  }

  /** The value of the unary function with scalar code {@code c} at {@code a} (generated code). */
  static double unaryValue(int c, double a) {
    return Op.value(c, a, a, NO_PARAMETERS, 0);
  }

  /** The value of the binary operation with scalar code {@code c}, for generated code. */
  static double binaryValue(int c, double a, double b) {
    return Op.value(c, a, b, NO_PARAMETERS, 0);
  }

  /** The sum of {@code n} entries, left to right (the bits of a chain of scalar additions). */
  static double sum(double[] a, int ao, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) {
      s += a[ao + i];
    }
    return s;
  }

  /** The sum of {@code n} products, left to right. */
  static double dot(double[] a, int ao, double[] b, int bo, int n) {
    double s = 0.0;
    for (int i = 0; i < n; i++) {
      s += a[ao + i] * b[bo + i];
    }
    return s;
  }

  /**
   * {@code o = a · b} for an {@code r × k} and a {@code k × c} block: row by row, each row of
   * {@code o} accumulated from the rows of {@code b} (contiguous loops).
   */
  static void matmul(double[] a, int ao, double[] b, int bo, double[] o, int oo, int r, int k,
      int c) {
    for (int i = 0; i < r; i++) {
      int row = oo + i * c;
      for (int j = 0; j < c; j++) {
        o[row + j] = 0.0;
      }
      for (int p = 0; p < k; p++) {
        double x = a[ao + i * k + p];
        int bp = bo + p * c;
        for (int j = 0; j < c; j++) {
          o[row + j] += x * b[bp + j];
        }
      }
    }
  }

  /** {@code o = aᵀ} for an {@code r × c} block {@code a}. */
  static void transpose(double[] a, int ao, double[] o, int oo, int r, int c) {
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        o[oo + j * r + i] = a[ao + i * c + j];
      }
    }
  }

  /** {@code o[k] = a[from + k·step]} for {@code k < n}. */
  static void slice(double[] a, int ao, int from, int step, double[] o, int oo, int n) {
    int s = ao + from;
    if (step == 1) {
      System.arraycopy(a, s, o, oo, n);
      return;
    }
    for (int k = 0; k < n; k++) {
      o[oo + k] = a[s + k * step];
    }
  }

  /** The largest entry, a NaN if there is one (so that it propagates). */
  static double max(double[] a, int ao, int n) {
    double m = a[ao];
    for (int i = 1; i < n; i++) {
      double x = a[ao + i];
      if (Op.picksSecond(true, m, x)) {
        m = x;
      }
    }
    return m;
  }

  /** {@code log Σ exp(aᵢ)} as {@code m + log Σ exp(aᵢ − m)}, m the largest entry. */
  static double logSumExp(double[] a, int ao, int n) {
    double m = max(a, ao, n);
    if (Double.isInfinite(m)) {
      return m + 0.0 * sum(a, ao, n); // ±∞, or NaN if infinities of both signs meet
    }
    double s = 0.0;
    for (int i = 0; i < n; i++) {
      s += Math.exp(a[ao + i] - m);
    }
    return m + Math.log(s);
  }

  /** {@code o = exp(a − m) / Σ exp(a − m)}, m the largest entry. */
  static void softmax(double[] a, int ao, double[] o, int oo, int n) {
    double m = max(a, ao, n);
    double s = 0.0;
    for (int i = 0; i < n; i++) {
      double e = Math.exp(a[ao + i] - m);
      o[oo + i] = e;
      s += e;
    }
    double inv = 1.0 / s;
    for (int i = 0; i < n; i++) {
      o[oo + i] *= inv;
    }
  }
}
