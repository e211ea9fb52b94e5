package org.pathsum.ad;

import java.util.Collections;
import java.util.List;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.internal.compiled.DagSweeps;

/**
 * The structural sparsity pattern of a graph's Jacobian ({@link ComputationGraph#sparsity()}):
 * entry (j, i) is {@code true} when some path joins input i to output j. The same path problem as
 * the Jacobian's, over the boolean semiring ({@link Semirings#booleans()}, ∨ and ∧) with every
 * edge weighted {@code true}, so it needs no point and no labels.
 *
 * <p>Structural: a {@code true} entry may still be 0 at a given point (a label can vanish, e.g.
 * relu below 0), but a {@code false} entry is 0 at every point. Cost: one forward boolean sweep
 * per input, O(n·(|V| + |E|)).
 */
final class Sparsity {

  private Sparsity() {}

  /**
   * The pattern, {@code outputCount} rows of {@code inputCount} entries, in the graph's output and
   * input orders.
   */
  static boolean[][] of(ComputationGraph g) {
    List<Boolean> weights = Collections.nCopies(g.edgeCount(), Boolean.TRUE);
    boolean[][] pattern = new boolean[g.outputCount()][g.inputCount()];
    for (int i = 0; i < g.inputCount(); i++) {
      List<Boolean> reach =
          DagSweeps.forward(g.compiledDag(), Semirings.booleans(), weights, g.inputNode(i));
      for (int j = 0; j < pattern.length; j++) {
        pattern[j][i] = reach.get(g.outputNode(j));
      }
    }
    return pattern;
  }
}
