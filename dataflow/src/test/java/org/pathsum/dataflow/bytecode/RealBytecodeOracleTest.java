package org.pathsum.dataflow.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;
import org.pathsum.dataflow.GenKillProblem;
import org.pathsum.dataflow.InterproceduralSolver;
import org.pathsum.dataflow.RealCodeProblem;
import org.pathsum.dataflow.Supergraph;

/**
 * Intraprocedural results on real methods (classes of Guava and JGraphT from the test class path)
 * against two independent oracles: ASM's {@link Analyzer} with {@link SourceInterpreter} for
 * reaching definitions (the stores that may have produced each local at each load), and a
 * Kildall worklist over the instruction list for live locals.
 */
class RealBytecodeOracleTest {

  static List<ClassNode> sample(Class<?> fromJar, int maxClasses) {
    return RealCodeProblem.sampleClasses(fromJar, maxClasses);
  }


  @Test
  void reachingDefinitionsOfLocalsMatchAsmSourceInterpreter() throws AnalyzerException {
    int compared = 0;
    for (Class<?> jar : List.of(com.google.common.collect.ImmutableList.class, org.jgrapht.Graph.class)) {
      for (ClassNode c : sample(jar, 60)) {
        BytecodeProgram prog = BytecodeProgram.of(List.of(c));
        Supergraph g = prog.graph();
        GenKillProblem rd = GenKillProblem.reachingDefinitions(g);
        InterproceduralSolver.Solution sol = InterproceduralSolver.solve(g, rd, new int[0], false);
        for (int p = 0; p < prog.methodCount(); p++) {
          MethodNode m = prog.method(p);
          if (hasSubroutines(m)) {
            continue;
          }
          Frame<SourceValue>[] frames = new Analyzer<>(new SourceInterpreter()).analyze(c.name, m);
          InsnList insns = m.instructions;
          for (int i = 0; i < insns.size(); i++) {
            AbstractInsnNode insn = insns.get(i);
            int var = loadedLocal(insn);
            if (var < 0 || frames[i] == null) {
              continue;
            }
            Set<Integer> expected = new TreeSet<>();
            for (AbstractInsnNode src : frames[i].getLocal(var).insns) {
              expected.add(insns.indexOf(src));
            }
            int node = prog.nodeOf(p, i);
            Set<Integer> actual = new TreeSet<>();
            for (String d : rd.names(node, sol.facts(node))) {
              String[] parts = d.split("@", 2);
              if (parts[0].equals("local " + var) && !parts[1].endsWith(" entry")) {
                actual.add(Integer.parseInt(parts[1].substring(0, parts[1].indexOf(':'))));
              }
            }
            assertEquals(expected, actual, c.name + "." + m.name + m.desc + " at instruction " + i);
            compared++;
          }
        }
      }
    }
    assertTrue(compared > 1000, "compared only " + compared + " loads");
  }

  @Test
  void liveLocalsMatchAKildallWorklist() {
    int compared = 0;
    for (Class<?> jar : List.of(com.google.common.collect.ImmutableList.class, org.jgrapht.Graph.class)) {
      for (ClassNode c : sample(jar, 40)) {
        BytecodeProgram prog = BytecodeProgram.of(List.of(c));
        Supergraph g = prog.graph();
        GenKillProblem lv = GenKillProblem.liveVariables(g);
        InterproceduralSolver.Solution sol = InterproceduralSolver.solve(g, lv, new int[0], false);
        for (int p = 0; p < prog.methodCount(); p++) {
          MethodNode m = prog.method(p);
          if (hasSubroutines(m)) {
            continue;
          }
          BitSet[] out = kildallLiveOut(m);
          for (int i = 0; i < m.instructions.size(); i++) {
            int node = prog.nodeOf(p, i);
            Set<String> expected = new TreeSet<>();
            for (int v = out[i].nextSetBit(0); v >= 0; v = out[i].nextSetBit(v + 1)) {
              expected.add("local " + v);
            }
            Set<String> actual = new TreeSet<>();
            for (String v : lv.names(node, sol.facts(node))) {
              if (v.startsWith("local ")) {
                actual.add(v); // static fields are live too, but the oracle tracks locals only
              }
            }
            assertEquals(expected, actual, c.name + "." + m.name + m.desc + " after instruction " + i);
            compared++;
          }
        }
      }
    }
    assertTrue(compared > 1000, "compared only " + compared);
  }

  /**
   * Interprocedural results on real code (a sample of JGraphT classes, calls resolved among them)
   * agree with Heros' IFDS solver on the same supergraph, for all three analyses.
   */
  @Test
  void interproceduralResultsOnRealClassesMatchHeros() {
    RealCodeProblem problem = RealCodeProblem.sample(org.jgrapht.Graph.class, 80);
    Supergraph g = problem.graph();
    int[] roots = problem.roots();
    assertTrue(g.callCount() > 50, "calls among the sample: " + g.callCount());
    for (GenKillProblem a :
        List.of(
            problem.analysis("reaching-definitions"),
            problem.analysis("live-variables"),
            problem.analysis("possibly-uninitialized"))) {
      InterproceduralSolver.Solution sol = InterproceduralSolver.solve(g, a, roots, true);
      BitSet[] heros = org.pathsum.dataflow.HerosOracle.facts(g, a, roots);
      for (int n = 0; n < g.nodeCount(); n++) {
        assertEquals(heros[n], sol.facts(n), a + " at " + g.procedureName(g.procedureOf(n)) + " " + g.label(n));
      }
    }
  }

  private static boolean hasSubroutines(MethodNode m) {
    for (AbstractInsnNode i : m.instructions) {
      if (i.getOpcode() == Opcodes.JSR || i.getOpcode() == Opcodes.RET) {
        return true;
      }
    }
    return false;
  }

  private static int loadedLocal(AbstractInsnNode insn) {
    int op = insn.getOpcode();
    if (insn instanceof VarInsnNode && op >= Opcodes.ILOAD && op <= Opcodes.ALOAD) {
      return ((VarInsnNode) insn).var;
    }
    if (insn instanceof IincInsnNode) {
      return ((IincInsnNode) insn).var;
    }
    return -1;
  }

  /**
   * Live locals after each instruction: OUT(i) = ∪ IN(s) over normal successors s; IN(i) = use(i)
   * ∪ (OUT(i) − def(i)) ∪ IN(h) for every handler h whose try block covers i.
   */
  private static BitSet[] kildallLiveOut(MethodNode m) {
    InsnList insns = m.instructions;
    int n = insns.size();
    List<List<Integer>> succ = new ArrayList<>();
    List<List<Integer>> handlers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      succ.add(new ArrayList<>());
      handlers.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      AbstractInsnNode insn = insns.get(i);
      int op = insn.getOpcode();
      if (insn instanceof JumpInsnNode) {
        succ.get(i).add(insns.indexOf(((JumpInsnNode) insn).label));
        if (op != Opcodes.GOTO && i + 1 < n) {
          succ.get(i).add(i + 1);
        }
      } else if (insn instanceof TableSwitchInsnNode t) {
        succ.get(i).add(insns.indexOf(t.dflt));
        for (var l : t.labels) {
          succ.get(i).add(insns.indexOf(l));
        }
      } else if (insn instanceof LookupSwitchInsnNode t) {
        succ.get(i).add(insns.indexOf(t.dflt));
        for (var l : t.labels) {
          succ.get(i).add(insns.indexOf(l));
        }
      } else if (!((op >= Opcodes.IRETURN && op <= Opcodes.RETURN) || op == Opcodes.ATHROW) && i + 1 < n) {
        succ.get(i).add(i + 1);
      }
    }
    for (TryCatchBlockNode tc : m.tryCatchBlocks) {
      for (int j = insns.indexOf(tc.start); j < insns.indexOf(tc.end); j++) {
        handlers.get(j).add(insns.indexOf(tc.handler));
      }
    }
    BitSet[] in = new BitSet[n];
    BitSet[] out = new BitSet[n];
    for (int i = 0; i < n; i++) {
      in[i] = new BitSet();
      out[i] = new BitSet();
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = n - 1; i >= 0; i--) {
        BitSet o = new BitSet();
        for (int s : succ.get(i)) {
          o.or(in[s]);
        }
        BitSet x = (BitSet) o.clone();
        AbstractInsnNode insn = insns.get(i);
        int op = insn.getOpcode();
        if (insn instanceof VarInsnNode && op >= Opcodes.ISTORE && op <= Opcodes.ASTORE) {
          int v = ((VarInsnNode) insn).var;
          x.clear(v);
          if (op == Opcodes.LSTORE || op == Opcodes.DSTORE) {
            x.clear(v + 1);
          }
        }
        int used = loadedLocal(insn);
        if (used >= 0) {
          x.set(used);
        }
        for (int h : handlers.get(i)) {
          x.or(in[h]);
        }
        if (!o.equals(out[i]) || !x.equals(in[i])) {
          out[i] = o;
          in[i] = x;
          changed = true;
        }
      }
    }
    return out;
  }
}
