package org.pathsum.dataflow.bytecode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * Class-hierarchy analysis over a set of classes: the methods with code that a call instruction may
 * run, the resolved method and, for a virtual call, every override in a subtype among the classes.
 * Types among the classes are taken as closed. Results are cached per call signature.
 */
final class ClassHierarchy {
  private final Map<String, ClassNode> classes;
  private final Map<String, Integer> procOf;
  private final Map<String, List<String>> subtypes = new HashMap<>();
  private final Map<String, List<Integer>> cache = new HashMap<>();

  ClassHierarchy(Map<String, ClassNode> classes, Map<String, Integer> procOf) {
    this.classes = classes;
    this.procOf = procOf;
    for (ClassNode c : classes.values()) {
      if (c.superName != null) {
        subtypes.computeIfAbsent(c.superName, k -> new ArrayList<>()).add(c.name);
      }
      for (String i : c.interfaces) {
        subtypes.computeIfAbsent(i, k -> new ArrayList<>()).add(c.name);
      }
    }
  }

  /**
   * Whether a virtual call may also run code outside the given classes: its owner is not among
   * them (a library type, whose other implementations are unknown). Then the call also falls
   * through to the next instruction, as a call to unknown code does.
   */
  boolean mayDispatchOutside(MethodInsnNode mi) {
    int op = mi.getOpcode();
    return (op == Opcodes.INVOKEVIRTUAL || op == Opcodes.INVOKEINTERFACE)
        && !classes.containsKey(mi.owner);
  }

  List<Integer> callees(MethodInsnNode mi) {
    String key = mi.getOpcode() + " " + mi.owner + "." + mi.name + mi.desc;
    return cache.computeIfAbsent(key, k -> compute(mi));
  }

  private List<Integer> compute(MethodInsnNode mi) {
    Set<Integer> out = new LinkedHashSet<>();
    Integer resolved = resolve(mi.owner, mi.name + mi.desc);
    if (resolved != null) {
      out.add(resolved);
    }
    int op = mi.getOpcode();
    if (op == Opcodes.INVOKEVIRTUAL || op == Opcodes.INVOKEINTERFACE) {
      ArrayDeque<String> work = new ArrayDeque<>();
      Set<String> seen = new HashSet<>();
      work.add(mi.owner);
      while (!work.isEmpty()) {
        String t = work.poll();
        for (String s : subtypes.getOrDefault(t, List.of())) {
          if (seen.add(s)) {
            Integer p = procOf.get(s + "." + mi.name + mi.desc);
            if (p != null) {
              out.add(p);
            }
            work.add(s);
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /** The first method with code up the superclass chain, then in superinterfaces. */
  private Integer resolve(String owner, String nameDesc) {
    String c = owner;
    while (c != null) {
      Integer p = procOf.get(c + "." + nameDesc);
      if (p != null) {
        return p;
      }
      ClassNode node = classes.get(c);
      c = node == null ? null : node.superName;
    }
    ArrayDeque<String> work = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    work.add(owner);
    while (!work.isEmpty()) {
      ClassNode node = classes.get(work.poll());
      if (node == null) {
        continue;
      }
      for (String i : node.interfaces) {
        if (seen.add(i)) {
          Integer p = procOf.get(i + "." + nameDesc);
          if (p != null) {
            return p;
          }
          work.add(i);
        }
      }
      if (node.superName != null && seen.add(node.superName)) {
        work.add(node.superName);
      }
    }
    return null;
  }
}
