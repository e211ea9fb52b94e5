package org.pathsum.solver.internal.cyclic;

import java.util.SplittableRandom;

/**
 * A test graph as an edge list, with its CSR in either direction, and the dense references the
 * component-solver tests compare against (written independently of the solvers: plain Gaussian
 * elimination, walk-layer sums, Bellman–Ford rounds).
 */
final class EdgeListCsr {

  final int n;
  final int[] from;
  final int[] to;
  final double[] weight;

  EdgeListCsr(int n, int[] from, int[] to, double[] weight) {
    this.n = n;
    this.from = from;
    this.to = to;
    this.weight = weight;
  }

  /** The seed of the running randomized test, for {@link PrintSeedOnFailure}. */
  static volatile Long lastSeed;

  /** The base of the default seeds: the tests are reproducible unless a seed is given. */
  static final long DEFAULT_SEED = 0x5eed_2026_1130L;

  /**
   * A test's random seed: {@code -Dpathsum.seed=…} if given (to reproduce a failure or to explore
   * other seeds), otherwise a fixed seed derived from {@link #DEFAULT_SEED} and {@code test} (the
   * test class's name), so every run draws the same graphs; printed by {@link PrintSeedOnFailure}
   * if the test fails, and named in the assertion messages.
   */
  static long seed(String test) {
    Long given = Long.getLong("pathsum.seed");
    long seed = given != null ? given : DEFAULT_SEED ^ (31L * test.hashCode());
    lastSeed = seed;
    return seed;
  }

  int m() {
    return from.length;
  }

  /** A CSR: rows by {@code rowOf}, entries point at {@code colOf}; position {@code order[k]}. */
  static final class Csr {
    final int[] offsets;
    final int[] targets;
    final double[] weights;
    /** The edge-list index of each CSR position. */
    final int[] edge;

    Csr(int[] offsets, int[] targets, double[] weights, int[] edge) {
      this.offsets = offsets;
      this.targets = targets;
      this.weights = weights;
      this.edge = edge;
    }
  }

  /** Out-edges: row u lists the heads v of u → v (push form, direction of the edges). */
  Csr out() {
    return build(from, to);
  }

  /** In-edges: row v lists the tails u of u → v (pull form for a forward solve). */
  Csr in() {
    return build(to, from);
  }

  private Csr build(int[] rows, int[] cols) {
    int m = m();
    int[] offsets = new int[n + 1];
    for (int k = 0; k < m; k++) {
      offsets[rows[k] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      offsets[i + 1] += offsets[i];
    }
    int[] fill = offsets.clone();
    int[] targets = new int[m];
    double[] weights = new double[m];
    int[] edge = new int[m];
    for (int k = 0; k < m; k++) {
      int at = fill[rows[k]]++;
      targets[at] = cols[k];
      weights[at] = weight[k];
      edge[at] = k;
    }
    return new Csr(offsets, targets, weights, edge);
  }

  /**
   * A random strongly connected multigraph: a Hamiltonian cycle in random order plus {@code extra}
   * random edges (parallel edges and self-loops occur); weights from {@code w}.
   */
  static EdgeListCsr stronglyConnected(
      SplittableRandom rnd, int n, int extra, java.util.function.ToDoubleFunction<SplittableRandom> w) {
    int m = n + extra;
    int[] from = new int[m];
    int[] to = new int[m];
    double[] weight = new double[m];
    int[] perm = permutation(rnd, n);
    for (int i = 0; i < n; i++) {
      from[i] = perm[i];
      to[i] = perm[(i + 1) % n];
    }
    for (int k = n; k < m; k++) {
      from[k] = rnd.nextInt(n);
      to[k] = rnd.nextInt(n);
    }
    for (int k = 0; k < m; k++) {
      weight[k] = w.applyAsDouble(rnd);
    }
    return new EdgeListCsr(n, from, to, weight);
  }

  /** A random multigraph with uniformly random ends (any structure). */
  static EdgeListCsr random(
      SplittableRandom rnd, int n, int m, java.util.function.ToDoubleFunction<SplittableRandom> w) {
    int[] from = new int[m];
    int[] to = new int[m];
    double[] weight = new double[m];
    for (int k = 0; k < m; k++) {
      from[k] = rnd.nextInt(n);
      to[k] = rnd.nextInt(n);
      weight[k] = w.applyAsDouble(rnd);
    }
    return new EdgeListCsr(n, from, to, weight);
  }

  static int[] permutation(SplittableRandom rnd, int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  /** The same graph with every weight multiplied by {@code f}. */
  EdgeListCsr scaled(double f) {
    double[] w = weight.clone();
    for (int k = 0; k < w.length; k++) {
      w[k] *= f;
    }
    return new EdgeListCsr(n, from, to, w);
  }

  /** Dense |A| with A[u][v] = Σ |w(u → v)|. */
  double[][] denseAbs() {
    double[][] a = new double[n][n];
    for (int k = 0; k < m(); k++) {
      a[from[k]][to[k]] += Math.abs(weight[k]);
    }
    return a;
  }

  /** Dense A with A[u][v] = Σ w(u → v). */
  double[][] dense() {
    double[][] a = new double[n][n];
    for (int k = 0; k < m(); k++) {
      a[from[k]][to[k]] += weight[k];
    }
    return a;
  }

  /**
   * The forward solution {@code x = b + Aᵀx} (x_v = b_v + Σ_{u→v} x_u w) by Gaussian elimination
   * with partial pivoting on {@code I − Aᵀ}, independent of the solver's LU.
   */
  static double[] forwardDense(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int v = 0; v < n; v++) {
      for (int u = 0; u < n; u++) {
        m[v][u] = (u == v ? 1 : 0) - a[u][v];
      }
      m[v][n] = b[v];
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
          p = r;
        }
      }
      double[] t = m[p];
      m[p] = m[c];
      m[c] = t;
      for (int r = 0; r < n; r++) {
        if (r != c && m[r][c] != 0) {
          double f = m[r][c] / m[c][c];
          for (int j = c; j <= n; j++) {
            m[r][j] -= f * m[c][j];
          }
        }
      }
    }
    double[] x = new double[n];
    for (int v = 0; v < n; v++) {
      x[v] = m[v][n] / m[v][v];
    }
    return x;
  }

  /**
   * ρ of a non-negative matrix, independent of power iteration and of Collatz–Wielandt bounds: ρ
   * is the largest ρ of the diagonal blocks of the Frobenius normal form, i.e. of the strongly
   * connected components of the non-zero pattern (Warshall closure); a vertex on no cycle is a
   * zero 1×1 block, so an acyclic (nilpotent) matrix has ρ = 0 exactly. Each irreducible block's ρ
   * comes from the M-matrix criterion ({@code ρ(B) < t} iff {@code tI − B} is non-singular with a
   * non-negative inverse), bisected to a relative 1e-7 between its smallest and largest row sums.
   *
   * <p>An earlier version bisected the whole matrix from 0: on a nilpotent matrix the inverse of
   * {@code tI − B} for tiny t has entries up to t^−n, its rounding noise looked like negative
   * entries, and the reference reported ρ ≈ 6e-7 instead of 0 (seed -2281978410627561182 of
   * {@code SpectralRadiusCertificateTest}, pinned there).
   */
  static double spectralRadius(double[][] b) {
    int n = b.length;
    boolean[][] reach = new boolean[n][n]; // a walk of at least one edge i -> j
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        reach[i][j] = b[i][j] != 0;
      }
    }
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < n; i++) {
        if (reach[i][k]) {
          for (int j = 0; j < n; j++) {
            reach[i][j] |= reach[k][j];
          }
        }
      }
    }
    double rho = 0;
    boolean[] done = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (done[i] || !reach[i][i]) {
        continue;
      }
      int[] members = new int[n];
      int size = 0;
      for (int j = 0; j < n; j++) {
        if (j == i || (reach[i][j] && reach[j][i])) {
          members[size++] = j;
          done[j] = true;
        }
      }
      double[][] block = new double[size][size];
      for (int r = 0; r < size; r++) {
        for (int c = 0; c < size; c++) {
          block[r][c] = b[members[r]][members[c]];
        }
      }
      rho = Math.max(rho, irreducibleRadius(block));
    }
    return rho;
  }

  /** ρ of an irreducible non-negative block with at least one non-zero entry, by bisection. */
  private static double irreducibleRadius(double[][] b) {
    double hi = 0;
    double lo = Double.POSITIVE_INFINITY;
    for (double[] row : b) {
      double s = 0;
      for (double v : row) {
        s += v;
      }
      hi = Math.max(hi, s);
      lo = Math.min(lo, s);
    }
    hi *= 1.0001;
    lo *= 0.9999;
    while (hi - lo > 1e-7 * hi) {
      double t = (lo + hi) / 2;
      if (inverseNonNegative(b, t)) {
        hi = t;
      } else {
        lo = t;
      }
    }
    return (lo + hi) / 2;
  }

  /**
   * ρ(|A|) of the edge list by 3000 steps of power iteration on |A| + I (for scaling large test
   * graphs; cheaper than {@link #spectralRadius} and accurate enough to aim at a target ρ).
   */
  double powerRadius() {
    double[] x = new double[n];
    java.util.Arrays.fill(x, 1);
    double est = 0;
    for (int it = 0; it < 3000; it++) {
      double[] y = x.clone();
      for (int k = 0; k < m(); k++) {
        y[from[k]] += Math.abs(weight[k]) * x[to[k]];
      }
      double max = 0;
      for (double v : y) {
        max = Math.max(max, v);
      }
      double xmax = 0;
      for (double v : x) {
        xmax = Math.max(xmax, v);
      }
      est = max / xmax - 1;
      for (int i = 0; i < n; i++) {
        x[i] = y[i] / max;
      }
    }
    return est;
  }

  private static boolean inverseNonNegative(double[][] b, double t) {
    int n = b.length;
    double[][] m = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = (i == j ? t : 0) - b[i][j];
      }
      m[i][n + i] = 1;
    }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
          p = r;
        }
      }
      if (Math.abs(m[p][c]) < 1e-300) {
        return false;
      }
      double[] tmp = m[p];
      m[p] = m[c];
      m[c] = tmp;
      for (int r = 0; r < n; r++) {
        if (r != c && m[r][c] != 0) {
          double f = m[r][c] / m[c][c];
          for (int j = c; j < 2 * n; j++) {
            m[r][j] -= f * m[c][j];
          }
        }
      }
    }
    double max = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        max = Math.max(max, Math.abs(m[i][n + j] / m[i][i]));
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (m[i][n + j] / m[i][i] < -1e-9 * max) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The forward sum over walks of at most {@code layers} edges, layer by layer (walk-length
   * dynamic programming, the brute-force definition summed in order of length).
   */
  double[] forwardWalkSums(double[] b, int layers) {
    double[] total = b.clone();
    double[] layer = b.clone();
    for (int l = 0; l < layers; l++) {
      double[] nextLayer = new double[n];
      for (int k = 0; k < m(); k++) {
        nextLayer[to[k]] += layer[from[k]] * weight[k];
      }
      for (int v = 0; v < n; v++) {
        total[v] += nextLayer[v];
      }
      layer = nextLayer;
    }
    return total;
  }
}
