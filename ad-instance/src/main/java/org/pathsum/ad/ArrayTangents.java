package org.pathsum.ad;

/**
 * The local Jacobians of the array operations applied to tangents: forward mode's step {@code ṫ_v
 * = Σ J_{v,u} · ṫ_u} over a node's operands, the same linear maps {@link ArrayAdjoints} applies
 * transposed. Written for clarity rather than speed (forward mode answers one direction per pass);
 * the tangent of a node that depends on no input is the zero its arena block holds. Allocates
 * nothing.
 */
final class ArrayTangents {

  private ArrayTangents() {}

  /** Writes node {@code v}'s tangent block from its operands' tangents; {@code d}: scratch for 2. */
  static void apply(ArrayTape t, int v, double[] x, double[] dt, double[] d) {
    ArrayOp op = t.op(v);
    int a = t.a[v];
    int b = t.b[v];
    int o = t.offset[v];
    int ao = t.offset[a];
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
        int bo = t.offset[b];
        int cc = t.cols[v];
        int sar = t.rows[a] == 1 ? 0 : t.cols[a];
        int sac = t.cols[a] == 1 ? 0 : 1;
        int sbr = t.rows[b] == 1 ? 0 : t.cols[b];
        int sbc = t.cols[b] == 1 ? 0 : 1;
        for (int i = 0; i < t.rows[v]; i++) {
          for (int j = 0; j < cc; j++) {
            int ia = ao + i * sar + j * sac;
            int ib = bo + i * sbr + j * sbc;
            Op.rule(c, x[ia], x[ib], ArrayKernels.NO_PARAMETERS, 0, d, 0);
            dt[o + i * cc + j] = d[0] * dt[ia] + d[1] * dt[ib];
          }
        }
        return;
      }
      case SUM:
        dt[o] = ArrayKernels.sum(dt, ao, t.size(a));
        return;
      case MEAN:
        dt[o] = ArrayKernels.sum(dt, ao, t.size(a)) / t.size(a);
        return;
      case DOT: {
        int bo = t.offset[b];
        dt[o] = ArrayKernels.dot(dt, ao, x, bo, n = t.size(a)) + ArrayKernels.dot(x, ao, dt, bo, n);
        return;
      }
      case MATMUL: { // Ċ = Ȧ·B + A·Ḃ
        int r = t.rows[a];
        int k = t.cols[a];
        int c = t.cols[b];
        int bo = t.offset[b];
        for (int i = 0; i < r; i++) {
          for (int j = 0; j < c; j++) {
            double s = 0.0;
            for (int p = 0; p < k; p++) {
              s += dt[ao + i * k + p] * x[bo + p * c + j] + x[ao + i * k + p] * dt[bo + p * c + j];
            }
            dt[o + i * c + j] = s;
          }
        }
        return;
      }
      case TRANSPOSE:
        ArrayKernels.transpose(dt, ao, dt, o, t.rows[a], t.cols[a]);
        return;
      case RESHAPE:
        System.arraycopy(dt, ao, dt, o, n);
        return;
      case SLICE:
        ArrayKernels.slice(dt, ao, t.from[v], t.step[v], dt, o, n);
        return;
      case CONCAT:
        System.arraycopy(dt, ao, dt, o, t.size(a));
        System.arraycopy(dt, t.offset[b], dt, o + t.size(a), t.size(b));
        return;
      case SOFTMAX: { // ṡ = s ⊙ (ȧ − ⟨s, ȧ⟩)
        double m = ArrayKernels.dot(x, o, dt, ao, n);
        for (int i = 0; i < n; i++) {
          dt[o + i] = x[o + i] * (dt[ao + i] - m);
        }
        return;
      }
      case LOG_SUM_EXP: { // ⟨softmax(a), ȧ⟩
        double s = 0.0;
        for (int i = 0, m = t.size(a); i < m; i++) {
          s += Math.exp(x[ao + i] - x[o]) * dt[ao + i];
        }
        dt[o] = s;
        return;
      }
      default: // unary elementwise: a diagonal
        for (int i = 0; i < n; i++) {
          dt[o + i] = ArrayAdjoints.unaryLabel(op, t.param[v], x[ao + i], x[o + i]) * dt[ao + i];
        }
    }
  }
}
