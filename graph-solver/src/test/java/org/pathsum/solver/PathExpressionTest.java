package org.pathsum.solver;

import org.pathsum.semiring.PathExpression;
import org.pathsum.semiring.Semirings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import org.pathsum.solver.testing.NamedAlgorithms;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.Test;
import org.pathsum.semiring.Semiring;
import org.pathsum.solver.PathSumSolver;
import org.pathsum.solver.PathSums;
import org.pathsum.solver.PathSumSolvers;

/**
 * The path-expression semiring is not commutative, so it checks operand order: the language of the
 * expression solved for (s, t) must be exactly the set of s → t paths, written as edge names, from
 * either end.
 */
class PathExpressionTest {

  private static final Semiring<PathExpression> PE = Semirings.pathExpressions();

  @Test
  void trivialIdentitiesOnly() {
    PathExpression a = PathExpression.symbol("a");
    PathExpression b = PathExpression.symbol("b");
    assertSame(a, PE.plus(PE.zero(), a));
    assertSame(a, PE.times(PE.one(), a));
    assertEquals(PE.zero(), PE.times(a, PE.zero()));
    assertEquals(PE.one(), PE.star(PE.zero()));
    assertEquals(PE.star(a), PE.star(PE.star(a)));
    assertNotEquals(PE.times(a, b), PE.times(b, a));
    assertEquals("(a|b)·a*", PE.times(PE.plus(a, b), PE.star(a)).toString());
    assertEquals("(a·b)*", PE.star(PE.times(a, b)).toString());
    assertThrows(IllegalArgumentException.class, () -> PathExpression.symbol(""));
  }

  @Test
  void deepExpressionsPrintAndCompareWithoutRecursion() {
    PathExpression x = PE.one();
    PathExpression y = PE.one();
    for (int i = 0; i < 200_000; i++) {
      x = PE.times(x, PathExpression.symbol("a"));
      y = PE.times(y, PathExpression.symbol("a"));
    }
    assertEquals(x, y);
    assertEquals(x.hashCode(), y.hashCode());
    assertEquals(2 * 200_000 - 1, x.toString().length());
  }

  @Test
  void languagesAreExactlyThePathsFromEitherEnd() {
    for (long seed = 1; seed <= 25; seed++) {
      SplittableRandom rnd = new SplittableRandom(seed);
      int n = 1 + rnd.nextInt(4);
      int m = rnd.nextInt(6);
      Graph<Integer, String> g = new DirectedPseudograph<>(String.class);
      for (int v = 0; v < n; v++) {
        g.addVertex(v);
      }
      List<String> names = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        String name = String.valueOf((char) ('a' + i));
        g.addEdge(rnd.nextInt(n), rnd.nextInt(n), name);
        names.add(name);
      }
      PathSumSolver<Integer, PathExpression> solver =
          PathSumSolvers.forGraph(g, PE, PathExpression::symbol, NamedAlgorithms.STAR);
      int s = rnd.nextInt(n);
      PathSums<Integer, PathExpression> from = solver.solveFrom(s);
      for (int t = 0; t < n; t++) {
        String msg = "seed " + seed + " s=" + s + " t=" + t;
        Pattern forward = toRegex(from.get(t));
        Pattern backward = toRegex(solver.solveTo(t).get(s));
        Pattern demand = toRegex(solver.solveBetween(s, t));
        for (String word : words(names, 5)) {
          boolean isPath = isPath(g, s, t, word);
          assertEquals(isPath, forward.matcher(word).matches(), msg + " forward " + word);
          assertEquals(isPath, backward.matcher(word).matches(), msg + " backward " + word);
          assertEquals(isPath, demand.matcher(word).matches(), msg + " demand " + word);
        }
      }
    }
  }

  private static Pattern toRegex(PathExpression e) {
    return Pattern.compile(e.toString().replace("·", "").replace("ε", "(?:)").replace("∅", "(?!)"));
  }

  /** All words of length at most {@code max} over the one-letter names. */
  private static List<String> words(List<String> names, int max) {
    List<String> out = new ArrayList<>();
    List<String> layer = List.of("");
    out.add("");
    for (int len = 1; len <= max && !names.isEmpty(); len++) {
      List<String> next = new ArrayList<>();
      for (String w : layer) {
        for (String a : names) {
          next.add(w + a);
        }
      }
      out.addAll(next);
      layer = next;
    }
    return out;
  }

  private static boolean isPath(Graph<Integer, String> g, int s, int t, String word) {
    int at = s;
    for (char c : word.toCharArray()) {
      String e = String.valueOf(c);
      if (g.getEdgeSource(e) != at) {
        return false;
      }
      at = g.getEdgeTarget(e);
    }
    return at == t;
  }
}
