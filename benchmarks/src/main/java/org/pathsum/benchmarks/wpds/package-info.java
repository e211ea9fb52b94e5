/**
 * Benchmarks of weighted pushdown systems: post* saturation throughput on generated systems, and
 * the interprocedural analyses over a whole real jar against Heros (IFDS) on the same supergraph.
 */
package org.pathsum.benchmarks.wpds;
