/**
 * Array-level strategies for one strongly connected component at a time, over a local CSR ({@code
 * int[] offsets, int[] targets, double[] weights}), for the front door's walk over the
 * condensation; not part of the API. {@link
 * org.pathsum.solver.internal.cyclic.SpectralRadiusCertificate} proves ρ(|A|) &lt; 1 (or refuses)
 * for the real and log arithmetics; {@link org.pathsum.solver.internal.cyclic.SeriesComponentSolver}
 * then solves {@code x = b + Ax} by Gauss–Seidel (dense LU first for small components) and proves
 * the accuracy reached; {@link org.pathsum.solver.internal.cyclic.SelectiveComponentSolver} solves
 * min-plus and max-plus by Dijkstra or by Bellman–Ford with subtree disassembly, deciding a cycle's
 * sign exactly. Their refusals, {@link
 * org.pathsum.solver.internal.cyclic.ComponentRefusalException}, carry local indices; the caller
 * maps them to the graph's vertices.
 *
 * <p>No method in this package accepts or returns {@code null}, and no algorithm recurses.
 */
package org.pathsum.solver.internal.cyclic;
