/**
 * Automatic differentiation as a path problem: a function's computation graph labeled with local
 * partial derivatives, whose path sums are its derivatives. The API is {@code org.pathsum.ad} (the
 * number-type interface, programs, the computation graph and its results) and {@code
 * org.pathsum.ad.expr} (functions written as text); the engines behind them are package-private.
 */
module org.pathsum.ad {
  // in the API: PathSumException and SymbolicSum (semiring), Graph (JGraphT's, the labeled view)
  requires transitive org.pathsum.semiring;
  requires transitive org.jgrapht.core;
  // behind it: the compiled DAG sweeps and vertex elimination, DOT export, and ASM, which writes
  // the compiled tapes (hidden classes of org.pathsum.ad)
  requires org.pathsum.solver;
  requires org.jgrapht.io;
  requires org.objectweb.asm;

  exports org.pathsum.ad;
  exports org.pathsum.ad.expr;
}
