package org.pathsum.dataflow;

import java.util.SplittableRandom;

/** Seeded random supergraphs for tests: a few procedures, locals, globals, loops and calls. */
final class RandomPrograms {

  private RandomPrograms() {}

  /**
   * A random program. Procedure 0 is the root. Without {@code recursive}, a procedure only calls
   * procedures with a larger number.
   */
  static Supergraph random(SplittableRandom rnd, int procedures, boolean recursive) {
    Supergraph.Builder b = Supergraph.builder();
    int[] vars = {b.local(0), b.local(1), b.local(2), b.global("G"), b.global("H")};
    int[] procs = new int[procedures];
    for (int p = 0; p < procedures; p++) {
      procs[p] = rnd.nextBoolean() ? b.procedure("P" + p, vars[0]) : b.procedure("P" + p);
    }
    for (int p = 0; p < procedures; p++) {
      int len = 2 + rnd.nextInt(5);
      int[] nodes = new int[len];
      for (int i = 0; i < len; i++) {
        nodes[i] = b.node(procs[p], "P" + p + "." + i, pick(rnd, vars, 2), pick(rnd, vars, 2));
      }
      b.edge(b.entryOf(procs[p]), nodes[0]);
      for (int i = 0; i + 1 < len; i++) {
        boolean call = rnd.nextInt(3) == 0 && (recursive || p + 1 < procedures);
        if (call) {
          int callee =
              recursive ? rnd.nextInt(procedures) : p + 1 + rnd.nextInt(procedures - p - 1);
          b.call(nodes[i], procs[callee], nodes[i + 1]);
          if (rnd.nextInt(4) == 0) {
            // A second possible callee (a virtual call).
            int other =
                recursive ? rnd.nextInt(procedures) : p + 1 + rnd.nextInt(procedures - p - 1);
            b.call(nodes[i], procs[other], nodes[i + 1]);
          }
        } else {
          b.edge(nodes[i], nodes[i + 1]);
        }
        if (rnd.nextInt(4) == 0) {
          b.edge(nodes[i], nodes[rnd.nextInt(len)]); // a branch, maybe a loop
        }
      }
      b.edge(nodes[len - 1], b.exitOf(procs[p]));
    }
    return b.build();
  }

  private static int[] pick(SplittableRandom rnd, int[] vars, int max) {
    int k = rnd.nextInt(max + 1);
    int[] out = new int[k];
    for (int i = 0; i < k; i++) {
      out[i] = vars[rnd.nextInt(vars.length)];
    }
    return out;
  }
}
