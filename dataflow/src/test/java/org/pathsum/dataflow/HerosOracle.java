package org.pathsum.dataflow;

import heros.FlowFunction;
import heros.FlowFunctions;
import heros.InterproceduralCFG;
import heros.solver.IFDSSolver;
import heros.template.DefaultIFDSTabulationProblem;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathsum.semiring.GenKill;

/**
 * Test oracle: the same supergraph and gen/kill problem solved by Heros (IFDS, Reps–Horwitz–Sagiv
 * tabulation). Facts are the problem's bits, −1 is the zero fact. Calls pass every fact into the
 * callee (its entry resets the frame bits), return flow passes the non-frame bits back, and the
 * call-to-return flow carries the frame bits around the call; an intraprocedural edge from a call
 * node carries everything. Backward problems run on the reversed graph.
 */
public final class HerosOracle {

  private HerosOracle() {}

  private static final Integer ZERO = -1;

  /** Per node, the facts Heros finds there. */
  public static BitSet[] facts(Supergraph g, GenKillProblem problem, int[] roots) {
    Icfg icfg = new Icfg(g, problem.forward());
    BitSet frame = problem.frameBits();
    DefaultIFDSTabulationProblem<Integer, Integer, Integer, Icfg> p =
        new DefaultIFDSTabulationProblem<>(icfg) {
          @Override
          protected FlowFunctions<Integer, Integer, Integer> createFlowFunctionsFactory() {
            return new FlowFunctions<>() {
              @Override
              public FlowFunction<Integer> getNormalFlowFunction(Integer curr, Integer succ) {
                return d -> apply(problem.effect(curr), d, null);
              }

              @Override
              public FlowFunction<Integer> getCallFlowFunction(Integer callStmt, Integer callee) {
                return d -> apply(problem.effect(callStmt), d, null);
              }

              @Override
              public FlowFunction<Integer> getReturnFlowFunction(
                  Integer callSite, Integer callee, Integer exitStmt, Integer returnSite) {
                if (!icfg.returnsTo(callSite, callee, returnSite)) {
                  return d -> Set.of();
                }
                return d -> {
                  Set<Integer> out = apply(problem.effect(exitStmt), d, null);
                  out.removeIf(x -> x >= 0 && frame.get(x));
                  return out;
                };
              }

              @Override
              public FlowFunction<Integer> getCallToReturnFlowFunction(
                  Integer callSite, Integer returnSite) {
                if (icfg.intraSuccs(callSite).contains(returnSite)) {
                  return d -> apply(problem.effect(callSite), d, null);
                }
                return d -> {
                  Set<Integer> out = apply(problem.effect(callSite), d, null);
                  out.removeIf(x -> x >= 0 && !frame.get(x));
                  return out;
                };
              }
            };
          }

          @Override
          protected Integer createZeroValue() {
            return ZERO;
          }

          @Override
          public Map<Integer, Set<Integer>> initialSeeds() {
            Map<Integer, Set<Integer>> seeds = new HashMap<>();
            for (int r : roots) {
              seeds.put(problem.forward() ? g.entries[r] : g.exits[r], new HashSet<>(Set.of(ZERO)));
            }
            return seeds;
          }

          @Override
          public boolean followReturnsPastSeeds() {
            return false;
          }

          @Override
          public int numThreads() {
            return 1;
          }
        };
    IFDSSolver<Integer, Integer, Integer, Icfg> solver = new IFDSSolver<>(p);
    solver.solve();
    BitSet[] out = new BitSet[g.nodeCount()];
    for (int n = 0; n < out.length; n++) {
      out[n] = new BitSet();
      for (Integer d : solver.ifdsResultsAt(n)) {
        if (d >= 0) {
          out[n].set(d);
        }
      }
    }
    return out;
  }

  private static Set<Integer> apply(GenKill f, Integer d, Object unused) {
    Set<Integer> out = new HashSet<>();
    if (d.equals(ZERO)) {
      out.add(ZERO);
      BitSet gen = f.gen();
      for (int b = gen.nextSetBit(0); b >= 0; b = gen.nextSetBit(b + 1)) {
        out.add(b);
      }
    } else if (!f.kill().get(d) || f.gen().get(d)) {
      out.add(d);
    }
    return out;
  }

  /** The supergraph as a Heros ICFG, reversed for backward problems. */
  static final class Icfg implements InterproceduralCFG<Integer, Integer> {
    private final Supergraph g;
    private final boolean fwd;
    private final List<Set<Integer>> succ = new ArrayList<>();
    private final List<Set<Integer>> pred = new ArrayList<>();
    private final Map<Integer, Set<Integer>> callees = new HashMap<>();
    private final Map<Integer, Set<Integer>> returnSites = new HashMap<>(); // via calls only
    private final Map<Integer, Set<Integer>> callers = new HashMap<>();
    // Hash lookups, not scans of every call: a scan per return flow function made the adapter
    // quadratic in the call sites, which timed the adapter rather than Heros on a whole jar.
    private final Set<List<Integer>> callTriples = new HashSet<>(); // {site, callee, return site}
    private final Map<Integer, Set<Integer>> callsWithin = new HashMap<>();

    Icfg(Supergraph g, boolean fwd) {
      this.g = g;
      this.fwd = fwd;
      for (int n = 0; n < g.nodeCount(); n++) {
        succ.add(new LinkedHashSet<>());
        pred.add(new LinkedHashSet<>());
      }
      for (int u = 0; u < g.nodeCount(); u++) {
        for (int v : g.successors[u]) {
          (fwd ? succ.get(u) : succ.get(v)).add(fwd ? v : u);
          (fwd ? pred.get(v) : pred.get(u)).add(fwd ? u : v);
        }
      }
      for (int[] c : g.calls) {
        int site = fwd ? c[0] : c[2];
        int ret = fwd ? c[2] : c[0];
        callees.computeIfAbsent(site, k -> new LinkedHashSet<>()).add(c[1]);
        returnSites.computeIfAbsent(site, k -> new LinkedHashSet<>()).add(ret);
        callers.computeIfAbsent(c[1], k -> new LinkedHashSet<>()).add(site);
        callTriples.add(List.of(site, c[1], ret));
        callsWithin.computeIfAbsent(g.procedureOf[site], k -> new HashSet<>()).add(site);
      }
    }

    Set<Integer> intraSuccs(int n) {
      return succ.get(n);
    }

    boolean returnsTo(int site, int callee, int ret) {
      return callTriples.contains(List.of(site, callee, ret));
    }

    @Override
    public Integer getMethodOf(Integer n) {
      return g.procedureOf[n];
    }

    @Override
    public List<Integer> getPredsOf(Integer n) {
      return new ArrayList<>(pred.get(n));
    }

    @Override
    public List<Integer> getSuccsOf(Integer n) {
      return new ArrayList<>(succ.get(n));
    }

    @Override
    public Collection<Integer> getCalleesOfCallAt(Integer n) {
      return callees.getOrDefault(n, Set.of());
    }

    @Override
    public Collection<Integer> getCallersOf(Integer m) {
      return callers.getOrDefault(m, Set.of());
    }

    @Override
    public Set<Integer> getCallsFromWithin(Integer m) {
      return new HashSet<>(callsWithin.getOrDefault(m, Set.of()));
    }

    @Override
    public Collection<Integer> getStartPointsOf(Integer m) {
      return Set.of(fwd ? g.entries[m] : g.exits[m]);
    }

    @Override
    public Collection<Integer> getReturnSitesOfCallAt(Integer n) {
      Set<Integer> out = new LinkedHashSet<>(returnSites.getOrDefault(n, Set.of()));
      out.addAll(succ.get(n));
      return out;
    }

    @Override
    public boolean isCallStmt(Integer n) {
      return callees.containsKey(n);
    }

    @Override
    public boolean isExitStmt(Integer n) {
      int p = g.procedureOf[n];
      return fwd ? g.exits[p] == n : g.entries[p] == n;
    }

    @Override
    public boolean isStartPoint(Integer n) {
      int p = g.procedureOf[n];
      return fwd ? g.entries[p] == n : g.exits[p] == n;
    }

    @Override
    public Set<Integer> allNonCallStartNodes() {
      Set<Integer> out = new HashSet<>();
      for (int n = 0; n < g.nodeCount(); n++) {
        if (!isCallStmt(n) && !isStartPoint(n)) {
          out.add(n);
        }
      }
      return out;
    }

    @Override
    public boolean isFallThroughSuccessor(Integer n, Integer succ) {
      return false;
    }

    @Override
    public boolean isBranchTarget(Integer n, Integer succ) {
      return false;
    }
  }
}
