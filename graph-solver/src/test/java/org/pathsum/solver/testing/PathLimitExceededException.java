package org.pathsum.solver.testing;

import org.pathsum.solver.PathSumSolvers;

import org.pathsum.semiring.PathSumException;

/**
 * Thrown when {@link PathEnumerationSolver} would have to enumerate more paths than its limit.
 * Carries the limit and the vertex the enumeration started from.
 */
public class PathLimitExceededException extends PathSumException {

  private static final long serialVersionUID = 1L;

  private final long limit;
  private final transient Object anchor;

  /**
   * @param limit the number of paths that was exceeded
   * @param anchor the vertex the enumeration started from
   */
  public PathLimitExceededException(long limit, Object anchor) {
    super(
        "enumerating the paths from "
            + anchor
            + " exceeds the limit of "
            + limit
            + " paths; path enumeration is exponential and meant for small graphs: use"
            + " PathSumSolvers.forGraph, or raise the limit with PathEnumerationSolver.of(...,"
            + " maxPaths)");
    this.limit = limit;
    this.anchor = anchor;
  }

  /** The number of paths that was exceeded. */
  public long limit() {
    return limit;
  }

  /** The vertex the enumeration started from; {@code V} is the graph's vertex type. */
  @SuppressWarnings("unchecked")
  public <V> V anchor() {
    return (V) anchor;
  }
}
