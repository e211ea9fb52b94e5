package org.pathsum.solver.internal.elimination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.semiring.SymbolicSum;
import org.pathsum.solver.internal.compiled.CompiledDag;

/** Hand-checked cases: path order, sources and targets on paths, dropping, counts, errors. */
class VertexEliminationTest {

  private static final List<EliminationOrder> ORDERS =
      List.of(EliminationOrder.FORWARD, EliminationOrder.REVERSE, EliminationOrder.MARKOWITZ);

  private static final Semiring<SymbolicSum> SYM = Semirings.symbolic();

  /** A graph of String vertices whose edges are their own names, e.g. "a>b". */
  private static Graph<String, String> graph(String... edges) {
    Graph<String, String> g = new DirectedPseudograph<>(null, null, false);
    for (String e : edges) {
      String[] ends = e.split(">");
      g.addVertex(ends[0]);
      g.addVertex(ends[1]);
      g.addEdge(ends[0], ends[1], e);
    }
    return g;
  }

  private static SymbolicSum words(String... words) {
    SymbolicSum sum = SymbolicSum.zero();
    for (String w : words) {
      List<String> atoms = new ArrayList<>();
      for (String a : w.split(" ")) {
        atoms.add(a);
      }
      sum = sum.plus(SymbolicSum.word(atoms));
    }
    return sum;
  }

  private static EliminationResult<String, SymbolicSum> symbolic(
      Graph<String, String> g, List<String> sources, List<String> targets, EliminationOrder o) {
    return VertexElimination.eliminate(g, SYM, SymbolicSum::atom, sources, targets, o);
  }

  @Test
  void productIsInPathOrder() {
    Graph<String, String> g = graph("s>a", "a>b", "b>t");
    for (EliminationOrder o : ORDERS) {
      SymbolicSum got = symbolic(g, List.of("s"), List.of("t"), o).get("s", "t");
      assertEquals(words("s>a a>b b>t"), got, o.toString());
      assertNotEquals(words("b>t a>b s>a"), got, o.toString());
    }
  }

  @Test
  void pathsThroughOtherSourcesAndTargetsAreSummed() {
    // s1 → a → s2 → b → t1 → c → t2, and s1 → d → t2: s2 and t1 sit on paths between others.
    Graph<String, String> g = graph("s1>a", "a>s2", "s2>b", "b>t1", "t1>c", "c>t2", "s1>d", "d>t2");
    List<String> sources = List.of("s1", "s2");
    List<String> targets = List.of("t1", "t2");
    for (EliminationOrder o : ORDERS) {
      EliminationResult<String, SymbolicSum> r = symbolic(g, sources, targets, o);
      assertEquals(words("s1>a a>s2 s2>b b>t1"), r.get("s1", "t1"), o.toString());
      assertEquals(
          words("s1>a a>s2 s2>b b>t1 t1>c c>t2", "s1>d d>t2"), r.get("s1", "t2"), o.toString());
      assertEquals(words("s2>b b>t1"), r.get("s2", "t1"), o.toString());
      assertEquals(words("s2>b b>t1 t1>c c>t2"), r.get("s2", "t2"), o.toString());
      assertEquals(List.of("a", "b", "c", "d"), r.eliminated().stream().sorted().toList());
    }
  }

  @Test
  void emptyPathIsOneAndNoPathIsZero() {
    Graph<String, String> g = graph("s>a", "a>t", "u>a");
    EliminationResult<String, SymbolicSum> r =
        symbolic(g, List.of("s", "t", "u"), List.of("t", "s"), EliminationOrder.MARKOWITZ);
    assertEquals(SymbolicSum.one(), r.get("t", "t"));
    assertEquals(SymbolicSum.one(), r.get("s", "s"));
    assertEquals(SymbolicSum.zero(), r.get("t", "s"));
    assertEquals(SymbolicSum.zero(), r.get("u", "s"));
    assertEquals(words("u>a a>t"), r.get("u", "t"));
    assertThrows(IllegalArgumentException.class, () -> r.get("a", "t"));
    assertThrows(IllegalArgumentException.class, () -> r.get("s", "u"));
  }

  @Test
  void verticesOffEveryPathAreDroppedNotEliminated() {
    // c feeds the middle (a constant in AD); z hangs off it; neither is on an s → t path.
    Graph<String, String> g = graph("s>a", "c>a", "a>t", "a>z");
    for (EliminationOrder o : ORDERS) {
      EliminationResult<String, SymbolicSum> r = symbolic(g, List.of("s"), List.of("t"), o);
      assertEquals(List.of("a"), r.eliminated());
      assertEquals(1, r.multiplications());
      assertEquals(words("s>a a>t"), r.get("s", "t"));
    }
  }

  @Test
  void parallelEdgesAreDistinctPaths() {
    Graph<String, String> g = new DirectedPseudograph<>(null, null, false);
    g.addVertex("s");
    g.addVertex("a");
    g.addVertex("t");
    g.addEdge("s", "a", "p");
    g.addEdge("s", "a", "q");
    g.addEdge("a", "t", "r");
    for (EliminationOrder o : ORDERS) {
      EliminationResult<String, Long> r =
          VertexElimination.eliminate(
              g, Semirings.counting(), e -> 1L, List.of("s"), List.of("t"), o);
      assertEquals(2L, r.get("s", "t"));
      // One ⊕ merging the parallel edges, one ⊗ eliminating a.
      assertEquals(1, r.additions());
      assertEquals(1, r.multiplications());
    }
  }

  /** A chain of k edges s → v1 → … → t: k − 1 eliminations, each one ⊗ and one fill-in edge. */
  @Test
  void chainCountsByHand() {
    int k = 7;
    CompiledDag.Builder b = CompiledDag.builder(k + 1);
    List<Double> w = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      b.addEdge(i, i + 1);
      w.add(2.0);
    }
    CompiledDag dag = b.build();
    List<Object> shuffled = new ArrayList<>();
    for (int v = 1; v < k; v++) {
      shuffled.add(v);
    }
    Collections.shuffle(shuffled, new java.util.Random(3));
    List<EliminationOrder> orders = new ArrayList<>(ORDERS);
    orders.add(EliminationOrder.explicit(shuffled));
    for (EliminationOrder o : orders) {
      EliminationResult<Integer, Double> r =
          VertexElimination.eliminate(dag, Semirings.real(), w, List.of(0), List.of(k), o);
      assertEquals(128.0, r.get(0, k), o.toString());
      assertEquals(k - 1, r.multiplications(), o.toString());
      assertEquals(0, r.additions(), o.toString());
      assertEquals(k - 1, r.fillIn(), o.toString());
    }
  }

  /**
   * Markowitz on x → a → b, y → a, b → F, y → b, x → c → F: degrees (in × out) a 2·1, b 2·1, c 1·1:
   * c first (1); then a (2, ties with b, smaller index), making y → b a parallel sum and b's degree
   * 2·1; then b.
   */
  @Test
  void markowitzPicksSmallestDegreeThenSmallestIndex() {
    CompiledDag.Builder b = CompiledDag.builder(6); // x0 y1 a2 b3 c4 F5
    int[][] edges = {{0, 2}, {1, 2}, {2, 3}, {1, 3}, {3, 5}, {0, 4}, {4, 5}};
    List<Double> w = new ArrayList<>();
    for (int[] e : edges) {
      b.addEdge(e[0], e[1]);
      w.add(1.0);
    }
    EliminationResult<Integer, Double> r =
        VertexElimination.eliminate(
            b.build(), Semirings.real(), w, List.of(0, 1), List.of(5), EliminationOrder.MARKOWITZ);
    assertEquals(List.of(4, 2, 3), r.eliminated());
    assertEquals(2.0, r.get(0, 5)); // x a b F, x c F
    assertEquals(2.0, r.get(1, 5)); // y a b F, y b F
  }

  @Test
  void longChainDoesNotOverflowTheStack() {
    int n = 100_000;
    CompiledDag.Builder b = CompiledDag.builder(n, n - 1);
    for (int i = 0; i + 1 < n; i++) {
      b.addEdge(i, i + 1);
    }
    CompiledDag dag = b.build();
    List<Long> w = Collections.nCopies(n - 1, 1L);
    for (EliminationOrder o : ORDERS) {
      EliminationResult<Integer, Long> r =
          VertexElimination.eliminate(dag, Semirings.counting(), w, List.of(0), List.of(n - 1), o);
      assertEquals(1L, r.get(0, n - 1), o.toString());
      assertEquals(n - 2, r.multiplications(), o.toString());
    }
  }

  @Test
  void badArgumentsAreRefused() {
    CompiledDag.Builder b = CompiledDag.builder(3);
    b.addEdge(0, 1);
    b.addEdge(1, 2);
    CompiledDag dag = b.build();
    List<Double> w = List.of(1.0, 1.0);
    Semiring<Double> s = Semirings.real();
    List<Integer> src = List.of(0);
    List<Integer> tgt = List.of(2);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            VertexElimination.eliminate(dag, s, List.of(1.0), src, tgt, EliminationOrder.FORWARD));
    assertThrows(
        IllegalArgumentException.class,
        () -> VertexElimination.eliminate(dag, s, w, List.of(3), tgt, EliminationOrder.FORWARD));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            VertexElimination.eliminate(dag, s, w, src, tgt, EliminationOrder.explicit(List.of())));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            VertexElimination.eliminate(
                dag, s, w, src, tgt, EliminationOrder.explicit(List.of(1, 1))));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            VertexElimination.eliminate(
                dag, s, w, src, tgt, EliminationOrder.explicit(List.of(1, 2))));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            VertexElimination.eliminate(
                dag, s, w, src, tgt, EliminationOrder.explicit(List.of("1"))));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            VertexElimination.eliminate(
                dag, s, List.of(1.0, Double.NaN), src, tgt, EliminationOrder.FORWARD));
    assertThrows(
        NullPointerException.class, () -> VertexElimination.eliminate(dag, s, w, src, tgt, null));
    assertEquals(
        1.0,
        VertexElimination.eliminate(dag, s, w, src, tgt, EliminationOrder.explicit(List.of(1)))
            .get(0, 2));
  }

  @Test
  void explicitOrderOnAGraphNamesItsVertices() {
    Graph<String, String> g = graph("s>a", "a>b", "b>t");
    List<String> s = List.of("s");
    List<String> t = List.of("t");
    assertEquals(
        words("s>a a>b b>t"),
        symbolic(g, s, t, EliminationOrder.explicit(List.of("b", "a"))).get("s", "t"));
    assertThrows(
        IllegalArgumentException.class,
        () -> symbolic(g, s, t, EliminationOrder.explicit(List.of("b"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> symbolic(g, s, t, EliminationOrder.explicit(List.of("a", "b", "nowhere"))));
    assertThrows(
        IllegalArgumentException.class,
        () -> symbolic(g, s, t, EliminationOrder.explicit(List.of("a", "b", 7))));
    assertThrows(
        IllegalArgumentException.class,
        () -> symbolic(g, List.of("x"), t, EliminationOrder.FORWARD));
  }

  @Test
  void ordersAreValues() {
    assertEquals(
        EliminationOrder.explicit(List.of(1, 2)), EliminationOrder.explicit(List.of(1, 2)));
    assertNotEquals(EliminationOrder.FORWARD, EliminationOrder.REVERSE);
    assertEquals(EliminationOrder.Kind.MARKOWITZ, EliminationOrder.MARKOWITZ.kind());
  }
}
