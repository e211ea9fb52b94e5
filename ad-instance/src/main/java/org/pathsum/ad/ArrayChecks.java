package org.pathsum.ad;

/**
 * The finiteness checks of array nodes, and the refusal that names the first non-finite value or
 * label: the entry, its node, its operation. {@link ArrayEngine} runs the cheap checks on every
 * gradient and the diagnosis only when one fails.
 */
final class ArrayChecks {

  private ArrayChecks() {}

  /** Whether {@code n} entries from {@code o} are all finite; four chains, no branch. */
  static boolean finite(double[] x, int n) {
    int o = 0;
    double s0 = 0.0;
    double s1 = 0.0;
    double s2 = 0.0;
    double s3 = 0.0;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += x[o + i] * 0.0;
      s1 += x[o + i + 1] * 0.0;
      s2 += x[o + i + 2] * 0.0;
      s3 += x[o + i + 3] * 0.0;
    }
    for (; i < n; i++) {
      s0 += x[o + i] * 0.0;
    }
    return s0 + s1 + s2 + s3 == 0.0; // x·0 is NaN exactly for a NaN or an infinite x
  }

  /** Whether every local partial of elementwise node {@code v} is finite; true for the others. */
  static boolean labelsFinite(ArrayTape t, int v, double[][] x, double[] d) {
    return firstNonFiniteLabel(t, v, x, d) < 0;
  }

  /**
   * The first element of elementwise node {@code v} with a non-finite label, as {@code element·2 +
   * operand position}, or −1; {@code d[0]} then holds the label.
   */
  static long firstNonFiniteLabel(ArrayTape t, int v, double[][] x, double[] d) {
    ArrayOp op = t.op(v);
    int a = t.a[v];
    if (op.isUnaryElementwise()) {
      for (int i = 0, n = t.size(v); i < n; i++) {
        double label = ArrayAdjoints.unaryLabel(op, t.param[v], x[a][i], x[v][i]);
        if (!Double.isFinite(label)) {
          d[0] = label;
          return 2L * i;
        }
      }
    } else if (op.isBinaryElementwise()) {
      int b = t.b[v];
      int c = op.scalar.ordinal();
      int r = t.rows[v];
      int cc = t.cols[v];
      int sar = t.rows[a] == 1 ? 0 : t.cols[a];
      int sac = t.cols[a] == 1 ? 0 : 1;
      int sbr = t.rows[b] == 1 ? 0 : t.cols[b];
      int sbc = t.cols[b] == 1 ? 0 : 1;
      for (int i = 0; i < r; i++) {
        for (int j = 0; j < cc; j++) {
          double xa = x[a][i * sar + j * sac];
          double xb = x[b][i * sbr + j * sbc];
          Op.rule(c, xa, xb, ArrayKernels.NO_PARAMETERS, 0, d, 0);
          for (int k = 0; k < 2; k++) {
            if (!Double.isFinite(d[k])) {
              d[0] = d[k];
              return 2L * (i * cc + j) + k;
            }
          }
        }
      }
    }
    return -1;
  }

  /**
   * The refusal of the first live node, in index order, with a non-finite value or label: its
   * value is checked before the labels on its in-edges, as the scalar tape does.
   */
  static NonFiniteValueException diagnose(ArrayTape tape, String[] inputNameOfNode, double[][] x,
      double[] d) {
    for (int v = 0; v <= tape.output; v++) {
      if (!tape.live[v]) {
        continue;
      }
      for (int i = 0, n = tape.size(v); i < n; i++) {
        if (!Double.isFinite(x[v][i])) {
          return exception(tape, inputNameOfNode, v, x[v][i], -1, i);
        }
      }
      long label = firstNonFiniteLabel(tape, v, x, d);
      if (label >= 0) {
        return exception(tape, inputNameOfNode, v, d[0], (int) (label & 1), (int) (label >>> 1));
      }
    }
    throw new AssertionError("a finiteness check failed but no node is non-finite");
  }

  private static NonFiniteValueException exception(ArrayTape tape, String[] inputNameOfNode, int v,
      double value, int position, int element) {
    String name = inputNameOfNode[v];
    String what =
        (name == null ? "" : "'" + name + "' ")
            + tape.describe(v).replace(")", ", element " + element + ")");
    return new NonFiniteValueException(
        v, tape.op(v).scalar, tape.operands(v), value, position, what, element);
  }
}
