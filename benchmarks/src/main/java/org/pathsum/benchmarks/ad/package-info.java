/**
 * Automatic-differentiation benchmarks: forward against reverse Jacobians of a family f: ℝⁿ → ℝᵐ
 * ({@link org.pathsum.benchmarks.ad.JacobianBenchmark}), the cheap-gradient ratio on functions of
 * more than 10⁵ nodes against hand-written Java ({@link
 * org.pathsum.benchmarks.ad.GradientBenchmark}, and over array nodes at two sizes in {@link
 * org.pathsum.benchmarks.ad.ArrayNodeBenchmark}), and forward-mode peers — Hipparchus {@code
 * Gradient} and {@code DerivativeStructure}, pathsum's dual numbers — on the same function ({@link
 * org.pathsum.benchmarks.ad.PeerBenchmark}). The test functions are written once against {@link
 * org.pathsum.ad.Arithmetic} in {@link org.pathsum.benchmarks.ad.TestFunctions}, with hand-written
 * values and gradients as the floor.
 */
package org.pathsum.benchmarks.ad;
