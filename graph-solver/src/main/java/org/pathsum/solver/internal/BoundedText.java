package org.pathsum.solver.internal;

import java.util.Iterator;
import java.util.List;

/**
 * Text of bounded length for collections that may have millions of elements: the {@code toString}
 * of graphs, path sums and the cycles in exception messages show the first {@value #SHOWN} elements
 * and then how many more there are, e.g. {@code [a, b, c, … (997 more)]}.
 */
public final class BoundedText {

  /** How many elements are shown before the rest is counted. */
  public static final int SHOWN = 10;

  private BoundedText() {}

  /** {@code [e0, e1, …, e9, … (N more)]}; O(min(size, {@value #SHOWN})) element conversions. */
  public static String list(List<?> elements) {
    StringBuilder sb = new StringBuilder("[");
    int k = 0;
    for (Iterator<?> it = elements.iterator(); it.hasNext() && k < SHOWN; k++) {
      sb.append(k == 0 ? "" : ", ").append(it.next());
    }
    return more(sb, elements.size()).append(']').toString();
  }

  /**
   * A cycle {@code v0 -> v1 -> … -> v0}, the first {@value #SHOWN} vertices only.
   *
   * @throws IllegalArgumentException if the cycle is empty
   */
  public static String cycle(List<?> cycle) {
    if (cycle.isEmpty()) {
      throw new IllegalArgumentException("a cycle has at least one vertex");
    }
    StringBuilder sb = new StringBuilder();
    for (Object v : cycle.subList(0, Math.min(SHOWN, cycle.size()))) {
      sb.append(v).append(" -> ");
    }
    if (cycle.size() > SHOWN) {
      sb.append("… (").append(cycle.size() - SHOWN).append(" more vertices) -> ");
    }
    return sb.append(cycle.get(0)).toString();
  }

  private static StringBuilder more(StringBuilder sb, int size) {
    if (size > SHOWN) {
      sb.append(", … (").append(size - SHOWN).append(" more)");
    }
    return sb;
  }
}
