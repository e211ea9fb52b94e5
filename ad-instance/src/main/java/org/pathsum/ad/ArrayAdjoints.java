package org.pathsum.ad;

/**
 * The transposed local Jacobians of the array operations, applied to an adjoint: reverse mode's
 * step {@code ḡ_operand += Jᵀ · ḡ_node} for each operation, never forming {@code J}. A diagonal is
 * applied element by element with {@link Op}'s labels, a broadcast's transpose sums the adjoint
 * over the replicated dimension, a sum's sends the scalar adjoint to every entry, a slice's
 * scatters, and a matrix product's multiplies by the other operand, transposed. Each node's values
 * and adjoints are arrays of their own; an operand's adjoint array is null when it depends on no
 * input (it needs no adjoint), and then left alone. Allocates nothing.
 */
final class ArrayAdjoints {

  private ArrayAdjoints() {}

  /**
   * The adjoints of the operands of the binary elementwise operation with scalar code {@code c},
   * {@code a} of {@code ra × ca} and {@code b} of {@code rb × cb} broadcast to {@code r × cc}, from
   * the adjoint {@code g} of its value; {@code d} is scratch for two labels.
   */
  static void binary(int c, double[] va, int ra, int ca, double[] vb, int rb, int cb, int r,
      int cc, double[] g, double[] ga, double[] gb, double[] d) {
    int n = r * cc;
    boolean fast = c == Op.Code.ADD || c == Op.Code.SUB || c == Op.Code.MUL;
    if (fast && ra == rb && ca == cb) {
      if (ga != null) {
        if (c == Op.Code.MUL) {
          addProduct(vb, g, ga, n);
        } else {
          addTo(g, ga, n);
        }
      }
      if (gb != null) {
        if (c == Op.Code.MUL) {
          addProduct(va, g, gb, n);
        } else if (c == Op.Code.ADD) {
          addTo(g, gb, n);
        } else {
          subtractFrom(g, gb, n);
        }
      }
      return;
    }
    if (fast && (ra * ca == 1 || rb * cb == 1)) {
      boolean scalarA = ra * ca == 1;
      double[] vs = scalarA ? va : vb; // the scalar operand
      double[] vf = scalarA ? vb : va; // the full one
      double[] gs = scalarA ? ga : gb;
      double[] gf = scalarA ? gb : ga;
      double sign = (c == Op.Code.SUB && !scalarA) ? -1.0 : 1.0; // a − y: y's label is −1
      if (gs != null) {
        double s = c == Op.Code.MUL ? ArrayKernels.dot(vf, 0, g, 0, n) : ArrayKernels.sum(g, 0, n);
        gs[0] = sign * s + gs[0];
      }
      if (gf != null) {
        if (c == Op.Code.MUL) {
          addScaled(vs[0], g, gf, n);
        } else if (c == Op.Code.SUB && scalarA) { // x − b: b's label is −1
          subtractFrom(g, gf, n);
        } else {
          addTo(g, gf, n);
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
        int ia = i * sar + j * sac;
        int ib = i * sbr + j * sbc;
        double gi = g[i * cc + j];
        Op.rule(c, va[ia], vb[ib], ArrayKernels.NO_PARAMETERS, 0, d, 0);
        if (gb != null) {
          gb[ib] = d[1] * gi + gb[ib];
        }
        if (ga != null) {
          ga[ia] = d[0] * gi + ga[ia];
        }
      }
    }
  }

  /** {@code ga += x ⊙ g}: the transpose of a product's diagonal edge. */
  private static void addProduct(double[] x, double[] g, double[] ga, int n) {
    for (int i = 0; i < n; i++) {
      ga[i] = x[i] * g[i] + ga[i];
    }
  }

  /** {@code ga += g}: an edge labeled 1. */
  private static void addTo(double[] g, double[] ga, int n) {
    for (int i = 0; i < n; i++) {
      ga[i] = g[i] + ga[i];
    }
  }

  /** {@code ga −= g}: an edge labeled −1. */
  private static void subtractFrom(double[] g, double[] ga, int n) {
    for (int i = 0; i < n; i++) {
      ga[i] = ga[i] - g[i];
    }
  }

  /** {@code ga += w · g}: an edge labeled with the scalar w. */
  private static void addScaled(double w, double[] g, double[] ga, int n) {
    for (int i = 0; i < n; i++) {
      ga[i] = w * g[i] + ga[i];
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

  /** {@link #unaryLabel} by the operation's ordinal: for generated code, which passes constants. */
  static double unaryLabel(int op, double p, double x, double y) {
    return unaryLabel(ArrayOp.byCode(op), p, x, y);
  }

  /**
   * The label on the edge from operand {@code position} of the binary elementwise operation with
   * scalar code {@code c} at operands {@code a}, {@code b} and value {@code v}: {@link Op#rule}'s,
   * bit for bit, for generated code (no scratch array).
   */
  static double binaryPartial(int c, int position, double a, double b, double v) {
    switch (c) {
      case Op.Code.ADD:
        return 1.0;
      case Op.Code.SUB:
        return position == 0 ? 1.0 : -1.0;
      case Op.Code.MUL:
        return position == 0 ? b : a;
      case Op.Code.DIV:
        return position == 0 ? 1.0 / b : -a / (b * b);
      case Op.Code.POW:
        return position == 0 ? Op.powPartialBase(a, b) : Op.powPartialExponent(a, b, v);
      case Op.Code.MAX:
      case Op.Code.MIN:
        return (position == 1) == Op.picksSecond(c == Op.Code.MAX, a, b) ? 1.0 : 0.0;
      default:
        throw new AssertionError("no binary operation with code " + c);
    }
  }

  /** {@code ga += label ⊙ g} for the unary elementwise operation {@code op}, {@code n} entries. */
  static void unary(ArrayOp op, double p, double[] va, double[] v, double[] g, double[] ga,
      int n) {
    switch (op) {
      case NEG:
        for (int i = 0; i < n; i++) {
          ga[i] = ga[i] - g[i];
        }
        return;
      case SQUARE:
        for (int i = 0; i < n; i++) {
          double x = va[i];
          ga[i] = (x + x) * g[i] + ga[i];
        }
        return;
      case SIGMOID:
        for (int i = 0; i < n; i++) {
          double y = v[i];
          ga[i] = y * (1.0 - y) * g[i] + ga[i];
        }
        return;
      default:
        for (int i = 0; i < n; i++) {
          ga[i] = unaryLabel(op, p, va[i], v[i]) * g[i] + ga[i];
        }
    }
  }

  /** {@code ga[i] += w} for every entry: the transpose of a sum (w = ḡ) or a mean (w = ḡ/n). */
  static void spread(double w, double[] ga, int n) {
    for (int i = 0; i < n; i++) {
      ga[i] = w + ga[i];
    }
  }

  /** {@code ga[i] += g[i]}: the transpose of a copy (a reshape, a part of a concatenation). */
  static void spreadBlock(double[] g, int go, double[] ga, int n) {
    for (int i = 0; i < n; i++) {
      ga[i] = g[go + i] + ga[i];
    }
  }

  /** {@code ga += w · b}: the transpose of a dot product's edge from {@code a}. */
  static void axpy(double w, double[] vb, double[] ga, int n) {
    for (int i = 0; i < n; i++) {
      ga[i] = vb[i] * w + ga[i];
    }
  }

  /**
   * The transposes of a matrix product {@code C = A·B} (A: r × k, B: k × c) applied to its
   * adjoint {@code Ḡ}: {@code Ā += Ḡ·Bᵀ} and {@code B̄ += Aᵀ·Ḡ}, both as contiguous row updates;
   * {@code scratch} holds {@code Bᵀ} (k·c entries).
   */
  static void matmul(double[] va, double[] vb, int r, int k, int c, double[] g, double[] ga,
      double[] gb, double[] scratch) {
    if (ga != null) {
      ArrayKernels.transpose(vb, 0, scratch, 0, k, c); // scratch: Bᵀ, c × k
      for (int i = 0; i < r; i++) {
        int arow = i * k;
        for (int j = 0; j < c; j++) {
          double w = g[i * c + j];
          int brow = j * k;
          for (int p = 0; p < k; p++) {
            ga[arow + p] = w * scratch[brow + p] + ga[arow + p];
          }
        }
      }
    }
    if (gb != null) {
      for (int i = 0; i < r; i++) {
        int grow = i * c;
        for (int p = 0; p < k; p++) {
          double w = va[i * k + p];
          int brow = p * c;
          for (int j = 0; j < c; j++) {
            gb[brow + j] = w * g[grow + j] + gb[brow + j];
          }
        }
      }
    }
  }

  /** The transpose of a transpose: {@code ga[i][j] += g[j][i]}, {@code a} of {@code r × c}. */
  static void transpose(double[] g, double[] ga, int r, int c) {
    for (int i = 0; i < r; i++) {
      for (int j = 0; j < c; j++) {
        ga[i * c + j] = g[j * r + i] + ga[i * c + j];
      }
    }
  }

  /** {@code ga[from + k·step] += g[k]}: a slice's scatter. */
  static void slice(double[] g, double[] ga, int from, int step, int n) {
    for (int k = 0; k < n; k++) {
      ga[from + k * step] = g[k] + ga[from + k * step];
    }
  }

  /** {@code ga += s ⊙ (g − ⟨s, g⟩)}: the transpose of softmax's Jacobian {@code diag(s) − s·sᵀ}. */
  static void softmax(double[] s, double[] g, double[] ga, int n) {
    double t = ArrayKernels.dot(s, 0, g, 0, n);
    for (int i = 0; i < n; i++) {
      ga[i] = s[i] * (g[i] - t) + ga[i];
    }
  }

  /** {@code ga += w · exp(a − lse)}: log-sum-exp's gradient, the softmax, times its adjoint. */
  static void logSumExp(double w, double[] va, double lse, double[] ga, int n) {
    for (int i = 0; i < n; i++) {
      ga[i] = w * Math.exp(va[i] - lse) + ga[i];
    }
  }
}
