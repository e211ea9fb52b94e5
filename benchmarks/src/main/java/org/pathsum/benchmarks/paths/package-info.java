/**
 * Path-solver benchmarks: the compiled real sweep against a raw loop over the same CSR arrays (the
 * memory floor), boxed against primitive sweeps, tropical single-source against JGraphT's Dijkstra
 * and Bellman–Ford on the same graph, and the bytes-per-edge and 10⁷-edge scale measurements.
 * Inputs are random DAGs built once per trial by {@link org.pathsum.benchmarks.paths.RandomDag}.
 */
package org.pathsum.benchmarks.paths;
