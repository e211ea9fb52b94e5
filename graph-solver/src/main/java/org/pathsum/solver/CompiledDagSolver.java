package org.pathsum.solver;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.PathSums.Direction;
import org.pathsum.solver.compiled.CompiledDag;
import org.pathsum.solver.compiled.DagSweeps;

/**
 * The front door's solver for an acyclic graph: the compiled, topologically numbered {@link
 * CompiledDag} and the sweeps of {@link DagSweeps} — primitive {@code double} sweeps (with the real
 * and tropical kernels inlined) for a {@link DoubleSemiring}, the generic ones otherwise. The
 * backward sweep scatters over the in-adjacency, so no reverse structure is ever built. Cost per
 * query O(|V| + |E|) over the index range the query covers.
 */
final class CompiledDagSolver<V, E, W> implements PathSumSolver<V, W> {

  private final SolverGraph<V, E, W> sg;
  private final CompiledDag dag;
  private final DoubleSemiring primitive;
  private final List<W> boxed;

  @SuppressWarnings("unchecked")
  CompiledDagSolver(SolverGraph<V, E, W> sg) {
    this.sg = sg;
    this.dag = sg.compiled.dag();
    this.primitive = sg.doubles != null ? (DoubleSemiring) sg.semiring : null;
    this.boxed = Collections.unmodifiableList((List<W>) Arrays.asList(sg.weights));
  }

  @Override
  public Semiring<W> semiring() {
    return sg.semiring;
  }

  @Override
  public PathSums<V, W> solveFrom(V source) {
    int s = sg.index.indexOf(source, "source");
    if (primitive != null) {
      double[] out = DagSweeps.forward(dag, primitive, sg.doubles, s);
      return new IndexedPathSums<>(sg.semiring, source, Direction.FROM_SOURCE, sg.index, out, null);
    }
    Object[] out = DagSweeps.forward(dag, sg.semiring, boxed, s).toArray();
    return new IndexedPathSums<>(sg.semiring, source, Direction.FROM_SOURCE, sg.index, null, out);
  }

  @Override
  public PathSums<V, W> solveTo(V target) {
    int t = sg.index.indexOf(target, "target");
    if (primitive != null) {
      double[] out = DagSweeps.backward(dag, primitive, sg.doubles, t);
      return new IndexedPathSums<>(sg.semiring, target, Direction.TO_TARGET, sg.index, out, null);
    }
    Object[] out = DagSweeps.backward(dag, sg.semiring, boxed, t).toArray();
    return new IndexedPathSums<>(sg.semiring, target, Direction.TO_TARGET, sg.index, null, out);
  }

  @Override
  @SuppressWarnings("unchecked")
  public W solveBetween(V source, V target) {
    int s = sg.index.indexOf(source, "source");
    int t = sg.index.indexOf(target, "target");
    if (primitive != null) {
      return (W) (Double) DagSweeps.between(dag, primitive, sg.doubles, s, t);
    }
    return DagSweeps.between(dag, sg.semiring, boxed, s, t);
  }

  /** The compiled DAG this solver sweeps; for adapters and benchmarks. */
  CompiledDag dag() {
    return dag;
  }

  /** The compiled graph; for tests. */
  org.pathsum.solver.compiled.CompiledGraph<V, E> compiled() {
    return sg.compiled;
  }

  @Override
  public String toString() {
    return "PathSumSolver["
        + sg.semiring.name()
        + (primitive != null ? ", primitive" : ", generic")
        + " DAG sweeps, "
        + sg.compiled
        + "]";
  }
}
