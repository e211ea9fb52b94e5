package org.pathsum.solver.internal.cyclic;

import java.util.Arrays;

/**
 * The form in which {@link SeriesComponentSolver} iterates over a component's checked equation
 * rows: self-loops folded into the diagonal, weights made linear, the dense LU factors for a small
 * component; with the fused sweep of {@link SeriesComponentSolver#certifyAndSolve}, the transpose
 * of an edge CSR and the conversion of a right-hand side. Package-private, mutable only while
 * built; the arrays are shared with the solver it makes.
 */
final class SeriesRows {
  final int n;
  final boolean log;
  final int[] offsets;
  final int[] targets;
  final double[] coefficients;
  final double[] inverseDiagonal;
  /** Σ |a_ii| per vertex, or null without self-loops (the certificate's share of the diagonal). */
  final double[] absDiagonal;
  final double[] logCoefficients;
  final double[] logDiagonalTerm;
  final double[] lu;
  final int[] pivot;

  /**
   * @param magnitudes {@link SpectralRadiusCertificate#magnitudes}: the real weights, or e^w
   */
  SeriesRows(
      int n,
      int[] offsets,
      int[] targets,
      double[] weights,
      double[] magnitudes,
      boolean logWeights,
      int denseLimit) {
    this.n = n;
    this.log = logWeights;
    int m = offsets[n];
    if (n <= denseLimit) {
      lu = new double[n * n];
      for (int i = 0; i < n; i++) {
        for (int k = offsets[i]; k < offsets[i + 1]; k++) {
          lu[i * n + targets[k]] -= magnitudes[k];
        }
        lu[i * n + i] += 1;
      }
      pivot = factorize(n, lu);
    } else {
      lu = null;
      pivot = null;
    }
    boolean selfLoops = false;
    for (int i = 0; i < n && !selfLoops; i++) {
      for (int k = offsets[i]; k < offsets[i + 1]; k++) {
        if (targets[k] == i) {
          selfLoops = true;
          break;
        }
      }
    }
    if (!selfLoops) {
      this.offsets = offsets;
      this.targets = targets;
      this.coefficients = magnitudes; // the real weights themselves, or e^w
      this.logCoefficients = logWeights ? weights : null;
      this.inverseDiagonal = null;
      this.absDiagonal = null;
      this.logDiagonalTerm = null;
      return;
    }
    int[] offs = new int[n + 1];
    int[] tgts = new int[m];
    double[] coef = new double[m];
    double[] logCoef = logWeights ? new double[m] : null;
    double[] diag = new double[n];
    double[] absDiag = new double[n];
    int out = 0;
    for (int i = 0; i < n; i++) {
      offs[i] = out;
      for (int k = offsets[i]; k < offsets[i + 1]; k++) {
        double a = magnitudes[k];
        if (targets[k] == i) {
          diag[i] += a;
          absDiag[i] += Math.abs(a);
        } else {
          if (logWeights) {
            logCoef[out] = weights[k];
          }
          tgts[out] = targets[k];
          coef[out++] = a;
        }
      }
    }
    offs[n] = out;
    double[] invDiag = new double[n];
    double[] logDiag = logWeights ? new double[n] : null;
    for (int i = 0; i < n; i++) {
      invDiag[i] = 1 / (1 - diag[i]);
      if (logWeights) {
        logDiag[i] = -Math.log1p(-diag[i]);
      }
    }
    this.offsets = offs;
    this.targets = tgts;
    this.coefficients = coef;
    this.logCoefficients = logCoef;
    this.inverseDiagonal = invDiag;
    this.absDiagonal = absDiag;
    this.logDiagonalTerm = logDiag;
  }

  SeriesComponentSolver solver(SpectralRadiusCertificate cert) {
    return new SeriesComponentSolver(
        n,
        log,
        offsets,
        targets,
        coefficients,
        inverseDiagonal,
        cert,
        lu,
        pivot,
        logCoefficients,
        logDiagonalTerm);
  }

  /**
   * One pass over the rows doing two things: a Gauss–Seidel sweep of {@code x = b + Ax} (in
   * place, in linear space) and the certificate's product {@code y = |A|c} (c unchanged). Both
   * read the same entries, so the product costs little beyond the sweep. Row i's product is the
   * sum of its original entries' {@code |a_ij| c_j}, self-loops pre-added, as {@link
   * SpectralRadiusCertificate.Iteration#bounds} requires.
   *
   * @return false if some value of x left the double range (x is then useless)
   */
  boolean fusedSweep(double[] b, double[] x, double[] c, double[] y) {
    double[] coef = coefficients;
    int[] tgts = targets;
    boolean finite = true;
    for (int i = 0; i < n; i++) {
      double s0 = b[i];
      double s1 = 0;
      double p0 = 0;
      double p1 = 0;
      int k = offsets[i];
      int end = offsets[i + 1];
      for (; k + 1 < end; k += 2) {
        int t0 = tgts[k];
        int t1 = tgts[k + 1];
        double a0 = coef[k];
        double a1 = coef[k + 1];
        s0 += a0 * x[t0];
        s1 += a1 * x[t1];
        p0 += Math.abs(a0) * c[t0];
        p1 += Math.abs(a1) * c[t1];
      }
      if (k < end) {
        int t0 = tgts[k];
        double a0 = coef[k];
        s0 += a0 * x[t0];
        p0 += Math.abs(a0) * c[t0];
      }
      double s = s0 + s1;
      double p = p0 + p1;
      if (inverseDiagonal != null) {
        s *= inverseDiagonal[i];
        p += absDiagonal[i] * c[i];
      }
      y[i] = p;
      x[i] = s;
      finite &= Math.abs(s) <= Double.MAX_VALUE;
    }
    return finite;
  }

  /**
   * LU with partial pivoting in place; returns the row swaps (row i was swapped with pivot[i]).
   * I − A is non-singular when ρ(|A|) &lt; 1, so no pivot is zero in exact arithmetic.
   */
  private static int[] factorize(int n, double[] a) {
    int[] pivot = new int[n];
    for (int col = 0; col < n; col++) {
      int p = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(a[r * n + col]) > Math.abs(a[p * n + col])) {
          p = r;
        }
      }
      pivot[col] = p;
      if (p != col) {
        for (int j = 0; j < n; j++) {
          double t = a[p * n + j];
          a[p * n + j] = a[col * n + j];
          a[col * n + j] = t;
        }
      }
      double d = a[col * n + col];
      for (int r = col + 1; r < n; r++) {
        double f = a[r * n + col] / d;
        a[r * n + col] = f;
        if (f != 0) {
          for (int j = col + 1; j < n; j++) {
            a[r * n + j] -= f * a[col * n + j];
          }
        }
      }
    }
    return pivot;
  }

  /** The transpose of a checked CSR. */
  static final class Transposed {
    final int[] offsets;
    final int[] targets;
    final double[] weights;

    Transposed(int n, int[] offsets, int[] targets, double[] weights) {
      LocalCycles.checkCsr(n, offsets, targets, weights);
      int m = offsets[n];
      int[] tOffsets = new int[n + 1];
      for (int k = 0; k < m; k++) {
        tOffsets[targets[k] + 1]++;
      }
      for (int i = 0; i < n; i++) {
        tOffsets[i + 1] += tOffsets[i];
      }
      int[] fill = Arrays.copyOf(tOffsets, n);
      int[] tTargets = new int[m];
      double[] tWeights = new double[m];
      for (int u = 0; u < n; u++) {
        for (int k = offsets[u]; k < offsets[u + 1]; k++) {
          int at = fill[targets[k]]++;
          tTargets[at] = u;
          tWeights[at] = weights[k];
        }
      }
      this.offsets = tOffsets;
      this.targets = tTargets;
      this.weights = tWeights;
    }
  }

  /** A right-hand side in linear space: log values shifted by their maximum. */
  static final class Inflow {
    final double[] rhs;
    final boolean[] inflow;
    final double shift;
    /** Log mode: a copy of b (logs), which x may overwrite; otherwise null. */
    final double[] logB;

    private Inflow(double[] rhs, boolean[] inflow, double shift, double[] logB) {
      this.rhs = rhs;
      this.inflow = inflow;
      this.shift = shift;
      this.logB = logB;
    }

    /**
     * Checks b and converts it; null if b is 0̄ everywhere under the log semiring (the solution
     * is then 0̄ everywhere).
     */
    static Inflow of(int n, double[] b, boolean log) {
      double shift = 0;
      double[] rhs = new double[n];
      boolean[] inflow = new boolean[n];
      if (log) {
        shift = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
          if (Double.isNaN(b[i]) || b[i] == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                "b[" + i + "] = " + b[i] + " is not in the log carrier");
          }
          shift = Math.max(shift, b[i]);
        }
        if (shift == Double.NEGATIVE_INFINITY) {
          return null;
        }
        for (int i = 0; i < n; i++) {
          rhs[i] = Math.exp(b[i] - shift);
          inflow[i] = b[i] > Double.NEGATIVE_INFINITY;
        }
      } else {
        for (int i = 0; i < n; i++) {
          if (!Double.isFinite(b[i])) {
            throw new IllegalArgumentException("b[" + i + "] = " + b[i] + " is not a finite real");
          }
          rhs[i] = b[i];
          inflow[i] = b[i] != 0;
        }
      }
      return new Inflow(rhs, inflow, shift, log ? Arrays.copyOf(b, n) : null);
    }
  }
}
