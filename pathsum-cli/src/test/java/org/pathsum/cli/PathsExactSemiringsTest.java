package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code paths} in the semirings whose values are not one double: exact counting (integers of any
 * size), expectation pairs {@code p:r} and provenance polynomials. Counts and expectations on
 * random DAGs against their definition over the enumerated paths ({@link SmallDag}); a count past
 * 2⁶³ known by construction; polynomials by hand; the cycles and weights refused.
 */
class PathsExactSemiringsTest {

  @TempDir Path dir;

  @Test
  void seventyDiamondsInARowHaveTwoToTheSeventyPaths() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 70; i++) {
      sb.append("d").append(i).append(" u").append(i).append('\n');
      sb.append("d").append(i).append(" l").append(i).append('\n');
      sb.append("u").append(i).append(" d").append(i + 1).append('\n');
      sb.append("l").append(i).append(" d").append(i + 1).append('\n');
    }
    Path f = Cli.write(dir, "diamonds.txt", sb.toString());
    BigInteger expected = BigInteger.TWO.pow(70); // two ways through each diamond
    assertTrue(expected.bitLength() > 64);
    Cli text = Cli.paths(f, "counting", "--source", "d0", "--target", "d70", "--unweighted");
    assertEquals(0, text.status, text.err);
    assertEquals("counting path sum from d0 to d70: " + expected + "\n", text.out);
    Cli json = Cli.paths(f, "counting", "--source", "d0", "--target", "d70", "--unweighted", "--json");
    JsonNode value = json.json().get("value");
    assertTrue(value.isIntegralNumber(), "a JSON number, not a string: " + json.out);
    assertEquals(expected, value.bigIntegerValue());
    assertTrue(json.out.contains("\"value\":" + expected + "}"), json.out);
    // every vertex's count from d0, the table too
    JsonNode all = Cli.paths(f, "counting", "--source", "d0", "--unweighted", "--json").json();
    assertEquals(BigInteger.TWO.pow(69), all.get("values").get("u69").bigIntegerValue());
  }

  @Test
  void weightedCountsAreExactSumsOfProductsOfMultiplicities() throws IOException {
    for (long seed = 1; seed <= 30; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      SmallDag g = SmallDag.random(random);
      List<String> weights = new ArrayList<>();
      List<BigInteger> w = new ArrayList<>();
      for (int e = 0; e < g.from().length; e++) {
        BigInteger x =
            random.nextInt(4) == 0
                ? BigInteger.valueOf(random.nextInt(3))
                : BigInteger.TWO
                    .pow(20 + random.nextInt(40))
                    .add(BigInteger.valueOf(random.nextInt(1000)));
        w.add(x);
        weights.add(x.toString());
      }
      Path f = Cli.write(dir, "g.txt", g.text(weights));
      JsonNode values = Cli.paths(f, "counting", "--source", "v0", "--json").json().get("values");
      for (int v = 0; v < g.n(); v++) {
        BigInteger expected = BigInteger.ZERO;
        for (List<Integer> p : g.paths(0, v)) {
          BigInteger product = BigInteger.ONE;
          for (int e : p) {
            product = product.multiply(w.get(e));
          }
          expected = expected.add(product);
        }
        JsonNode actual = values.get(SmallDag.name(v));
        String what = "seed " + seed + ", v" + v + ":\n" + g.text(weights);
        if (expected.signum() == 0) {
          assertEquals(null, actual, what);
        } else {
          assertTrue(actual.isIntegralNumber(), what);
          assertEquals(expected, actual.bigIntegerValue(), what);
        }
      }
    }
  }

  @Test
  void countingStillRefusesACycle() throws IOException {
    Path f = Cli.write(dir, "c.txt", "s a 1\na b 1\nb a 1\n");
    Cli cli = Cli.paths(f, "counting", "--source", "s").assertBadInput(1);
    assertTrue(cli.err.contains("a -> b -> a") || cli.err.contains("b -> a -> b"), cli.err);
    Cli huge =
        Cli.paths(
            Cli.write(dir, "h.txt", "s a 99999999999999999999999999\n"),
            "counting",
            "--source",
            "s",
            "--json");
    assertEquals("99999999999999999999999999", huge.json().get("values").get("a").asText());
  }

  @Test
  void expectationPairsAreSummedOverTheEnumeratedPaths() throws IOException {
    for (long seed = 1; seed <= 30; seed++) {
      SplittableRandom random = new SplittableRandom(seed);
      SmallDag g = SmallDag.random(random);
      int m = g.from().length;
      double[] p = new double[m];
      double[] r = new double[m];
      List<String> weights = new ArrayList<>();
      for (int e = 0; e < m; e++) {
        p[e] = (1 + random.nextInt(4)) / 4.0;
        r[e] = (random.nextInt(17) - 8) / 4.0;
        weights.add(p[e] + ":" + r[e]);
      }
      Path f = Cli.write(dir, "g.txt", g.text(weights));
      int t = g.n() - 1;
      // ⟨Σ_π p(π), Σ_π p(π)·r(π)⟩ with p(π) the product of the p's and r(π) the sum of r/p
      double pSum = 0;
      double rSum = 0;
      for (List<Integer> path : g.paths(0, t)) {
        double pp = 1;
        for (int e : path) {
          pp *= p[e];
        }
        double rr = 0;
        for (int e : path) {
          double others = 1;
          for (int e2 : path) {
            others *= e2 == e ? 1 : p[e2];
          }
          rr += r[e] * others;
        }
        pSum += pp;
        rSum += rr;
      }
      String what = "seed " + seed + ":\n" + g.text(weights);
      JsonNode value =
          Cli.paths(f, "expectation", "--source", "v0", "--target", SmallDag.name(t), "--json")
              .json()
              .get("value");
      assertEquals(2, value.size(), what);
      assertEquals(pSum, value.get(0).doubleValue(), 1e-12 * Math.max(1, Math.abs(pSum)), what);
      assertEquals(rSum, value.get(1).doubleValue(), 1e-12 * Math.max(1, Math.abs(rSum)), what);
    }
  }

  @Test
  void expectationTextAndCycles() throws IOException {
    // s -> a (0.5:1 and 0.25:0.5), a -> t (1:2), s -> t (0.25:0): a = ⟨0.75, 1.5⟩,
    // t = ⟨0.75, 0.75·2 + 1.5·1⟩ ⊕ ⟨0.25, 0⟩ = ⟨1, 3⟩
    Path f = Cli.write(dir, "e.txt", "s a 0.5:1\ns a 0.25:0.5\na t 1:2\ns t 0.25:0\n");
    Cli cli = Cli.paths(f, "expectation", "--source", "s");
    assertEquals(
        "expectation path sums from s (vertices with sum [0, 0] omitted):\n"
            + "  s  [1, 0]\n"
            + "  a  [0.75, 1.5]\n"
            + "  t  [1, 3]\n",
        cli.out);
    // a loop of weight ⟨1/2, 1⟩ at a: ⟨p*, p*·r·p*⟩ = ⟨2, 4⟩
    Path loop = Cli.write(dir, "l.txt", "s a 1:0\na a 0.5:1\n");
    JsonNode a =
        Cli.paths(loop, "expectation", "--source", "s", "--json").json().get("values").get("a");
    assertEquals(2.0, a.get(0).doubleValue(), 1e-12);
    assertEquals(4.0, a.get(1).doubleValue(), 1e-12);
    // a loop whose p-series diverges is refused, naming it
    Cli divergent = Cli.paths(Cli.write(dir, "d.txt", "s a 1:0\na a 1.5:1\n"), "expectation", "--source", "s");
    assertTrue(divergent.assertBadInput(1).err.contains("a -> a"), divergent.err);
  }

  @Test
  void aBadPairNamesItsLineAndColumn() throws IOException {
    for (String bad : List.of("0.5", "0.5:", ":1", "a:b", "1:2:3", "inf:1", "0.5:NaN")) {
      Path f = Cli.write(dir, "b.txt", "s a 1:0\na  t " + bad + "\n");
      Cli cli = Cli.paths(f, "expectation", "--source", "s").assertBadInput(1);
      assertTrue(cli.err.contains("b.txt:2:6: weight '" + bad + "'"), bad + ": " + cli.err);
      assertTrue(cli.err.contains("p:r"), cli.err);
    }
  }

  @Test
  void provenanceListsEveryPathAsAMonomial() throws IOException {
    // two parallel s -> a edges named a, a -> t named b, s -> m -> t both named c
    Path f = Cli.write(dir, "p.txt", "s a a\ns a a\na t b\ns m c\nm t c\n");
    JsonNode root = Cli.paths(f, "provenance", "--source", "s", "--target", "t", "--json").json();
    assertEquals("2*a*b + c^2", root.get("value").asText());
    assertTrue(root.get("value").isTextual());
    Cli text = Cli.paths(f, "provenance", "--target", "t");
    assertEquals(
        "provenance path sums to t (vertices with sum 0 omitted):\n"
            + "  s  2*a*b + c^2\n"
            + "  a  b\n"
            + "  t  1\n"
            + "  m  c\n",
        text.out);
    Cli cycle = Cli.paths(Cli.write(dir, "c.txt", "s a x\na s y\n"), "provenance", "--source", "s");
    assertTrue(cycle.assertBadInput(1).err.contains("cycle"), cycle.err);
    Cli badName = Cli.paths(Cli.write(dir, "n.txt", "s a x\na t x*y\n"), "provenance", "--source", "s");
    assertTrue(badName.assertBadInput(1).err.contains("n.txt:2:5"), badName.err);
  }
}
