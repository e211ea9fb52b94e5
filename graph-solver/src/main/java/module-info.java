/**
 * Algebraic path problems over JGraphT graphs. The front door is {@code
 * org.pathsum.solver.PathSumSolvers}; its results and refusals live beside it in {@code
 * org.pathsum.solver}, the only package exported to everyone. The integer graph core, the DAG
 * sweeps and vertex elimination are exported to the automatic-differentiation module only, which
 * builds computation graphs on them.
 */
module org.pathsum.solver {
  requires transitive org.pathsum.semiring;
  requires transitive org.jgrapht.core;
  requires com.google.common;

  exports org.pathsum.solver;
  exports org.pathsum.solver.internal.compiled to
      org.pathsum.ad;
  exports org.pathsum.solver.internal.elimination to
      org.pathsum.ad;
}
