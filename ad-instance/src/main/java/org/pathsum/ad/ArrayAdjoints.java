package org.pathsum.ad;

/**
 * The transposed local Jacobians of the array operations, applied to an adjoint: reverse mode's
 * step {@code ḡ_operand += Jᵀ · ḡ_node} for each operation, never forming {@code J}. A diagonal is
 * applied element by element with {@link Op}'s labels, a broadcast's transpose sums the adjoint
 * over the replicated dimension, a sum's sends the scalar adjoint to every entry, a slice's
 * scatters, and a matrix product's multiplies by the other operand, transposed. Blocks are an
 * array and an offset, as in {@link ArrayKernels}; {@code ga}/{@code gb} are updated only when
 * {@code needA}/{@code needB} (an operand that depends on no input needs no adjoint). Allocates
 * nothing.
 */
final class ArrayAdjoints {

  private ArrayAdjoints() {}

  /**
   * The adjoints of the operands of the binary elementwise operation with scalar code {@code c},
   * {@code a} of {@code ra × ca} and {@code b} of {@code rb × cb} broadcast to {@code r × cc}, from
   * the adjoint {@code g} of its value; {@code d} is scratch for two labels.
   */
  static void binary(int c, double[] v, int ao, int ra, int ca, int bo, int rb, int cb, int r,
      int cc, double[] g, int go, boolean needA, boolean needB, double[] d) {
    int n = r * cc;
    boolean fast = c == Op.Code.ADD || c == Op.Code.SUB || c == Op.Code.MUL;
    if (fast && ra == rb && ca == cb) {
      if (needA) {
        if (c == Op.Code.MUL) {
          for (int i = 0; i < n; i++) {
            g[ao + i] = v[bo + i] * g[go + i] + g[ao + i];
          }
        } else {
          for (int i = 0; i < n; i++) {
            g[ao + i] = g[go + i] + g[ao + i];
          }
        }
      }
      if (needB) {
        if (c == Op.Code.MUL) {
          for (int i = 0; i < n; i++) {
            g[bo + i] = v[ao + i] * g[go + i] + g[bo + i];
          }
        } else if (c == Op.Code.ADD) {
          for (int i = 0; i < n; i++) {
            g[bo + i] = g[go + i] + g[bo + i];
          }
        } else {
          for (int i = 0; i < n; i++) {
            g[bo + i] = g[bo + i] - g[go + i];
          }
        }
      }
      return;
    }
    if (fast && (ra * ca == 1 || rb * cb == 1)) {
      boolean scalarA = ra * ca == 1;
      int so = scalarA ? ao : bo; // the scalar operand
      int fo = scalarA ? bo : ao; // the full one
      boolean needScalar = scalarA ? needA : needB;
      boolean needFull = scalarA ? needB : needA;
      double sign = (c == Op.Code.SUB && !scalarA) ? -1.0 : 1.0; // a − y: y's label is −1
      if (needScalar) {
        double s = 0.0;
        if (c == Op.Code.MUL) {
          for (int i = 0; i < n; i++) {
            s += v[fo + i] * g[go + i];
          }
        } else {
          for (int i = 0; i < n; i++) {
            s += g[go + i];
          }
        }
        g[so] = sign * s + g[so];
      }
      if (needFull) {
        if (c == Op.Code.MUL) {
          double x = v[so];
          for (int i = 0; i < n; i++) {
            g[fo + i] = x * g[go + i] + g[fo + i];
          }
        } else if (c == Op.Code.SUB && scalarA) { // x − b: b's label is −1
          for (int i = 0; i < n; i++) {
            g[fo + i] = g[fo + i] - g[go + i];
          }
        } else {
          for (int i = 0; i < n; i++) {
            g[fo + i] = g[go + i] + g[fo + i];
          }
        }
      }
      return;
    }
    int sar = ra == 1 ? 0 : ca;
    int sac = ca == 1 ? 0 : 1;
    int sbr = rb == 1 ? 0 : cb;
    int sbc = cb == 1 ? 0 : 1;
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < cc; j++) {
        int ia = ao + i * sar + j * sac;
        int ib = bo + i * sbr + j * sbc;
        double gi = g[go + i * cc + j];
        Op.rule(c, v[ia], v[ib], ArrayKernels.NO_PARAMETERS, 0, d, 0);
        if (needB) {
          g[ib] = d[1] * gi + g[ib];
        }
        if (needA) {
          g[ia] = d[0] * gi + g[ia];
        }
      }
    }
  }

  /**
   * The label of the unary elementwise operation {@code op} at the operand {@code x} with value
   * {@code y}: {@link Op}'s rule, bit for bit (where the rule derives the label from the value, so
   * does this).
   */
  static double unaryLabel(ArrayOp op, double p, double x, double y) {
    switch (op) {
      case NEG:
        return -1.0;
      case SQUARE:
        return x + x;
      case POW_CONST:
        return Op.powPartialBase(x, p);
      case SIN:
        return Math.cos(x);
      case COS:
        return -Math.sin(x);
      case TAN:
        return 1.0 + y * y;
      case EXP:
        return y;
      case LOG:
        return 1.0 / x;
      case SQRT:
        return 0.5 / y;
      case TANH:
        return 1.0 - y * y;
      case SIGMOID:
        return y * (1.0 - y);
      case RELU:
        return x > 0 ? 1.0 : 0.0;
      case ABS:
        return Op.sign(x);
      default:
        throw new AssertionError(op + " is not a unary elementwise operation");
    }
  }

  /** {@code ga += label ⊙ g} for the unary elementwise operation {@code op} on {@code n} entries. */
  static void unary(ArrayOp op, double p, double[] v, int ao, int vo, double[] g, int go, int n) {
    switch (op) {
      case NEG:
        for (int i = 0; i < n; i++) {
          g[ao + i] = g[ao + i] - g[go + i];
        }
        return;
      case SQUARE:
        for (int i = 0; i < n; i++) {
          double x = v[ao + i];
          g[ao + i] = (x + x) * g[go + i] + g[ao + i];
        }
        return;
      case SIGMOID:
        for (int i = 0; i < n; i++) {
          double y = v[vo + i];
          g[ao + i] = y * (1.0 - y) * g[go + i] + g[ao + i];
        }
        return;
      default:
        for (int i = 0; i < n; i++) {
          double label = unaryLabel(op, p, v[ao + i], v[vo + i]);
          g[ao + i] = label * g[go + i] + g[ao + i];
        }
    }
  }

  /** {@code ga[i] += w} for every entry: the transpose of a sum (w = ḡ) or a mean (w = ḡ/n). */
  static void spread(double w, double[] g, int ao, int n) {
    for (int i = 0; i < n; i++) {
      g[ao + i] = w + g[ao + i];
    }
  }

  /** {@code ga[i] += g[i]}: the transpose of a copy (a reshape, a part of a concatenation). */
  static void spreadBlock(double[] g, int go, int gao, int n) {
    for (int i = 0; i < n; i++) {
      g[gao + i] = g[go + i] + g[gao + i];
    }
  }

  /** {@code ga += w · b}: the transpose of a dot product's edge from {@code a}. */
  static void axpy(double w, double[] v, int bo, double[] g, int ao, int n) {
    for (int i = 0; i < n; i++) {
      g[ao + i] = v[bo + i] * w + g[ao + i];
    }
  }

  /**
   * The transposes of a matrix product {@code C = A·B} (A: r × k, B: k × c) applied to its
   * adjoint {@code Ḡ}: {@code Ā += Ḡ·Bᵀ} and {@code B̄ += Aᵀ·Ḡ}, both as contiguous row updates;
   * {@code scratch} holds {@code Bᵀ} (k·c entries).
   */
  static void matmul(double[] v, int ao, int bo, int r, int k, int c, double[] g, int go,
      int gao, int gbo, boolean needA, boolean needB, double[] scratch) {
    if (needA) {
      ArrayKernels.transpose(v, bo, scratch, 0, k, c); // scratch: Bᵀ, c × k
      for (int i = 0; i < r; i++) {
        int arow = gao + i * k;
        for (int j = 0; j < c; j++) {
          double w = g[go + i * c + j];
          int brow = j * k;
          for (int p = 0; p < k; p++) {
            g[arow + p] = w * scratch[brow + p] + g[arow + p];
          }
        }
      }
    }
    if (needB) {
      for (int i = 0; i < r; i++) {
        int grow = go + i * c;
        for (int p = 0; p < k; p++) {
          double w = v[ao + i * k + p];
          int brow = gbo + p * c;
          for (int j = 0; j < c; j++) {
            g[brow + j] = w * g[grow + j] + g[brow + j];
          }
        }
      }
    }
  }

  /** The transpose of a transpose: {@code ga[i][j] += g[j][i]}, {@code a} of {@code r × c}. */
  static void transpose(double[] g, int go, int gao, int r, int c) {
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        g[gao + i * c + j] = g[go + j * r + i] + g[gao + i * c + j];
      }
    }
  }

  /** {@code ga[from + k·step] += g[k]}: a slice's scatter. */
  static void slice(double[] g, int go, int gao, int from, int step, int n) {
    int s = gao + from;
    for (int k = 0; k < n; k++) {
      g[s + k * step] = g[go + k] + g[s + k * step];
    }
  }

  /** {@code ga += s ⊙ (g − ⟨s, g⟩)}: the transpose of softmax's Jacobian {@code diag(s) − s·sᵀ}. */
  static void softmax(double[] v, int so, double[] g, int go, int gao, int n) {
    double t = ArrayKernels.dot(v, so, g, go, n);
    for (int i = 0; i < n; i++) {
      g[gao + i] = v[so + i] * (g[go + i] - t) + g[gao + i];
    }
  }

  /** {@code ga += w · exp(a − lse)}: log-sum-exp's gradient, the softmax, times its adjoint. */
  static void logSumExp(double w, double[] v, int ao, double lse, double[] g, int gao, int n) {
    for (int i = 0; i < n; i++) {
      g[gao + i] = w * Math.exp(v[ao + i] - lse) + g[gao + i];
    }
  }
}
