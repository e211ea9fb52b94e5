package org.pathsum.solver.testing;

import org.pathsum.solver.PathSumSolvers;
import org.pathsum.solver.PathSumSolvers.Algorithm;
import org.pathsum.solver.PathSumSolvers.Options;

/** The options that name each algorithm of the front door, for tests that compare them. */
public final class NamedAlgorithms {

  /** Star elimination in every cyclic component. */
  public static final Options STAR =
      PathSumSolvers.Options.defaults().withAlgorithm(Algorithm.STAR_ELIMINATION);

  /** Residual propagation in every cyclic component. */
  public static final Options RESIDUAL =
      PathSumSolvers.Options.defaults().withAlgorithm(Algorithm.RESIDUAL);

  private NamedAlgorithms() {}
}
