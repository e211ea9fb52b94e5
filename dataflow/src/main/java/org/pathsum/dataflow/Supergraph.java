package org.pathsum.dataflow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An interprocedural control-flow graph (a supergraph): procedures, each with one entry and one
 * exit node; intraprocedural edges; call sites {@code (c, callee, r)} that enter the callee at its
 * entry and come back from its exit to the return site r. Every node records the variables it
 * defines and uses. Variables are either <em>locals</em>, numbered by slot and relative to the
 * current frame (slot 3 of a method is the same variable in every method, but a call carries the
 * caller's value around the callee), or <em>globals</em> (static fields), shared by every frame.
 * Immutable; built with {@link #builder()}.
 *
 * <p>The entry node of a procedure defines its parameters (and is where a fresh frame begins); the
 * exit node is where every return leads. A call node has no intraprocedural successor of its own
 * for a call that has a callee: control reaches the return site through the callee.
 *
 * <p>Cost: every accessor is O(1), except those returning an array, which copy it. A node,
 * procedure, variable or call index out of range throws {@link IndexOutOfBoundsException}; the
 * builder refuses a bad index or an edge across procedures with {@link IllegalArgumentException}.
 * Memory O(nodes + edges + calls + definitions and uses).
 */
public final class Supergraph {

  final String[] nodeLabels;
  final int[] procedureOf;
  final int[][] defs;
  final int[][] uses;
  final int[][] successors;
  final int[][] calls; // per call: {callNode, callee, returnNode}
  final String[] procedureNames;
  final int[] entries;
  final int[] exits;
  final String[] variableNames;
  final boolean[] global;

  private Supergraph(Builder b) {
    int n = b.labels.size();
    nodeLabels = b.labels.toArray(new String[0]);
    procedureOf = b.procs.stream().mapToInt(Integer::intValue).toArray();
    defs = b.defs.toArray(new int[0][]);
    uses = b.uses.toArray(new int[0][]);
    successors = new int[n][];
    for (int i = 0; i < n; i++) {
      successors[i] = b.succ.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    calls = b.calls.toArray(new int[0][]);
    procedureNames = b.procNames.toArray(new String[0]);
    entries = b.entries.stream().mapToInt(Integer::intValue).toArray();
    exits = b.exits.stream().mapToInt(Integer::intValue).toArray();
    variableNames = b.varNames.toArray(new String[0]);
    global = new boolean[variableNames.length];
    for (int i = 0; i < global.length; i++) {
      global[i] = b.varGlobal.get(i);
    }
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The number of nodes; nodes are {@code 0 … nodeCount() − 1}. */
  public int nodeCount() {
    return nodeLabels.length;
  }

  /** The number of procedures; procedures are {@code 0 … procedureCount() − 1}. */
  public int procedureCount() {
    return procedureNames.length;
  }

  /** The number of call sites (one per call node and callee). */
  public int callCount() {
    return calls.length;
  }

  /** The label of node {@code n}, e.g. {@code "12: ISTORE 3"}. */
  public String label(int n) {
    return nodeLabels[n];
  }

  /** The procedure node {@code n} belongs to. */
  public int procedureOf(int n) {
    return procedureOf[n];
  }

  /** The name of procedure {@code p}. */
  public String procedureName(int p) {
    return procedureNames[p];
  }

  /** The entry node of procedure {@code p}. */
  public int entry(int p) {
    return entries[p];
  }

  /** The exit node of procedure {@code p}. */
  public int exit(int p) {
    return exits[p];
  }

  /** The intraprocedural successors of {@code n}. A copy. */
  public int[] successors(int n) {
    return successors[n].clone();
  }

  /** The variables {@code n} defines. A copy. */
  public int[] defs(int n) {
    return defs[n].clone();
  }

  /** The variables {@code n} uses (before it defines). A copy. */
  public int[] uses(int n) {
    return uses[n].clone();
  }

  /** The number of variables. */
  public int variableCount() {
    return variableNames.length;
  }

  /** The name of variable {@code v}, e.g. {@code "local 3"} or {@code "com.Foo.count"}. */
  public String variableName(int v) {
    return variableNames[v];
  }

  /** Whether variable {@code v} is a global (static field) rather than a frame-relative local. */
  public boolean isGlobal(int v) {
    return global[v];
  }

  /** Call site {@code i} as {@code {callNode, callee, returnNode}}. A copy. */
  public int[] call(int i) {
    return calls[i].clone();
  }

  @Override
  public String toString() {
    return "Supergraph["
        + procedureNames.length
        + " procedures, "
        + nodeLabels.length
        + " nodes, "
        + calls.length
        + " call sites, "
        + variableNames.length
        + " variables]";
  }

  /** Collects procedures, nodes, edges and calls; single use, not thread-safe. */
  public static final class Builder {
    private final List<String> labels = new ArrayList<>();
    private final List<Integer> procs = new ArrayList<>();
    private final List<int[]> defs = new ArrayList<>();
    private final List<int[]> uses = new ArrayList<>();
    private final List<List<Integer>> succ = new ArrayList<>();
    private final List<int[]> calls = new ArrayList<>();
    private final List<String> procNames = new ArrayList<>();
    private final List<Integer> entries = new ArrayList<>();
    private final List<Integer> exits = new ArrayList<>();
    private final List<String> varNames = new ArrayList<>();
    private final List<Boolean> varGlobal = new ArrayList<>();
    private final Map<String, Integer> varIds = new HashMap<>();

    private Builder() {}

    /**
     * The variable for local slot {@code slot} (frame-relative), made on first use.
     *
     * @throws IllegalArgumentException if {@code slot} is negative
     */
    public int local(int slot) {
      if (slot < 0) {
        throw new IllegalArgumentException("a local slot is non-negative, got " + slot);
      }
      return variable("local " + slot, false);
    }

    /** The global variable (static field) named {@code name}, made on first use. */
    public int global(String name) {
      return variable(Objects.requireNonNull(name, "name"), true);
    }

    private int variable(String name, boolean isGlobal) {
      Integer v = varIds.get(name);
      if (v != null) {
        return v;
      }
      varIds.put(name, varNames.size());
      varNames.add(name);
      varGlobal.add(isGlobal);
      return varNames.size() - 1;
    }

    /**
     * Adds a procedure with a fresh entry node (defining {@code parameters}) and a fresh exit node.
     *
     * @param name the procedure's name
     * @param parameters the variables (locals) the entry defines
     * @return the procedure's id
     */
    public int procedure(String name, int... parameters) {
      int p = procNames.size();
      procNames.add(Objects.requireNonNull(name, "name"));
      entries.add(-1);
      exits.add(-1);
      entries.set(p, node(p, name + " entry", parameters, new int[0]));
      exits.set(p, node(p, name + " exit", new int[0], new int[0]));
      return p;
    }

    /** The entry node of procedure {@code p}. */
    public int entryOf(int p) {
      return entries.get(p);
    }

    /** The exit node of procedure {@code p}. */
    public int exitOf(int p) {
      return exits.get(p);
    }

    /**
     * Adds a node to procedure {@code p}.
     *
     * @param defs the variables it defines
     * @param uses the variables it uses
     * @return the node's id
     */
    public int node(int p, String label, int[] defs, int[] uses) {
      if (p < 0 || p >= procNames.size()) {
        throw new IllegalArgumentException("no procedure " + p);
      }
      labels.add(Objects.requireNonNull(label, "label"));
      procs.add(p);
      this.defs.add(checkVars(defs));
      this.uses.add(checkVars(uses));
      succ.add(new ArrayList<>());
      return labels.size() - 1;
    }

    private int[] checkVars(int[] vs) {
      for (int v : vs) {
        if (v < 0 || v >= varNames.size()) {
          throw new IllegalArgumentException("no variable " + v);
        }
      }
      return Arrays.stream(vs).distinct().toArray();
    }

    /**
     * Adds the intraprocedural edge {@code from → to}.
     *
     * @throws IllegalArgumentException if the nodes are in different procedures
     */
    public Builder edge(int from, int to) {
      checkNode(from);
      checkNode(to);
      if (!procs.get(from).equals(procs.get(to))) {
        throw new IllegalArgumentException(
            "edge " + labels.get(from) + " -> " + labels.get(to) + " crosses procedures; use call");
      }
      if (!succ.get(from).contains(to)) {
        succ.get(from).add(to);
      }
      return this;
    }

    /**
     * Adds a call from node {@code callNode} to procedure {@code callee}, returning to {@code
     * returnNode} (same procedure as the call node). A call node may have several callees.
     */
    public Builder call(int callNode, int callee, int returnNode) {
      checkNode(callNode);
      checkNode(returnNode);
      if (callee < 0 || callee >= procNames.size()) {
        throw new IllegalArgumentException("no procedure " + callee);
      }
      if (!procs.get(callNode).equals(procs.get(returnNode))) {
        throw new IllegalArgumentException("a call returns to its own procedure");
      }
      calls.add(new int[] {callNode, callee, returnNode});
      return this;
    }

    private void checkNode(int n) {
      if (n < 0 || n >= labels.size()) {
        throw new IllegalArgumentException("no node " + n);
      }
    }

    /** The supergraph. */
    public Supergraph build() {
      return new Supergraph(this);
    }
  }
}
