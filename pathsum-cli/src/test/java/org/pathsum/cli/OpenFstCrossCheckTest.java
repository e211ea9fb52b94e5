package org.pathsum.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code paths --format att} against OpenFst's own {@code fstshortestdistance} on seeded random
 * acyclic automata, tropical and log, from the start state (OpenFst's default) and to the final
 * states ({@code --reverse}, which includes the final weights). Skipped where OpenFst's tools are
 * not installed (Debian: {@code libfst-tools}); the build never needs them.
 *
 * <p>OpenFst computes in single precision and prints nine significant digits, so values are
 * compared to a relative 1e-5. The log semiring's values are negated: OpenFst writes −ln p, pathsum
 * ln p.
 */
class OpenFstCrossCheckTest {

  @TempDir Path dir;

  private static boolean onPath(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }

  /** Runs a command in {@link #dir}; its standard output, after checking it succeeded. */
  private String run(String... command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
    assertEquals(0, p.exitValue(), String.join(" ", command));
    return out;
  }

  /**
   * A random acyclic transducer: states 0..n-1, every arc from a lower to a higher state (parallel
   * arcs likely), state 0's arcs first so that it is the start state, some states final with a
   * weight and some without. Weights are multiples of 1/8, exact in single precision.
   */
  private static String automaton(SplittableRandom random) {
    int n = 2 + random.nextInt(6);
    StringBuilder sb = new StringBuilder();
    sb.append("0 1 1 1 ").append(eighths(random)).append('\n');
    int arcs = random.nextInt(3 * n);
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < arcs; i++) {
      int a = random.nextInt(n - 1);
      int b = a + 1 + random.nextInt(n - 1 - a);
      pairs.add(new int[] {a, b});
    }
    pairs.sort((x, y) -> Integer.compare(x[0], y[0]));
    for (int[] p : pairs) {
      int label = 1 + random.nextInt(3);
      sb.append(p[0]).append(' ').append(p[1]).append(' ').append(label).append(' ').append(label);
      if (random.nextInt(4) != 0) {
        sb.append(' ').append(eighths(random)); // else 1̄, four fields
      }
      sb.append('\n');
    }
    for (int s = 0; s < n; s++) {
      int r = random.nextInt(3);
      if (r == 1) {
        sb.append(s).append('\n');
      } else if (r == 2) {
        sb.append(s).append(' ').append(eighths(random)).append('\n');
      }
    }
    return sb.toString();
  }

  private static String eighths(SplittableRandom random) {
    return Double.toString(random.nextInt(40) / 8.0);
  }

  /**
   * fstshortestdistance's output: state → value, "Infinity" for OpenFst's zero. It stops after the
   * last state whose value it computed, so a state it leaves out has the value zero (with no final
   * state, {@code --reverse} prints nothing).
   */
  private static Map<String, String> distances(String out) {
    Map<String, String> d = new LinkedHashMap<>();
    for (String line : out.strip().lines().filter(l -> !l.isBlank()).toList()) {
      String[] f = line.strip().split("\t");
      assertEquals(2, f.length, "fstshortestdistance printed: " + out);
      d.put(f[0], f[1]);
    }
    return d;
  }

  @Test
  void shortestDistancesAgreeWithOpenFst() throws Exception {
    assumeTrue(
        onPath("fstcompile") && onPath("fstshortestdistance"),
        "OpenFst's command-line tools (libfst-tools)");
    for (long seed = 1; seed <= 12; seed++) {
      String text = automaton(new SplittableRandom(seed));
      Path source = dir.resolve("a.fst.txt");
      Files.writeString(source, text);
      for (String semiring : List.of("tropical", "log")) {
        String arcType = semiring.equals("tropical") ? "standard" : "log";
        run("fstcompile", "--arc_type=" + arcType, "--keep_state_numbering", "a.fst.txt", "a.fst");
        Map<String, String> forward = distances(run("fstshortestdistance", "a.fst"));
        Map<String, String> reverse = distances(run("fstshortestdistance", "--reverse", "a.fst"));
        String what = "seed " + seed + ", " + semiring + ":\n" + text;
        compare(
            forward,
            Cli.run(
                    "paths",
                    "--graph",
                    source.toString(),
                    "--semiring",
                    semiring,
                    "--source",
                    "0",
                    "--json")
                .json()
                .get("values"),
            semiring,
            what + "\nfrom the start state");
        compare(
            reverse,
            Cli.run(
                    "paths",
                    "--graph",
                    source.toString(),
                    "--semiring",
                    semiring,
                    "--target",
                    "final",
                    "--json")
                .json()
                .get("values"),
            semiring,
            what + "\nto the final states");
      }
    }
  }

  private static void compare(
      Map<String, String> openFst, JsonNode values, String semiring, String what) {
    values
        .fieldNames()
        .forEachRemaining(
            v ->
                assertTrue(
                    v.equals("final") || openFst.containsKey(v),
                    what + ": state " + v + " has a value, but OpenFst's is zero"));
    for (Map.Entry<String, String> e : openFst.entrySet()) {
      JsonNode ours = values.get(e.getKey());
      if (e.getValue().equals("Infinity")) {
        assertEquals(null, ours, what + ": state " + e.getKey() + " has OpenFst's zero");
        continue;
      }
      assertFalse(ours == null, what + ": state " + e.getKey() + " missing");
      double expected = Double.parseDouble(e.getValue());
      double actual = semiring.equals("log") ? -ours.doubleValue() : ours.doubleValue();
      assertEquals(
          expected, actual, 1e-5 * Math.max(1, Math.abs(expected)), what + ": state " + e.getKey());
    }
  }
}
