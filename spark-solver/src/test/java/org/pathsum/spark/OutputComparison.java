package org.pathsum.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pathsum.spark.DifferentialCases.Outcome;

/**
 * How the differential test compares what {@code pathsum paths} and {@code pathsum-spark paths}
 * printed: answers exactly, or for real and log with the numbers within a stated tolerance;
 * refusals by kind, by text where the input determines it, and by the evidence they name.
 */
final class OutputComparison {

  /**
   * How far apart a real or log value may be, relative to the largest value of the same output (for
   * log: of the values' exponentials, e^{x − max}). Spark's layered sum stops on cycles when its
   * estimated tail is below 10⁻¹² of the largest absolute total ({@link SparkPathSums.Settings}),
   * the in-memory series proves 10⁻¹⁰ relative, and both round, in different orders.
   */
  static final double TOLERANCE = 1e-9;

  private static final Set<String> EXACT =
      Set.of("boolean", "tropical", "max-plus", "counting", "bottleneck", "viterbi");

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String ADVICE = "; remove or reweight the cycle, or ask only for paths that avoid it";

  private OutputComparison() {}

  /** Asserts that {@code actual} (Spark's standard output) is {@code expected} (pathsum's). */
  static void assertSameOutput(String semiring, String expected, String actual, String where) {
    if (EXACT.contains(semiring)) {
      assertEquals(expected, actual, "output: " + where);
      return;
    }
    List<double[]> values = new ArrayList<>();
    if (expected.startsWith("{")) {
      sameJson(read(expected), read(actual), values, where);
    } else {
      sameText(expected, actual, values, where);
    }
    assertTrue(!values.isEmpty(), "no values compared: " + where);
    withinTolerance(semiring.equals("log"), values, where);
  }

  private static void sameText(String expected, String actual, List<double[]> values, String where) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    assertEquals(e.size(), a.size(), "lines: " + where);
    assertTrue(expected.endsWith("\n") && actual.endsWith("\n"), where);
    boolean pair = e.size() == 1;
    for (int i = pair ? 0 : 1; i < e.size(); i++) {
      // a row ends with its number after a space: the label and its padding before it must match
      int ce = e.get(i).lastIndexOf(' ');
      int ca = a.get(i).lastIndexOf(' ');
      assertEquals(e.get(i).substring(0, ce), a.get(i).substring(0, ca), "line " + i + ": " + where);
      values.add(new double[] {number(e.get(i).substring(ce + 1)), number(a.get(i).substring(ca + 1))});
    }
    if (!pair) {
      assertEquals(e.get(0), a.get(0), "header: " + where);
    }
  }

  private static void sameJson(JsonNode e, JsonNode a, List<double[]> values, String where) {
    List<String> en = names(e);
    assertEquals(en, names(a), "JSON fields: " + where);
    for (String f : en) {
      if (f.equals("value")) {
        values.add(new double[] {number(e.get(f)), number(a.get(f))});
      } else if (f.equals("values")) {
        List<String> vertices = names(e.get(f));
        assertEquals(vertices, names(a.get(f)), "JSON vertices: " + where);
        for (String v : vertices) {
          values.add(new double[] {number(e.get(f).get(v)), number(a.get(f).get(v))});
        }
      } else {
        assertEquals(e.get(f), a.get(f), "JSON field " + f + ": " + where);
      }
    }
  }

  private static void withinTolerance(boolean log, List<double[]> values, String where) {
    double scale = log ? Double.NEGATIVE_INFINITY : 0;
    for (double[] v : values) {
      scale = log ? Math.max(scale, v[0]) : Math.max(scale, Math.abs(v[0]));
    }
    for (double[] v : values) {
      if (v[0] == v[1]) {
        continue; // equal, infinities included
      }
      double gap =
          log
              ? Math.abs(Math.exp(v[0] - scale) - Math.exp(v[1] - scale))
              : Math.abs(v[0] - v[1]) / scale;
      if (!(gap <= TOLERANCE)) {
        fail("pathsum printed " + v[0] + ", pathsum-spark " + v[1] + ": " + gap
            + " apart relative to the largest value, above " + TOLERANCE + ": " + where);
      }
    }
  }

  private static double number(String text) {
    return switch (text) {
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(text);
    };
  }

  private static double number(JsonNode n) {
    return n.isTextual() ? Double.parseDouble(n.asText()) : n.doubleValue();
  }

  private static List<String> names(JsonNode n) {
    List<String> names = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      names.add(it.next().getKey());
    }
    return names;
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  /** The one line on standard error after the program's name. */
  static String message(String err, String program, String where) {
    assertEquals(1, err.lines().count(), "one line: " + where);
    assertTrue(err.startsWith(program) && err.endsWith("\n"), where);
    return err.substring(program.length(), err.length() - 1);
  }

  /** The kind of a refusal, from its message. */
  static Outcome kind(String m) {
    if (m.contains(" overflows the ")) {
      return Outcome.OVERFLOW;
    }
    if (m.contains(" underflows the ")) {
      return Outcome.UNDERFLOW;
    }
    if (m.contains("cycle of weight") && m.contains("improves every path")) {
      return Outcome.IMPROVING_CYCLE;
    }
    if (m.contains("diverges") || m.contains("does not converge")
        || m.contains("could not be proven to converge")) {
      return Outcome.DIVERGENT;
    }
    if (m.contains("infinitely many paths go around a cycle")) {
      return Outcome.INFINITE_PATHS;
    }
    if (m.contains("is not a vertex of") || m.contains("has no vertices")) {
      return Outcome.NOT_A_VERTEX;
    }
    if (m.contains("' is not in the ") && m.contains(" semiring; write ")) {
      return Outcome.BAD_WEIGHT;
    }
    return Outcome.ANSWER; // not a refusal this test knows: fails the kind assertion
  }

  /**
   * Asserts that two refusals of the same kind say the same: the same text where the input fixes
   * it; for a value that left the carrier, the file's name first, then the same query, vertex and
   * semiring; for a cycle, the file's name first, a cycle that is in the file, and the same advice.
   */
  static void assertSameRefusal(
      Outcome kind, String memory, String spark, String file, DifferentialCases.Case c,
      String where) {
    switch (kind) {
      case NOT_A_VERTEX, BAD_WEIGHT -> assertEquals(memory, spark, "message: " + where);
      case OVERFLOW, UNDERFLOW -> {
        String verb = kind == Outcome.OVERFLOW ? " overflows the " : " underflows the ";
        assertTrue(memory.startsWith(file + ": the path sum from "), "the file first: " + where);
        assertTrue(spark.startsWith(file + ": the path sum from "), "the file first: " + where);
        int m = memory.indexOf(verb);
        int s = spark.indexOf(verb);
        assertEquals(memory.substring(0, m), spark.substring(0, s), "query and vertex: " + where);
        String semiring = verb + c.semiring() + " semiring's ";
        assertTrue(memory.substring(m).startsWith(semiring), where);
        assertTrue(spark.substring(s).startsWith(semiring), where);
      }
      default -> {
        for (String msg : List.of(memory, spark)) {
          assertTrue(msg.startsWith(file + ": "), "the file first: " + where);
          if (msg.endsWith("…")) {
            // cut at MESSAGE_WIDTH columns (the in-memory refusal lists the whole component)
            assertEquals(SparkPathSumsMain.MESSAGE_WIDTH, DisplayWidth.of(msg), where);
            continue;
          }
          String tail = ", " + c.semiring() + " semiring)" + ADVICE;
          assertTrue(msg.endsWith(tail), "the cycle and the advice: " + where);
          int open = msg.lastIndexOf("(cycle ");
          List<String> walk =
              List.of(msg.substring(open + "(cycle ".length(), msg.length() - tail.length())
                  .split(" -> "));
          // written as a closed walk: the first vertex again at the end
          assertEquals(walk.get(0), walk.get(walk.size() - 1), "a closed walk: " + where);
          assertIsCycleOf(walk.subList(0, walk.size() - 1), c, where);
        }
      }
    }
  }

  private static void assertIsCycleOf(List<String> cycle, DifferentialCases.Case c, String where) {
    DifferentialCases.Weights w = DifferentialCases.Weights.of(c.semiring(), true);
    for (int i = 0; i < cycle.size(); i++) {
      String u = cycle.get(i);
      String v = cycle.get((i + 1) % cycle.size());
      assertTrue(
          c.edges().stream().anyMatch(e -> e[0].equals(u) && e[1].equals(v) && !w.isZero(e[2])),
          "no edge " + u + " -> " + v + " in the file for the cycle " + cycle + ": " + where);
    }
  }
}
