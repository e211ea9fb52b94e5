package org.pathsum.ad;

/**
 * An edge of {@link LabeledGraph#asGraph()}: from an operand to the operation using it, labeled
 * with the local partial derivative at the labeling point. Immutable; parallel edges ({@code x*x})
 * are distinct objects with distinct indices.
 */
public final class LabeledEdge {

  private final int index;
  private final int source;
  private final int target;
  private final int position;
  private final double label;

  LabeledEdge(int index, int source, int target, int position, double label) {
    this.index = index;
    this.source = source;
    this.target = target;
    this.position = position;
    this.label = label;
  }

  /** The edge's index in the computation graph. */
  public int index() {
    return index;
  }

  /** The index of the operand node. */
  public int sourceIndex() {
    return source;
  }

  /** The index of the operation node. */
  public int targetIndex() {
    return target;
  }

  /** Which operand of the target this edge carries, from 0. */
  public int operandPosition() {
    return position;
  }

  /** The local partial derivative of the target with respect to this operand. */
  public double label() {
    return label;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LabeledEdge)) {
      return false;
    }
    LabeledEdge e = (LabeledEdge) o;
    return e.index == index
        && e.source == source
        && e.target == target
        && e.position == position
        && Double.compare(e.label, label) == 0;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(index) * 31 + Double.hashCode(label);
  }

  @Override
  public String toString() {
    return source + "->" + target + " [" + Numbers.compact(label) + "]";
  }
}
