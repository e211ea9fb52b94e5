package org.pathsum.examples.structured;

import java.util.List;

/**
 * A linear-chain conditional random field over one input, given by its log-potentials: a score
 * for each label at each position (the features of the input already dotted with the weights), a
 * score for each pair of consecutive labels, and scores for the first and last label. A labeling
 * y scores s(y) = start(y₀) + Σ_t unary(t, y_t) + Σ_t transition(y_t, y_{t+1}) + end(y_{T−1}), and
 * has probability exp(s(y)) / Z.
 *
 * <p>Every quantity is a path sum over the chain lattice, whose edges carry the scores (start →
 * (0, y): start(y) + unary(0, y); (t, y) → (t+1, y′): transition(y, y′) + unary(t+1, y′);
 * (T−1, y) → end: end(y)):
 *
 * <ul>
 *   <li>{@link #logPartition()}: ln Z, the log-semiring sum;
 *   <li>{@link #marginals()} and {@link #pairMarginals}: vertex and edge marginals (the gradient of
 *       ln Z with respect to the scores);
 *   <li>{@link #best()} and {@link #kBest}: max-plus paths;
 *   <li>{@link #entropy()}: H = ln Z − E[s(y)], with E[s(y)] = Σ_e μ_e s_e over the edge marginals
 *       μ — stable in the log domain at any length.
 * </ul>
 *
 * <p>Immutable; the arrays are copied. Cost per query: O(T·L²).
 */
public final class LinearChainCrf {

  private final double[][] unary;
  private final double[][] transition;
  private final double[] start;
  private final double[] end;
  private final Lattices.Weighted lattice;

  /**
   * A chain from its scores.
   *
   * @param unary T × L scores of each label at each position
   * @param transition L × L scores of each consecutive pair
   * @param start L scores of the first label
   * @param end L scores of the last label
   * @throws IllegalArgumentException if a shape is wrong or a score is NaN or +∞ (−∞ forbids a
   *     label or pair), naming it
   */
  public LinearChainCrf(double[][] unary, double[][] transition, double[] start, double[] end) {
    if (unary.length == 0 || unary[0].length == 0) {
      throw new IllegalArgumentException("a chain needs at least one position and one label");
    }
    int labels = unary[0].length;
    for (int t = 0; t < unary.length; t++) {
      check("unary row " + t, unary[t], labels);
    }
    if (transition.length != labels) {
      throw new IllegalArgumentException(
          "transition has " + transition.length + " rows for " + labels + " labels");
    }
    for (int y = 0; y < labels; y++) {
      check("transition row " + y, transition[y], labels);
    }
    check("start", start, labels);
    check("end", end, labels);
    this.unary = copy(unary);
    this.transition = copy(transition);
    this.start = start.clone();
    this.end = end.clone();
    ChainLattice chain = new ChainLattice(unary.length, labels);
    double[] w = new double[chain.edgeCount()];
    for (int y = 0; y < labels; y++) {
      w[chain.startEdge(y)] = start[y] + unary[0][y];
      w[chain.endEdge(y)] = end[y];
    }
    for (int t = 0; t + 1 < unary.length; t++) {
      for (int y = 0; y < labels; y++) {
        for (int z = 0; z < labels; z++) {
          w[chain.transitionEdge(t, y, z)] = transition[y][z] + unary[t + 1][z];
        }
      }
    }
    this.lattice = new Lattices.Weighted(chain, w);
  }

  /** The number of positions T. */
  public int length() {
    return unary.length;
  }

  /** The number of labels L. */
  public int labels() {
    return start.length;
  }

  /** The score s(y) of a labeling, summed directly from the potentials. */
  public double score(int... labeling) {
    if (labeling.length != length()) {
      throw new IllegalArgumentException(
          "a labeling has " + length() + " labels, got " + labeling.length);
    }
    double s = start[labeling[0]] + end[labeling[length() - 1]];
    for (int t = 0; t < length(); t++) {
      s += unary[t][labeling[t]];
      if (t + 1 < length()) {
        s += transition[labeling[t]][labeling[t + 1]];
      }
    }
    return s;
  }

  /**
   * ln Z, the log-semiring sum of the lattice.
   *
   * @return −∞ if every labeling is forbidden
   */
  public double logPartition() {
    return Lattices.logTotal(lattice);
  }

  /**
   * P(y_t = y), {@code [t][y]}: each lattice vertex's expected visits.
   *
   * @throws IllegalArgumentException if every labeling is forbidden
   */
  public double[][] marginals() {
    return Lattices.vertexMarginals(lattice);
  }

  /**
   * P(y_t = y, y_{t+1} = z), {@code [y][z]}, for {@code 0 ≤ t < T − 1}: the transition edges'
   * marginals.
   *
   * @throws IllegalArgumentException if t is out of range or every labeling is forbidden
   */
  public double[][] pairMarginals(int position) {
    if (position < 0 || position + 1 >= length()) {
      throw new IllegalArgumentException(
          "position " + position + " has no successor in a chain of " + length());
    }
    double[] edges = Lattices.edgeMarginals(lattice);
    int labels = labels();
    double[][] pair = new double[labels][labels];
    for (int y = 0; y < labels; y++) {
      for (int z = 0; z < labels; z++) {
        pair[y][z] = edges[lattice.chain().transitionEdge(position, y, z)];
      }
    }
    return pair;
  }

  /**
   * The entropy of the labeling distribution in nats, H = ln Z − Σ_e μ_e s_e.
   *
   * @throws IllegalArgumentException if every labeling is forbidden
   */
  public double entropy() {
    double[] mu = Lattices.edgeMarginals(lattice);
    double expected = 0;
    double[] w = lattice.weights();
    for (int e = 0; e < w.length; e++) {
      if (mu[e] != 0) {
        expected += mu[e] * w[e];
      }
    }
    return logPartition() - expected;
  }

  /**
   * The highest-scoring labeling and its score.
   *
   * @throws IllegalArgumentException if every labeling is forbidden
   */
  public Labeling best() {
    List<Labeling> best = kBest(1);
    if (best.isEmpty()) {
      throw new IllegalArgumentException("every labeling is forbidden");
    }
    return best.get(0);
  }

  /**
   * The {@code k} highest-scoring labelings, best first; fewer if fewer are allowed. Ties are
   * kept, in an unspecified order.
   *
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public List<Labeling> kBest(int k) {
    return Lattices.kBest(lattice, k);
  }

  private static void check(String what, double[] row, int size) {
    if (row.length != size) {
      throw new IllegalArgumentException(what + " has " + row.length + " entries, not " + size);
    }
    for (int i = 0; i < size; i++) {
      if (Double.isNaN(row[i]) || row[i] == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException(what + " entry " + i + " is " + row[i]);
      }
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
