package org.pathsum.examples.structured;

import org.pathsum.semiring.SecondOrder;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.Marginals;
import org.pathsum.solver.PathSumSolvers;

/**
 * An absorbing Markov chain with a cost on every step — a model whose graph has cycles, so its
 * sums are infinite series that the front door certifies (or refuses) rather than a finite
 * dynamic program. Transient states 0 … n−1 move to state j with probability Q(i, j) at cost
 * C(i, j), and are absorbed with the remaining probability 1 − Σ_j Q(i, j) at cost a(i).
 *
 * <p>The graph has the n transient states and one absorbing vertex (index n); a walk from a
 * start state to the absorbing vertex is one run of the chain, its weight the run's probability.
 *
 * <ul>
 *   <li>{@link #expectedVisits}: the expected number of visits of each state before absorption
 *       (a row of the fundamental matrix (I − Q)⁻¹), as the vertex marginals of the real-semiring
 *       sum from the start to absorption;
 *   <li>{@link #cost}: the mean and variance of the total cost of a run, from one path sum in
 *       the second-order expectation semiring with edge weights ⟨p, p·c, p·c, p·c²⟩.
 * </ul>
 *
 * <p>Immutable; the arrays are copied. Cost per query: that of a real-semiring solve with cycles
 * (certified to the front door's default accuracy), or of star elimination over the n + 1
 * vertices for {@link #cost}.
 */
public final class AbsorbingChain {

  private final int n;
  private final int[] from;
  private final int[] to;
  private final double[] probability;
  private final double[] stepCost;

  /**
   * A chain from its transient transitions and costs.
   *
   * @param transitions Q, n × n, non-negative, each row summing to at most 1
   * @param costs C, n × n, finite
   * @param absorptionCosts a, n entries, finite
   * @throws IllegalArgumentException if a shape is wrong, a probability is negative or a row sums
   *     past 1 (more than rounding), or a cost is not finite, naming it
   */
  public AbsorbingChain(double[][] transitions, double[][] costs, double[] absorptionCosts) {
    n = transitions.length;
    if (n == 0) {
      throw new IllegalArgumentException("a chain needs at least one transient state");
    }
    if (costs.length != n || absorptionCosts.length != n) {
      throw new IllegalArgumentException("costs must have " + n + " rows and entries");
    }
    int edges = n;
    for (int i = 0; i < n; i++) {
      if (transitions[i].length != n || costs[i].length != n) {
        throw new IllegalArgumentException("row " + i + " must have " + n + " entries");
      }
      for (int j = 0; j < n; j++) {
        if (transitions[i][j] != 0) {
          edges++;
        }
      }
    }
    from = new int[edges];
    to = new int[edges];
    probability = new double[edges];
    stepCost = new double[edges];
    int e = 0;
    for (int i = 0; i < n; i++) {
      double stay = 0;
      for (int j = 0; j < n; j++) {
        double q = transitions[i][j];
        if (!(q >= 0 && q <= 1)) {
          throw new IllegalArgumentException("Q(" + i + ", " + j + ") = " + q);
        }
        checkCost("C(" + i + ", " + j + ")", costs[i][j]);
        stay += q;
        if (q != 0) {
          from[e] = i;
          to[e] = j;
          probability[e] = q;
          stepCost[e] = costs[i][j];
          e++;
        }
      }
      if (stay > 1 + 1e-12) {
        throw new IllegalArgumentException("row " + i + " of Q sums to " + stay + ", past 1");
      }
      checkCost("a(" + i + ")", absorptionCosts[i]);
      from[e] = i;
      to[e] = n;
      probability[e] = Math.max(0, 1 - stay);
      stepCost[e] = absorptionCosts[i];
      e++;
    }
  }

  /** The number of transient states. */
  public int states() {
    return n;
  }

  /**
   * The expected number of visits of each transient state in a run from {@code start} that is
   * absorbed (the start itself counted once for being there at time 0): the expectation over the
   * walks that end, weighted by their probabilities and divided by the probability of absorption.
   * Runs that enter a closed class of transient states never end and do not count; when every run
   * is absorbed this is row {@code start} of (I − Q)⁻¹.
   *
   * @throws IllegalArgumentException if {@code start} is not a state, or no run from it is
   *     absorbed
   */
  public double[] expectedVisits(int start) {
    checkState(start);
    Marginals<Integer, Integer> m =
        PathSumSolvers.marginals(Lattices.indices(n + 1), from, to, Semirings.real(), probability, start, n);
    double[] visits = new double[n];
    for (int v = 0; v < n; v++) {
      visits[v] = m.visits(v);
    }
    return visits;
  }

  /**
   * The mean and variance of a run's total cost from {@code start}, over the runs that are absorbed
   * (as for {@link #expectedVisits}),
   * as {@code {mean, variance}}.
   *
   * @throws IllegalArgumentException if {@code start} is not a state, or no run from it is
   *     absorbed
   */
  public double[] cost(int start) {
    checkState(start);
    SecondOrder total =
        PathSumSolvers.forEdgeArrays(
                Lattices.indices(n + 1),
                from,
                to,
                Semirings.secondOrder(),
                e -> {
                  double p = probability[e];
                  double c = stepCost[e];
                  return SecondOrder.of(p, p * c, p * c, p * c * c);
                })
            .solveBetween(start, n);
    if (total.p() == 0) {
      throw new IllegalArgumentException("no run from state " + start + " is absorbed");
    }
    double mean = total.r() / total.p();
    return new double[] {mean, total.t() / total.p() - mean * mean};
  }

  private void checkState(int state) {
    if (state < 0 || state >= n) {
      throw new IllegalArgumentException("state " + state + " is not in 0.." + (n - 1));
    }
  }

  private static void checkCost(String what, double c) {
    if (!Double.isFinite(c)) {
      throw new IllegalArgumentException(what + " = " + c);
    }
  }
}
