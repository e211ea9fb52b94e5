package org.pathsum.examples.structured;

import java.util.Arrays;

/**
 * A sequence of labels (or hidden states) with its score: the log-probability of the sequence
 * and the observations under a hidden Markov model, or the unnormalized log-score under a
 * conditional random field. Immutable.
 */
public final class Labeling {

  private final int[] labels;
  private final double score;

  Labeling(int[] labels, double score) {
    this.labels = labels.clone();
    this.score = score;
  }

  /** The label at each position, a copy. */
  public int[] labels() {
    return labels.clone();
  }

  /** The label at {@code position}. */
  public int label(int position) {
    return labels[position];
  }

  /** The number of positions. */
  public int length() {
    return labels.length;
  }

  /** The log-probability (HMM) or log-score (CRF) of this labeling. */
  public double score() {
    return score;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Labeling
        && Arrays.equals(labels, ((Labeling) o).labels)
        && Double.compare(score, ((Labeling) o).score) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(labels) + Double.hashCode(score);
  }

  @Override
  public String toString() {
    return Arrays.toString(labels) + " " + score;
  }
}
