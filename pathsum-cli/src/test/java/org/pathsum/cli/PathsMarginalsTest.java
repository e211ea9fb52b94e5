package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code paths --marginals}: on random DAGs with parallel edges, every edge's marginal and every
 * vertex's expected visits against their definition over the enumerated paths ({@link SmallDag}),
 * in the real and the log semiring; a cycle by hand; the text table; the refusals.
 */
class PathsMarginalsTest {

  @TempDir Path dir;

  private static void close(double expected, double actual, String what) {
    assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
  }

  @Test
  void marginalsAreTheExpectedUsesOfAPathDrawnInProportionToItsWeight() throws IOException {
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      SmallDag g = SmallDag.random(random);
      int m = g.from().length;
      double[] w = new double[m];
      for (int e = 0; e < m; e++) {
        w[e] = (1 + random.nextInt(8)) / 4.0;
      }
      int s = 0;
      int t = g.n() - 1;
      // the definition: Z = Σ_p w(p); marginal(e) = Σ_p w(p)·uses(e, p) / Z
      double z = 0;
      double[] uses = new double[m];
      double[] visits = new double[g.n()];
      for (List<Integer> p : g.paths(s, t)) {
        double wp = 1;
        for (int e : p) {
          wp *= w[e];
        }
        z += wp;
        for (int e : p) {
          uses[e] += wp;
        }
        for (int v : g.vertices(s, p)) {
          visits[v] += wp;
        }
      }
      for (String semiring : List.of("real", "log")) {
        List<String> weights = new ArrayList<>();
        for (double x : w) {
          weights.add(Double.toString(semiring.equals("log") ? Math.log(x) : x));
        }
        Path f = Cli.write(dir, "g.txt", g.text(weights));
        String what = "seed " + seed + ", " + semiring + ":\n" + g.text(weights);
        JsonNode root =
            Cli.paths(
                    f,
                    semiring,
                    "--source",
                    SmallDag.name(s),
                    "--target",
                    SmallDag.name(t),
                    "--marginals",
                    "--json")
                .json();
        close(semiring.equals("log") ? Math.log(z) : z, root.get("value").doubleValue(), what);
        JsonNode edges = root.get("edges");
        assertEquals(m, edges.size(), what);
        for (int e = 0; e < m; e++) {
          JsonNode row = edges.get(e);
          assertEquals(SmallDag.name(g.from()[e]), row.get(0).asText(), what);
          assertEquals(SmallDag.name(g.to()[e]), row.get(1).asText(), what);
          close(uses[e] / z, row.get(2).doubleValue(), what + " edge " + e);
        }
        JsonNode vs = root.get("vertices");
        assertEquals(g.n(), vs.size(), what);
        for (int v = 0; v < g.n(); v++) {
          close(visits[v] / z, vs.get(SmallDag.name(v)).doubleValue(), what + " vertex " + v);
        }
      }
    }
  }

  @Test
  void aSelfLoopIsUsedAsOftenAsExpected() throws IOException {
    // s -> a -> t with a loop at a of weight 1/2: the paths s a^k t weigh 2^-k, Z = 2; the loop
    // is used Σ k 2^-k / 2 = 1 time on average, a is visited Σ (k + 1) 2^-k / 2 = 2 times
    Path f = Cli.write(dir, "loop.txt", "s a 1\na a 0.5\na t 1\n");
    JsonNode root =
        Cli.paths(f, "real", "--source", "s", "--target", "t", "--marginals", "--json").json();
    close(2.0, root.get("value").doubleValue(), "Z");
    close(1.0, root.get("edges").get(0).get(2).doubleValue(), "s -> a");
    close(1.0, root.get("edges").get(1).get(2).doubleValue(), "the loop");
    close(1.0, root.get("edges").get(2).get(2).doubleValue(), "a -> t");
    close(2.0, root.get("vertices").get("a").doubleValue(), "a");
  }

  @Test
  void textIsTheSameAsATable() throws IOException {
    // s -> a twice (2, 3), s -> b (1), a -> t (4), b -> t (5): Z = 2·4 + 3·4 + 1·5 = 25
    Path f = Cli.write(dir, "g.txt", "s a 2\ns a 3\ns b 1\na t 4\nb t 5\n");
    Cli cli = Cli.paths(f, "real", "--source", "s", "--target", "t", "--marginals");
    assertEquals(0, cli.status, cli.err);
    assertEquals(
        "real path sum from s to t: 25\n"
            + "edge marginals (expected uses by a path drawn in proportion to its weight):\n"
            + "  s -> a  0.32\n"
            + "  s -> a  0.48\n"
            + "  s -> b  0.2\n"
            + "  a -> t  0.8\n"
            + "  b -> t  0.2\n"
            + "vertex marginals (expected visits):\n"
            + "  s  1\n"
            + "  a  0.8\n"
            + "  b  0.2\n"
            + "  t  1\n",
        cli.out);
  }

  @Test
  void anAutomatonHasItsStartAndFinalAsEndpoints() throws IOException {
    // probabilities 0.5 and 0.25 on two arcs 0 -> 1, final weight 1̄: the arcs' marginals are
    // 2/3 and 1/3; OpenFst's log weights are -ln p
    Path f = Cli.write(dir, "a.fst.txt", "0 1 1 " + -Math.log(0.5) + "\n0 1 2 " + -Math.log(0.25) + "\n1\n");
    JsonNode root = Cli.paths(f, "log", "--att", "acceptor", "--marginals", "--json").json();
    assertEquals("0", root.get("source").asText());
    assertEquals("final", root.get("target").asText());
    close(Math.log(0.75), root.get("value").doubleValue(), "log Z");
    close(2 / 3.0, root.get("edges").get(0).get(2).doubleValue(), "first arc");
    close(1 / 3.0, root.get("edges").get(1).get(2).doubleValue(), "second arc");
    assertEquals("final", root.get("edges").get(2).get(1).asText());
  }

  @Test
  void refusals() throws IOException {
    Path f = Cli.write(dir, "g.txt", "s a 2\na t 1\nx s 1\n");
    Cli tropical = Cli.paths(f, "tropical", "--source", "s", "--target", "t", "--marginals");
    assertTrue(tropical.assertBadInput(1).err.contains("--marginals"), tropical.err);
    Cli oneEnd = Cli.paths(f, "real", "--source", "s", "--marginals");
    assertTrue(oneEnd.assertBadInput(1).err.contains("--target"), oneEnd.err);
    Cli noPath = Cli.paths(f, "real", "--source", "t", "--target", "x", "--marginals");
    assertTrue(noPath.assertBadInput(1).err.contains("no path"), noPath.err);
    Cli.paths(f, "real", "--source", "s", "--target", "q", "--marginals").assertBadInput(1);
    Cli.paths(f, "tropical", "--source", "s", "--target", "t", "--marginals", "--k", "2")
        .assertBadInput(1);
    Cli divergent =
        Cli.paths(
            Cli.write(dir, "d.txt", "s a 1\na a 2\na t 1\n"),
            "real",
            "--source",
            "s",
            "--target",
            "t",
            "--marginals");
    assertTrue(divergent.assertBadInput(1).err.contains("a -> a"), divergent.err);
  }
}
