package org.pathsum.solver;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.solver.compiled.CompiledDag;
import org.pathsum.solver.compiled.DagSweeps;

/**
 * The front door's solver for an acyclic graph: the compiled, topologically numbered {@link
 * CompiledDag} and the sweeps of {@link DagSweeps} — primitive {@code double} sweeps (with the real
 * and tropical kernels inlined) for a {@link DoubleSemiring}, the generic ones otherwise. The
 * backward sweep scatters over the in-adjacency, so no reverse structure is ever built. Cost per
 * query O(|V| + |E|) over the index range the query covers.
 */
final class CompiledDagSolver<V, E, W> extends CompiledSolver<V, E, W> {

  private final CompiledDag dag;
  private final DoubleSemiring primitive;
  private final List<W> boxed;

  @SuppressWarnings("unchecked")
  CompiledDagSolver(SolverGraph<V, E, W> sg) {
    super(sg);
    this.dag = sg.compiled.dag();
    this.primitive = sg.doubles != null ? (DoubleSemiring) sg.semiring : null;
    // Only the generic sweeps read boxed weights; a DoubleSemiring's may exist only as doubles.
    this.boxed =
        primitive != null
            ? null
            : Collections.unmodifiableList((List<W>) Arrays.asList(sg.weights));
  }

  @Override
  Object values(int anchor, boolean backward) {
    if (primitive != null) {
      return backward
          ? DagSweeps.backward(dag, primitive, sg.doubles, anchor)
          : DagSweeps.forward(dag, primitive, sg.doubles, anchor);
    }
    return (backward
            ? DagSweeps.backward(dag, sg.semiring, boxed, anchor)
            : DagSweeps.forward(dag, sg.semiring, boxed, anchor))
        .toArray();
  }

  @Override
  @SuppressWarnings("unchecked")
  W between(int s, int t) {
    if (primitive != null) {
      return (W) (Double) DagSweeps.between(dag, primitive, sg.doubles, s, t);
    }
    return DagSweeps.between(dag, sg.semiring, boxed, s, t);
  }

  /** The compiled DAG this solver sweeps; for adapters and benchmarks. */
  CompiledDag dag() {
    return dag;
  }

  @Override
  String describe() {
    return (primitive != null ? "primitive" : "generic") + " DAG sweeps";
  }
}
