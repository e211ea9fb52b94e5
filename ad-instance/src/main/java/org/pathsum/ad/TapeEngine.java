package org.pathsum.ad;

import java.util.Arrays;

/**
 * Runs a {@link Tape} for one {@link ComputationGraph}: the per-thread workspaces, the policy that
 * compiles a small tape to bytecode ({@link TapeCompiler}) once it has been used often, and the
 * calls that chain the tape's kernels into a gradient, a labeling and a values pass. Arguments are
 * checked by the graph; nothing here checks them again.
 *
 * <p>Each thread that uses the graph keeps one workspace (values, labels, adjoints: 8 bytes per
 * node twice and per edge once) for as long as the graph is reachable, so that a gradient
 * allocates nothing after the first call on a thread.
 *
 * <p><b>Compilation.</b> A tape of at most {@link TapeCompiler#MAX_NODES} nodes is compiled, per
 * output, on its {@link #COMPILE_AFTER}th use (gradients and evaluations). Generated code computes
 * the same operations in the same order, so the same bits; {@link
 * ComputationGraph#COMPILE_PROPERTY} turns compilation off, and a runtime that refuses to define
 * the class leaves the interpreter in charge. Thread-safe: racing threads may compile the same
 * output twice, harmlessly, since compiled kernels are stateless; the use count is racy and only
 * decides when to compile.
 */
final class TapeEngine {

  /**
   * The number of gradients and evaluations after which a small tape is compiled. Writing and
   * defining the code costs about as much as a few thousand interpreted gradients of the same
   * tape, and both grow with its size; compiling once a graph has run that long bounds the time
   * lost to compilation by the time already spent, and a graph used only a few times is never
   * compiled.
   */
  static final int COMPILE_AFTER = 2_000;

  private final Tape tape;
  private final int[] outputNodes;
  private final int[] outputEdgeEnds; // edgesBefore(output + 1), where the reverse sweep starts
  private final String[] inputNameOfNode;
  private final ThreadLocal<Tape.Workspace> workspaces;
  private final Tape.Compiled[] compiled; // by output; written once each
  private int uses;
  private boolean compiles; // false for large tapes, on request, or once a definition failed

  TapeEngine(Tape tape, String[] inputNameOfNode, int[] outputNodes, boolean compile) {
    this.tape = tape;
    this.inputNameOfNode = inputNameOfNode;
    this.outputNodes = outputNodes;
    this.outputEdgeEnds = new int[outputNodes.length];
    for (int j = 0; j < outputNodes.length; j++) {
      outputEdgeEnds[j] = tape.edgesBefore(outputNodes[j] + 1);
    }
    this.workspaces = ThreadLocal.withInitial(tape::newWorkspace);
    this.compiled = new Tape.Compiled[outputNodes.length];
    this.compiles = compile && tape.isCompilable();
  }

  /** The compiled kernels for {@code output}, compiling them when due; null while interpreted. */
  private Tape.Compiled kernels(int output) {
    Tape.Compiled k = compiled[output];
    if (k == null && compiles && ++uses >= COMPILE_AFTER) {
      try {
        k = compile(output);
      } catch (IllegalStateException e) { // no class definition here: the interpreter serves
        compiles = false;
      }
    }
    return k;
  }

  /** Compiles the kernels for {@code output} now (tests use it to skip the wait). */
  Tape.Compiled compile(int output) {
    Tape.Compiled k = tape.compile(outputNodes[output]);
    compiled[output] = k;
    return k;
  }

  /** Whether the gradient of {@code output} runs compiled code. */
  boolean isCompiled(int output) {
    return compiled[output] != null;
  }

  /**
   * The gradient of output {@code output} at {@code point} into {@code gradient}, returning the
   * output's value: the fused labeling pass, then the reverse sweep, in this thread's workspace.
   * Allocates nothing (except once, when it compiles).
   *
   * @throws NonFiniteValueException at the first node whose value or label is NaN or infinite
   */
  double gradient(int output, double[] point, double[] gradient) {
    Tape.Workspace ws = workspaces.get();
    int target = outputNodes[output];
    Tape.Compiled k = kernels(output);
    label(point, ws, k);
    if (k == null) {
      tape.reverse(target, outputEdgeEnds[output], ws.values, ws.labels, ws.adjoints, gradient);
    } else {
      tape.reverse(target, ws.values, ws.labels, ws.adjoints, gradient, k);
    }
    return ws.values[target];
  }

  /**
   * Every node's value and every edge's label at {@code point}, in new arrays: {@code {values,
   * labels}}, the labels indexed by edge id (the edge weights of {@code Tape.compiledDag()}).
   *
   * @throws NonFiniteValueException at the first node whose value or label is NaN or infinite
   */
  double[][] label(double[] point) {
    Tape.Workspace ws = workspaces.get();
    label(point, ws, null);
    tape.derivedLabels(ws.values, ws.labels);
    return new double[][] {ws.values.clone(), Arrays.copyOf(ws.labels, tape.edgeCount())};
  }

  /** The fused pass into {@code ws}, by kernels {@code k} or the interpreter; refuses a NaN. */
  private void label(double[] point, Tape.Workspace ws, Tape.Compiled k) {
    int bad =
        k == null
            ? tape.label(point, ws.values, ws.labels)
            : tape.label(point, ws.values, ws.labels, k);
    if (bad >= 0) {
      String name = inputNameOfNode[bad];
      throw tape.nonFinite(bad, ws.values, name == null ? "" : "'" + name + "'");
    }
  }

  /** The outputs' values at {@code point} by the values-only pass; no checks. */
  double[] evaluate(double[] point) {
    double[] values = workspaces.get().values;
    Tape.Compiled k = outputNodes.length > 0 ? kernels(0) : null; // values need no target
    if (k == null) {
      tape.values(point, values);
    } else {
      tape.values(point, values, k);
    }
    double[] out = new double[outputNodes.length];
    for (int j = 0; j < out.length; j++) {
      out[j] = values[outputNodes[j]];
    }
    return out;
  }
}
