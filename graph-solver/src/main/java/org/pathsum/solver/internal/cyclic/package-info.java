/**
 * What graphs <em>with cycles</em> need beyond the front door {@link
 * org.pathsum.solver.PathSumSolvers}: the refusals that carry a responsible cycle ({@link
 * org.pathsum.solver.DivergentPathSumException} and its subclasses {@link
 * org.pathsum.solver.NegativeCycleException}, {@link
 * org.pathsum.solver.InfinitePathSumException} and {@link
 * org.pathsum.solver.DivergentSeriesException}), the {@link
 * org.pathsum.solver.cyclic.QueueDiscipline} of the residual solver, {@link
 * org.pathsum.solver.WitnessPaths}, the {@linkplain org.pathsum.semiring.PathExpressions
 * path-expression semiring}, and the array-level component strategies below.
 *
 * <p>Array-level strategies for one strongly connected component at a time, over a local CSR
 * ({@code int[] offsets, int[] targets, double[] weights}), for the front door's condensation:
 * {@link org.pathsum.solver.internal.cyclic.SpectralRadiusCertificate} proves ρ(|A|) &lt; 1 (or refuses) for
 * the real and log semirings; {@link org.pathsum.solver.internal.cyclic.SeriesComponentSolver} then solves
 * {@code x = b + Ax} by Gauss–Seidel (dense LU first for small components) to a proven tolerance;
 * {@link org.pathsum.solver.internal.cyclic.SelectiveComponentSolver} solves tropical and max-plus by
 * Dijkstra or by Bellman–Ford with subtree disassembly. Their refusals, {@link
 * org.pathsum.solver.internal.cyclic.ComponentRefusalException}, carry local indices and map to {@link
 * org.pathsum.solver.DivergentSeriesException}, {@link
 * org.pathsum.solver.NegativeCycleException} or {@link
 * org.pathsum.solver.CarrierOverflowException}.
 *
 * <p>No method in this package accepts or returns {@code null}, and no algorithm recurses: a
 * million-vertex chain or a long cycle does not overflow the stack.
 */
package org.pathsum.solver.internal.cyclic;

import org.pathsum.solver.PathSumSolvers;
import org.pathsum.solver.WitnessPaths;
import org.pathsum.solver.CarrierOverflowException;
import org.pathsum.solver.DivergentPathSumException;
import org.pathsum.solver.DivergentSeriesException;
import org.pathsum.solver.InfinitePathSumException;
import org.pathsum.solver.NegativeCycleException;
