/**
 * Benchmarks of structured-prediction queries: marginals (forward–backward through the front door)
 * against one forward solve on a label lattice, the k best walks against the single best, and
 * exact (BigInteger) counting against {@code long} counting.
 */
package org.pathsum.benchmarks.structured;
