package org.pathsum.dataflow;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathsum.semiring.GenKill;

/**
 * The shipped {@link GenKillProblem}s on a {@link Supergraph}, with the names of their facts, made
 * by {@link GenKillProblem#reachingDefinitions}, {@link GenKillProblem#liveVariables} and {@link
 * GenKillProblem#possiblyUninitialized}. Immutable.
 *
 * <p><b>Frames.</b> Local variables are frame-relative, so the bits for locals are reused by every
 * procedure: the facts about locals at a node are about that node's procedure. A procedure's entry
 * (forward) or exit (backward) node starts a fresh frame by killing every frame bit.
 */
final class BitVectorAnalysis implements GenKillProblem {

  /** Names fact {@code bit} as seen at node {@code node}. */
  @FunctionalInterface
  interface Namer {
    String name(int node, int bit);
  }

  private final String name;
  private final int width;
  private final BitSet frame;
  private final GenKill[] effects;
  private final boolean forward;
  private final Namer namer;

  private BitVectorAnalysis(
      String name, int width, BitSet frame, GenKill[] effects, boolean forward, Namer namer) {
    this.name = name;
    this.width = width;
    this.frame = frame;
    this.effects = effects;
    this.forward = forward;
    this.namer = namer;
  }

  /**
   * Reaching definitions (forward, may): which definitions — a node and the variable it defines, a
   * procedure's entry defining its parameters — can reach a node without being overwritten. One bit
   * per definition of a global; one bit per definition of a local within its procedure, the bits
   * shared among procedures (they are frame bits).
   */
  static BitVectorAnalysis reachingDefinitions(Supergraph g) {
    int n = g.nodeCount();
    int globals = 0;
    Map<Integer, List<Integer>> globalDefBits = new HashMap<>();
    List<int[]> globalDefs = new ArrayList<>(); // bit -> {node, var}
    for (int u = 0; u < n; u++) {
      for (int v : g.defs[u]) {
        if (g.global[v]) {
          globalDefBits.computeIfAbsent(v, k -> new ArrayList<>()).add(globals++);
          globalDefs.add(new int[] {u, v});
        }
      }
    }
    // Local definitions, numbered within each procedure.
    int procs = g.procedureCount();
    List<List<int[]>> localDefs = new ArrayList<>();
    List<Map<Integer, List<Integer>>> localDefBits = new ArrayList<>();
    for (int p = 0; p < procs; p++) {
      localDefs.add(new ArrayList<>());
      localDefBits.add(new HashMap<>());
    }
    int maxLocal = 0;
    for (int u = 0; u < n; u++) {
      int p = g.procedureOf[u];
      for (int v : g.defs[u]) {
        if (!g.global[v]) {
          int k = localDefs.get(p).size();
          localDefs.get(p).add(new int[] {u, v});
          localDefBits.get(p).computeIfAbsent(v, x -> new ArrayList<>()).add(globals + k);
          maxLocal = Math.max(maxLocal, k + 1);
        }
      }
    }
    int width = globals + maxLocal;
    BitSet frame = new BitSet();
    frame.set(globals, width);
    GenKill[] effects = new GenKill[n];
    int[] nextLocal = new int[procs];
    int nextGlobal = 0;
    for (int u = 0; u < n; u++) {
      int p = g.procedureOf[u];
      BitSet gen = new BitSet();
      BitSet kill = new BitSet();
      if (g.entries[p] == u) {
        kill.or(frame);
      }
      for (int v : g.defs[u]) {
        List<Integer> all = g.global[v] ? globalDefBits.get(v) : localDefBits.get(p).get(v);
        all.forEach(kill::set);
        gen.set(g.global[v] ? nextGlobal++ : globals + nextLocal[p]++);
      }
      effects[u] = GenKill.of(gen, kill);
    }
    int g0 = globals;
    return new BitVectorAnalysis(
        "reaching-definitions",
        width,
        frame,
        effects,
        true,
        (node, bit) -> {
          int[] d =
              bit < g0
                  ? globalDefs.get(bit)
                  : localDefs.get(g.procedureOf[node]).get(bit - g0);
          return g.variableName(d[1]) + "@" + g.label(d[0]);
        });
  }

  /**
   * Live variables (backward, may): which variables may be read later, before being overwritten.
   * One bit per variable; locals are frame bits.
   */
  static BitVectorAnalysis liveVariables(Supergraph g) {
    int width = g.variableCount();
    BitSet frame = localBits(g);
    GenKill[] effects = new GenKill[g.nodeCount()];
    for (int u = 0; u < effects.length; u++) {
      BitSet gen = bits(g.uses[u]);
      BitSet kill = bits(g.defs[u]);
      if (g.exits[g.procedureOf[u]] == u) {
        kill.or(frame);
      }
      effects[u] = GenKill.of(gen, kill);
    }
    return new BitVectorAnalysis(
        "live-variables", width, frame, effects, false, (node, bit) -> g.variableName(bit));
  }

  /**
   * Possibly-uninitialized locals (forward, may): the locals that some valid path reaches a node on
   * without assigning. A procedure's entry makes every local it mentions uninitialized except its
   * parameters; a definition initializes.
   */
  static BitVectorAnalysis possiblyUninitialized(Supergraph g) {
    int width = g.variableCount();
    BitSet frame = localBits(g);
    List<BitSet> mentioned = new ArrayList<>();
    for (int p = 0; p < g.procedureCount(); p++) {
      mentioned.add(new BitSet());
    }
    for (int u = 0; u < g.nodeCount(); u++) {
      BitSet m = mentioned.get(g.procedureOf[u]);
      m.or(bits(g.defs[u]));
      m.or(bits(g.uses[u]));
    }
    GenKill[] effects = new GenKill[g.nodeCount()];
    for (int u = 0; u < effects.length; u++) {
      BitSet kill = bits(g.defs[u]);
      BitSet gen = new BitSet();
      if (g.entries[g.procedureOf[u]] == u) {
        kill.or(frame);
        gen.or(mentioned.get(g.procedureOf[u]));
        gen.and(frame);
        gen.andNot(bits(g.defs[u]));
      }
      effects[u] = GenKill.of(gen, kill);
    }
    return new BitVectorAnalysis(
        "possibly-uninitialized", width, frame, effects, true, (node, bit) -> g.variableName(bit));
  }

  private static BitSet localBits(Supergraph g) {
    BitSet b = new BitSet();
    for (int v = 0; v < g.variableCount(); v++) {
      if (!g.global[v]) {
        b.set(v);
      }
    }
    return b;
  }

  private static BitSet bits(int[] vs) {
    BitSet b = new BitSet();
    for (int v : vs) {
      b.set(v);
    }
    return b;
  }

  /** The analysis name, e.g. {@code "reaching-definitions"}. */
  String name() {
    return name;
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public BitSet frameBits() {
    return frame;
  }

  @Override
  public GenKill effect(int n) {
    return effects[n];
  }

  @Override
  public boolean forward() {
    return forward;
  }

  @Override
  public String factName(int n, int bit) {
    return namer.name(n, bit);
  }

  @Override
  public String toString() {
    return "BitVectorAnalysis[" + name + ", " + width + " facts]";
  }
}
