package org.pathsum.solver.internal.cyclic;

import java.util.Arrays;

/**
 * Solves {@code x = b + A x} on one cyclic component for the real and log semirings, after proving
 * that the sum over the component's paths converges absolutely ({@link SpectralRadiusCertificate}:
 * ρ(|A|) &lt; 1, the condition under which a sum over infinitely many paths has a value independent
 * of the order of summation). The solution is the sum over all paths: {@code x = (I − A)⁻¹ b}.
 *
 * <p><b>Input conventions.</b> A local CSR whose rows are the <em>equations</em>: entry {@code k}
 * of row {@code i} says {@code x_i += weights[k] · x_{targets[k]}}. For a forward
 * (single-source) solve, {@code S(v) = b_v ⊕ ⊕_{(u,v)} S(u) ⊗ w(u,v)}, pass the in-edges: row
 * {@code v} lists the tails {@code u}. For a backward (single-target) solve, {@code B(u) = b_u ⊕
 * ⊕_{(u,v)} w(u,v) ⊗ B(v)}, pass the out-edges: row {@code u} lists the heads. {@code b} holds what
 * flows in from outside the component (the values already solved upstream, combined over the edges
 * that enter, plus 1̄ at the source or target itself). Real and log multiplication commute, so the
 * operand order does not matter. Parallel entries and self-loops are allowed. Weights and {@code b}
 * are in the semiring's carrier: plain reals for real, logarithms for log (−∞ is 0̄).
 *
 * <p><b>Algorithm.</b> Gauss–Seidel sweeps over the CSR rows in index order, self-loops folded
 * into the diagonal ({@code x_i = (b_i + Σ_{j≠i} a_ij x_j) / (1 − a_ii)}), O(m) per sweep and O(n)
 * extra memory, started from {@code b}. A row is summed in two interleaved partial sums (shorter
 * floating-point dependency chains), and the per-vertex stopping bookkeeping is comparisons only.
 * Components of at most {@code denseLimit} vertices (default {@value #DEFAULT_DENSE_LIMIT}) are
 * first solved by an LU factorization with partial pivoting of {@code I − A} (O(n³) once per
 * component, O(n²) per right-hand side), and the sweeps start from that solution: elimination
 * costs no sweeps when ρ is close to 1, and the sweeps give its small entries the same accuracy and
 * the same proven bound. The log semiring is solved in linear space: weights become {@code e^w},
 * and {@code b} is shifted by its maximum so that nothing overflows; the result is {@code ln x + max
 * b}. If a value that some inflow reaches underflows there (it lies more than about e⁷⁰⁸ below the
 * largest, e.g. around a long cycle of small probabilities), the sweeps continue in log space
 * (log-sum-exp per row, same stopping rule): the log semiring's whole carrier is served, nothing is
 * dropped as 0̄.
 *
 * <p><b>Guaranteed accuracy.</b> Let {@code c} be the certificate's vector and {@code γ < 1} its
 * proven bound ({@code |A|c ≤ γc}), and {@code ‖v‖_c = max_i |v_i| / c_i}. In that norm every
 * Gauss–Seidel sweep contracts the error by γ (also with self-loops), so after a sweep that moved
 * the iterate by Δ the error of exact sweeps would be at most {@code γ/(1−γ)·‖Δ‖_c}. The sweeps stop
 * when that is at most {@code min(tolerance / 8, 10⁻¹³) · ‖x‖_c}, and then go on until every
 * entry's last change is that small relative to the entry itself and no sweep reaches an entry
 * for the first time (entries far from the inflow are small; this makes them accurate too, as far
 * as cancellation in a signed sum permits), within the sweep budget (50 plus twice the sweeps the
 * contraction bound needs), or until the steps stop shrinking (rounding, not the contraction, then
 * sets them). The accuracy returned is then <em>proven</em> from the residual of the final iterate,
 * whatever produced it: {@code ‖x − x*‖_c ≤ ‖r‖_c / (1 − γ)}, with every residual entry widened by
 * its own rounding error (see {@code residualBound}). Componentwise: {@code |x_i − x*_i| ≤ bound ·
 * ‖x‖_c · c_i}. For the log semiring the bound is on the linear values {@code e^x}. Vertices that no
 * inflow reaches get exactly 0̄.
 *
 * <p><b>A bound is never returned unmet.</b> Near ρ = 1 the factor {@code 1/(1−γ)} magnifies the
 * rounding that any double iterate carries (about {@code deg·2⁻⁵²} per entry), and the proven bound
 * can stay above the tolerance (10⁻¹⁰ by default): the solve is then refused with {@code
 * ACCURACY_NOT_REACHED}, carrying the bound it did prove, rather than returning a value whose
 * promised accuracy is not proven. A caller that can live with less allows a larger relative error.
 *
 * <p><b>One right-hand side.</b> {@link #certifyAndSolve} (and {@link #certifyAndSolveEdges},
 * which the front door uses) certifies and solves in one go: each of the certificate's power
 * iterations is computed in the same pass over the rows as a Gauss–Seidel sweep, so the
 * certificate costs a fraction of a sweep per product instead of one, and those sweeps count
 * towards the solve. Nothing is returned before ρ(|A|) &lt; 1 is proven.
 *
 * <p><b>Refusals.</b> The factories refuse a component whose ρ(|A|) &lt; 1 is not proven with {@link
 * ComponentRefusalException} (divergent or undecided); the solves refuse a real value that
 * overflows the double range, naming the local vertex ({@code OVERFLOW}), and a bound that misses
 * the tolerance ({@code ACCURACY_NOT_REACHED}). Log values cannot overflow.
 *
 * <p>The arrays passed to a factory are not copied (except where the solver needs a changed copy);
 * they must not change while the solver is in use. A solver holds no per-solve state: one instance
 * serves any number of right-hand sides, also from several threads at once.
 */
public final class SeriesComponentSolver {

  /** The largest component solved by dense LU by default. */
  public static final int DEFAULT_DENSE_LIMIT = 64;

  /** The default relative accuracy that {@link #solve(double[], double[])} proves. */
  public static final double DEFAULT_TOLERANCE = 1e-10;

  /**
   * How far the sweeps go by their own stopping rule, whatever the tolerance to prove: the values
   * are made as accurate as the doubles allow (then every entry's last change is checked too), and
   * only the proof is held to the tolerance.
   */
  private static final double SWEEP_TARGET = 1e-13;

  private static final double U = 0x1p-52;

  private final int n;
  private final boolean log;
  private final int[] offsets;
  private final int[] targets;

  /** Linear coefficients, self-loops left out (they are in {@link #inverseDiagonal}). */
  private final double[] coefficients;

  /** 1 / (1 − a_ii), or null if no vertex has a self-loop. */
  private final double[] inverseDiagonal;

  /** 1 / c_i. */
  private final double[] inverseC;

  private final SpectralRadiusCertificate certificate;

  /** Log mode: the weights as logs, aligned with {@link #coefficients}; otherwise null. */
  private final double[] logCoefficients;

  /** Log mode with self-loops: {@code −ln(1 − a_ii)} per vertex; otherwise null. */
  private final double[] logDiagonalTerm;

  /** Dense LU of I − A, row-major, or null (iterative). */
  private final double[] lu;

  private final int[] pivot;

  SeriesComponentSolver(
      int n,
      boolean log,
      int[] offsets,
      int[] targets,
      double[] coefficients,
      double[] inverseDiagonal,
      SpectralRadiusCertificate certificate,
      double[] lu,
      int[] pivot,
      double[] logCoefficients,
      double[] logDiagonalTerm) {
    this.n = n;
    this.log = log;
    this.offsets = offsets;
    this.targets = targets;
    this.coefficients = coefficients;
    this.inverseDiagonal = inverseDiagonal;
    this.certificate = certificate;
    this.lu = lu;
    this.pivot = pivot;
    this.logCoefficients = logCoefficients;
    this.logDiagonalTerm = logDiagonalTerm;
    double[] c = certificate.vectorUnsafe();
    this.inverseC = new double[n];
    for (int i = 0; i < n; i++) {
      inverseC[i] = 1 / c[i];
    }
  }

  /**
   * A solver for the real semiring, with the default dense limit and iteration budget.
   *
   * @throws ComponentRefusalException if ρ(|A|) &lt; 1 is not proven
   * @see #of
   */
  public static SeriesComponentSolver real(int n, int[] offsets, int[] targets, double[] weights) {
    return of(
        n,
        offsets,
        targets,
        weights,
        false,
        DEFAULT_DENSE_LIMIT,
        SpectralRadiusCertificate.DEFAULT_MAX_ITERATIONS);
  }

  /**
   * A solver for the log semiring (weights are logarithms), with the default dense limit and
   * iteration budget.
   *
   * @throws ComponentRefusalException if ρ(|A|) &lt; 1 is not proven
   * @see #of
   */
  public static SeriesComponentSolver log(int n, int[] offsets, int[] targets, double[] weights) {
    return of(
        n,
        offsets,
        targets,
        weights,
        true,
        DEFAULT_DENSE_LIMIT,
        SpectralRadiusCertificate.DEFAULT_MAX_ITERATIONS);
  }

  /**
   * Certifies the component and prepares the solve: the certificate always (O(m) per power
   * iteration), the LU factorization for at most {@code denseLimit} vertices (O(n³)).
   *
   * @param n the number of vertices of the component
   * @param offsets row starts, length ≥ n + 1
   * @param targets the column of each entry, in {@code 0..n-1}
   * @param weights each entry's weight in the carrier (finite real; log: finite or −∞)
   * @param logWeights true for the log semiring
   * @param denseLimit components of at most this many vertices are factorized densely; 0 for
   *     always iterative
   * @param maxIterations the certificate's budget per phase
   * @throws ComponentRefusalException if ρ(|A|) &lt; 1 is not proven ({@code DIVERGENT_SERIES} or
   *     {@code UNDECIDED_SERIES}, naming the component and one cycle)
   * @throws IllegalArgumentException for a malformed CSR or a weight outside the carrier
   */
  public static SeriesComponentSolver of(
      int n,
      int[] offsets,
      int[] targets,
      double[] weights,
      boolean logWeights,
      int denseLimit,
      int maxIterations) {
    SpectralRadiusCertificate.check(n, offsets, targets, weights, maxIterations);
    double[] magnitudes = SpectralRadiusCertificate.magnitudes(offsets[n], weights, logWeights);
    SpectralRadiusCertificate cert =
        SpectralRadiusCertificate.refuseUnlessConvergent(
            SpectralRadiusCertificate.fromMagnitudes(
                n, offsets, targets, magnitudes, maxIterations),
            n,
            offsets,
            targets,
            weights,
            logWeights);
    return new SeriesRows(n, offsets, targets, weights, magnitudes, logWeights, denseLimit)
        .solver(cert);
  }

  /**
   * Like {@link #of}, but the CSR lists <em>edges in the direction of propagation</em>: entry
   * {@code k} of row {@code u} is an edge {@code u → targets[k]}, and the solution is {@code x_v =
   * b_v + Σ_{u → v} x_u · w} (the form in which the front door hands over a component: out-edges
   * for a forward query, in-edges for a backward one). Transposes the CSR once (O(n + m) time, two
   * {@code int[m]} and one {@code double[m]}) and solves the equations of the transpose. A cycle in
   * a refusal follows the rows as given.
   *
   * @throws ComponentRefusalException if ρ(|A|) &lt; 1 is not proven
   */
  public static SeriesComponentSolver ofEdges(
      int n,
      int[] offsets,
      int[] targets,
      double[] weights,
      boolean logWeights,
      int denseLimit,
      int maxIterations) {
    SeriesRows.Transposed t = new SeriesRows.Transposed(n, offsets, targets, weights);
    try {
      return of(n, t.offsets, t.targets, t.weights, logWeights, denseLimit, maxIterations);
    } catch (ComponentRefusalException e) {
      throw e.withReversedCycle();
    }
  }

  /**
   * Certifies and solves one right-hand side: the same result, refusals and guarantees as {@code
   * of(n, offsets, targets, weights, logWeights, denseLimit, maxIterations).solve(b, x)}, but
   * cheaper for a large component: the certificate's power iteration (typically 5–10 products of
   * |A| with a vector) runs fused with the first Gauss–Seidel sweeps, one pass over the CSR doing
   * both, so that the certificate costs about a fifth of a sweep per product instead of a sweep.
   * The sweeps done before ρ(|A|) &lt; 1 is proven are kept only once it is (a refusal discards
   * them, and an iterate that leaves the double range meanwhile is restarted from {@code b}), so
   * nothing is returned for a divergent series. Components of at most {@code denseLimit} vertices
   * take the unfused route.
   *
   * @param b the inflow, as for {@link #solve(double[], double[], double)}; not changed (it may be
   *     the same array as {@code x})
   * @param x receives the solution
   * @return the proven bound achieved, as for {@link #solve(double[], double[], double)} with the
   *     {@linkplain #DEFAULT_TOLERANCE default tolerance}
   * @throws ComponentRefusalException if ρ(|A|) &lt; 1 is not proven, or ({@code OVERFLOW}) a real
   *     value leaves the double range
   * @throws IllegalArgumentException for a malformed CSR, a weight or an entry of b outside the
   *     carrier
   */
  public static double certifyAndSolve(
      int n,
      int[] offsets,
      int[] targets,
      double[] weights,
      boolean logWeights,
      int denseLimit,
      int maxIterations,
      double[] b,
      double[] x) {
    return certifyAndSolve(
        n, offsets, targets, weights, logWeights, denseLimit, maxIterations, b, x,
        DEFAULT_TOLERANCE);
  }

  /**
   * {@link #certifyAndSolve(int, int[], int[], double[], boolean, int, int, double[], double[])} to
   * a given relative accuracy instead of the {@linkplain #DEFAULT_TOLERANCE default}.
   *
   * @param tolerance the relative accuracy to prove, &gt; 0
   * @throws ComponentRefusalException also of kind {@code ACCURACY_NOT_REACHED} when the proven
   *     bound stays above {@code tolerance}
   */
  public static double certifyAndSolve(
      int n,
      int[] offsets,
      int[] targets,
      double[] weights,
      boolean logWeights,
      int denseLimit,
      int maxIterations,
      double[] b,
      double[] x,
      double tolerance) {
    checkTolerance(tolerance);
    SpectralRadiusCertificate.check(n, offsets, targets, weights, maxIterations);
    if (n <= denseLimit) {
      return of(n, offsets, targets, weights, logWeights, denseLimit, maxIterations)
          .solve(b, x, tolerance);
    }
    SeriesRows.Inflow in = SeriesRows.Inflow.of(n, b, logWeights);
    double[] magnitudes = SpectralRadiusCertificate.magnitudes(offsets[n], weights, logWeights);
    if (magnitudes == null) {
      SpectralRadiusCertificate.refuseUnlessConvergent(
          SpectralRadiusCertificate.unbounded(n), n, offsets, targets, weights, logWeights);
    }
    SeriesRows rows =
        new SeriesRows(n, offsets, targets, weights, magnitudes, logWeights, denseLimit);
    if (in == null) {
      // b = 0̄: still certify (a divergent component is refused whatever flows in).
      rows.solver(
          SpectralRadiusCertificate.refuseUnlessConvergent(
              SpectralRadiusCertificate.fromMagnitudes(
                  n, offsets, targets, magnitudes, maxIterations),
              n, offsets, targets, weights, logWeights));
      Arrays.fill(x, 0, n, logWeights ? Double.NEGATIVE_INFINITY : 0.0);
      return 0;
    }
    SpectralRadiusCertificate.Iteration it =
        new SpectralRadiusCertificate.Iteration(n, offsets, targets, magnitudes, maxIterations);
    double[] start = in.rhs.clone();
    boolean sweeping = true;
    do {
      if (sweeping) {
        sweeping = rows.fusedSweep(in.rhs, start, it.x, it.y);
      } else {
        it.product();
      }
    } while (!it.powerStep());
    SpectralRadiusCertificate cert =
        SpectralRadiusCertificate.refuseUnlessConvergent(
            it.finish(), n, offsets, targets, weights, logWeights);
    SeriesComponentSolver solver = rows.solver(cert);
    System.arraycopy(sweeping ? start : in.rhs, 0, x, 0, n);
    return solver.finishSolve(in, x, tolerance);
  }

  /**
   * {@link #certifyAndSolve} for a CSR of edges in the direction of propagation, as {@link
   * #ofEdges} takes it (transposed once: O(n + m), about half a sweep). Same results, refusals and
   * guarantees as {@code ofEdges(…).solve(b, x)}.
   *
   * <p>Renumbering the vertices breadth-first from the inflow during the transpose was tried: it
   * cuts plain Gauss–Seidel from 27 to 21 sweeps on the 10⁶-edge benchmark graph, but the whole
   * solve came out slower (the order costs a pass, and the sweeps in that order cost more), so
   * the caller's numbering is kept.
   */
  public static double certifyAndSolveEdges(
      int n,
      int[] offsets,
      int[] targets,
      double[] weights,
      boolean logWeights,
      int denseLimit,
      int maxIterations,
      double[] b,
      double[] x) {
    return certifyAndSolveEdges(
        n, offsets, targets, weights, logWeights, denseLimit, maxIterations, b, x,
        DEFAULT_TOLERANCE);
  }

  /**
   * {@link #certifyAndSolveEdges(int, int[], int[], double[], boolean, int, int, double[],
   * double[])} to a given relative accuracy.
   *
   * @param tolerance the relative accuracy to prove, &gt; 0
   * @throws ComponentRefusalException also of kind {@code ACCURACY_NOT_REACHED} when the proven
   *     bound stays above {@code tolerance}
   */
  public static double certifyAndSolveEdges(
      int n,
      int[] offsets,
      int[] targets,
      double[] weights,
      boolean logWeights,
      int denseLimit,
      int maxIterations,
      double[] b,
      double[] x,
      double tolerance) {
    SeriesRows.Transposed t = new SeriesRows.Transposed(n, offsets, targets, weights);
    try {
      return certifyAndSolve(
          n, t.offsets, t.targets, t.weights, logWeights, denseLimit, maxIterations, b, x,
          tolerance);
    } catch (ComponentRefusalException e) {
      throw e.withReversedCycle();
    }
  }


  /** The certificate that proved ρ(|A|) &lt; 1. */
  public SpectralRadiusCertificate certificate() {
    return certificate;
  }

  /** The number of vertices of the component. */
  public int vertexCount() {
    return n;
  }

  /** True if this component is factorized densely (LU, then Gauss–Seidel from its solution). */
  public boolean isDense() {
    return lu != null;
  }

  /**
   * {@link #solve(double[], double[], double)} with the {@linkplain #DEFAULT_TOLERANCE default
   * tolerance}.
   */
  public double solve(double[] b, double[] x) {
    return solve(b, x, DEFAULT_TOLERANCE);
  }

  /**
   * Solves {@code x = b + A x}: every vertex's sum over the component's paths of what enters it
   * through {@code b}. See the class comment for the conventions and the guaranteed accuracy.
   *
   * @param b the inflow of each vertex, in the carrier (real: finite; log: finite or −∞); length ≥
   *     n; not changed (it may be the same array as {@code x})
   * @param x receives the solution in the carrier; length ≥ n
   * @param tolerance the relative accuracy to prove, in (0, 1)
   * @return the proven bound {@code ‖x − x*‖_c / ‖x‖_c} achieved, at most {@code tolerance} (0
   *     for b = 0)
   * @throws ComponentRefusalException of kind {@code OVERFLOW} naming the first vertex whose value
   *     left the double range, or {@code ACCURACY_NOT_REACHED} with the bound reached when rounding
   *     or the sweep budget stops the proof short of the tolerance
   * @throws IllegalArgumentException if an entry of b is outside the carrier
   */
  public double solve(double[] b, double[] x, double tolerance) {
    checkTolerance(tolerance);
    if (b.length < n || x.length < n) {
      throw new IllegalArgumentException("b and x need " + n + " entries");
    }
    SeriesRows.Inflow in = SeriesRows.Inflow.of(n, b, log);
    if (in == null) {
      Arrays.fill(x, 0, n, log ? Double.NEGATIVE_INFINITY : 0.0);
      return 0;
    }
    if (lu != null) {
      denseSolve(in.rhs, in.inflow, x);
    } else {
      System.arraycopy(in.rhs, 0, x, 0, n);
    }
    return finishSolve(in, x, tolerance);
  }

  private static void checkTolerance(double tolerance) {
    if (!(tolerance > 0 && tolerance < 1)) {
      throw new IllegalArgumentException("tolerance must be in (0, 1), got " + tolerance);
    }
  }

  /**
   * Gauss–Seidel from the x given to the tolerance, then back to logs (log semiring). Never returns
   * a bound above the tolerance: a solve that cannot prove it is refused with the bound it reached.
   */
  private double finishSolve(SeriesRows.Inflow in, double[] x, double tolerance) {
    double target = Math.min(tolerance / 8, SWEEP_TARGET);
    gaussSeidel(in.rhs, x, target);
    double bound = residualBound(in.rhs, x);
    if (log && !toLog(in.inflow, x, in.shift)) {
      bound =
          logGaussSeidel(in.logB, x, target) + maxDegreeSlack() / (1 - certificate.upperBound());
    }
    if (!(bound <= tolerance)) {
      throw ComponentRefusalException.accuracyNotReached(n, bound, tolerance);
    }
    return bound;
  }

  /**
   * A proven bound on the relative error {@code ‖x − x*‖_c / ‖x‖_c} of the iterate, whatever
   * produced it, from its residual: with the splitting {@code M = I − D} (D the self-loops) and
   * {@code N = A − D}, the exact solution satisfies {@code x* = M⁻¹(b + Nx*)}, and {@code r = M⁻¹(b
   * + Nx) − x} gives {@code x − x* = −(I − M⁻¹N)⁻¹ r}. The certificate's {@code |A|c ≤ γc} implies
   * {@code |M⁻¹N|c ≤ γc}, so {@code ‖x − x*‖_c ≤ ‖r‖_c / (1 − γ)}. The residual is computed in
   * floating point and each entry widened by its rounding error, {@code (deg + 8)·2⁻⁵²} times the
   * sum of the magnitudes that entered it (a sum of {@code deg + 1} terms, a product by the rounded
   * {@code 1/(1 − a_ii)}, a difference): the bound holds for the exact residual. This is what makes
   * the result a certificate rather than an estimate: the sweeps' own stopping rule assumes exact
   * sweeps, and near ρ = 1 a floating-point fixed point of the sweep can still be off by {@code
   * deg·2⁻⁵²/(1 − γ)}. O(m), about one sweep.
   */
  private double residualBound(double[] b, double[] x) {
    double gamma = certificate.upperBound();
    double residualC = 0;
    double normC = 0;
    for (int i = 0; i < n; i++) {
      double s = b[i];
      double magnitude = Math.abs(b[i]);
      for (int k = offsets[i]; k < offsets[i + 1]; k++) {
        double term = coefficients[k] * x[targets[k]];
        s += term;
        magnitude += Math.abs(term);
      }
      double inv = inverseDiagonal == null ? 1 : inverseDiagonal[i];
      double r = s * inv - x[i];
      int deg = offsets[i + 1] - offsets[i];
      double rounding = (deg + 8) * U * (magnitude * Math.abs(inv) + Math.abs(x[i]));
      // Products that underflow err by at most 2^-1074 each.
      rounding += (deg + 1) * Double.MIN_VALUE * Math.abs(inv);
      double ic = inverseC[i];
      residualC = Math.max(residualC, (Math.abs(r) + rounding) * ic);
      normC = Math.max(normC, Math.abs(x[i]) * ic);
    }
    if (normC == 0) {
      return 0;
    }
    return residualC / ((1 - gamma) * normC) * (1 + 4 * U);
  }

  /** The relative rounding of one row of the log-space sweeps, at most: {@code (deg + 8)·2⁻⁵²}. */
  private double maxDegreeSlack() {
    int max = 0;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, offsets[i + 1] - offsets[i]);
    }
    return (max + 8) * U;
  }

  /**
   * Gauss–Seidel from the x given (b, or the dense solution). After a dense start the first sweep
   * moves x only by the rounding of the factorization, so the stopping rule applies unchanged.
   */
  private void gaussSeidel(double[] b, double[] x, double tolerance) {
    double gamma = certificate.upperBound();
    double factor = gamma / (1 - gamma);
    // The contraction bound says how many sweeps the norm criterion can need at most; the
    // componentwise criterion gets as many again after it is met.
    long budget = 50 + 2 * (long) Math.ceil(Math.log(tolerance * (1 - gamma) * U) / Math.log(gamma));
    int extra = 0;
    Stall stall = new Stall();
    for (int sweep = 1; sweep <= budget; sweep++) {
      double deltaC = 0;
      double normC = 0;
      boolean unsettled = false;
      boolean reached = false;
      int overflowAt = -1;
      for (int i = 0; i < n; i++) {
        // Two partial sums: shorter dependency chains, about 10 % per sweep on random graphs.
        double s0 = b[i];
        double s1 = 0;
        int k = offsets[i];
        int end = offsets[i + 1];
        for (; k + 1 < end; k += 2) {
          s0 += coefficients[k] * x[targets[k]];
          s1 += coefficients[k + 1] * x[targets[k + 1]];
        }
        if (k < end) {
          s0 += coefficients[k] * x[targets[k]];
        }
        double s = s0 + s1;
        if (inverseDiagonal != null) {
          s *= inverseDiagonal[i];
        }
        double old = x[i];
        x[i] = s;
        double d = Math.abs(s - old);
        double a = Math.abs(s);
        // Comparisons rather than Math.max and a division: this bookkeeping runs once per vertex
        // and sweep, and cost up to a third of a sweep in that form.
        double ic = inverseC[i];
        if (d * ic > deltaC) {
          deltaC = d * ic;
        }
        if (a * ic > normC) {
          normC = a * ic;
        }
        unsettled |= d > tolerance * a; // the last change exceeds tolerance relative to the entry
        reached |= old == 0 && s != 0;
        if (!(a <= Double.MAX_VALUE) && overflowAt < 0) {
          overflowAt = i;
        }
      }
      if (overflowAt >= 0) {
        throw ComponentRefusalException.overflow(overflowAt, x[overflowAt]);
      }
      if (normC == 0) {
        return;
      }
      double bound = factor * deltaC / normC;
      if (bound <= tolerance) {
        if (!unsettled) {
          return;
        }
        // Sweeps that reach new vertices (far from the inflow, still 0) do not count against the
        // componentwise phase; the others are limited to the budget again.
        if (!reached && ++extra > budget) {
          return;
        }
      } else if (stall.at(deltaC / normC)) {
        return; // rounding, not the contraction, sets the step: more sweeps cannot help
      }
    }
  }

  /**
   * Tells when the sweeps have stopped making progress. In exact arithmetic every sweep shrinks the
   * step in the c-norm by at least γ, so a step that has not shrunk for {@value #STALL_SWEEPS}
   * sweeps in a row is rounding noise: the bound it gives is as good as it gets.
   */
  private static final class Stall {
    private double best = Double.POSITIVE_INFINITY;
    private int since;

    boolean at(double step) {
      if (step < best) {
        best = step;
        since = 0;
        return false;
      }
      return ++since >= STALL_SWEEPS;
    }
  }

  /** Sweeps without a smaller step after which the iteration is taken to have stalled. */
  private static final int STALL_SWEEPS = 20;

  /**
   * x = (I − A)⁻¹ b by the LU factors; entries that no inflow reaches are set to exactly 0 (the
   * elimination would leave rounding noise there, where the sum over paths is exactly 0̄).
   */
  private void denseSolve(double[] b, boolean[] inflow, double[] x) {
    double[] y = b.clone();
    for (int i = 0; i < n; i++) {
      double t = y[pivot[i]];
      y[pivot[i]] = y[i];
      y[i] = t;
    }
    for (int i = 0; i < n; i++) {
      double s = y[i];
      for (int j = 0; j < i; j++) {
        s -= lu[i * n + j] * y[j];
      }
      y[i] = s;
    }
    for (int i = n - 1; i >= 0; i--) {
      double s = y[i];
      for (int j = i + 1; j < n; j++) {
        s -= lu[i * n + j] * y[j];
      }
      y[i] = s / lu[i * n + i];
    }
    boolean[] reached = inflow.clone();
    for (boolean changed = true; changed; ) {
      changed = false;
      for (int i = 0; i < n; i++) {
        for (int k = offsets[i]; k < offsets[i + 1] && !reached[i]; k++) {
          if (reached[targets[k]]) {
            reached[i] = true;
            changed = true;
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      x[i] = reached[i] ? y[i] : 0;
    }
  }

  /**
   * Linear values back to logs; false if a value that some inflow reaches underflowed (0 or
   * subnormal: more than about e⁷⁰⁸ below the largest), when the linear-space solve cannot hold
   * the component and {@code x} has been turned into logs for {@link #logGaussSeidel} to finish.
   */
  private boolean toLog(boolean[] inflow, double[] x, double shift) {
    boolean complete = true;
    for (int i = 0; i < n; i++) {
      double v = x[i];
      if (v < Double.MIN_NORMAL && (v != 0 || reachesFromInflow(inflow, i))) {
        complete = false;
      }
      x[i] = v > 0 ? Math.log(v) + shift : Double.NEGATIVE_INFINITY;
    }
    return complete;
  }

  /**
   * Gauss–Seidel in log space, {@code x_i = ln(e^{b_i} + Σ e^{w + x_j}) − ln(1 − a_ii)} with a
   * two-pass log-sum-exp per row (about 2 {@code exp} per entry and sweep): for a log component whose
   * values span more than the double exponent range. Starts from x (logs); the stopping rule of
   * {@link #gaussSeidel}, with the c-norms evaluated in log space.
   */
  private double logGaussSeidel(double[] b, double[] x, double tolerance) {
    double gamma = certificate.upperBound();
    double factor = gamma / (1 - gamma);
    long budget = 50 + 2 * (long) Math.ceil(Math.log(tolerance * (1 - gamma) * U) / Math.log(gamma));
    double ninf = Double.NEGATIVE_INFINITY;
    int extra = 0;
    double bound = Double.POSITIVE_INFINITY;
    Stall stall = new Stall();
    for (int sweep = 1; sweep <= budget; sweep++) {
      double logDelta = ninf;
      double logNorm = ninf;
      double relative = 0;
      boolean reached = false;
      for (int i = 0; i < n; i++) {
        int start = offsets[i];
        int end = offsets[i + 1];
        double mx = b[i];
        for (int k = start; k < end; k++) {
          mx = Math.max(mx, logCoefficients[k] + x[targets[k]]);
        }
        double s = ninf;
        if (mx > ninf) {
          double sum = Math.exp(b[i] - mx);
          for (int k = start; k < end; k++) {
            sum += Math.exp(logCoefficients[k] + x[targets[k]] - mx);
          }
          s = mx + Math.log(sum);
          if (logDiagonalTerm != null) {
            s += logDiagonalTerm[i];
          }
        }
        double old = x[i];
        x[i] = s;
        if (s == ninf) {
          continue;
        }
        double logC = -Math.log(inverseC[i]);
        logNorm = Math.max(logNorm, s - logC);
        if (old == ninf) {
          reached = true;
          relative = Double.POSITIVE_INFINITY;
          logDelta = Math.max(logDelta, s - logC);
        } else if (old != s) {
          // ln|e^s − e^old| = max + ln(1 − e^{−|s − old|})
          double logD = Math.max(s, old) + Math.log(-Math.expm1(-Math.abs(s - old)));
          logDelta = Math.max(logDelta, logD - logC);
          relative = Math.max(relative, Math.abs(Math.expm1(old - s)));
        }
      }
      if (logNorm == ninf) {
        return 0;
      }
      bound = factor * Math.exp(logDelta - logNorm);
      if (bound <= tolerance) {
        if (relative <= tolerance) {
          return bound;
        }
        if (!reached && ++extra > budget) {
          return bound;
        }
      } else if (stall.at(logDelta - logNorm)) {
        return bound;
      }
    }
    return bound;
  }

  /** True if some vertex with inflow reaches i through entries (rows pull from their targets). */
  private boolean reachesFromInflow(boolean[] inflow, int i) {
    boolean[] seen = new boolean[n];
    int[] stack = new int[n];
    int top = 0;
    stack[top++] = i;
    seen[i] = true;
    while (top > 0) {
      int u = stack[--top];
      if (inflow[u]) {
        return true;
      }
      for (int k = offsets[u]; k < offsets[u + 1]; k++) {
        int v = targets[k];
        if (!seen[v]) {
          seen[v] = true;
          stack[top++] = v;
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "SeriesComponentSolver[" + n + " vertices, " + (lu != null ? "dense LU" : "Gauss-Seidel")
        + ", " + certificate + "]";
  }
}
