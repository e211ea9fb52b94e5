package org.pathsum.dataflow.bytecode;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.pathsum.dataflow.Supergraph;
import org.pathsum.semiring.PathSumException;

/**
 * A {@link Supergraph} built from JVM class files with ASM: one procedure per method with code,
 * one node per instruction of its {@link InsnList} (labels and other pseudo-instructions included,
 * as no-ops, so node and instruction indices line up with ASM's {@code Analyzer} frames), plus an
 * entry node defining the parameters ({@code this} first) and an exit node that every return and
 * {@code athrow} leads to.
 *
 * <p><b>Control flow.</b> Fall-through, jumps and switches; exception edges to each handler from
 * the predecessors of every instruction its try block covers (so the handler sees the state
 * <em>before</em> the throwing instruction, as ASM's analyzer does). {@code jsr} and {@code ret}
 * (class files before Java 6) are approximated: {@code jsr} also falls through, {@code ret} leads to
 * the exit.
 *
 * <p><b>Calls</b> by class-hierarchy analysis over the given classes: {@code invokestatic} and
 * {@code invokespecial} call the method they resolve to; {@code invokevirtual} and {@code
 * invokeinterface} also every override in a subtype. A call with no callee among the given classes
 * (library code, {@code invokedynamic}) is an ordinary edge to the next instruction; so is, in
 * addition to its calls, a virtual call on a type outside the given classes (a library interface
 * such as {@code java.util.Set}, whose other implementations are unknown). Types among the given
 * classes are taken as closed: their implementations elsewhere are not considered.
 *
 * <p><b>Variables.</b> Locals by slot ({@code xstore}, {@code iinc}, {@code lstore}/{@code dstore}
 * define their slot and the next) and static fields as {@code owner.name}, read by {@code
 * getstatic} and written by {@code putstatic}. Instance fields and arrays are not tracked.
 *
 * <p>Cost: O(instructions + try-block coverage + call sites × overrides). Immutable.
 *
 * <p>The classes are ASM trees ({@link ClassNode}), so this API exposes ASM's {@code
 * org.objectweb.asm.tree} types; {@link #readClasses} reads them from files.
 */
public final class BytecodeProgram {

  private static final String[] OPCODE_NAMES = opcodeNames();

  private final Supergraph graph;
  private final List<ClassNode> owners;
  private final List<MethodNode> methods;
  private final int[] firstNode;
  private final int instructions;

  private BytecodeProgram(
      Supergraph graph,
      List<ClassNode> owners,
      List<MethodNode> methods,
      int[] firstNode,
      int instructions) {
    this.graph = graph;
    this.owners = owners;
    this.methods = methods;
    this.firstNode = firstNode;
    this.instructions = instructions;
  }

  /**
   * The classes at {@code location}: one {@code .class} file, a {@code .jar}, a directory (searched
   * recursively), or a module of the running JDK written {@code jrt:/java.base}. Debug information
   * and stack map frames are skipped; {@code module-info} and a jar's {@code META-INF} are ignored.
   * Cost: O(bytes read).
   *
   * @throws UnreadableClassFileException if the location does not exist, is of an unknown kind, or
   *     holds a malformed class file
   */
  public static List<ClassNode> readClasses(String location) {
    return ClassFiles.load(Objects.requireNonNull(location, "location"));
  }

  /**
   * Builds the supergraph of every method with code in {@code classes}; of two classes with the
   * same name, the first counts.
   */
  public static BytecodeProgram of(List<ClassNode> classes) {
    Objects.requireNonNull(classes, "classes");
    Map<String, ClassNode> byName = new HashMap<>();
    for (ClassNode c : classes) {
      byName.putIfAbsent(c.name, c);
    }
    Supergraph.Builder b = Supergraph.builder();
    List<ClassNode> owners = new ArrayList<>();
    List<MethodNode> methods = new ArrayList<>();
    Map<String, Integer> procOf = new HashMap<>();
    for (ClassNode c : byName.values()) {
      for (MethodNode m : c.methods) {
        if (m.instructions.size() == 0) {
          continue;
        }
        int proc = b.procedure(c.name.replace('/', '.') + "." + m.name + m.desc, parameters(b, m));
        procOf.put(c.name + "." + m.name + m.desc, proc);
        owners.add(c);
        methods.add(m);
      }
    }
    ClassHierarchy h = new ClassHierarchy(byName, procOf);
    int[] first = new int[methods.size()];
    int total = 0;
    for (int p = 0; p < methods.size(); p++) {
      first[p] = addMethod(b, p, owners.get(p), methods.get(p), h);
      total += methods.get(p).instructions.size();
    }
    return new BytecodeProgram(b.build(), List.copyOf(owners), List.copyOf(methods), first, total);
  }

  private static int[] parameters(Supergraph.Builder b, MethodNode m) {
    List<Integer> slots = new ArrayList<>();
    int slot = 0;
    if ((m.access & Opcodes.ACC_STATIC) == 0) {
      slots.add(b.local(slot++));
    }
    for (Type t : Type.getArgumentTypes(m.desc)) {
      for (int i = 0; i < t.getSize(); i++) {
        slots.add(b.local(slot++));
      }
    }
    return slots.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Adds the nodes and edges of method {@code p}; returns the node of instruction 0. */
  private static int addMethod(
      Supergraph.Builder b, int p, ClassNode owner, MethodNode m, ClassHierarchy h) {
    InsnList insns = m.instructions;
    int n = insns.size();
    int first = -1;
    for (int i = 0; i < n; i++) {
      AbstractInsnNode insn = insns.get(i);
      int node = b.node(p, i + ": " + describe(insn), defs(b, insn), uses(b, insn));
      if (i == 0) {
        first = node;
      }
    }
    int entry = b.entryOf(p);
    int exit = b.exitOf(p);
    List<Set<Integer>> preds = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      preds.add(new LinkedHashSet<>());
    }
    // Node of instruction i is first + i; -1 stands for the entry node in preds.
    preds.get(0).add(-1);
    b.edge(entry, first);
    for (int i = 0; i < n; i++) {
      AbstractInsnNode insn = insns.get(i);
      int op = insn.getOpcode();
      List<Integer> succ = new ArrayList<>();
      boolean toExit = false;
      if (insn instanceof JumpInsnNode) {
        succ.add(insns.indexOf(((JumpInsnNode) insn).label));
        if (op != Opcodes.GOTO) {
          succ.add(i + 1);
        }
      } else if (insn instanceof TableSwitchInsnNode) {
        TableSwitchInsnNode t = (TableSwitchInsnNode) insn;
        succ.add(insns.indexOf(t.dflt));
        t.labels.forEach(l -> succ.add(insns.indexOf(l)));
      } else if (insn instanceof LookupSwitchInsnNode) {
        LookupSwitchInsnNode t = (LookupSwitchInsnNode) insn;
        succ.add(insns.indexOf(t.dflt));
        t.labels.forEach(l -> succ.add(insns.indexOf(l)));
      } else if ((op >= Opcodes.IRETURN && op <= Opcodes.RETURN)
          || op == Opcodes.ATHROW
          || op == Opcodes.RET) {
        toExit = true;
      } else if (insn instanceof MethodInsnNode) {
        MethodInsnNode mi = (MethodInsnNode) insn;
        List<Integer> callees = h.callees(mi);
        if (!callees.isEmpty() && i + 1 < n) {
          for (int callee : callees) {
            b.call(first + i, callee, first + i + 1);
          }
          preds.get(i + 1).add(i); // for exception edges: the state after the call
          if (!h.mayDispatchOutside(mi)) {
            continue;
          }
        }
        succ.add(i + 1);
      } else {
        succ.add(i + 1);
      }
      if (toExit) {
        b.edge(first + i, exit);
      }
      for (int s : succ) {
        if (s >= n) {
          b.edge(first + i, exit);
        } else {
          b.edge(first + i, first + s);
          preds.get(s).add(i);
        }
      }
    }
    // Exception edges: from every predecessor of a covered instruction to the handler, until no
    // new edge appears (a handler may itself lie in a try block).
    boolean changed = m.tryCatchBlocks != null && !m.tryCatchBlocks.isEmpty();
    while (changed) {
      changed = false;
      for (TryCatchBlockNode tc : m.tryCatchBlocks) {
        int start = insns.indexOf(tc.start);
        int end = insns.indexOf(tc.end);
        int handler = insns.indexOf(tc.handler);
        for (int j = start; j < end; j++) {
          for (int q : new ArrayList<>(preds.get(j))) {
            if (preds.get(handler).add(q)) {
              b.edge(q < 0 ? entry : first + q, first + handler);
              changed = true;
            }
          }
        }
      }
    }
    return first;
  }

  private static int[] defs(Supergraph.Builder b, AbstractInsnNode insn) {
    int op = insn.getOpcode();
    if (insn instanceof VarInsnNode && op >= Opcodes.ISTORE && op <= Opcodes.ASTORE) {
      int v = ((VarInsnNode) insn).var;
      return op == Opcodes.LSTORE || op == Opcodes.DSTORE
          ? new int[] {b.local(v), b.local(v + 1)}
          : new int[] {b.local(v)};
    }
    if (insn instanceof IincInsnNode) {
      return new int[] {b.local(((IincInsnNode) insn).var)};
    }
    if (op == Opcodes.PUTSTATIC) {
      FieldInsnNode f = (FieldInsnNode) insn;
      return new int[] {b.global(f.owner.replace('/', '.') + "." + f.name)};
    }
    return new int[0];
  }

  private static int[] uses(Supergraph.Builder b, AbstractInsnNode insn) {
    int op = insn.getOpcode();
    if (insn instanceof VarInsnNode && ((op >= Opcodes.ILOAD && op <= Opcodes.ALOAD) || op == Opcodes.RET)) {
      return new int[] {b.local(((VarInsnNode) insn).var)};
    }
    if (insn instanceof IincInsnNode) {
      return new int[] {b.local(((IincInsnNode) insn).var)};
    }
    if (op == Opcodes.GETSTATIC) {
      FieldInsnNode f = (FieldInsnNode) insn;
      return new int[] {b.global(f.owner.replace('/', '.') + "." + f.name)};
    }
    return new int[0];
  }

  private static String describe(AbstractInsnNode insn) {
    int op = insn.getOpcode();
    if (op < 0) {
      return insn instanceof LabelNode ? "label" : "(frame or line)";
    }
    String name = op < OPCODE_NAMES.length && OPCODE_NAMES[op] != null ? OPCODE_NAMES[op] : "op" + op;
    if (insn instanceof VarInsnNode) {
      return name + " " + ((VarInsnNode) insn).var;
    }
    if (insn instanceof IincInsnNode) {
      return name + " " + ((IincInsnNode) insn).var + " " + ((IincInsnNode) insn).incr;
    }
    if (insn instanceof FieldInsnNode) {
      return name + " " + ((FieldInsnNode) insn).owner.replace('/', '.') + "." + ((FieldInsnNode) insn).name;
    }
    if (insn instanceof MethodInsnNode) {
      MethodInsnNode mi = (MethodInsnNode) insn;
      return name + " " + mi.owner.replace('/', '.') + "." + mi.name + mi.desc;
    }
    return name;
  }

  private static String[] opcodeNames() {
    String[] names = new String[256];
    for (Field f : Opcodes.class.getFields()) {
      String n = f.getName();
      if (f.getType() != int.class
          || !Modifier.isStatic(f.getModifiers())
          || n.startsWith("ACC_")
          || n.startsWith("T_")
          || n.startsWith("H_")
          || n.startsWith("F_")
          || n.startsWith("V")
          || n.startsWith("ASM")
          || n.startsWith("SOURCE_")) {
        continue;
      }
      try {
        int v = f.getInt(null);
        if (v >= 0 && v < 256 && names[v] == null) {
          names[v] = n;
        }
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return names;
  }

  /** The supergraph. */
  public Supergraph graph() {
    return graph;
  }

  /** The number of methods (procedures). */
  public int methodCount() {
    return methods.size();
  }

  /** The total number of instructions (pseudo-instructions included). */
  public int instructionCount() {
    return instructions;
  }

  /** The method of procedure {@code p}. */
  public MethodNode method(int p) {
    return methods.get(p);
  }

  /** The internal name of the class declaring procedure {@code p}, e.g. {@code java/util/List}. */
  public String owner(int p) {
    return owners.get(p).name;
  }

  /** The node of instruction {@code index} of procedure {@code p}. */
  public int nodeOf(int p, int index) {
    if (index < 0 || index >= methods.get(p).instructions.size()) {
      throw new IndexOutOfBoundsException("instruction " + index + " of " + graph.procedureName(p));
    }
    return firstNode[p] + index;
  }

  /** The instruction index of {@code node}, or -1 for an entry or exit node. */
  public int instructionIndex(int node) {
    int p = graph.procedureOf(node);
    int i = node - firstNode[p];
    return i >= 0 && i < methods.get(p).instructions.size() ? i : -1;
  }

  /**
   * The procedures whose class and method name match {@code classDotMethod}, e.g. {@code
   * com.google.common.base.Strings.repeat} (every overload); the class may be given by its simple
   * name.
   */
  public List<Integer> find(String classDotMethod) {
    Objects.requireNonNull(classDotMethod, "classDotMethod");
    int dot = classDotMethod.lastIndexOf('.');
    if (dot <= 0 || dot == classDotMethod.length() - 1) {
      return List.of();
    }
    String cls = classDotMethod.substring(0, dot);
    String name = classDotMethod.substring(dot + 1);
    List<Integer> out = new ArrayList<>();
    for (int p = 0; p < methods.size(); p++) {
      String owner = owners.get(p).name.replace('/', '.');
      boolean classMatches =
          owner.equals(cls) || owner.endsWith("." + cls) || owner.endsWith("$" + cls);
      if (classMatches && methods.get(p).name.equals(name)) {
        out.add(p);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "BytecodeProgram[" + methods.size() + " methods, " + instructions + " instructions, " + graph + "]";
  }

  /** Class files that could not be read or parsed. Carries the location. */
  public static final class UnreadableClassFileException extends PathSumException {
    private static final long serialVersionUID = 1L;
    private final String location;

    UnreadableClassFileException(String location, String reason) {
      super("cannot read class files from " + location + ": " + reason);
      this.location = location;
    }

    /** The file, jar entry or module that failed. */
    public String location() {
      return location;
    }
  }
}
