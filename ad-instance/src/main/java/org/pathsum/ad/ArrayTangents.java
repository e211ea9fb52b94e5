package org.pathsum.ad;

/**
 * The local Jacobians of the array operations applied to tangents: forward mode's step {@code ṫ_v
 * = Σ J_{v,u} · ṫ_u} over a node's operands, the same linear maps {@link ArrayAdjoints} applies
 * transposed. Written for clarity rather than speed (forward mode answers one direction per pass);
 * the tangent of a node that depends on no input is the zero array it starts with. Allocates
 * nothing.
 */
final class ArrayTangents {

  private ArrayTangents() {}

  /** Writes node {@code v}'s tangents from its operands' tangents; {@code d}: scratch for 2. */
  static void apply(ArrayTape t, int v, double[][] values, double[][] tangents, double[] d) {
    ArrayOp op = t.op(v);
    int a = t.a[v];
    int b = op.arity == 2 ? t.b[v] : a;
    double[] xa = values[a];
    double[] ta = tangents[a];
    double[] xb = values[b];
    double[] tb = tangents[b];
    double[] xv = values[v];
    double[] tv = tangents[v];
    int n = t.size(v);
    switch (op) {
      case INPUT:
      case CONSTANT:
        return;
      case ADD:
      case SUB:
      case MUL:
      case DIV:
      case POW:
      case MAX:
      case MIN: {
        int c = op.scalar.ordinal();
        int cc = t.cols[v];
        int sar = t.rows[a] == 1 ? 0 : t.cols[a];
        int sac = t.cols[a] == 1 ? 0 : 1;
        int sbr = t.rows[b] == 1 ? 0 : t.cols[b];
        int sbc = t.cols[b] == 1 ? 0 : 1;
        for (int i = 0; i < t.rows[v]; i++) {
          for (int j = 0; j < cc; j++) {
            int ia = i * sar + j * sac;
            int ib = i * sbr + j * sbc;
            Op.rule(c, xa[ia], xb[ib], ArrayKernels.NO_PARAMETERS, 0, d, 0);
            tv[i * cc + j] = d[0] * ta[ia] + d[1] * tb[ib];
          }
        }
        return;
      }
      case SUM:
        tv[0] = ArrayKernels.sum(ta, 0, t.size(a));
        return;
      case MEAN:
        tv[0] = ArrayKernels.sum(ta, 0, t.size(a)) / t.size(a);
        return;
      case DOT: {
        int m = t.size(a);
        tv[0] = ArrayKernels.dot(ta, 0, xb, 0, m) + ArrayKernels.dot(xa, 0, tb, 0, m);
        return;
      }
      case MATMUL: { // Ċ = Ȧ·B + A·Ḃ
        int r = t.rows[a];
        int k = t.cols[a];
        int c = t.cols[b];
        for (int i = 0; i < r; i++) {
          for (int j = 0; j < c; j++) {
            double s = 0.0;
            for (int p = 0; p < k; p++) {
              s += ta[i * k + p] * xb[p * c + j] + xa[i * k + p] * tb[p * c + j];
            }
            tv[i * c + j] = s;
          }
        }
        return;
      }
      case TRANSPOSE:
        ArrayKernels.transpose(ta, 0, tv, 0, t.rows[a], t.cols[a]);
        return;
      case RESHAPE:
        System.arraycopy(ta, 0, tv, 0, n);
        return;
      case SLICE:
        ArrayKernels.slice(ta, 0, t.from[v], t.step[v], tv, 0, n);
        return;
      case CONCAT:
        System.arraycopy(ta, 0, tv, 0, t.size(a));
        System.arraycopy(tb, 0, tv, t.size(a), t.size(b));
        return;
      case SOFTMAX: { // ṡ = s ⊙ (ȧ − ⟨s, ȧ⟩)
        double m = ArrayKernels.dot(xv, 0, ta, 0, n);
        for (int i = 0; i < n; i++) {
          tv[i] = xv[i] * (ta[i] - m);
        }
        return;
      }
      case LOG_SUM_EXP: { // ⟨softmax(a), ȧ⟩
        double s = 0.0;
        for (int i = 0, m = t.size(a); i < m; i++) {
          s += Math.exp(xa[i] - xv[0]) * ta[i];
        }
        tv[0] = s;
        return;
      }
      default: // unary elementwise: a diagonal
        for (int i = 0; i < n; i++) {
          tv[i] = ArrayAdjoints.unaryLabel(op, t.param[v], xa[i], xv[i]) * ta[i];
        }
    }
  }
}
