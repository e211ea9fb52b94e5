package org.pathsum.dataflow.intraprocedural;

/**
 * Shared test fixture: control-flow graphs with loops, with the answers a textbook publishes for
 * them.
 */
public final class DataflowExamples {

  private DataflowExamples() {}

  /**
   * The reaching-definitions example of Aho, Lam, Sethi and Ullman, <i>Compilers</i> (2nd ed.),
   * Fig. 9.13: a loop B2 → B3/B4 → B2 after an initialising block.
   *
   * <pre>
   * ENTRY → B1 → B2 → B3 → B4 → EXIT
   *              ↑    └────↗ │
   *              └───────────┘
   * B1: d1 i = m−1; d2 j = n; d3 a = u1     B3: d6 a = u2
   * B2: d4 i = i+1; d5 j = j−1              B4: d7 i = u3
   * </pre>
   *
   * The book's answers: IN[B2] = {d1, d2, d3, d5, d6, d7}, IN[B3] = IN[B4] = {d3, d4, d5, d6},
   * IN[EXIT] = {d3, d5, d6, d7}.
   */
  public static ControlFlowGraph dragonBook() {
    return ControlFlowGraph.builder()
        .block("ENTRY")
        .block(
            "B1",
            Statement.assign("d1", "i", "m"),
            Statement.assign("d2", "j", "n"),
            Statement.assign("d3", "a", "u1"))
        .block("B2", Statement.assign("d4", "i", "i"), Statement.assign("d5", "j", "j"))
        .block("B3", Statement.assign("d6", "a", "u2"))
        .block("B4", Statement.assign("d7", "i", "u3"))
        .block("EXIT")
        .edge("ENTRY", "B1")
        .edge("B1", "B2")
        .edge("B2", "B3")
        .edge("B2", "B4")
        .edge("B3", "B4")
        .edge("B4", "B2")
        .edge("B4", "EXIT")
        .build("ENTRY", "EXIT");
  }

  /**
   * Two nested loops summing a matrix:
   *
   * <pre>
   * s = 0; i = 0                       (B0)
   * while (i &lt; n) {                   (B1)
   *   j = 0                            (B2)
   *   while (j &lt; m) {                 (B3)
   *     s = s + a; j = j + 1           (B4)
   *   }
   *   i = i + 1                        (B5)
   * }
   * print s                            (B6)
   * </pre>
   */
  public static ControlFlowGraph nestedLoops() {
    return ControlFlowGraph.builder()
        .block("B0", Statement.assign("d1", "s"), Statement.assign("d2", "i"))
        .block("B1", Statement.use("c1", "i", "n"))
        .block("B2", Statement.assign("d3", "j"))
        .block("B3", Statement.use("c2", "j", "m"))
        .block("B4", Statement.assign("d4", "s", "s", "a"), Statement.assign("d5", "j", "j"))
        .block("B5", Statement.assign("d6", "i", "i"))
        .block("B6", Statement.use("p1", "s"))
        .edge("B0", "B1")
        .edge("B1", "B2")
        .edge("B1", "B6")
        .edge("B2", "B3")
        .edge("B3", "B4")
        .edge("B3", "B5")
        .edge("B4", "B3")
        .edge("B5", "B1")
        .build("B0", "B6");
  }
}
