package org.pathsum.examples.structured;

import java.util.List;

/**
 * A discrete hidden Markov model — initial distribution π over {@code S} hidden states,
 * transition matrix A, emission matrix B over {@code K} symbols — whose inference is path sums
 * over the lattice of an observation sequence:
 *
 * <ul>
 *   <li>{@link #logLikelihood}: ln P(o), the log-semiring sum from start to end (the forward
 *       algorithm);
 *   <li>{@link #posteriors}: P(state at t = s | o), the expected visits of each lattice vertex
 *       (forward–backward, which is the gradient of ln P(o));
 *   <li>{@link #viterbi} and {@link #kBest}: the most probable state sequences, max-plus paths.
 * </ul>
 *
 * <p>The lattice of o₀ … o_{T−1} has an edge start → (0, s) weighing ln(π_s B_s(o₀)), an edge
 * (t, s) → (t+1, s′) weighing ln(A_{s s′} B_{s′}(o_{t+1})) and an edge (T−1, s) → end weighing
 * ln 1 = 0, so a path's weight is ln P(states, o). A zero probability is an edge of weight −∞, the
 * log semiring's 0̄, which no path uses.
 *
 * <p>Immutable; the arrays are copied. Cost per query: O(T·S²) time and memory (the lattice).
 */
public final class HiddenMarkovModel {

  private static final double STOCHASTIC = 1e-9;

  private final double[] initial;
  private final double[][] transition;
  private final double[][] emission;

  /**
   * A model from its probabilities.
   *
   * @param initial π, S entries
   * @param transition A, S × S, row s the distribution of the next state after s
   * @param emission B, S × K, row s the distribution of the symbol emitted in s
   * @throws IllegalArgumentException if a shape is wrong, an entry is negative or not finite, or a
   *     row does not sum to 1 within 1e-9, naming the row
   */
  public HiddenMarkovModel(double[] initial, double[][] transition, double[][] emission) {
    int states = initial.length;
    if (states == 0) {
      throw new IllegalArgumentException("a model needs at least one state");
    }
    checkDistribution("initial", initial, states);
    if (transition.length != states) {
      throw new IllegalArgumentException(
          "transition has " + transition.length + " rows for " + states + " states");
    }
    for (int s = 0; s < states; s++) {
      checkDistribution("transition row " + s, transition[s], states);
    }
    if (emission.length != states) {
      throw new IllegalArgumentException(
          "emission has " + emission.length + " rows for " + states + " states");
    }
    int symbols = emission[0].length;
    for (int s = 0; s < states; s++) {
      checkDistribution("emission row " + s, emission[s], symbols);
    }
    this.initial = initial.clone();
    this.transition = copy(transition);
    this.emission = copy(emission);
  }

  /** The number of hidden states S. */
  public int states() {
    return initial.length;
  }

  /** The number of observable symbols K. */
  public int symbols() {
    return emission[0].length;
  }

  /**
   * ln P(o): the log-semiring path sum of the observation lattice. −∞ if the model cannot emit
   * {@code observations}.
   *
   * @throws IllegalArgumentException if {@code observations} is empty or holds a symbol outside
   *     0 … K−1, naming its position
   */
  public double logLikelihood(int... observations) {
    return Lattices.logTotal(lattice(observations));
  }

  /**
   * The posterior probability of each state at each position given the observations, {@code
   * [t][s]}: the expected visits of lattice vertex (t, s) under the path distribution, from one
   * forward and one backward solve.
   *
   * @throws IllegalArgumentException as {@link #logLikelihood}, or if P(o) = 0
   */
  public double[][] posteriors(int... observations) {
    return Lattices.vertexMarginals(lattice(observations));
  }

  /**
   * The most probable state sequence and ln P(states, o) (Viterbi): the max-plus best path.
   *
   * @throws IllegalArgumentException as {@link #logLikelihood}, or if P(o) = 0
   */
  public Labeling viterbi(int... observations) {
    List<Labeling> best = kBest(1, observations);
    if (best.isEmpty()) {
      throw new IllegalArgumentException("the model cannot emit these observations: P(o) = 0");
    }
    return best.get(0);
  }

  /**
   * The {@code k} most probable state sequences, best first, with ln P(states, o); fewer if fewer
   * have nonzero probability. Ties are kept and listed in an unspecified order.
   *
   * @throws IllegalArgumentException as {@link #logLikelihood}, or if {@code k < 1}
   */
  public List<Labeling> kBest(int k, int... observations) {
    return Lattices.kBest(lattice(observations), k);
  }

  private Lattices.Weighted lattice(int[] observations) {
    if (observations.length == 0) {
      throw new IllegalArgumentException("no observations");
    }
    for (int t = 0; t < observations.length; t++) {
      if (observations[t] < 0 || observations[t] >= symbols()) {
        throw new IllegalArgumentException(
            "observation "
                + t
                + " is symbol "
                + observations[t]
                + ", outside 0.."
                + (symbols() - 1));
      }
    }
    int states = states();
    ChainLattice lattice = new ChainLattice(observations.length, states);
    double[] w = new double[lattice.edgeCount()];
    for (int s = 0; s < states; s++) {
      w[lattice.startEdge(s)] = Math.log(initial[s] * emission[s][observations[0]]);
      w[lattice.endEdge(s)] = 0;
    }
    for (int t = 0; t + 1 < observations.length; t++) {
      int o = observations[t + 1];
      for (int s = 0; s < states; s++) {
        for (int r = 0; r < states; r++) {
          w[lattice.transitionEdge(t, s, r)] = Math.log(transition[s][r] * emission[r][o]);
        }
      }
    }
    return new Lattices.Weighted(lattice, w);
  }

  private static void checkDistribution(String what, double[] row, int size) {
    if (row.length != size) {
      throw new IllegalArgumentException(what + " has " + row.length + " entries, not " + size);
    }
    double sum = 0;
    for (int i = 0; i < row.length; i++) {
      if (!(row[i] >= 0) || Double.isInfinite(row[i])) {
        throw new IllegalArgumentException(what + " entry " + i + " is " + row[i]);
      }
      sum += row[i];
    }
    if (Math.abs(sum - 1) > STOCHASTIC) {
      throw new IllegalArgumentException(what + " sums to " + sum + ", not 1");
    }
  }

  private static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }
}
