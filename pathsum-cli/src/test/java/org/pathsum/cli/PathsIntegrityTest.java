package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same question gets its answer or its refusal through the command line as through the API:
 * an overflow or underflow is refused naming the vertex (exit 2, one line, nothing on stdout) for
 * forward, backward and pair queries, never printed as ∞ or dropped as "no path"; small
 * probabilities are values; a cycle of weight exactly −1 is refused; a witness path weighs the value
 * printed beside it.
 */
class PathsIntegrityTest {

  private static Cli paths(String graph, String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "paths";
    all[1] = "--graph";
    all[2] = "-";
    System.arraycopy(args, 0, all, 3, args.length);
    return Cli.runWithStdin(graph, all);
  }

  @Test
  void anOverflowOnADagIsRefusedInEveryQuery() {
    String g = "s a 1e308\na t 1e308\n";
    for (String semiring : List.of("tropical", "real", "max-plus")) {
      for (List<String> query :
          List.of(
              List.of("--source", "s"),
              List.of("--target", "t"),
              List.of("--source", "s", "--target", "t"),
              List.of("--source", "s", "--json"))) {
        String[] args = concat(List.of("--semiring", semiring), query);
        Cli r = paths(g, args).assertBadInput(1);
        assertTrue(r.err.contains("overflows"), r.err);
        assertTrue(r.err.contains(" t") || r.err.contains(" s"), r.err);
      }
    }
  }

  @Test
  void anOverflowThatReachesACycleIsABadInputNotACrash() {
    Cli r = paths("s a 1e308\na b 10\nb b 0.5\n", "--semiring", "real", "--source", "s");
    r.assertBadInput(1);
    assertTrue(r.err.contains("to b"), r.err);
  }

  @Test
  void aProductThatUnderflowsIsRefusedWithTheAdviceToUseLog() {
    for (String semiring : List.of("real", "viterbi")) {
      Cli r =
          paths("s a 1e-200\na t 1e-200\n", "--semiring", semiring, "--source", "s")
              .assertBadInput(1);
      assertTrue(r.err.contains("underflows") && r.err.contains("log semiring"), r.err);
    }
  }

  @Test
  void smallProbabilitiesAreValuesForwardAndBackward() {
    String g = "s a 1e-5\na b 1e-5\nb a 0.5\nb t 1\n";
    JsonNode from = paths(g, "--semiring", "viterbi", "--source", "s", "--json").json();
    assertEquals(1e-10, from.get("values").get("b").asDouble(), 1e-25);
    assertEquals(1e-10, from.get("values").get("t").asDouble(), 1e-25);
    JsonNode to = paths(g, "--semiring", "viterbi", "--target", "t", "--json").json();
    assertEquals(from.get("values").get("t").asDouble(), to.get("values").get("s").asDouble());
  }

  @Test
  void aCycleOfWeightExactlyMinusOneIsRefused() {
    Cli r =
        paths(
                "s a 0\na b 1e15\nb a -1000000000000001\nb t 0\n",
                "--semiring",
                "tropical",
                "--source",
                "s",
                "--target",
                "t")
            .assertBadInput(1);
    assertTrue(r.err.contains("-1"), r.err);
  }

  @Test
  void aWitnessWeighsTheValuePrintedBesideIt() {
    JsonNode r =
        paths(
                "s t 1000000001\ns a 500000000\na t 500000000\n",
                "--semiring",
                "tropical",
                "--source",
                "s",
                "--target",
                "t",
                "--witness",
                "--json")
            .json();
    assertEquals(1e9, r.get("value").asDouble());
    assertEquals("[\"s\",\"a\",\"t\"]", r.get("witness").toString());
  }

  /**
   * A cycle so close to a spectral radius of 1 that the default accuracy cannot be proven is
   * refused naming the option that raises it; with --accuracy the same question is answered.
   */
  @Test
  void accuracyIsAnOptionAndItsRefusalSaysSo() {
    StringBuilder ring = new StringBuilder();
    int n = 200;
    for (int v = 0; v < n; v++) {
      ring.append('v').append(v).append(" v").append((v + 1) % n).append(" 0.99999\n");
    }
    Cli refused = paths(ring.toString(), "--semiring", "real", "--source", "v0", "--accuracy", "1e-13");
    refused.assertBadInput(1);
    assertTrue(refused.err.contains("--accuracy") && refused.err.startsWith("pathsum: <stdin>:"), refused.err);
    JsonNode ok =
        paths(ring.toString(), "--semiring", "real", "--source", "v0", "--accuracy", "1e-8", "--json")
            .json();
    assertTrue(ok.get("values").get("v0").asDouble() > 1, ok.toString());
    paths("a b 0.5\n", "--semiring", "real", "--source", "a", "--accuracy", "2").assertBadInput(1);
  }

  private static String[] concat(List<String> a, List<String> b) {
    String[] out = new String[a.size() + b.size()];
    for (int i = 0; i < a.size(); i++) {
      out[i] = a.get(i);
    }
    for (int i = 0; i < b.size(); i++) {
      out[a.size() + i] = b.get(i);
    }
    return out;
  }
}
