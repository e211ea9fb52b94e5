package org.pathsum.ad;

import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_PRIVATE;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_STATIC;
import static org.objectweb.asm.Opcodes.ACC_SUPER;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.BIPUSH;
import static org.objectweb.asm.Opcodes.DADD;
import static org.objectweb.asm.Opcodes.DALOAD;
import static org.objectweb.asm.Opcodes.DASTORE;
import static org.objectweb.asm.Opcodes.DCMPL;
import static org.objectweb.asm.Opcodes.DCONST_0;
import static org.objectweb.asm.Opcodes.DLOAD;
import static org.objectweb.asm.Opcodes.DMUL;
import static org.objectweb.asm.Opcodes.DSTORE;
import static org.objectweb.asm.Opcodes.DSUB;
import static org.objectweb.asm.Opcodes.DUP2;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.ICONST_1;
import static org.objectweb.asm.Opcodes.IFEQ;
import static org.objectweb.asm.Opcodes.IFNE;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.IRETURN;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.SIPUSH;
import static org.objectweb.asm.Opcodes.V17;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.stream.IntStream;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Writes a tape's three kernels ({@link Tape#values}, the fused pass of {@link Tape#label}, and
 * {@link Tape#reverse} from one target) out as straight-line JVM bytecode: one run of instructions
 * per node, with its operation, operands and edge id as constants, so the compiled code has no
 * opcode to switch on and no operand arrays to read. The instructions are the interpreter's, node
 * for node and in the same order: the same arithmetic for +, −, · and the same pushes as {@link
 * Op#pushAdd}, {@link Op#pushSub}, {@link Op#pushMul}; every other operation calls {@link Op#value}
 * or {@link Op#rule} with its code as a constant, which the JIT folds. The results are therefore
 * the interpreter's bit for bit ({@code CompiledTapeTest} checks it on the random programs).
 *
 * <p><b>When it pays.</b> Straight-line code trades the interpreter's data (17 bytes per node) for
 * machine code (tens of bytes per node). While the code fits in the instruction caches it beats the
 * interpreter; beyond that it loses to it, and the loss grows with the size. Hence {@link
 * #MAX_NODES}, below the crossing (benchmarks/RESULTS.md has the figures), with room for machines
 * with smaller caches. The code is also split into methods of at most a few thousand bytes, below
 * HotSpot's limit ({@code -XX:HugeMethodLimit}, 8,000 bytes) for compiling a method at all.
 *
 * <p>The class is a hidden class of this package: unloaded with its tape, and able to call {@link
 * Op}'s package-private rules.
 */
final class TapeCompiler {

  /** The largest tape compiled (nodes); larger ones stay with the interpreter, see above. */
  static final int MAX_NODES = 2_000;

  // nodes per generated method: at most about 60 bytes of bytecode per node in the label and
  // reverse kernels, 30 in the values kernel, so every method stays under about 7,000 bytes
  private static final int VALUES_PER_METHOD = 220;
  private static final int LABELS_PER_METHOD = 110;
  private static final int REVERSE_PER_METHOD = 110;

  private static final String OP = Type.getInternalName(Op.class);
  private static final String COMPILED = Type.getInternalName(Tape.Compiled.class);
  private static final String NAME = "org/pathsum/ad/CompiledTape";
  private static final String VALUE_DESCRIPTOR = "(IDD[DI)D";
  private static final String RULE_DESCRIPTOR = "(IDD[DI[DI)D";

  private final byte[] code;
  private final int[] first;
  private final int[] second;
  private final int leafPrefix;
  private final int nodeCount;
  private final int target;
  private final int[] edge; // edge[v]: the id of v's first edge
  private final ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES);

  private TapeCompiler(
      byte[] code, int[] first, int[] second, int leafPrefix, int nodeCount, int target) {
    this.code = code;
    this.first = first;
    this.second = second;
    this.leafPrefix = leafPrefix;
    this.nodeCount = nodeCount;
    this.target = target;
    this.edge = new int[nodeCount];
    for (int v = 0, e = 0; v < nodeCount; v++) {
      edge[v] = e;
      e += Op.TAPE_ARITY[code[v]];
    }
  }

  /**
   * The kernels of the tape given by its arrays, the reverse sweep starting at {@code target}.
   *
   * @throws IllegalStateException if the class cannot be defined (a bug)
   */
  static Tape.Compiled compile(
      byte[] code, int[] first, int[] second, int leafPrefix, int nodeCount, int target) {
    byte[] bytes = new TapeCompiler(code, first, second, leafPrefix, nodeCount, target).write();
    try {
      MethodHandles.Lookup hidden = MethodHandles.lookup().defineHiddenClass(bytes, true);
      return (Tape.Compiled)
          hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class)).invoke();
    } catch (Throwable t) { // IllegalAccessException, a VerifyError, ...: all bugs here
      throw new IllegalStateException("cannot define the compiled tape", t);
    }
  }

  private byte[] write() {
    cw.visit(V17, ACC_FINAL | ACC_SUPER, NAME, null, "java/lang/Object", new String[] {COMPILED});
    MethodVisitor init = begin(ACC_PUBLIC, "<init>", "()V");
    init.visitVarInsn(ALOAD, 0);
    init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    init.visitInsn(RETURN);
    end(init);
    int[] operations = operations(leafPrefix, nodeCount);
    writeValues(operations);
    writeLabel(operations);
    writeReverse(operations(leafPrefix, target + 1));
    cw.visitEnd();
    return cw.toByteArray();
  }

  /** The nodes in [from, to) that are operations (arity > 0), in node order. */
  private int[] operations(int from, int to) {
    return IntStream.range(from, to).filter(v -> Op.TAPE_ARITY[code[v]] > 0).toArray();
  }

  private static int chunks(int count, int perMethod) {
    return (count + perMethod - 1) / perMethod;
  }

  /** A new method of the class, its code begun. */
  private MethodVisitor begin(int access, String name, String descriptor) {
    MethodVisitor mv = cw.visitMethod(access, name, descriptor, null, null);
    mv.visitCode();
    return mv;
  }

  /** Ends a method begun by {@link #begin} (ASM computes the frames and maximums). */
  private static void end(MethodVisitor mv) {
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  /**
   * The interface method {@code name}: calls the static chunk methods {@code name0}, {@code
   * name1}, … (in descending order for the reverse sweep) with its own array arguments; a boolean
   * one returns false as soon as a chunk does, else true.
   */
  private void writeEntry(String name, String descriptor, int chunks, boolean descending) {
    MethodVisitor entry = begin(ACC_PUBLIC, name, descriptor);
    int arguments = Type.getArgumentTypes(descriptor).length;
    boolean test = descriptor.endsWith("Z");
    Label fail = new Label();
    for (int i = 0; i < chunks; i++) {
      int k = descending ? chunks - 1 - i : i;
      for (int a = 1; a <= arguments; a++) {
        entry.visitVarInsn(ALOAD, a);
      }
      entry.visitMethodInsn(INVOKESTATIC, NAME, name + k, descriptor, false);
      if (test) {
        entry.visitJumpInsn(IFEQ, fail);
      }
    }
    if (test) {
      entry.visitInsn(ICONST_1);
      entry.visitInsn(IRETURN);
      entry.visitLabel(fail);
      entry.visitInsn(ICONST_0);
      entry.visitInsn(IRETURN);
    } else {
      entry.visitInsn(RETURN);
    }
    end(entry);
  }

  // values(double[] values, double[] params): values[v] = value of v, for every operation
  private void writeValues(int[] ops) {
    int chunks = chunks(ops.length, VALUES_PER_METHOD);
    writeEntry("values", "([D[D)V", chunks, false);
    for (int k = 0; k < chunks; k++) {
      MethodVisitor mv = begin(ACC_PRIVATE | ACC_STATIC, "values" + k, "([D[D)V");
      for (int i = k * VALUES_PER_METHOD; i < Math.min(ops.length, (k + 1) * VALUES_PER_METHOD);
          i++) {
        int v = ops[i];
        mv.visitVarInsn(ALOAD, 0);
        push(mv, v);
        value(mv, v, 0, 1);
        mv.visitInsn(DASTORE);
      }
      mv.visitInsn(RETURN);
      end(mv);
    }
  }

  /** Pushes the value of node {@code v} (a double) from the values and params in those locals. */
  private void value(MethodVisitor mv, int v, int values, int params) {
    int c = code[v];
    if (Op.partialsFollowOperands(c)) { // +, −, ·: Op.value's arithmetic, inline
      load(mv, values, first[v]);
      load(mv, values, second[v]);
      mv.visitInsn(c == Op.Code.ADD ? DADD : c == Op.Code.SUB ? DSUB : DMUL);
    } else {
      push(mv, c);
      load(mv, values, first[v]);
      load(mv, values, second[v]);
      mv.visitVarInsn(ALOAD, params);
      push(mv, v);
      mv.visitMethodInsn(INVOKESTATIC, OP, "value", VALUE_DESCRIPTOR, false);
    }
  }

  // label(double[] values, double[] labels, double[] params): the fused pass; false at the first
  // node whose value or written label is not finite (the interpreter then finds which)
  private void writeLabel(int[] ops) {
    int chunks = chunks(ops.length, LABELS_PER_METHOD);
    writeEntry("label", "([D[D[D)Z", chunks, false);
    for (int k = 0; k < chunks; k++) {
      // locals: 0 values, 1 labels, 2 params, 3–4 r
      MethodVisitor mv = begin(ACC_PRIVATE | ACC_STATIC, "label" + k, "([D[D[D)Z");
      Label bad = new Label();
      for (int i = k * LABELS_PER_METHOD; i < Math.min(ops.length, (k + 1) * LABELS_PER_METHOD);
          i++) {
        int v = ops[i];
        int c = code[v];
        if (Op.partialsFollowOperands(c)) {
          value(mv, v, 0, 2);
        } else { // Op.rule(c, a, b, params, v, labels, e)
          push(mv, c);
          load(mv, 0, first[v]);
          load(mv, 0, second[v]);
          mv.visitVarInsn(ALOAD, 2);
          push(mv, v);
          mv.visitVarInsn(ALOAD, 1);
          push(mv, edge[v]);
          mv.visitMethodInsn(INVOKESTATIC, OP, "rule", RULE_DESCRIPTOR, false);
        }
        mv.visitVarInsn(DSTORE, 3);
        mv.visitVarInsn(ALOAD, 0);
        push(mv, v);
        mv.visitVarInsn(DLOAD, 3);
        mv.visitInsn(DASTORE);
        // r − r != 0.0: the interpreter's test (0 for every finite r, NaN otherwise)
        mv.visitVarInsn(DLOAD, 3);
        mv.visitVarInsn(DLOAD, 3);
        mv.visitInsn(DSUB);
        if (!Op.partialsFollowOperands(c)) {
          // + (labels[e] − labels[e]) + (labels[e + 1] − labels[e + 1])
          for (int s = 0; s < 2; s++) {
            load(mv, 1, edge[v] + s);
            mv.visitInsn(DUP2);
            mv.visitInsn(DSUB);
            mv.visitInsn(DADD);
          }
        }
        mv.visitInsn(DCONST_0);
        mv.visitInsn(DCMPL); // NaN compares as −1
        mv.visitJumpInsn(IFNE, bad);
      }
      mv.visitInsn(ICONST_1);
      mv.visitInsn(IRETURN);
      mv.visitLabel(bad);
      mv.visitInsn(ICONST_0);
      mv.visitInsn(IRETURN);
      end(mv);
    }
  }

  // reverse(double[] values, double[] labels, double[] adjoints): for v from the target down, the
  // interpreter's pushes; the caller sets adjoints[target] = 1 and gathers the gradient
  private void writeReverse(int[] ops) {
    int chunks = chunks(ops.length, REVERSE_PER_METHOD);
    writeEntry("reverse", "([D[D[D)V", chunks, true);
    for (int k = 0; k < chunks; k++) {
      // locals: 0 values, 1 labels, 2 adjoints, 3–4 g
      MethodVisitor mv = begin(ACC_PRIVATE | ACC_STATIC, "reverse" + k, "([D[D[D)V");
      int end = Math.min(ops.length, (k + 1) * REVERSE_PER_METHOD);
      for (int i = end - 1; i >= k * REVERSE_PER_METHOD; i--) {
        int v = ops[i];
        int c = code[v];
        int u = first[v];
        int w = second[v];
        load(mv, 2, v); // g = adjoints[v]; adjoints[v] = 0.0
        mv.visitVarInsn(DSTORE, 3);
        mv.visitVarInsn(ALOAD, 2);
        push(mv, v);
        mv.visitInsn(DCONST_0);
        mv.visitInsn(DASTORE);
        if (c == Op.Code.ADD) { // Op.pushAdd: adjoints[w] = g + adjoints[w]; the same for u
          addToAdjoint(mv, w, -1, -1);
          addToAdjoint(mv, u, -1, -1);
        } else if (c == Op.Code.SUB) { // Op.pushSub: adjoints[w] = adjoints[w] − g; then as +
          mv.visitVarInsn(ALOAD, 2);
          push(mv, w);
          load(mv, 2, w);
          mv.visitVarInsn(DLOAD, 3);
          mv.visitInsn(DSUB);
          mv.visitInsn(DASTORE);
          addToAdjoint(mv, u, -1, -1);
        } else if (c == Op.Code.MUL) { // Op.pushMul: adjoints[w] = values[u] · g + adjoints[w]
          addToAdjoint(mv, w, 0, u);
          addToAdjoint(mv, u, 0, w);
        } else { // adjoints[x] = labels[e + k] · g + adjoints[x], second operand first
          if (Op.TAPE_ARITY[c] == 2) {
            addToAdjoint(mv, w, 1, edge[v] + 1);
          }
          addToAdjoint(mv, u, 1, edge[v]);
        }
      }
      mv.visitInsn(RETURN);
      end(mv);
    }
  }

  /**
   * {@code adjoints[x] = weight · g + adjoints[x]}, the weight being {@code array[index]} of the
   * array in local {@code array} (0 values, 1 labels), or 1 when {@code array} is −1 (then {@code g
   * + adjoints[x]}, the same bits as {@code 1 · g + adjoints[x]}).
   */
  private static void addToAdjoint(MethodVisitor mv, int x, int array, int index) {
    mv.visitVarInsn(ALOAD, 2);
    push(mv, x);
    if (array < 0) {
      mv.visitVarInsn(DLOAD, 3);
    } else {
      load(mv, array, index);
      mv.visitVarInsn(DLOAD, 3);
      mv.visitInsn(DMUL);
    }
    load(mv, 2, x);
    mv.visitInsn(DADD);
    mv.visitInsn(DASTORE);
  }

  /** Pushes {@code array[index]}, the array being in local {@code array}. */
  private static void load(MethodVisitor mv, int array, int index) {
    mv.visitVarInsn(ALOAD, array);
    push(mv, index);
    mv.visitInsn(DALOAD);
  }

  private static void push(MethodVisitor mv, int value) {
    if (value >= -1 && value <= 5) {
      mv.visitInsn(ICONST_0 + value);
    } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
      mv.visitIntInsn(BIPUSH, value);
    } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
      mv.visitIntInsn(SIPUSH, value);
    } else {
      mv.visitLdcInsn(value);
    }
  }
}
