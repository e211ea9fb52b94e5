package org.pathsum.solver.internal;

import java.math.BigInteger;
import java.util.function.LongFunction;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
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
 *
 * <p>The two counting semirings ({@link Semirings#counting()}, {@link Semirings#exactCounting()})
 * sweep on primitive {@code long} while every weight fits one ({@link DagSweeps#counts}): the
 * counts are exact there, and the values are then boxed once per vertex rather than once per edge.
 * At the first sum or product past {@link Long#MAX_VALUE} the query runs the generic sweep instead,
 * which refuses the count ({@code counting}) or carries on in {@link BigInteger} ({@code
 * exactCounting}), so answers and refusals are the generic sweep's either way.
 */
final class CompiledDagSolver<V, E, W> extends CompiledSolver<V, E, W> {

  private final CompiledDag dag;
  private final boolean primitive;
  private final long[] counts; // edge weights of a counting semiring, if all fit a long; else null
  private final LongFunction<W> boxCount;

  CompiledDagSolver(SolverGraph<V, E, W> sg) {
    super(sg);
    this.dag = sg.compiled.dag();
    this.primitive = sg.doubles != null;
    this.boxCount = primitive ? null : countBoxing(sg.semiring);
    this.counts = boxCount == null ? null : longWeights(sg.weights);
  }

  /** How a {@code long} count becomes a value of {@code s}, if {@code s} is a counting semiring. */
  @SuppressWarnings("unchecked")
  private static <W> LongFunction<W> countBoxing(Semiring<W> s) {
    if (Semirings.counting().equals(s)) {
      return c -> (W) Long.valueOf(c);
    }
    if (Semirings.exactCounting().equals(s)) {
      return c -> (W) BigInteger.valueOf(c);
    }
    return null;
  }

  /** The weights as {@code long}s, or null if one does not fit (an exact count past 2⁶³). */
  private static long[] longWeights(Object[] weights) {
    long[] w = new long[weights.length];
    for (int e = 0; e < w.length; e++) {
      Object x = weights[e];
      if (x instanceof Long) {
        w[e] = (Long) x;
      } else if (((BigInteger) x).bitLength() < Long.SIZE) {
        w[e] = ((BigInteger) x).longValue();
      } else {
        return null;
      }
    }
    return w;
  }

  @Override
  Object values(int anchor, boolean backward) {
    if (primitive) {
      return backward
          ? DagSweeps.backward(dag, sg.guard, sg.doubles, anchor)
          : DagSweeps.forward(dag, sg.guard, sg.doubles, anchor);
    }
    if (counts != null) {
      long[] c = DagSweeps.counts(dag, counts, anchor, backward);
      if (c != null) {
        Object[] boxed = new Object[c.length];
        for (int v = 0; v < c.length; v++) {
          boxed[v] = boxCount.apply(c[v]);
        }
        return boxed;
      }
    }
    return DagSweeps.checked(dag, sg.semiring, sg.weights, anchor, backward);
  }

  @Override
  @SuppressWarnings("unchecked")
  W between(int s, int t) {
    if (primitive) {
      return (W) (Double) DagSweeps.between(dag, sg.guard, sg.doubles, s, t);
    }
    if (counts != null) {
      long c = DagSweeps.countsBetween(dag, counts, s, t);
      if (c >= 0) {
        return boxCount.apply(c);
      }
    }
    return DagSweeps.checkedBetween(dag, sg.semiring, sg.weights, s, t);
  }

  /** The compiled DAG this solver sweeps; for adapters and benchmarks. */
  CompiledDag dag() {
    return dag;
  }

  @Override
  String describe() {
    return (primitive ? "primitive" : counts != null ? "long counting" : "generic") + " DAG sweeps";
  }
}
