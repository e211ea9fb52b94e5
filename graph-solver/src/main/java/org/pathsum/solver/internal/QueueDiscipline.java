package org.pathsum.solver.internal;

/**
 * The order in which residual propagation ({@link ResidualIteration}) takes vertices with pending
 * residuals off its queue. Every discipline gives the same path sums where the solver
 * converges; they differ in how much work it takes.
 */
enum QueueDiscipline {
  /**
   * First in, first out: Bellman–Ford in rounds. For a selective semiring without improving cycles,
   * every vertex is taken at most |V| times.
   */
  FIFO,

  /**
   * Strongly connected components in topological order, first in, first out inside each: a vertex
   * outside every cycle is taken once, when all its predecessors are done. On a DAG this is the
   * one-pass topological sweep.
   */
  SCC_ORDER,

  /**
   * The vertex with the best tentative value first, in the natural order of a selective semiring
   * ({@code a} before {@code b} when {@code a ⊕ b = a}): Dijkstra's algorithm for the tropical
   * semiring. Needs {@link org.pathsum.semiring.SemiringProperty#SELECTIVE_PLUS}; when every edge
   * weight w has {@code 1̄ ⊕ w = 1̄} (non-negative tropical weights) each vertex is taken once.
   */
  SHORTEST_FIRST
}
