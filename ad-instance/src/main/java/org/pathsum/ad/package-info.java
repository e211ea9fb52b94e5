/**
 * Automatic differentiation as a path problem. A function's computation graph is labeled at a point
 * with the local partial derivative on every edge; every derivative is then a sum over paths of the
 * products of those labels, in the real semiring. Forward mode is a single-source path solve from
 * an input, reverse mode (backpropagation) a single-target solve to an output.
 *
 * <ul>
 *   <li>Write a function once against the number type {@link org.pathsum.ad.Arithmetic}, as a
 *       {@link org.pathsum.ad.Program}; run it on doubles, on {@link org.pathsum.ad.Dual} numbers,
 *       or record it as a {@link org.pathsum.ad.ComputationGraph} (or build one with {@link
 *       org.pathsum.ad.ComputationGraph.Builder}).
 *   <li>The graph is the one door: {@link org.pathsum.ad.ComputationGraph#gradient} (a {@link
 *       org.pathsum.ad.Gradient}; {@code valueAndGradient} allocates nothing), {@link
 *       org.pathsum.ad.ComputationGraph#jacobian} (a {@link org.pathsum.ad.Jacobian}, by a {@link
 *       org.pathsum.ad.Jacobian.Mode} chosen by shape or by name), {@link
 *       org.pathsum.ad.ComputationGraph#hessianVector}, and {@link
 *       org.pathsum.ad.ComputationGraph#labelAt}, the {@link org.pathsum.ad.LabeledGraph} for
 *       study: its JGraphT view, DOT, and the symbolic path sums.
 *   <li>The operations and their local partials: {@link org.pathsum.ad.Op}. A point outside a
 *       function's domain is refused with a {@link org.pathsum.ad.NonFiniteValueException} naming
 *       the node.
 *   <li>Array nodes: a node holds a vector or a matrix and its edges carry linear maps (the local
 *       Jacobians, never formed). Write a function once against {@link
 *       org.pathsum.ad.ArrayArithmetic} as an {@link org.pathsum.ad.ArrayProgram}, record it as an
 *       {@link org.pathsum.ad.ArrayGraph} and take its gradient (reverse mode, the transposed maps)
 *       or Jacobian–vector products (forward mode).
 *   <li>Expressions as text ({@code "(x + 4*y) * ((x + y) * y)"}): {@link
 *       org.pathsum.ad.expr.Expression}.
 * </ul>
 *
 * <p>No method in this package accepts or returns {@code null}.
 */
package org.pathsum.ad;
