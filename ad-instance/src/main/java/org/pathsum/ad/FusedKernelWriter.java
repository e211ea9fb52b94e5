package org.pathsum.ad;

import static org.objectweb.asm.Opcodes.AALOAD;
import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_SUPER;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ASTORE;
import static org.objectweb.asm.Opcodes.DADD;
import static org.objectweb.asm.Opcodes.DALOAD;
import static org.objectweb.asm.Opcodes.DASTORE;
import static org.objectweb.asm.Opcodes.DCMPL;
import static org.objectweb.asm.Opcodes.DCONST_0;
import static org.objectweb.asm.Opcodes.DDIV;
import static org.objectweb.asm.Opcodes.DLOAD;
import static org.objectweb.asm.Opcodes.DMUL;
import static org.objectweb.asm.Opcodes.DNEG;
import static org.objectweb.asm.Opcodes.DSTORE;
import static org.objectweb.asm.Opcodes.DSUB;
import static org.objectweb.asm.Opcodes.DUP2;
import static org.objectweb.asm.Opcodes.POP2;
import static org.objectweb.asm.Opcodes.GOTO;
import static org.objectweb.asm.Opcodes.IADD;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.ICONST_1;
import static org.objectweb.asm.Opcodes.IFNE;
import static org.objectweb.asm.Opcodes.IF_ICMPGE;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.IMUL;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.IRETURN;
import static org.objectweb.asm.Opcodes.ISTORE;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.V17;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Writes a segment's two loops ({@link ArrayFusion.Kernel}) as JVM bytecode: the loop over the
 * entries i with, for each member in order, its entry's value in a local variable, computed as the
 * node-by-node kernels compute it (+, −, ·, /, negation and square inline; the other functions by
 * {@link ArrayKernels#unaryValue}, {@link ArrayKernels#binaryValue} and {@code Math.pow} with the
 * operation as a constant, which the JIT folds). The reverse loop recomputes the values, then
 * applies each member's labels ({@link ArrayAdjoints#unaryLabel}, {@link
 * ArrayAdjoints#binaryPartial}) to its adjoint, last member first. A hidden class of this package,
 * unloaded with its graph, like {@link TapeCompiler}'s.
 */
final class FusedKernelWriter {

  private static final String NAME = "org/pathsum/ad/FusedArrayKernel";
  private static final String KERNELS = Type.getInternalName(ArrayKernels.class);
  private static final String ADJOINTS = Type.getInternalName(ArrayAdjoints.class);

  private final ArrayTape t;
  private final ArrayFusion.Segment g;
  private final ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES);

  // local variable indices, assigned per method
  private int next;
  private int index; // the loop counter i
  private int check; // the forward loop's sum of value·0 over checked numbers
  private int entryCheck; // the same over one entry's checked numbers; −1 while there is none
  private boolean entryChecked;
  private int[] array; // per slot: its values array (EXTERNAL)
  private int[] entry; // per slot: its entry i (EXTERNAL), its value (SCALAR), its value (MEMBER)
  private int[] slotAdjoint; // per slot: the entry's adjoint (MEMBER, EXTERNAL), the sum (SCALAR)
  private int[] adjointArray; // per slot: its adjoints array (EXTERNAL, active)
  private int[] sliced; // per member: the array a slice reads
  private int[] slicedAdjoints; // per member: the adjoints of the array a slice reads
  private int[] writtenArray; // per member: its own values array, if written
  private int[] writtenAdjoints; // per member: its own adjoints array, if written
  private int[] sum; // per member: a reduction's running sum
  private int[] reductionAdjoint; // per member: a reduction's adjoint
  /**
   * While writing an entry's reverse step: whether a slot's adjoint local holds a contribution yet.
   * The first is stored, not added to 0 (an addition the JIT may not drop: 0 + −0 is +0), and a
   * member whose adjoint got none has nothing to push.
   */
  private boolean[] assigned;

  private FusedKernelWriter(ArrayTape t, ArrayFusion.Segment g) {
    this.t = t;
    this.g = g;
  }

  /**
   * The kernel of segment {@code g}.
   *
   * @throws IllegalStateException if the class cannot be defined here
   */
  static ArrayFusion.Kernel compile(ArrayTape t, ArrayFusion.Segment g) {
    byte[] bytes = new FusedKernelWriter(t, g).write();
    try {
      MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(bytes, true);
      return (ArrayFusion.Kernel)
          hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
    } catch (Throwable e) { // IllegalAccessException, a VerifyError, ...
      throw new IllegalStateException("cannot define the fused kernel", e);
    }
  }

  private byte[] write() {
    cw.visit(V17, ACC_FINAL | ACC_SUPER, NAME, null, "java/lang/Object",
        new String[] {Type.getInternalName(ArrayFusion.Kernel.class)});
    MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
    init.visitCode();
    init.visitVarInsn(ALOAD, 0);
    init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    init.visitInsn(RETURN);
    init.visitMaxs(0, 0);
    init.visitEnd();
    writeLoop("forward", true, false);
    writeLoop("reverse", false, true);
    if (ArrayFusion.combinable(g)) {
      writeLoop("gradient", true, true);
    }
    cw.visitEnd();
    return cw.toByteArray();
  }

  private int local(int width) {
    int l = next;
    next += width;
    return l;
  }

  private void reset(int parameters) {
    next = 1 + parameters;
    int slots = g.slotNode.length;
    int members = g.members.length;
    array = new int[slots];
    entry = new int[slots];
    slotAdjoint = new int[slots];
    adjointArray = new int[slots];
    sliced = new int[members];
    slicedAdjoints = new int[members];
    writtenArray = new int[members];
    writtenAdjoints = new int[members];
    sum = new int[members];
    reductionAdjoint = new int[members];
    index = local(1);
    for (int s = 0; s < slots; s++) {
      entry[s] = local(2);
      if (g.slotKind[s] == ArrayFusion.EXTERNAL) {
        array[s] = local(1);
      }
    }
  }

  private static void constant(MethodVisitor mv, int k) {
    mv.visitLdcInsn(k);
  }

  /** Pushes {@code values[node]} (or the adjoints array, for {@code arrays} = 2). */
  private static void nodeArray(MethodVisitor mv, int arrays, int node) {
    mv.visitVarInsn(ALOAD, arrays);
    constant(mv, node);
    mv.visitInsn(AALOAD);
  }

  private boolean active(int slot) {
    return t.active[g.slotNode[slot]];
  }

  /** Loads the arrays and scalars the loop reads and writes, before it. */
  private void prologue(MethodVisitor mv, boolean forward, boolean reverse) {
    for (int s = 0; s < g.slotNode.length; s++) {
      int u = g.slotNode[s];
      if (g.slotKind[s] == ArrayFusion.EXTERNAL) {
        nodeArray(mv, 1, u);
        mv.visitVarInsn(ASTORE, array[s]);
        if (reverse && active(s)) {
          adjointArray[s] = local(1);
          nodeArray(mv, 2, u);
          mv.visitVarInsn(ASTORE, adjointArray[s]);
        }
      } else if (g.slotKind[s] == ArrayFusion.SCALAR) {
        nodeArray(mv, 1, u);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(DALOAD);
        mv.visitVarInsn(DSTORE, entry[s]);
      }
      if (reverse) {
        slotAdjoint[s] = local(2);
        if (g.slotKind[s] == ArrayFusion.SCALAR) { // a scalar's adjoint sums over all entries
          mv.visitInsn(DCONST_0);
          mv.visitVarInsn(DSTORE, slotAdjoint[s]);
        }
      }
    }
    for (int m = 0; m < g.members.length; m++) {
      int v = g.members[m];
      if (t.op(v) == ArrayOp.SLICE) {
        sliced[m] = local(1);
        nodeArray(mv, 1, t.a[v]);
        mv.visitVarInsn(ASTORE, sliced[m]);
        if (reverse && t.active[t.a[v]]) {
          slicedAdjoints[m] = local(1);
          nodeArray(mv, 2, t.a[v]);
          mv.visitVarInsn(ASTORE, slicedAdjoints[m]);
        }
      }
      boolean reduction = ArrayFusion.isReduction(t.op(v));
      if (g.written[m] && !reduction && forward) {
        writtenArray[m] = local(1);
        nodeArray(mv, 1, v);
        mv.visitVarInsn(ASTORE, writtenArray[m]);
      }
      if (g.written[m] && !reduction && reverse && !forward) {
        writtenAdjoints[m] = local(1);
        nodeArray(mv, 2, v);
        mv.visitVarInsn(ASTORE, writtenAdjoints[m]);
      }
      if (reduction && forward) {
        sum[m] = local(2);
        mv.visitInsn(DCONST_0);
        mv.visitVarInsn(DSTORE, sum[m]);
      }
      if (reduction && reverse) { // the reduction's adjoint, over L for a mean
        reductionAdjoint[m] = local(2);
        nodeArray(mv, 2, v);
        mv.visitInsn(ICONST_0);
        mv.visitInsn(DALOAD);
        if (t.op(v) == ArrayOp.MEAN) {
          mv.visitLdcInsn((double) g.length);
          mv.visitInsn(DDIV);
        }
        mv.visitVarInsn(DSTORE, reductionAdjoint[m]);
      }
    }
  }

  private void loadEntry(MethodVisitor mv, int slot) {
    mv.visitVarInsn(DLOAD, entry[slot]);
  }

  /** The entries i of the external arrays, into locals. */
  private void loadExternals(MethodVisitor mv) {
    for (int s = 0; s < g.slotNode.length; s++) {
      if (g.slotKind[s] == ArrayFusion.EXTERNAL) {
        mv.visitVarInsn(ALOAD, array[s]);
        mv.visitVarInsn(ILOAD, index);
        mv.visitInsn(DALOAD);
        mv.visitVarInsn(DSTORE, entry[s]);
      }
    }
  }

  /** Computes member {@code m}'s entry into its local; reductions accumulate (forward only). */
  private void value(MethodVisitor mv, int m, boolean forward) {
    int v = g.members[m];
    ArrayOp op = t.op(v);
    if (ArrayFusion.isReduction(op)) {
      if (forward) {
        mv.visitVarInsn(DLOAD, sum[m]);
        loadEntry(mv, g.slotA[m]);
        mv.visitInsn(DADD);
        mv.visitVarInsn(DSTORE, sum[m]);
      }
      return;
    }
    if (op == ArrayOp.SLICE) {
      mv.visitVarInsn(ALOAD, sliced[m]);
      constant(mv, t.from[v]);
      mv.visitVarInsn(ILOAD, index);
      constant(mv, t.step[v]);
      mv.visitInsn(IMUL);
      mv.visitInsn(IADD);
      mv.visitInsn(DALOAD);
    } else if (op.isUnaryElementwise()) {
      switch (op) {
        case NEG:
          loadEntry(mv, g.slotA[m]);
          mv.visitInsn(DNEG);
          break;
        case SQUARE:
          loadEntry(mv, g.slotA[m]);
          mv.visitInsn(DUP2);
          mv.visitInsn(DMUL);
          break;
        case POW_CONST:
          loadEntry(mv, g.slotA[m]);
          mv.visitLdcInsn(t.param[v]);
          mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "pow", "(DD)D", false);
          break;
        default:
          constant(mv, op.scalar.ordinal());
          loadEntry(mv, g.slotA[m]);
          mv.visitMethodInsn(INVOKESTATIC, KERNELS, "unaryValue", "(ID)D", false);
      }
    } else {
      int code = op.scalar.ordinal();
      int inline = op == ArrayOp.ADD ? DADD : op == ArrayOp.SUB ? DSUB
          : op == ArrayOp.MUL ? DMUL : op == ArrayOp.DIV ? DDIV : -1;
      if (inline < 0) {
        constant(mv, code);
      }
      loadEntry(mv, g.slotA[m]);
      loadEntry(mv, g.slotB[m]);
      if (inline >= 0) {
        mv.visitInsn(inline);
      } else {
        mv.visitMethodInsn(INVOKESTATIC, KERNELS, "binaryValue", "(IDD)D", false);
      }
    }
    mv.visitVarInsn(DSTORE, entry[g.memberSlot[m]]);
  }

  /**
   * Adds (the number on the stack)·0 to the entry's check, NaN if the number is not finite. The
   * entry's checks are summed apart and added to the loop's once per entry, so the loop carries
   * one chain of additions for them, beside a reduction's.
   */
  private void checkTop(MethodVisitor mv) {
    mv.visitInsn(DCONST_0);
    mv.visitInsn(DMUL);
    if (entryChecked) {
      mv.visitVarInsn(DLOAD, entryCheck);
      mv.visitInsn(DADD);
    }
    mv.visitVarInsn(DSTORE, entryCheck);
    entryChecked = true;
  }

  private void pushLabel(MethodVisitor mv, int m, int position) {
    int v = g.members[m];
    ArrayOp op = t.op(v);
    if (op.isUnaryElementwise()) {
      constant(mv, op.ordinal());
      mv.visitLdcInsn(t.param[v]);
      loadEntry(mv, g.slotA[m]);
      loadEntry(mv, g.memberSlot[m]);
      mv.visitMethodInsn(INVOKESTATIC, ADJOINTS, "unaryLabel", "(IDDD)D", false);
    } else {
      constant(mv, op.scalar.ordinal());
      constant(mv, position);
      loadEntry(mv, g.slotA[m]);
      loadEntry(mv, g.slotB[m]);
      loadEntry(mv, g.memberSlot[m]);
      mv.visitMethodInsn(INVOKESTATIC, ADJOINTS, "binaryPartial", "(IIDDD)D", false);
    }
  }

  /** The checks of the gradient's values pass on member {@code m}'s entry. */
  private void checks(MethodVisitor mv, int m) {
    int v = g.members[m];
    ArrayOp op = t.op(v);
    if (op == ArrayOp.SLICE) { // every entry a slice reads
      loadEntry(mv, g.memberSlot[m]);
      checkTop(mv);
      return;
    }
    if (ArrayFusion.isReduction(op)) {
      return;
    }
    if (op.mayAbsorb()) {
      loadEntry(mv, g.slotA[m]);
      checkTop(mv);
      if (op.arity == 2) {
        loadEntry(mv, g.slotB[m]);
        checkTop(mv);
      }
    }
    if (op.mayHaveNonFiniteLabel()) {
      for (int p = 0; p < op.arity; p++) {
        pushLabel(mv, m, p);
        checkTop(mv);
      }
    }
  }

  /** Adds the number on the stack to operand slot {@code s}'s adjoint; drops it if inactive. */
  private void addToSlot(MethodVisitor mv, int s) {
    if (!active(s)) {
      mv.visitInsn(POP2);
      return;
    }
    if (assigned[s]) {
      mv.visitVarInsn(DLOAD, slotAdjoint[s]);
      mv.visitInsn(DADD);
    }
    mv.visitVarInsn(DSTORE, slotAdjoint[s]);
    assigned[s] = true;
  }

  /** Pushes member {@code m}'s adjoint through its labels to its operands. */
  private void push(MethodVisitor mv, int m) {
    int v = g.members[m];
    ArrayOp op = t.op(v);
    if (ArrayFusion.isReduction(op)) { // the same adjoint to every entry
      mv.visitVarInsn(DLOAD, reductionAdjoint[m]);
      addToSlot(mv, g.slotA[m]);
      return;
    }
    int own = slotAdjoint[g.memberSlot[m]];
    boolean hasAdjoint = assigned[g.memberSlot[m]];
    if (op == ArrayOp.SLICE) {
      boolean store = g.isPartitioned(t.a[v]); // the only write to that entry: no clearing
      if (t.active[t.a[v]] && (hasAdjoint || store)) { // adjoints[a][from + i·step] (+)= own
        mv.visitVarInsn(ALOAD, slicedAdjoints[m]);
        constant(mv, t.from[v]);
        mv.visitVarInsn(ILOAD, index);
        constant(mv, t.step[v]);
        mv.visitInsn(IMUL);
        mv.visitInsn(IADD);
        if (!store) {
          mv.visitInsn(DUP2);
          mv.visitInsn(DALOAD);
        }
        if (hasAdjoint) {
          mv.visitVarInsn(DLOAD, own);
        } else {
          mv.visitInsn(DCONST_0);
        }
        if (!store) {
          mv.visitInsn(DADD);
        }
        mv.visitInsn(DASTORE);
      }
      return;
    }
    if (!hasAdjoint) {
      return; // nothing reached this member at this entry
    }
    for (int p = op.arity - 1; p >= 0; p--) { // the second operand first, as the tape does
      int s = p == 0 ? g.slotA[m] : g.slotB[m];
      if (!active(s)) {
        continue;
      }
      boolean plain = op == ArrayOp.ADD || (op == ArrayOp.SUB && p == 0);
      boolean negated = (op == ArrayOp.SUB && p == 1) || op == ArrayOp.NEG;
      if (plain) {
        mv.visitVarInsn(DLOAD, own);
      } else if (negated) {
        mv.visitVarInsn(DLOAD, own);
        mv.visitInsn(DNEG);
      } else if (op == ArrayOp.MUL) {
        loadEntry(mv, p == 0 ? g.slotB[m] : g.slotA[m]);
        mv.visitVarInsn(DLOAD, own);
        mv.visitInsn(DMUL);
      } else if (op == ArrayOp.SQUARE) {
        loadEntry(mv, g.slotA[m]);
        mv.visitInsn(DUP2);
        mv.visitInsn(DADD);
        mv.visitVarInsn(DLOAD, own);
        mv.visitInsn(DMUL);
      } else {
        pushLabel(mv, m, p);
        mv.visitVarInsn(DLOAD, own);
        mv.visitInsn(DMUL);
      }
      addToSlot(mv, s);
    }
  }

  /**
   * One loop over the entries: with {@code forward}, the members' values, the checks, the written
   * arrays and the reductions, returning whether the checks passed; with {@code reverse}, the
   * values (recomputed if not {@code forward}) and then the adjoints pushed back through the
   * members. Both: the gradient of a segment whose only result is a reduction with a known
   * adjoint, in one pass.
   */
  private void writeLoop(String name, boolean forward, boolean reverse) {
    String descriptor = (forward ? "([[D" : "([[D[[D") + (reverse && forward ? "[[D" : "")
        + (forward ? ")Z" : ")V");
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, name, descriptor, null, null);
    mv.visitCode();
    reset(2); // values, adjoints (unused by the forward loop)
    check = local(2);
    entryCheck = local(2);
    mv.visitInsn(DCONST_0);
    mv.visitVarInsn(DSTORE, check);
    prologue(mv, forward, reverse);
    Label top = new Label();
    Label done = new Label();
    mv.visitInsn(ICONST_0);
    mv.visitVarInsn(ISTORE, index);
    mv.visitLabel(top);
    mv.visitVarInsn(ILOAD, index);
    constant(mv, g.length);
    mv.visitJumpInsn(IF_ICMPGE, done);
    loadExternals(mv);
    entryChecked = false;
    for (int m = 0; m < g.members.length; m++) {
      value(mv, m, forward);
      if (forward) {
        checks(mv, m);
        if (g.written[m] && !ArrayFusion.isReduction(t.op(g.members[m]))) {
          mv.visitVarInsn(ALOAD, writtenArray[m]);
          mv.visitVarInsn(ILOAD, index);
          loadEntry(mv, g.memberSlot[m]);
          mv.visitInsn(DASTORE);
        }
      }
    }
    if (entryChecked) {
      mv.visitVarInsn(DLOAD, check);
      mv.visitVarInsn(DLOAD, entryCheck);
      mv.visitInsn(DADD);
      mv.visitVarInsn(DSTORE, check);
    }
    if (reverse) {
      assigned = new boolean[g.slotNode.length]; // this entry's adjoints start empty ...
      for (int s = 0; s < g.slotNode.length; s++) {
        assigned[s] = g.slotKind[s] == ArrayFusion.SCALAR; // (sums over all entries)
      }
      for (int m = 0; m < g.members.length; m++) { // ... or at a written member's adjoint
        if (g.written[m] && !ArrayFusion.isReduction(t.op(g.members[m]))) {
          mv.visitVarInsn(ALOAD, writtenAdjoints[m]);
          mv.visitVarInsn(ILOAD, index);
          mv.visitInsn(DALOAD);
          mv.visitVarInsn(DSTORE, slotAdjoint[g.memberSlot[m]]);
          assigned[g.memberSlot[m]] = true;
        }
      }
      for (int m = g.members.length - 1; m >= 0; m--) {
        push(mv, m);
      }
      for (int s = 0; s < g.slotNode.length; s++) { // adjoints[u][i] += this entry's
        if (g.slotKind[s] == ArrayFusion.EXTERNAL && active(s) && assigned[s]) {
          mv.visitVarInsn(ALOAD, adjointArray[s]);
          mv.visitVarInsn(ILOAD, index);
          mv.visitInsn(DUP2);
          mv.visitInsn(DALOAD);
          mv.visitVarInsn(DLOAD, slotAdjoint[s]);
          mv.visitInsn(DADD);
          mv.visitInsn(DASTORE);
        }
      }
    }
    mv.visitIincInsn(index, 1);
    mv.visitJumpInsn(GOTO, top);
    mv.visitLabel(done);
    if (reverse) {
      for (int s = 0; s < g.slotNode.length; s++) {
        if (g.slotKind[s] == ArrayFusion.SCALAR && active(s)) {
          nodeArray(mv, 2, g.slotNode[s]);
          mv.visitInsn(ICONST_0);
          mv.visitInsn(DUP2);
          mv.visitInsn(DALOAD);
          mv.visitVarInsn(DLOAD, slotAdjoint[s]);
          mv.visitInsn(DADD);
          mv.visitInsn(DASTORE);
        }
      }
    }
    if (!forward) {
      mv.visitInsn(RETURN);
    } else {
      for (int m = 0; m < g.members.length; m++) {
        int v = g.members[m];
        if (ArrayFusion.isReduction(t.op(v))) {
          nodeArray(mv, 1, v);
          mv.visitInsn(ICONST_0);
          mv.visitVarInsn(DLOAD, sum[m]);
          if (t.op(v) == ArrayOp.MEAN) {
            mv.visitLdcInsn((double) g.length);
            mv.visitInsn(DDIV);
          }
          mv.visitInsn(DASTORE);
        }
      }
      Label bad = new Label();
      mv.visitVarInsn(DLOAD, check);
      mv.visitInsn(DCONST_0);
      mv.visitInsn(DCMPL);
      mv.visitJumpInsn(IFNE, bad);
      mv.visitInsn(ICONST_1);
      mv.visitInsn(IRETURN);
      mv.visitLabel(bad);
      mv.visitInsn(ICONST_0);
      mv.visitInsn(IRETURN);
    }
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }
}
