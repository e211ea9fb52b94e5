package org.pathsum.solver.internal;

import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.solver.internal.compiled.CompiledDag;
import org.pathsum.solver.internal.compiled.DagSweeps;

/**
 * The front door's solver for an acyclic graph: the compiled, topologically numbered {@link
 * CompiledDag} and the sweeps of {@link DagSweeps} — primitive {@code double} sweeps (with the real
 * and tropical kernels inlined) for a {@link DoubleSemiring}, the generic ones otherwise. The
 * backward sweep scatters over the in-adjacency, so no reverse structure is ever built. Every
 * sweep checks that no value leaves the carrier (one test per vertex on the primitive sweeps; see
 * {@link org.pathsum.solver.internal.compiled.CarrierGuard}). Cost per query O(|V| + |E|) over the index
 * range the query covers.
 */
final class CompiledDagSolver<V, E, W> extends CompiledSolver<V, E, W> {

  private final CompiledDag dag;
  private final boolean primitive;

  CompiledDagSolver(SolverGraph<V, E, W> sg) {
    super(sg);
    this.dag = sg.compiled.dag();
    this.primitive = sg.doubles != null;
  }

  @Override
  Object values(int anchor, boolean backward) {
    if (primitive) {
      return backward
          ? DagSweeps.backward(dag, sg.guard, sg.doubles, anchor)
          : DagSweeps.forward(dag, sg.guard, sg.doubles, anchor);
    }
    return DagSweeps.checked(dag, sg.semiring, sg.weights, anchor, backward);
  }

  @Override
  @SuppressWarnings("unchecked")
  W between(int s, int t) {
    if (primitive) {
      return (W) (Double) DagSweeps.between(dag, sg.guard, sg.doubles, s, t);
    }
    return DagSweeps.checkedBetween(dag, sg.semiring, sg.weights, s, t);
  }

  /** The compiled DAG this solver sweeps; for adapters and benchmarks. */
  CompiledDag dag() {
    return dag;
  }

  @Override
  String describe() {
    return (primitive ? "primitive" : "generic") + " DAG sweeps";
  }
}
