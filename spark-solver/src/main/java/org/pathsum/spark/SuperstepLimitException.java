package org.pathsum.spark;

import org.pathsum.semiring.PathSumException;

/**
 * A Spark solve stopped by its budget: {@link SparkPathSums.Settings#maxSupersteps()} supersteps ran
 * and the path sums had neither settled (a fixed point, or a real/log tail below the tolerance) nor
 * been proven undefined (an improving cycle, a divergent series). This is not a verdict on the
 * graph: the same solve with a larger budget may finish. Carries the budget, the semiring and the
 * vertices still changing in the last superstep.
 */
public class SuperstepLimitException extends PathSumException {

  private static final long serialVersionUID = 1L;

  private final int limit;
  private final String semiring;
  private final long changing;

  /**
   * @param limit the supersteps allowed, all of which ran
   * @param semiring the semiring's name
   * @param changing how many vertices' sums changed in the last superstep
   */
  public SuperstepLimitException(int limit, String semiring, long changing) {
    super(
        "stopped at the superstep budget: the "
            + semiring
            + " path sums had not settled after "
            + limit
            + " supersteps ("
            + changing
            + " vertices still changing); this is a budget stop, not a divergence: raise the budget"
            + " with --max-supersteps N (SparkPathSums.Settings.maxSupersteps in the API)");
    this.limit = limit;
    this.semiring = semiring;
    this.changing = changing;
  }

  /** The number of supersteps allowed, all of which ran. */
  public int limit() {
    return limit;
  }

  /** The semiring's name. */
  public String semiring() {
    return semiring;
  }

  /** How many vertices' sums changed in the last superstep. */
  public long changing() {
    return changing;
  }
}
