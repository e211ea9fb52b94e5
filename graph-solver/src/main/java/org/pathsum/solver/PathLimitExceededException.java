package org.pathsum.solver;

/**
 * Thrown when {@link PathEnumerationSolver} would have to enumerate more paths than its limit.
 * Carries the limit.
 */
public class PathLimitExceededException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final long limit;

  /**
   * @param limit the number of paths that was exceeded
   * @param anchor the vertex the enumeration started from, for the message
   */
  public PathLimitExceededException(long limit, Object anchor) {
    super(
        "enumerating the paths from "
            + anchor
            + " exceeds the limit of "
            + limit
            + " paths; path enumeration is exponential and meant for small graphs: use"
            + " DagPathSolver, or raise the limit with PathEnumerationSolver.of(..., maxPaths)");
    this.limit = limit;
  }

  /** The number of paths that was exceeded. */
  public long limit() {
    return limit;
  }
}
