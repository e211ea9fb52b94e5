package org.pathsum.ad;

/**
 * An immutable handle to one node of a computation graph: its index (the position in creation
 * order, which is a topological order) and its operation.
 *
 * <p>Two handles are equal when they denote the same index of graphs recorded by the same {@link
 * ComputationGraph.Builder}. A handle from one builder is rejected by every other builder and by
 * the graphs it did not build.
 */
public final class Node {

  private final Object owner;
  private final int index;
  private final Op op;

  Node(Object owner, int index, Op op) {
    this.owner = owner;
    this.index = index;
    this.op = op;
  }

  /** The node's index, {@code 0 <= index < nodeCount}; operands have smaller indices. */
  public int index() {
    return index;
  }

  /** The node's operation. */
  public Op op() {
    return op;
  }

  Object owner() {
    return owner;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Node && ((Node) o).owner == owner && ((Node) o).index == index;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(owner) * 31 + index;
  }

  @Override
  public String toString() {
    return "node " + index + " (" + op + ")";
  }
}
