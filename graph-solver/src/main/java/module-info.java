/**
 * Algebraic path problems over JGraphT graphs: the front door {@code
 * org.pathsum.solver.PathSumSolvers}, its results and its refusals.
 */
module org.pathsum.solver {
  requires transitive org.pathsum.semiring;
  requires transitive org.jgrapht.core;
  requires com.google.common;

  exports org.pathsum.solver;
  exports org.pathsum.solver.cyclic;
  exports org.pathsum.solver.compiled;
  exports org.pathsum.solver.elimination;
}
