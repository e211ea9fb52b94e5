package org.pathsum.ad;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuses runs of elementwise array nodes into one loop each. A <em>segment</em> is a run of
 * consecutive scheduled nodes over one index space of L entries: elementwise operations whose
 * operands are members, scalars or arrays of the same shape; strided slices (of length L) of any
 * vector; and a sum or mean of a member, which ends it. Run node by node, such a run costs one pass
 * over memory and one loop per node; fused, it is one loop whose body computes every member's
 * entry i in registers — what a hand-written loop does — writing arrays only for members used after
 * it. The reverse loop recomputes the entry's values and sweeps its adjoints back through the
 * members, adding into the adjoints of the operands outside the segment.
 *
 * <p>The loops are generated as bytecode ({@link FusedKernelWriter}) from the same rules as the
 * node-by-node kernels ({@link Op}'s values, {@link ArrayAdjoints}' labels), so each entry has the
 * same value, and a sum runs left to right as the unfused one does; adjoints may differ in the
 * order of their additions. The fused forward loop also performs the gradient's finiteness checks
 * ({@link ArrayEngine}) on every entry it reads.
 */
final class ArrayFusion {

  /**
   * The most members of a segment: its combined loop, values, checks and reverse step together,
   * takes at most about 80 bytes of bytecode per member, and HotSpot does not compile a method
   * above 8,000 bytes ({@code -XX:HugeMethodLimit}).
   */
  static final int MAX_MEMBERS = 80;

  private ArrayFusion() {}

  /** A segment's generated loops. Stateless. */
  interface Kernel {
    /**
     * Every member's values for all L entries; the arrays of written members and the reductions'
     * values are stored. False if a checked value or label was not finite.
     */
    boolean forward(double[][] values);

    /**
     * Adds each member's contribution to the adjoints of the operands outside the segment, given
     * the adjoints of the written members and the reductions. The caller has cleared the outside
     * adjoints whose first contribution is here.
     */
    void reverse(double[][] values, double[][] adjoints);

    /**
     * {@link #forward} and {@link #reverse} in one loop, for a {@linkplain #combinable} segment
     * whose reduction's adjoint is already set: the values and the gradient at once, as a
     * hand-written loop computes them.
     */
    default boolean gradient(double[][] values, double[][] adjoints) {
      throw new UnsupportedOperationException("the segment does not end in a lone reduction");
    }
  }

  /**
   * Whether a segment can run forward and reverse in one loop: it ends in a reduction and no other
   * member is used after it, so every adjoint it needs is the reduction's.
   */
  static boolean combinable(Segment g) {
    int last = g.members.length - 1;
    if (g.memberSlot[last] >= 0) {
      return false;
    }
    for (int m = 0; m < last; m++) {
      if (g.written[m]) {
        return false;
      }
    }
    return true;
  }

  /** The kinds of a slot: a node a segment reads or computes. */
  static final byte MEMBER = 0;
  static final byte EXTERNAL = 1; // an array of the segment's shape, computed before it
  static final byte SCALAR = 2; // a 1 × 1 node computed before the segment

  /** One segment of the schedule; immutable after planning. */
  static final class Segment {
    final int first; // positions in the schedule
    final int last;
    final int length; // L
    final int[] members; // node indices, in order
    final int[] slotA; // per member: the slot of operand a (−1 for a slice, which reads directly)
    final int[] slotB; // per member: the slot of operand b, or −1
    final int[] memberSlot; // per member: its own slot (−1 for a reduction)
    final boolean[] written; // per member: used after the segment, so its array is written
    final int[] slotNode; // per slot: its node
    final byte[] slotKind;
    /** The vectors read by slices that the slices do not cover entirely: checked whole. */
    final int[] uncovered;
    /**
     * The vectors whose entries the segment's slices read exactly once each and that nothing else
     * reads: the reverse loop stores their adjoints instead of clearing and adding to them.
     */
    final int[] partitioned;
    Kernel kernel;

    Segment(int first, int last, int length, int[] members, int[] slotA, int[] slotB,
        int[] memberSlot, boolean[] written, int[] slotNode, byte[] slotKind, int[] uncovered,
        int[] partitioned) {
      this.first = first;
      this.last = last;
      this.length = length;
      this.members = members;
      this.slotA = slotA;
      this.slotB = slotB;
      this.memberSlot = memberSlot;
      this.written = written;
      this.slotNode = slotNode;
      this.slotKind = slotKind;
      this.uncovered = uncovered;
      this.partitioned = partitioned;
    }

    /** Whether {@code node} is one of {@link #partitioned}. */
    boolean isPartitioned(int node) {
      return Arrays.binarySearch(partitioned, node) >= 0;
    }
  }

  /**
   * The segments of {@code t}'s schedule with at least two members, in schedule order, each with
   * its compiled kernel; none if the kernels cannot be defined here.
   */
  static Segment[] plan(ArrayTape t) {
    int[] s = t.schedule;
    int[] lastUse = new int[t.nodes]; // the last schedule position reading each node
    int[] reads = new int[t.nodes]; // how many operand positions read each node
    Arrays.fill(lastUse, -1);
    for (int k = 0; k < s.length; k++) {
      for (int u : t.operands(s[k])) {
        lastUse[u] = k;
        reads[u]++;
      }
    }
    List<Segment> segments = new ArrayList<>();
    int k = 0;
    while (k < s.length) {
      if (!opens(t, s[k])) {
        k++;
        continue;
      }
      int length = t.size(s[k]);
      boolean[] member = new boolean[t.nodes];
      member[s[k]] = true;
      int end = k;
      while (end + 1 < s.length && end + 1 - k < MAX_MEMBERS
          && joins(t, s[end + 1], length, member)) {
        end++;
        member[s[end]] = true;
        if (isReduction(t.op(s[end]))) {
          break;
        }
      }
      if (end > k) {
        segments.add(build(t, k, end, length, member, lastUse, reads));
      }
      k = end + 1;
    }
    try {
      for (Segment g : segments) {
        g.kernel = FusedKernelWriter.compile(t, g);
      }
    } catch (IllegalStateException e) { // no class definition here: every node runs alone
      return new Segment[0];
    }
    return segments.toArray(new Segment[0]);
  }

  static boolean isReduction(ArrayOp op) {
    return op == ArrayOp.SUM || op == ArrayOp.MEAN;
  }

  private static boolean elementwise(ArrayOp op) {
    return op == ArrayOp.SLICE || op.isUnaryElementwise() || op.isBinaryElementwise();
  }

  private static boolean opens(ArrayTape t, int v) {
    return elementwise(t.op(v)) && t.size(v) > 1 && fits(t, v, null);
  }

  private static boolean joins(ArrayTape t, int v, int length, boolean[] member) {
    ArrayOp op = t.op(v);
    if (isReduction(op)) {
      return member[t.a[v]];
    }
    return elementwise(op) && t.size(v) == length && fits(t, v, member);
  }

  /**
   * Whether {@code v}'s operands are members (not reductions), scalars or arrays of v's shape; a
   * slice reads any vector outside the segment. {@code member} null: nothing is a member yet.
   */
  private static boolean fits(ArrayTape t, int v, boolean[] member) {
    if (t.op(v) == ArrayOp.SLICE) {
      return member == null || !member[t.a[v]];
    }
    for (int u : t.operands(v)) {
      if (member != null && member[u] && isReduction(t.op(u))) {
        return false;
      }
      boolean sameShape = t.rows[u] == t.rows[v] && t.cols[u] == t.cols[v];
      if (!(t.size(u) == 1 || sameShape)) {
        return false;
      }
    }
    return true;
  }

  private static Segment build(ArrayTape t, int first, int last, int length, boolean[] member,
      int[] lastUse, int[] reads) {
    int count = last - first + 1;
    int[] members = Arrays.copyOfRange(t.schedule, first, last + 1);
    Map<Integer, Integer> slots = new HashMap<>();
    List<Integer> slotNode = new ArrayList<>();
    List<Byte> slotKind = new ArrayList<>();
    int[] slotA = new int[count];
    int[] slotB = new int[count];
    int[] memberSlot = new int[count];
    boolean[] written = new boolean[count];
    Map<Integer, int[]> covered = new HashMap<>(); // per sliced vector: reads per entry
    Map<Integer, Integer> slices = new HashMap<>(); // per sliced vector: the slices reading it
    for (int m = 0; m < count; m++) {
      int v = members[m];
      ArrayOp op = t.op(v);
      slotA[m] = -1;
      slotB[m] = -1;
      if (op == ArrayOp.SLICE) {
        int[] c = covered.computeIfAbsent(t.a[v], u -> new int[t.size(u)]);
        for (int i = 0; i < length; i++) {
          c[t.from[v] + i * t.step[v]]++;
        }
        slices.merge(t.a[v], 1, Integer::sum);
      } else {
        slotA[m] = slot(t, t.a[v], member, slots, slotNode, slotKind);
        if (op.arity == 2) {
          slotB[m] = slot(t, t.b[v], member, slots, slotNode, slotKind);
        }
      }
      memberSlot[m] = isReduction(op) ? -1 : slot(t, v, member, slots, slotNode, slotKind);
      written[m] = v == t.output || lastUse[v] > last;
    }
    int[] uncovered =
        covered.entrySet().stream()
            .filter(e -> Arrays.stream(e.getValue()).anyMatch(c -> c == 0))
            .mapToInt(Map.Entry::getKey)
            .sorted()
            .toArray();
    int[] partitioned =
        covered.entrySet().stream()
            .filter(e -> Arrays.stream(e.getValue()).allMatch(c -> c == 1)
                && reads[e.getKey()] == slices.get(e.getKey()))
            .mapToInt(Map.Entry::getKey)
            .sorted()
            .toArray();
    byte[] kinds = new byte[slotKind.size()];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = slotKind.get(i);
    }
    return new Segment(first, last, length, members, slotA, slotB, memberSlot, written,
        slotNode.stream().mapToInt(Integer::intValue).toArray(), kinds, uncovered, partitioned);
  }

  private static int slot(ArrayTape t, int u, boolean[] member, Map<Integer, Integer> slots,
      List<Integer> slotNode, List<Byte> slotKind) {
    Integer known = slots.get(u);
    if (known != null) {
      return known;
    }
    int id = slotNode.size();
    slots.put(u, id);
    slotNode.add(u);
    slotKind.add(member[u] ? MEMBER : (t.size(u) == 1 ? SCALAR : EXTERNAL));
    return id;
  }
}
