package org.pathsum.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.testing.PathEnumerationSolver;
import org.pathsum.solver.testing.RandomDags;
import org.pathsum.solver.testing.TestEdge;

/**
 * The k best walks on acyclic graphs (found by one topological sweep) against every path enumerated
 * here, and against the walk search (Dijkstra over walks) run on the same graph with one extra
 * cycle that no query reaches, which makes the graph cyclic and so takes the other algorithm.
 * Seeded random DAGs with parallel edges and vertices numbered out of topological order, tropical
 * and max-plus, from a source and to a target.
 *
 * <p>The enumeration sums each path's weights in the order the query promises (from the source
 * {@code ((0 + w₁) + w₂) + …}, into the target {@code w₁ + (w₂ + (… + 0))}); since adding a weight
 * is monotone in floating point, the k best of those sums are exactly the k best weights, so real
 * weights are compared exactly too. The walk search rounds its reweighted keys, so it is compared
 * exactly on integer weights (every sum exact) and to a tolerance on real ones.
 */
class KBestOnDagsTest {

  private static final long SEED = 20261207L;

  @Test
  void theSweepGivesTheKBestEnumeratedPathsAndAgreesWithTheWalkSearch() {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int round = 0; round < 300; round++) {
      Graph<Integer, TestEdge> g = RandomDags.randomDag(r, 8);
      boolean integers = round % 2 == 0;
      boolean max = r.nextBoolean();
      boolean backward = r.nextBoolean();
      int k = r.nextInt(5) == 0 ? 40 : 1 + r.nextInt(6);
      Map<TestEdge, Double> w = new HashMap<>();
      for (TestEdge e : g.edgeSet()) {
        w.put(e, integers ? (double) r.nextInt(-3, 6) : r.nextDouble(-5, 5));
      }
      DoubleSemiring semiring = max ? Semirings.maxPlus() : Semirings.tropical();
      double sign = max ? -1 : 1;
      List<Integer> vertices = new ArrayList<>(g.vertexSet());
      Integer anchor = vertices.get(r.nextInt(vertices.size()));
      String where =
          "seed "
              + SEED
              + " round "
              + round
              + " "
              + semiring.name()
              + " k "
              + k
              + (backward ? " to " : " from ")
              + anchor;

      KBestPaths<Integer, TestEdge> sweep =
          backward
              ? PathSumSolvers.kBestTo(g, semiring, w::get, anchor, k)
              : PathSumSolvers.kBestFrom(g, semiring, w::get, anchor, k);
      Graph<Integer, TestEdge> cyclic = withUnreachableCycle(g, w, sign);
      KBestPaths<Integer, TestEdge> search =
          backward
              ? PathSumSolvers.kBestTo(cyclic, semiring, w::get, anchor, k)
              : PathSumSolvers.kBestFrom(cyclic, semiring, w::get, anchor, k);
      PathSums<Integer, Double> single =
          backward
              ? PathSumSolvers.forGraph(g, semiring, w::get).solveTo(anchor)
              : PathSumSolvers.forGraph(g, semiring, w::get).solveFrom(anchor);

      for (Integer v : vertices) {
        String at = where + ", vertex " + v;
        List<List<TestEdge>> paths =
            backward
                ? PathEnumerationSolver.pathsFrom(g, v).get(anchor)
                : PathEnumerationSolver.pathsFrom(g, anchor).get(v);
        double[] enumerated = new double[paths.size()];
        for (int i = 0; i < enumerated.length; i++) {
          enumerated[i] = sign * sum(paths.get(i), w, backward);
        }
        Arrays.sort(enumerated);
        double[] expected = Arrays.copyOf(enumerated, Math.min(k, enumerated.length));
        for (int i = 0; i < expected.length; i++) {
          expected[i] *= sign;
        }
        double[] weights = sweep.weights(v);
        assertArrayEquals(expected, weights, at);
        if (weights.length > 0) {
          assertEquals(single.get(v), weights[0], 0, at + ": the best is the front door's");
        }
        checkWalks(
            g,
            w,
            sweep.walks(v),
            weights,
            backward ? v : anchor,
            backward ? anchor : v,
            backward,
            at);
        assertEquals(sweep.walks(v), edgesOf(sweep.paths(v)), at);

        double[] searched = search.weights(v);
        if (integers) {
          assertArrayEquals(weights, searched, at + ": walk search");
        } else {
          assertArrayEquals(weights, searched, 1e-9, at + ": walk search");
        }
        checkWalks(
            cyclic,
            w,
            search.walks(v),
            searched,
            backward ? v : anchor,
            backward ? anchor : v,
            backward,
            at + ": walk search");
      }
    }
  }

  @Test
  void aLongChainOfDoubledEdgesKeepsTiesAndReadsBackLongWalks() {
    // s = 0 → 1 → … → L, each step by two parallel edges of weights 0 and 1: 2^L paths to L, the
    // best of weight 0, then L of weight 1, then L(L−1)/2 of weight 2.
    int length = 100_000;
    List<Integer> vertices = new ArrayList<>();
    for (int v = 0; v <= length; v++) {
      vertices.add(v);
    }
    int[] from = new int[2 * length];
    int[] to = new int[2 * length];
    double[] w = new double[2 * length];
    for (int i = 0; i < length; i++) {
      from[2 * i] = i;
      to[2 * i] = i + 1;
      from[2 * i + 1] = i;
      to[2 * i + 1] = i + 1;
      w[2 * i + 1] = 1;
    }
    KBestPaths<Integer, Integer> best =
        PathSumSolvers.kBestFrom(vertices, from, to, Semirings.tropical(), w, 0, 4);
    assertArrayEquals(new double[] {0, 1, 1, 1}, best.weights(length));
    List<List<Integer>> walks = best.walks(length);
    assertEquals(4, new HashSet<>(walks).size());
    for (int i = 0; i < walks.size(); i++) {
      List<Integer> walk = walks.get(i);
      assertEquals(length, walk.size());
      double sum = 0;
      for (int j = 0; j < length; j++) {
        int e = walk.get(j);
        assertEquals(j, from[e]);
        sum += w[e];
      }
      assertEquals(best.weights(length)[i], sum, 0);
    }
    KBestPaths<Integer, Integer> into =
        PathSumSolvers.kBestTo(vertices, from, to, Semirings.maxPlus(), w, length, 3);
    assertArrayEquals(new double[] {length, length - 1, length - 1}, into.weights(0));
  }

  @Test
  void anOverflowIsRefusedWhenAKeptWalkOverflowsAsByTheFrontDoorAndTheWalkSearch() {
    // s → u by 1 and by s → x → u (1e308 + 1): u's two walks weigh 1 and 1e308. u → t by 1e308:
    // the best walk to t weighs 1e308, the second overflows. x → t by 1e308 overflows too, a term
    // the front door drops beside a better one.
    Graph<String, DefaultWeightedEdge> g =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    edge(g, "s", "u", 1);
    edge(g, "s", "x", 1e308);
    edge(g, "x", "u", 1);
    edge(g, "u", "t", 1e308);
    edge(g, "x", "t", 1e308);
    Graph<String, DefaultWeightedEdge> cyclic =
        new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    org.jgrapht.Graphs.addGraph(cyclic, g);
    edge(cyclic, "y", "z", 1);
    edge(cyclic, "z", "y", 1);
    DoubleSemiring tropical = Semirings.tropical();
    assertEquals(
        1e308, PathSumSolvers.forGraph(g, tropical, g::getEdgeWeight).solveFrom("s").get("t"));
    for (Graph<String, DefaultWeightedEdge> h : List.of(g, cyclic)) {
      assertArrayEquals(
          new double[] {1e308},
          PathSumSolvers.kBestFrom(h, tropical, h::getEdgeWeight, "s", 1).weights("t"));
      CarrierOverflowException kept =
          assertThrows(
              CarrierOverflowException.class,
              () -> PathSumSolvers.kBestFrom(h, tropical, h::getEdgeWeight, "s", 2));
      assertEquals("t", kept.vertex());
      assertEquals("s", kept.anchor());
    }

    // Without u → t the best weight at t overflows: the front door refuses it, and so do the k
    // best for every k, naming t.
    g.removeEdge("u", "t");
    cyclic.removeEdge("u", "t");
    CarrierOverflowException door =
        assertThrows(
            CarrierOverflowException.class,
            () -> PathSumSolvers.forGraph(g, tropical, g::getEdgeWeight).solveFrom("s"));
    assertEquals("t", door.vertex());
    for (Graph<String, DefaultWeightedEdge> h : List.of(g, cyclic)) {
      for (int k = 1; k <= 3; k++) {
        int kk = k;
        CarrierOverflowException e =
            assertThrows(
                CarrierOverflowException.class,
                () -> PathSumSolvers.kBestFrom(h, tropical, h::getEdgeWeight, "s", kk));
        assertEquals("t", e.vertex());
      }
    }
  }

  /** Each walk is a path of g from s to t, the walks distinct, each weighing its edges' sum. */
  private static <V, E> void checkWalks(
      Graph<V, E> g,
      Map<E, Double> w,
      List<List<E>> walks,
      double[] weights,
      V s,
      V t,
      boolean backward,
      String where) {
    assertEquals(weights.length, walks.size(), where);
    assertEquals(walks.size(), new HashSet<>(walks).size(), where + ": distinct walks");
    for (int i = 0; i < walks.size(); i++) {
      V at = s;
      for (E e : walks.get(i)) {
        assertEquals(at, g.getEdgeSource(e), where + ": walk " + i + " is a walk");
        at = g.getEdgeTarget(e);
      }
      assertEquals(t, at, where + ": walk " + i + " ends at " + t);
      assertEquals(sum(walks.get(i), w, backward), weights[i], 0, where + ": weight of walk " + i);
    }
  }

  /** The sum of a path's weights in the query's order of accumulation. */
  private static <E> double sum(List<E> path, Map<E, Double> w, boolean backward) {
    double sum = 0;
    if (backward) {
      for (int j = path.size() - 1; j >= 0; j--) {
        sum = w.get(path.get(j)) + sum;
      }
    } else {
      for (E e : path) {
        sum = sum + w.get(e);
      }
    }
    return sum;
  }

  /**
   * A copy of g with two more vertices on a cycle of their own (weights {@code sign}: no cycle
   * improves), joined to nothing else; their edges' weights are added to {@code w}.
   */
  private static Graph<Integer, TestEdge> withUnreachableCycle(
      Graph<Integer, TestEdge> g, Map<TestEdge, Double> w, double sign) {
    Graph<Integer, TestEdge> c = new DirectedPseudograph<>(null, null, false);
    g.vertexSet().forEach(c::addVertex);
    for (TestEdge e : g.edgeSet()) {
      c.addEdge(g.getEdgeSource(e), g.getEdgeTarget(e), e);
    }
    c.addVertex(-1);
    c.addVertex(-2);
    TestEdge there = new TestEdge(-1);
    TestEdge back = new TestEdge(-2);
    c.addEdge(-1, -2, there);
    c.addEdge(-2, -1, back);
    w.put(there, sign);
    w.put(back, sign);
    return c;
  }

  private static <V, E> List<List<E>> edgesOf(List<org.jgrapht.GraphPath<V, E>> paths) {
    List<List<E>> out = new ArrayList<>();
    for (org.jgrapht.GraphPath<V, E> p : paths) {
      out.add(p.getEdgeList());
    }
    return out;
  }

  private static DefaultWeightedEdge edge(
      Graph<String, DefaultWeightedEdge> g, String u, String v, double w) {
    g.addVertex(u);
    g.addVertex(v);
    DefaultWeightedEdge e = g.addEdge(u, v);
    g.setEdgeWeight(e, w);
    return e;
  }
}
