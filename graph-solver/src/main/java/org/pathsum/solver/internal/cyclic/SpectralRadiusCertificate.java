package org.pathsum.solver.internal.cyclic;

import java.util.Arrays;

/**
 * A proven enclosure {@code lower ≤ ρ(|A|) ≤ upper} of the spectral radius of the matrix of
 * absolute edge weights of a component, with the positive vector that proves the upper bound. It
 * decides whether a real or log sum over the component's infinitely many paths is defined (exactly
 * when ρ(|A|) &lt; 1: then the series converges absolutely and its value does not depend on the
 * order of summation), and its vector and bound give the iterative solver its stopping rule
 * ({@link SeriesComponentSolver}).
 *
 * <p><b>Input.</b> A local CSR: {@code n} vertices, row {@code i} holds the positions {@code
 * offsets[i] .. offsets[i+1]-1} of {@code targets} and {@code weights}; entry {@code k} of row
 * {@code i} is the matrix entry {@code A[i][targets[k]]}; parallel entries add up. ρ(|A|) = ρ(|Aᵀ|),
 * so the in-edge and the out-edge CSR give the same bounds, but the vector proves the bound for the
 * rows as given: pass the rows the solver will iterate over. {@code logWeights} says the weights
 * are logarithms (the log semiring): then {@code |A[i][j]| = e^w}.
 *
 * <p><b>Algorithm.</b> Collatz–Wielandt bounds: for every vector {@code x > 0}, {@code min_i
 * (|A|x)_i / x_i ≤ ρ(|A|) ≤ max_i (|A|x)_i / x_i}; both hold for every non-negative matrix,
 * irreducible or not (the lower bound needs only {@code x ≥ 0, x ≠ 0}). The vectors come from
 * power iteration on {@code |A| + I}, which has the same Perron vector and is primitive when {@code
 * |A|} is irreducible (so periodic components converge too) and keeps every entry positive (zero
 * rows do not zero the vector). The best bounds over all iterations are kept; iteration stops once
 * ρ &lt; 1 is proven and another product would improve the solver's stopping factor γ/(1−γ) by less
 * than 10 %, or the bounds are within 10 % of 1 − γ of each other. If that does not
 * separate ρ from 1 within the budget, a second phase iterates {@code x ← 1 + |A|x} (Gauss–Seidel
 * order, alternating the direction of the sweeps), whose limit {@code (I − |A|)⁻¹1} exists exactly
 * when ρ &lt; 1 and certifies it: this proves long weighted cycles, where power iteration mixes
 * slowly, in a few sweeps.
 *
 * <p><b>Soundness in floating point.</b> Each ratio is widened by the rounding of its row: the
 * upper bound is multiplied by {@code 1 + 2(deg_i + 4)·2⁻⁵²}, the lower bound by {@code 1 − 2(deg_i
 * + 4)·2⁻⁵²} (summation of {@code deg_i} non-negative products, one division, and {@code exp}
 * within one ulp), and the sum by {@code deg_i · 2⁻¹⁰⁷⁴} against products that underflow (for a
 * sum of at least 2⁻⁹⁰⁰ that term is below the slack's spare and is left out, which keeps subnormal
 * operands, very slow on common hardware, out of the loop). A verdict is therefore never an
 * artefact of rounding. Any summation order is covered, so a caller may compute the products
 * itself (the series solver fuses them with its sweeps).
 *
 * <p><b>Verdicts.</b> {@link #provesConvergence()} when {@code upper < 1}; {@link
 * #provesDivergence()} when {@code lower ≥ 1}; otherwise undecided (ρ = 1 exactly, as for a cycle
 * of weight exactly 1, is always undecided or divergent: never accepted). The upper bound is
 * meaningful (close to ρ) for an irreducible component, which is what the front door passes;
 * for a reducible graph both bounds stay sound but may be loose.
 *
 * <p><b>Cost.</b> O(m) per iteration, at most {@code 2 · maxIterations} iterations; typically a few
 * dozen on random sparse components. Memory: three {@code double[n]} (plus one {@code double[m]}
 * for log weights). Immutable.
 */
public final class SpectralRadiusCertificate {

  /** The default iteration budget of each of the two phases. */
  public static final int DEFAULT_MAX_ITERATIONS = 500;

  private static final double U = 0x1p-52;

  private final double lower;
  private final double upper;
  private final double[] vector;
  private final int iterations;

  private SpectralRadiusCertificate(double lower, double upper, double[] vector, int iterations) {
    this.lower = lower;
    this.upper = upper;
    this.vector = vector;
    this.iterations = iterations;
  }

  /**
   * Bounds ρ(|A|) for the local CSR, without refusing.
   *
   * @param n the number of vertices
   * @param offsets row starts, length ≥ n + 1, {@code offsets[0] == 0}
   * @param targets column of each entry, in {@code 0..n-1}
   * @param weights each entry's weight: a finite real, or (log) a log weight other than +∞ and NaN;
   *     the log semiring's 0̄ (−∞) is an absent entry
   * @param logWeights true for the log semiring (|A| entries are {@code e^w})
   * @param maxIterations the budget of each phase, ≥ 1
   * @throws IllegalArgumentException for a malformed CSR or a weight outside the carrier
   */
  public static SpectralRadiusCertificate compute(
      int n,
      int[] offsets,
      int[] targets,
      double[] weights,
      boolean logWeights,
      int maxIterations) {
    check(n, offsets, targets, weights, maxIterations);
    return fromMagnitudes(
        n, offsets, targets, magnitudes(offsets[n], weights, logWeights), maxIterations);
  }

  /** Checks the CSR and the budget (not the weights: {@link #magnitudes} does). */
  static void check(int n, int[] offsets, int[] targets, double[] weights, int maxIterations) {
    LocalCycles.checkCsr(n, offsets, targets, weights);
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be >= 1, got " + maxIterations);
    }
  }

  /** {@link #compute} from {@link #magnitudes}' result (null: a magnitude overflowed). */
  static SpectralRadiusCertificate fromMagnitudes(
      int n, int[] offsets, int[] targets, double[] magnitudes, int maxIterations) {
    if (magnitudes == null) {
      return unbounded(n);
    }
    Iteration it = new Iteration(n, offsets, targets, magnitudes, maxIterations);
    if (n > 0) {
      do {
        it.product();
      } while (!it.powerStep());
    }
    return it.finish();
  }

  /** e^w overflows the double range: no finite bound; ρ ≥ 0 is all that is proven. */
  static SpectralRadiusCertificate unbounded(int n) {
    double[] ones = new double[n];
    Arrays.fill(ones, 1.0);
    return new SpectralRadiusCertificate(0, Double.POSITIVE_INFINITY, ones, 0);
  }

  /**
   * Bounds ρ(|A|) and refuses unless {@code ρ(|A|) < 1} is proven.
   *
   * @return the certificate, with {@link #upperBound()} {@code < 1}
   * @throws ComponentRefusalException of kind {@code DIVERGENT_SERIES} (ρ ≥ 1 proven) or {@code
   *     UNDECIDED_SERIES} (not decided within {@code maxIterations} of each phase: refused, since
   *     convergence is not proven), naming every local vertex and one cycle
   * @see #compute
   */
  public static SpectralRadiusCertificate requireConvergent(
      int n,
      int[] offsets,
      int[] targets,
      double[] weights,
      boolean logWeights,
      int maxIterations) {
    return refuseUnlessConvergent(
        compute(n, offsets, targets, weights, logWeights, maxIterations),
        n,
        offsets,
        targets,
        weights,
        logWeights);
  }

  /**
   * Returns {@code c} if it proves convergence; otherwise refuses as {@link #requireConvergent}
   * does, with a cycle of the CSR found from the vertex where c's vector is largest.
   */
  static SpectralRadiusCertificate refuseUnlessConvergent(
      SpectralRadiusCertificate c,
      int n,
      int[] offsets,
      int[] targets,
      double[] weights,
      boolean logWeights) {
    if (!c.provesConvergence()) {
      int start = 0;
      for (int i = 1; i < n; i++) {
        if (c.vector[i] > c.vector[start]) {
          start = i;
        }
      }
      double absent = logWeights ? Double.NEGATIVE_INFINITY : 0.0;
      int[] cycle = LocalCycles.anyCycle(n, offsets, targets, weights, absent, start);
      throw ComponentRefusalException.series(n, cycle, c.lower, c.upper);
    }
    return c;
  }

  /**
   * Checks the weights and returns an array whose absolute values are |A|'s entries: the weights
   * themselves (real: no copy) or their exponentials (log); null if an exponential overflows.
   */
  static double[] magnitudes(int m, double[] weights, boolean log) {
    if (!log) {
      for (int k = 0; k < m; k++) {
        if (!Double.isFinite(weights[k])) {
          throw notInCarrier(k, weights[k]);
        }
      }
      return weights;
    }
    double[] abs = new double[m];
    for (int k = 0; k < m; k++) {
      double w = weights[k];
      if (Double.isNaN(w) || w == Double.POSITIVE_INFINITY) {
        throw notInCarrier(k, w);
      }
      double a = Math.exp(w);
      if (a == Double.POSITIVE_INFINITY) {
        return null;
      }
      abs[k] = a;
    }
    return abs;
  }

  private static IllegalArgumentException notInCarrier(int k, double w) {
    return new IllegalArgumentException(
        "edge " + k + " has weight " + w + ", which is not a finite member of the carrier");
  }

  /**
   * The mutable state of one computation. The power phase is driven from outside, one product at
   * a time ({@link #product} or a caller's own computation of {@code y = |A|x}, then {@link
   * #powerStep}), so that {@link SeriesComponentSolver} can fuse the products with its first
   * Gauss–Seidel sweeps; {@link #finish} runs the second phase if needed.
   */
  static final class Iteration {
    final int n;
    final int[] offsets;
    final int[] targets;
    /** |A|'s entries are the absolute values of these (the real weights, or e^w for log). */
    final double[] abs;
    final int maxIterations;
    /** The current vector, positive. */
    final double[] x;
    /** Receives |A|x before each {@link #powerStep}. */
    final double[] y;
    double[] best;
    double bestUpper = Double.POSITIVE_INFINITY;
    double bestLower = 0;
    int iterations;
    int powerSteps;
    double previousFactor = Double.POSITIVE_INFINITY;

    Iteration(int n, int[] offsets, int[] targets, double[] abs, int maxIterations) {
      this.n = n;
      this.offsets = offsets;
      this.targets = targets;
      this.abs = abs;
      this.maxIterations = maxIterations;
      this.x = new double[n];
      this.y = new double[n];
      Arrays.fill(x, 1.0);
    }

    /** The second phase if the first did not decide, then the certificate. */
    SpectralRadiusCertificate finish() {
      if (n == 0) {
        return new SpectralRadiusCertificate(0, 0, new double[0], 0);
      }
      if (bestUpper >= 1 && bestLower < 1) {
        neumannPhase();
      }
      double[] v = best != null ? best : x.clone();
      double max = 0;
      for (double e : v) {
        max = Math.max(max, e);
      }
      for (int i = 0; i < n; i++) {
        v[i] /= max;
      }
      return new SpectralRadiusCertificate(bestLower, bestUpper, v, iterations);
    }

    /** y ← |A|x, with two partial sums per row (shorter dependency chains). */
    void product() {
      for (int i = 0; i < n; i++) {
        double s0 = 0;
        double s1 = 0;
        int k = offsets[i];
        int end = offsets[i + 1];
        for (; k + 1 < end; k += 2) {
          s0 += Math.abs(abs[k]) * x[targets[k]];
          s1 += Math.abs(abs[k + 1]) * x[targets[k + 1]];
        }
        if (k < end) {
          s0 += Math.abs(abs[k]) * x[targets[k]];
        }
        y[i] = s0 + s1;
      }
    }

    /**
     * Bounds from x and y = |A|x, keeping the best. y must be the sum, in any order, of row i's
     * {@code deg_i} products {@code |a_ij| x_j} (parallel entries may be pre-added): the slack
     * covers any summation order.
     */
    void bounds() {
      double hi = 0;
      double lo = Double.POSITIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        double s = y[i];
        int deg = offsets[i + 1] - offsets[i];
        double slack = 2 * (deg + 4) * U;
        double xi = x[i];
        double up;
        double down;
        if (s >= 0x1p-900) {
          // The products that underflow err by at most deg · 2^-1075 in all, below deg · 2^-175
          // of s: the slack's spare (it needs (deg + 3) · 2^-52) covers that. No subnormal
          // operand here: arithmetic on subnormals is slow enough to dominate a product.
          up = s / xi * (1 + slack);
          down = s / xi * (1 - slack);
        } else {
          // x is floored at 2^-900, so a product may underflow: each errs by at most 2^-1075.
          double tiny = deg * Double.MIN_VALUE;
          up = (s + tiny) / xi * (1 + slack);
          down = s > tiny ? (s - tiny) / xi * (1 - slack) : 0;
        }
        if (up > hi) {
          hi = up;
        }
        if (down < lo) {
          lo = down;
        }
      }
      iterations++;
      if (lo > bestLower) {
        bestLower = lo;
      }
      if (hi < bestUpper) {
        bestUpper = hi;
        if (best == null) {
          best = new double[n];
        }
        System.arraycopy(x, 0, best, 0, n);
      }
    }

    /**
     * One step of the power phase, after y = |A|x has been computed: bounds, then either the
     * verdict (true: the phase is over) or x ← (|A| + I)x normalized (false: compute the next
     * product). The phase ends once ρ &lt; 1 is proven and another product would improve the
     * solver's stopping factor γ/(1−γ) by less than 10 %, or the bounds are tight, or ρ ≥ 1 is
     * proven, or the budget is spent.
     */
    boolean powerStep() {
      bounds();
      powerSteps++;
      if (bestLower >= 1) {
        return true;
      }
      if (bestUpper < 1) {
        if (bestUpper - bestLower <= 0.1 * (1 - bestUpper)) {
          return true; // tight enough: the stopping rule loses < 10 % to the exact ρ
        }
        // The solver's stopping rule scales with γ/(1−γ); once a product improves that factor by
        // less than 10 %, it saves the solver less than a sweep: stop.
        double factor = bestUpper / (1 - bestUpper);
        if (factor > previousFactor / 1.1) {
          return true;
        }
        previousFactor = factor;
      }
      if (powerSteps >= maxIterations) {
        return true;
      }
      // x ← (|A| + I)x, normalized; floored so that it stays positive.
      double max = 0;
      for (int i = 0; i < n; i++) {
        double v = y[i] + x[i];
        x[i] = v;
        if (v > max) {
          max = v;
        }
      }
      for (int i = 0; i < n; i++) {
        x[i] = Math.max(x[i] / max, 0x1p-900);
      }
      return false;
    }

    /**
     * Symmetric Gauss–Seidel on x = 1 + |A|x, sweeps alternately in increasing and decreasing
     * row order, so that a long cycle is followed in one sweep whichever way its vertices are
     * numbered; the iterate certifies ρ &lt; 1 once |A|x &lt; x.
     */
    void neumannPhase() {
      Arrays.fill(x, 1.0);
      for (int sweep = 1; sweep <= maxIterations; sweep++) {
        double max = 0;
        boolean up = (sweep & 1) == 1;
        for (int j = 0; j < n; j++) {
          int i = up ? j : n - 1 - j;
          double s = 1;
          for (int k = offsets[i]; k < offsets[i + 1]; k++) {
            s += Math.abs(abs[k]) * x[targets[k]];
          }
          x[i] = s;
          max = Math.max(max, s);
        }
        if (!(max < 1e250)) {
          return; // growing without bound: ρ ≥ 1 is likely, and x no longer certifies anything
        }
        if (sweep % 4 == 0 || sweep == maxIterations) {
          product();
          bounds();
          if (bestUpper < 1) {
            return;
          }
        }
      }
    }
  }

  /** A proven lower bound on ρ(|A|); 0 when nothing better is proven. */
  public double lowerBound() {
    return lower;
  }

  /** A proven upper bound on ρ(|A|); +∞ if a weight's magnitude overflows the double range. */
  public double upperBound() {
    return upper;
  }

  /** True if {@code ρ(|A|) < 1} is proven: the series over paths converges absolutely. */
  public boolean provesConvergence() {
    return upper < 1;
  }

  /** True if {@code ρ(|A|) ≥ 1} is proven: the series over paths diverges. */
  public boolean provesDivergence() {
    return lower >= 1;
  }

  /**
   * The positive vector {@code x} (largest entry 1) with {@code |A|x ≤ upperBound() · x}: in the
   * weighted norm {@code ‖v‖ = max_i |v_i| / x_i}, |A| and every iteration over the rows contract
   * by {@code upperBound()}. A fresh copy.
   */
  public double[] vector() {
    return vector.clone();
  }

  /** Package-private access without a copy. */
  double[] vectorUnsafe() {
    return vector;
  }

  /** The number of matrix–vector products spent. */
  public int iterations() {
    return iterations;
  }

  @Override
  public String toString() {
    return "SpectralRadiusCertificate[" + lower + " <= rho(|A|) <= " + upper + ", "
        + iterations + " iterations]";
  }
}
