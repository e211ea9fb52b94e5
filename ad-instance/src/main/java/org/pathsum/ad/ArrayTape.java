package org.pathsum.ad;

import java.util.Arrays;

/**
 * The recorded array program as a structure of arrays, one entry per node in creation order (a
 * topological order): its operation ({@link ArrayOp}'s ordinal), up to two operand nodes, its
 * shape and its parameters. Immutable once built; what the
 * passes need is derived here once, at record time:
 *
 * <ul>
 *   <li>{@code active}: the node depends on an input. Other nodes are computed once per workspace
 *       and get no adjoint or tangent;
 *   <li>{@code live}: the output depends on the node; other nodes are never evaluated;
 *   <li>{@code schedule}: the live active nodes in order, what a pass walks;
 *   <li>{@code firstA}, {@code firstB}: the reverse sweep reaches operand a (b) of this node before
 *       any other contribution to its adjoint, so its adjoint is cleared there instead of clearing
 *       every adjoint up front.
 * </ul>
 * */
final class ArrayTape {

  final int nodes;
  final byte[] code;
  final int[] a;
  final int[] b;
  final int[] rows;
  final int[] cols;
  final double[] param;
  final int[] from; // SLICE: first index
  final int[] step; // SLICE: step
  final double[][] constants; // CONSTANT: the values; null otherwise
  final int[] inputNodes;
  final int[] inputStart; // where each input's entries start in a point; one more at the end
  final int output;
  final boolean[] active;
  final boolean[] live;
  final boolean[] firstA;
  final boolean[] firstB;
  final int[] schedule;
  final int scratchSize; // a matrix product's transposed operand in the reverse sweep

  ArrayTape(int nodes, byte[] code, int[] a, int[] b, int[] rows, int[] cols, double[] param,
      int[] from, int[] step, double[][] constants, int[] inputNodes, int output) {
    this.nodes = nodes;
    this.code = Arrays.copyOf(code, nodes);
    this.a = Arrays.copyOf(a, nodes);
    this.b = Arrays.copyOf(b, nodes);
    this.rows = Arrays.copyOf(rows, nodes);
    this.cols = Arrays.copyOf(cols, nodes);
    this.param = Arrays.copyOf(param, nodes);
    this.from = Arrays.copyOf(from, nodes);
    this.step = Arrays.copyOf(step, nodes);
    this.constants = Arrays.copyOf(constants, nodes);
    this.inputNodes = inputNodes.clone();
    this.output = output;
    int scratch = 0;
    for (int v = 0; v < nodes; v++) {
      if (op(v) == ArrayOp.MATMUL) {
        scratch = Math.max(scratch, size(this.b[v]));
      }
    }
    this.scratchSize = scratch;
    this.inputStart = new int[inputNodes.length + 1];
    for (int i = 0; i < inputNodes.length; i++) {
      inputStart[i + 1] = inputStart[i] + size(inputNodes[i]);
    }
    this.active = new boolean[nodes];
    for (int v : inputNodes) {
      active[v] = true;
    }
    for (int v = 0; v < nodes; v++) {
      int arity = op(v).arity;
      if (arity >= 1 && active[this.a[v]] || arity == 2 && active[this.b[v]]) {
        active[v] = true;
      }
    }
    this.live = new boolean[nodes];
    live[output] = true;
    for (int v = output; v >= 0; v--) {
      if (live[v]) {
        int arity = op(v).arity;
        if (arity >= 1) {
          live[this.a[v]] = true;
        }
        if (arity == 2) {
          live[this.b[v]] = true;
        }
      }
    }
    int count = 0;
    for (int v = 0; v < nodes; v++) {
      count += live[v] && active[v] ? 1 : 0;
    }
    this.schedule = new int[count];
    count = 0;
    for (int v = 0; v < nodes; v++) {
      if (live[v] && active[v]) {
        schedule[count++] = v;
      }
    }
    this.firstA = new boolean[nodes];
    this.firstB = new boolean[nodes];
    boolean[] reached = new boolean[nodes];
    reached[output] = true;
    for (int k = schedule.length - 1; k >= 0; k--) {
      int v = schedule[k];
      int arity = op(v).arity;
      if (arity >= 1 && active[this.a[v]] && !reached[this.a[v]]) {
        firstA[v] = true;
        reached[this.a[v]] = true;
      }
      if (arity == 2 && active[this.b[v]] && !reached[this.b[v]]) {
        firstB[v] = true;
        reached[this.b[v]] = true;
      }
    }
  }

  ArrayOp op(int v) {
    return ArrayOp.byCode(code[v]);
  }

  int size(int v) {
    return rows[v] * cols[v];
  }

  /** The number of entries of a point: every input's, in order. */
  int pointLength() {
    return inputStart[inputNodes.length];
  }

  /** The operand nodes of {@code v}, in position order. */
  int[] operands(int v) {
    int arity = op(v).arity;
    return arity == 0 ? new int[0] : arity == 1 ? new int[] {a[v]} : new int[] {a[v], b[v]};
  }

  /** A node in words for messages: its operation and shape. */
  String describe(int v) {
    return "(" + op(v).label + ", " + ArrayOp.shape(rows[v], cols[v]) + ")";
  }
}
