package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code paths --k K}: on random DAGs with parallel edges and negative weights, each vertex's K
 * best weights against the sorted weights of its enumerated paths ({@link SmallDag}), and every
 * walk {@code --witness} prints against those paths (a path with those vertices and that weight,
 * each used once); a cycle and the text by hand; the refusals.
 */
class PathsKBestTest {

  @TempDir Path dir;

  /** An enumerated path: its vertex names and its weight. */
  private record Walk(List<String> vertices, double weight) {}

  @Test
  void theKBestWeightsAndWalksAreThoseOfTheEnumeratedPaths() throws IOException {
    for (long seed = 1; seed <= 40; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      SmallDag g = SmallDag.random(random);
      int m = g.from().length;
      double[] w = new double[m];
      List<String> weights = new ArrayList<>();
      for (int e = 0; e < m; e++) {
        w[e] = random.nextInt(9) - 3;
        weights.add(Double.toString(w[e]));
      }
      Path f = Cli.write(dir, "g.txt", g.text(weights));
      int k = 1 + random.nextInt(4);
      for (String semiring : List.of("tropical", "max-plus")) {
        Comparator<Walk> best = Comparator.comparingDouble(Walk::weight);
        if (semiring.equals("max-plus")) {
          best = best.reversed();
        }
        String what = "seed " + seed + ", " + semiring + ", k " + k + ":\n" + g.text(weights);
        JsonNode root =
            Cli.paths(f, semiring, "--source", "v0", "--k", Integer.toString(k), "--witness", "--json")
                .json();
        assertEquals(k, root.get("k").asInt());
        for (int v = 0; v < g.n(); v++) {
          List<Walk> all = new ArrayList<>();
          for (List<Integer> p : g.paths(0, v)) {
            double sum = 0;
            for (int e : p) {
              sum += w[e];
            }
            all.add(new Walk(g.vertices(0, p).stream().map(SmallDag::name).toList(), sum));
          }
          all.sort(best);
          List<Double> expected =
              all.subList(0, Math.min(k, all.size())).stream().map(Walk::weight).toList();
          JsonNode values = root.get("values").get(SmallDag.name(v));
          if (expected.isEmpty()) {
            assertEquals(null, values, what + ": v" + v + " has no path");
            continue;
          }
          List<Double> actual = new ArrayList<>();
          values.forEach(x -> actual.add(x.doubleValue()));
          assertEquals(expected, actual, what + ": v" + v);
          JsonNode walks = root.get("witnesses").get(SmallDag.name(v));
          assertEquals(actual.size(), walks.size(), what);
          for (int i = 0; i < walks.size(); i++) {
            List<String> vertices = new ArrayList<>();
            walks.get(i).forEach(x -> vertices.add(x.asText()));
            assertTrue(
                all.remove(new Walk(vertices, actual.get(i))),
                what + ": walk " + vertices + " of weight " + actual.get(i) + " to v" + v);
          }
        }
        // a pair query and a single-target query agree with the single-source one
        JsonNode last = root.get("values").get(SmallDag.name(g.n() - 1));
        JsonNode pair =
            Cli.paths(
                    f,
                    semiring,
                    "--source",
                    "v0",
                    "--target",
                    SmallDag.name(g.n() - 1),
                    "--k",
                    Integer.toString(k),
                    "--json")
                .json();
        assertEquals(last, pair.get("value"), what);
        JsonNode to =
            Cli.paths(
                    f,
                    semiring,
                    "--target",
                    SmallDag.name(g.n() - 1),
                    "--k",
                    Integer.toString(k),
                    "--json")
                .json();
        assertEquals(last, to.get("values").get("v0"), what);
      }
    }
  }

  @Test
  void walksGoRoundCyclesAndTheTextListsThem() throws IOException {
    // a <-> b, each edge 1: the walks from a to a weigh 0, 2, 4, …; to b 1, 3, 5, …
    Path f = Cli.write(dir, "c.txt", "a b 1\nb a 1\n");
    Cli cli = Cli.paths(f, "tropical", "--source", "a", "--k", "3", "--witness");
    assertEquals(0, cli.status, cli.err);
    assertEquals(
        "tropical 3 best walk weights from a (vertices without a walk omitted):\n"
            + "  a  0  a\n"
            + "     2  a -> b -> a\n"
            + "     4  a -> b -> a -> b -> a\n"
            + "  b  1  a -> b\n"
            + "     3  a -> b -> a -> b\n"
            + "     5  a -> b -> a -> b -> a -> b\n",
        cli.out);
    Cli plain = Cli.paths(f, "tropical", "--source", "a", "--k", "2");
    assertEquals(
        "tropical 2 best walk weights from a (vertices without a walk omitted):\n"
            + "  a  0, 2\n"
            + "  b  1, 3\n",
        plain.out);
    Cli pair = Cli.paths(f, "tropical", "--source", "b", "--target", "a", "--k", "2", "--witness");
    assertEquals(
        "tropical 2 best walk weights from b to a: 1, 3\n"
            + "  1  b -> a\n"
            + "  3  b -> a -> b -> a\n",
        pair.out);
    Cli none =
        Cli.paths(
            Cli.write(dir, "n.txt", "a b 1\n"),
            "tropical",
            "--source",
            "b",
            "--target",
            "a",
            "--k",
            "2",
            "--json");
    assertEquals(0, none.json().get("value").size(), "no walk: an empty list");
  }

  @Test
  void refusals() throws IOException {
    Path f = Cli.write(dir, "g.txt", "a b 1\nb a -2\n");
    Cli real = Cli.paths(f, "real", "--source", "a", "--k", "2");
    assertTrue(real.assertBadInput(1).err.contains("--k"), real.err);
    Cli zero = Cli.paths(f, "tropical", "--source", "a", "--k", "0");
    assertTrue(zero.assertBadInput(1).err.contains("--k 0"), zero.err);
    Cli negativeCycle = Cli.paths(f, "tropical", "--source", "a", "--k", "2");
    assertTrue(negativeCycle.assertBadInput(1).err.contains("g.txt"), negativeCycle.err);
    Cli.paths(f, "tropical", "--source", "q", "--k", "2").assertBadInput(1);
  }
}
