package org.pathsum.ad;

import java.util.Arrays;

/**
 * Runs an {@link ArrayTape}: the values pass, the reverse sweep (each node's transposed local
 * Jacobian applied to its adjoint, {@link ArrayAdjoints}), the tangent pass (each local Jacobian
 * applied to its operands' tangents, {@link ArrayTangents}), and the refusal of a non-finite
 * value or label. Runs of elementwise nodes run as the fused loops of {@link ArrayFusion}, node by
 * node otherwise; a run that ends in the output's sum runs its values and its reverse step in one
 * loop. Arguments are checked by {@link ArrayGraph}.
 *
 * <p><b>Workspaces.</b> Each thread keeps one: an array of values and one of adjoints per live
 * node (tangents on first use), 8 bytes per entry each, filled at creation with the constants and
 * with every node that depends on no input, computed once. So a gradient allocates nothing after
 * the first on a thread. A graph of one input reads the caller's point and writes the caller's
 * gradient array in place of that input's arrays, saving two copies.
 *
 * <p><b>Finiteness.</b> The gradient's values pass checks only what could hide a non-finite
 * number: the operands of the operations that may turn one into a finite result ({@link
 * ArrayOp#mayAbsorb}), the labels that may be non-finite beside finite values ({@link
 * ArrayOp#mayHaveNonFiniteLabel}), and the output; a non-finite value anywhere else reaches one of
 * them; a fused loop checks the same numbers entry by entry, and every entry a slice reads. When a
 * check fails, the diagnostic pass recomputes every node's values and names the first non-finite
 * value or label in node order, as the scalar tape does. Nodes the output does not depend on are
 * not evaluated, and not checked.
 */
final class ArrayEngine {

  private final ArrayTape tape;
  private final String[] inputNameOfNode;
  private final ArrayFusion.Segment[] segments;
  private final int[] segmentFrom; // by schedule position: the segment starting there, or −1
  private final int[] segmentTo; // by schedule position: the segment ending there, or −1
  /** The segment that ends with the output, if it runs forward and reverse in one loop. */
  private final ArrayFusion.Segment combined;
  private final ThreadLocal<Workspace> workspaces;

  /**
   * @param fuse whether runs of elementwise nodes run as fused loops ({@link ArrayFusion}); false
   *     runs every node on its own
   */
  ArrayEngine(ArrayTape tape, String[] inputNameOfNode, boolean fuse) {
    this.tape = tape;
    this.inputNameOfNode = inputNameOfNode;
    this.segments = fuse ? ArrayFusion.plan(tape) : new ArrayFusion.Segment[0];
    this.segmentFrom = new int[tape.schedule.length];
    this.segmentTo = new int[tape.schedule.length];
    Arrays.fill(segmentFrom, -1);
    Arrays.fill(segmentTo, -1);
    for (int i = 0; i < segments.length; i++) {
      segmentFrom[segments[i].first] = i;
      segmentTo[segments[i].last] = i;
    }
    ArrayFusion.Segment lastSegment = segments.length == 0 ? null : segments[segments.length - 1];
    this.combined =
        lastSegment != null && lastSegment.members[lastSegment.members.length - 1] == tape.output
                && ArrayFusion.combinable(lastSegment)
            ? lastSegment
            : null;
    this.workspaces = ThreadLocal.withInitial(() -> new Workspace(tape));
  }

  /** The number of fused segments (for tests). */
  int segmentCount() {
    return segments.length;
  }

  /** One thread's arrays. */
  static final class Workspace {
    final double[][] values;
    final double[][] adjoints; // null for a node that depends on no input
    final double[] scratch;
    final double[] labels = new double[2];
    double[][] tangents; // on the first forward-mode call
    /** A node that depends on no input has a non-finite value or label: every gradient refuses. */
    final boolean constantNonFinite;
    /** The adjoint array of a one-input graph's input, when the caller's is not borrowed. */
    final double[] inputAdjoint;

    Workspace(ArrayTape t) {
      values = new double[t.nodes][];
      adjoints = new double[t.nodes][];
      scratch = new double[t.scratchSize];
      boolean bad = false;
      for (int v = 0; v < t.nodes; v++) {
        if (!t.live[v]) {
          continue;
        }
        // separate arrays, not one arena: the JIT vectorizes loops over distinct arrays
        values[v] = t.op(v) == ArrayOp.CONSTANT ? t.constants[v].clone() : new double[t.size(v)];
        if (t.active[v]) {
          adjoints[v] = new double[t.size(v)];
        } else if (t.op(v) != ArrayOp.CONSTANT) {
          compute(t, v, values);
          bad |= !ArrayChecks.finite(values[v], t.size(v))
              || !ArrayChecks.labelsFinite(t, v, values, labels);
        }
      }
      constantNonFinite = bad;
      inputAdjoint = t.inputNodes.length == 1 ? adjoints[t.inputNodes[0]] : null;
    }
  }

  /** The output's entries at {@code point}, by the values pass: no checks (IEEE-754). */
  double[] evaluate(double[] point) {
    double[][] values = workspaces.get().values;
    copyInputs(point, values);
    for (int k = 0; k < tape.schedule.length; k++) {
      int seg = segmentFrom[k];
      if (seg >= 0) {
        segments[seg].kernel.forward(values);
        k = segments[seg].last;
      } else {
        compute(tape, tape.schedule[k], values);
      }
    }
    return values[tape.output].clone();
  }

  /**
   * The output's value and its gradient with respect to the point into {@code gradient}: the
   * values pass, then the reverse sweep. The output is a scalar.
   *
   * @throws NonFiniteValueException at the first node with a non-finite value or label
   */
  double gradient(double[] point, double[] gradient) {
    Workspace ws = workspaces.get();
    double[][] values = ws.values;
    double[][] adj = ws.adjoints;
    int out = tape.output;
    int[] schedule = tape.schedule;
    boolean direct =
        tape.inputNodes.length == 1 && tape.live[tape.inputNodes[0]] && gradient != point;
    if (tape.inputNodes.length == 1) { // the reverse sweep writes the caller's array itself
      adj[tape.inputNodes[0]] = direct ? gradient : ws.inputAdjoint;
    }
    ArrayFusion.Segment last = combined;
    int end = last == null ? schedule.length : last.first;
    boolean ok = checkedValues(point, ws, end);
    if (adj[out] != null) {
      adj[out][0] = 1.0;
    }
    if (last != null) { // the output's segment: its values and adjoints in one loop
      clearFirstContributions(last, adj);
      ok &= last.kernel.gradient(values, adj);
      for (int u : last.uncovered) {
        ok &= ArrayChecks.finite(values[u], tape.size(u));
      }
    }
    refuseUnless(ok, point, ws);
    for (int k = end - 1; k >= 0; k--) {
      int seg = segmentTo[k];
      if (seg >= 0) {
        reverse(segments[seg], values, adj);
        k = segments[seg].first;
        continue;
      }
      int v = schedule[k];
      if (tape.firstA[v]) {
        Arrays.fill(adj[tape.a[v]], 0.0);
      }
      if (tape.firstB[v]) {
        Arrays.fill(adj[tape.b[v]], 0.0);
      }
      push(v, values, adj, ws);
    }
    for (int i = 0; i < tape.inputNodes.length && !direct; i++) {
      int u = tape.inputNodes[i];
      int start = tape.inputStart[i];
      if (tape.live[u]) {
        System.arraycopy(adj[u], 0, gradient, start, tape.size(u));
      } else {
        Arrays.fill(gradient, start, start + tape.size(u), 0.0);
      }
    }
    return values[out][0];
  }

  /**
   * The output's tangent along {@code direction} (a Jacobian–vector product): the values pass,
   * then each live node's local Jacobian applied to its operands' tangents, in order.
   *
   * @throws NonFiniteValueException at the first node with a non-finite value or label
   */
  double[] tangent(double[] point, double[] direction) {
    Workspace ws = workspaces.get();
    refuseUnless(checkedValues(point, ws, tape.schedule.length), point, ws);
    values(point, ws.values); // every node, fused ones too
    if (ws.tangents == null) {
      ws.tangents = new double[tape.nodes][];
      for (int v = 0; v < tape.nodes; v++) {
        if (tape.live[v]) {
          ws.tangents[v] = new double[tape.size(v)]; // zero for nodes that depend on no input
        }
      }
    }
    double[][] t = ws.tangents;
    for (int i = 0; i < tape.inputNodes.length; i++) {
      int u = tape.inputNodes[i];
      if (tape.live[u]) {
        System.arraycopy(direction, tape.inputStart[i], t[u], 0, tape.size(u));
      }
    }
    for (int v : tape.schedule) {
      if (tape.op(v) != ArrayOp.INPUT) {
        ArrayTangents.apply(tape, v, ws.values, t, ws.labels);
      }
    }
    return t[tape.output].clone();
  }

  /**
   * Puts the point's entries in the input nodes' arrays. A graph of one input reads the caller's
   * array itself, as the hand-written loop would, instead of a copy (the workspace then refers to
   * it until the next call rebinds it; nothing writes to it).
   */
  private void copyInputs(double[] point, double[][] values) {
    if (tape.inputNodes.length == 1) {
      int u = tape.inputNodes[0];
      if (tape.live[u]) {
        values[u] = point;
      }
      return;
    }
    for (int i = 0; i < tape.inputNodes.length; i++) {
      int u = tape.inputNodes[i];
      if (tape.live[u]) {
        System.arraycopy(point, tape.inputStart[i], values[u], 0, tape.size(u));
      }
    }
  }

  /** A fused segment's reverse loop, after clearing the outside adjoints it contributes first. */
  private void reverse(ArrayFusion.Segment g, double[][] values, double[][] adj) {
    clearFirstContributions(g, adj);
    g.kernel.reverse(values, adj);
  }

  private void clearFirstContributions(ArrayFusion.Segment g, double[][] adj) {
    for (int m = 0; m < g.members.length; m++) {
      int v = g.members[m];
      boolean outside = g.slotA[m] < 0 || g.slotKind[g.slotA[m]] != ArrayFusion.MEMBER;
      if (tape.firstA[v] && outside && !g.isPartitioned(tape.a[v])) {
        Arrays.fill(adj[tape.a[v]], 0.0);
      }
      if (tape.firstB[v] && g.slotKind[g.slotB[m]] != ArrayFusion.MEMBER) {
        Arrays.fill(adj[tape.b[v]], 0.0);
      }
    }
  }

  /** Every live node's values, node by node (fused members too). */
  private void values(double[] point, double[][] values) {
    copyInputs(point, values);
    for (int v : tape.schedule) {
      compute(tape, v, values);
    }
  }

  /**
   * The values pass up to schedule position {@code end} with the checks of the class comment;
   * false if one failed.
   */
  private boolean checkedValues(double[] point, Workspace ws, int end) {
    double[][] values = ws.values;
    copyInputs(point, values);
    boolean ok = !ws.constantNonFinite;
    for (int k = 0; k < end; k++) {
      int seg = segmentFrom[k];
      if (seg >= 0) {
        ArrayFusion.Segment g = segments[seg];
        ok &= g.kernel.forward(values);
        for (int u : g.uncovered) {
          ok &= ArrayChecks.finite(values[u], tape.size(u));
        }
        k = g.last;
        continue;
      }
      int v = tape.schedule[k];
      ArrayOp op = compute(tape, v, values);
      if (op.mayAbsorb()) {
        int x = tape.a[v];
        ok &= ArrayChecks.finite(values[x], tape.size(x));
        if (op.arity == 2) {
          int y = tape.b[v];
          ok &= ArrayChecks.finite(values[y], tape.size(y));
        }
      }
      if (op.mayHaveNonFiniteLabel()) {
        ok &= ArrayChecks.labelsFinite(tape, v, values, ws.labels);
      }
    }
    return ok;
  }

  /** Throws the diagnosis unless {@code ok} and the output is finite. */
  private void refuseUnless(boolean ok, double[] point, Workspace ws) {
    int out = tape.output;
    if (!ok || !ArrayChecks.finite(ws.values[out], tape.size(out))) {
      values(point, ws.values); // every node's values, fused members too
      throw ArrayChecks.diagnose(tape, inputNameOfNode, ws.values, ws.labels);
    }
  }

  /** Computes node {@code v}'s values from its operands' values; returns its operation. */
  static ArrayOp compute(ArrayTape t, int v, double[][] x) {
    ArrayOp op = t.op(v);
    int a = t.a[v];
    int b = t.b[v];
    double[] o = x[v];
    switch (op) {
      case INPUT:
      case CONSTANT:
        break;
      case ADD:
      case SUB:
      case MUL:
      case DIV:
      case POW:
      case MAX:
      case MIN:
        ArrayKernels.binary(op.scalar.ordinal(), x[a], 0, t.rows[a], t.cols[a], x[b], 0,
            t.rows[b], t.cols[b], o, 0, t.rows[v], t.cols[v]);
        break;
      case SUM:
        o[0] = ArrayKernels.sum(x[a], 0, t.size(a));
        break;
      case MEAN:
        o[0] = ArrayKernels.sum(x[a], 0, t.size(a)) / t.size(a);
        break;
      case DOT:
        o[0] = ArrayKernels.dot(x[a], 0, x[b], 0, t.size(a));
        break;
      case MATMUL:
        ArrayKernels.matmul(x[a], 0, x[b], 0, o, 0, t.rows[a], t.cols[a], t.cols[b]);
        break;
      case TRANSPOSE:
        ArrayKernels.transpose(x[a], 0, o, 0, t.rows[a], t.cols[a]);
        break;
      case RESHAPE:
        System.arraycopy(x[a], 0, o, 0, t.size(v));
        break;
      case SLICE:
        ArrayKernels.slice(x[a], 0, t.from[v], t.step[v], o, 0, t.size(v));
        break;
      case CONCAT:
        System.arraycopy(x[a], 0, o, 0, t.size(a));
        System.arraycopy(x[b], 0, o, t.size(a), t.size(b));
        break;
      case SOFTMAX:
        ArrayKernels.softmax(x[a], 0, o, 0, t.size(a));
        break;
      case LOG_SUM_EXP:
        o[0] = ArrayKernels.logSumExp(x[a], 0, t.size(a));
        break;
      default: // the unary elementwise operations
        ArrayKernels.unary(op, t.param[v], x[a], 0, o, 0, t.size(v));
    }
    return op;
  }

  /** Pushes node {@code v}'s adjoint to its operands through its transposed local Jacobian. */
  private void push(int v, double[][] x, double[][] g, Workspace ws) {
    ArrayTape t = tape;
    ArrayOp op = t.op(v);
    int a = t.a[v];
    int b = t.b[v];
    double[] gv = g[v];
    switch (op) {
      case INPUT:
        break;
      case ADD:
      case SUB:
      case MUL:
      case DIV:
      case POW:
      case MAX:
      case MIN:
        ArrayAdjoints.binary(op.scalar.ordinal(), x[a], t.rows[a], t.cols[a], x[b], t.rows[b],
            t.cols[b], t.rows[v], t.cols[v], gv, g[a], g[b], ws.labels);
        break;
      case SUM:
        ArrayAdjoints.spread(gv[0], g[a], t.size(a));
        break;
      case MEAN:
        ArrayAdjoints.spread(gv[0] / t.size(a), g[a], t.size(a));
        break;
      case DOT:
        if (g[b] != null) {
          ArrayAdjoints.axpy(gv[0], x[a], g[b], t.size(b));
        }
        if (g[a] != null) {
          ArrayAdjoints.axpy(gv[0], x[b], g[a], t.size(a));
        }
        break;
      case MATMUL:
        ArrayAdjoints.matmul(x[a], x[b], t.rows[a], t.cols[a], t.cols[b], gv, g[a], g[b],
            ws.scratch);
        break;
      case TRANSPOSE:
        ArrayAdjoints.transpose(gv, g[a], t.rows[a], t.cols[a]);
        break;
      case RESHAPE:
        ArrayAdjoints.spreadBlock(gv, 0, g[a], t.size(a));
        break;
      case SLICE:
        ArrayAdjoints.slice(gv, g[a], t.from[v], t.step[v], t.size(v));
        break;
      case CONCAT:
        if (g[a] != null) {
          ArrayAdjoints.spreadBlock(gv, 0, g[a], t.size(a));
        }
        if (g[b] != null) {
          ArrayAdjoints.spreadBlock(gv, t.size(a), g[b], t.size(b));
        }
        break;
      case SOFTMAX:
        ArrayAdjoints.softmax(x[v], gv, g[a], t.size(a));
        break;
      case LOG_SUM_EXP:
        ArrayAdjoints.logSumExp(gv[0], x[a], x[v][0], g[a], t.size(a));
        break;
      default:
        ArrayAdjoints.unary(op, t.param[v], x[a], x[v], gv, g[a], t.size(v));
    }
  }
}
