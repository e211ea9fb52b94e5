/**
 * Automatic differentiation as a path problem.
 *
 * <ul>
 *   <li>{@link org.pathsum.ad.ComputationGraph}: recorded once, by its {@link
 *       org.pathsum.ad.ComputationGraph.Builder} or by running a {@link org.pathsum.ad.Program}
 *       written against {@link org.pathsum.ad.Arithmetic}; the rule table of every operation is
 *       {@link org.pathsum.ad.Op}.
 *   <li>The graph is held as a tape (package-private {@code Tape}): a structure of arrays with
 *       implicit edge ids, one fused rule per node for values and local partials, a reverse sweep
 *       that is bit for bit {@code DagSweeps.backward}, and a per-thread workspace, so that {@link
 *       org.pathsum.ad.ComputationGraph#gradient(double[], double[])} allocates nothing after the
 *       first call; {@link org.pathsum.ad.Program#gradient} and {@code
 *       ExpressionCompiler.gradient} are the one-call forms.
 *   <li>{@link org.pathsum.ad.LabeledGraph}: the graph at a point, values on nodes and local
 *       partials on edges; a JGraphT view, and DOT through {@link org.pathsum.ad.LabeledGraphDot}.
 *   <li>{@link org.pathsum.ad.AutoDiff}: forward mode is a single-source path solve from an input,
 *       reverse mode a single-target solve to an output, both over the real semiring on the graph's
 *       compiled DAG. The same DAG over other semirings gives {@link org.pathsum.ad.SymbolicPaths}
 *       (free semiring: the lecture's formulas), {@link org.pathsum.ad.Sparsity} (boolean) and
 *       {@link org.pathsum.ad.HessianVector} (dual numbers: forward-over-reverse).
 *   <li>{@link org.pathsum.ad.Dual} and {@link org.pathsum.ad.DualEvaluator}: the lecture's
 *       differentiation arithmetic, the independent third way.
 * </ul>
 *
 * <p>No method in this package accepts or returns {@code null}.
 */
package org.pathsum.ad;
