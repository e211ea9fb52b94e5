/**
 * The integer graph core that every solver runs on (not part of the API; exported to the
 * automatic-differentiation module, which builds computation graphs on it): {@link org.pathsum.solver.internal.compiled.IntGraph}
 * (edges in {@code int} arrays, CSR adjacency in both directions built on first use), its strongly
 * connected components in topological order ({@link org.pathsum.solver.internal.compiled.Components}), the
 * one vertex ↔ index map ({@link org.pathsum.solver.internal.compiled.VertexIndex}), the compiler from
 * JGraphT ({@link org.pathsum.solver.internal.compiled.GraphCompiler}, {@link
 * org.pathsum.solver.internal.compiled.CompiledGraph}), the acyclic view {@link
 * org.pathsum.solver.internal.compiled.CompiledDag} (built directly, without JGraphT objects, by
 * automatic differentiation) and the forward, backward and demand
 * sweeps over it ({@link org.pathsum.solver.internal.compiled.DagSweeps}), with primitive {@code double}
 * weights for the floating-point semirings and boxed weights for any other, and the checks that no
 * value leaves the carrier ({@link org.pathsum.solver.internal.compiled.CarrierGuard}).
 *
 * <p>No method in this package accepts or returns {@code null}.
 */
package org.pathsum.solver.internal.compiled;
