package org.pathsum.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pathsum.spark.DifferentialCases.of;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathsum.cli.PathsumMain;
import org.pathsum.spark.DifferentialCases.Case;
import org.pathsum.spark.DifferentialCases.Outcome;
import org.pathsum.spark.DifferentialCases.Plant;
import org.pathsum.spark.DifferentialCases.Query;

/**
 * {@code pathsum paths} and {@code pathsum-spark paths}, both run through their main classes in
 * this JVM ({@link PathsumMain#run} and {@link SparkPathSumsMain#run}, the latter on the shared
 * local[2] session), on the same seeded random edge-list files ({@link DifferentialCases}) for
 * every semiring {@code pathsum-spark} accepts: DAGs and graphs with cycles, parallel edges and
 * self-loops; the source, target and pair queries; text and JSON.
 *
 * <ul>
 *   <li>An answer: the same exit status 0, and the same standard output — character for character
 *       for boolean, tropical, max-plus, counting, bottleneck and Viterbi (selective or exact
 *       arithmetic: every path's value is the same double on both sides); for real and log the
 *       same text with the numbers within {@link OutputComparison#TOLERANCE} of the largest value
 *       of the output (Spark's stated stopping rule on cycles, and rounding in another order).
 *   <li>A refusal: exit status 2 on both, nothing on standard output, one line on standard error,
 *       the same kind of message (overflow, underflow, improving cycle, divergent series, infinitely
 *       many paths, unknown vertex, weight outside the semiring), the same text where it is
 *       determined by the input (unknown vertex, bad weight), and for cycles a cycle that is in the
 *       file.
 * </ul>
 *
 * Each case also asserts what the in-memory side did ({@link Case#expected()}), so that the two
 * never agree on a case that does not test what it is meant to.
 */
class SparkPathsDifferentialTest {

  @TempDir static Path dir;

  /** The cases: a few per semiring, covering each query and format over the semirings. */
  static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    long seed = 1_000;
    // tropical: exact; negative cycles; 1e308 + 1e308 on a DAG, and off the pair's paths
    c.add(of("tropical", ++seed, true, Plant.NONE, Query.SOURCE, false, false));
    c.add(of("tropical", ++seed, false, Plant.NONE, Query.PAIR, true, false));
    c.add(of("tropical", ++seed, true, Plant.OVERFLOW, Query.TARGET, false, false));
    c.add(of("tropical", ++seed, false, Plant.IMPROVING_CYCLE, Query.SOURCE, true, false));
    c.add(of("tropical", ++seed, false, Plant.OVERFLOW_OFF_PATH, Query.PAIR, false, false));
    // max-plus: positive cycles, −1e308 − 1e308 = −∞ (its 0̄)
    c.add(of("max-plus", ++seed, false, Plant.NONE, Query.TARGET, true, false));
    c.add(of("max-plus", ++seed, true, Plant.OVERFLOW, Query.SOURCE, false, false));
    c.add(of("max-plus", ++seed, false, Plant.IMPROVING_CYCLE, Query.TARGET, false, false));
    // real: series on cycles, divergence, overflow and underflow on a DAG, a cycle off the paths
    c.add(of("real", ++seed, true, Plant.NONE, Query.PAIR, true, false));
    c.add(of("real", ++seed, false, Plant.NONE, Query.SOURCE, false, false));
    c.add(of("real", ++seed, false, Plant.DIVERGENT, Query.TARGET, true, false));
    c.add(of("real", ++seed, true, Plant.UNDERFLOW, Query.SOURCE, false, false));
    c.add(of("real", ++seed, true, Plant.OVERFLOW, Query.PAIR, false, false));
    c.add(of("real", ++seed, true, Plant.CYCLE_OFF_PATH, Query.PAIR, true, false));
    // log
    c.add(of("log", ++seed, true, Plant.NONE, Query.TARGET, false, false));
    c.add(of("log", ++seed, false, Plant.NONE, Query.SOURCE, true, false));
    c.add(of("log", ++seed, true, Plant.OVERFLOW, Query.PAIR, true, false));
    c.add(of("log", ++seed, false, Plant.DIVERGENT, Query.SOURCE, false, false));
    // counting: exact in memory, 64-bit on Spark; any cycle is infinitely many paths; a count
    // past Long.MAX_VALUE: printed by pathsum, refused by Spark
    c.add(of("counting", ++seed, true, Plant.NONE, Query.SOURCE, true, false));
    c.add(of("counting", ++seed, true, Plant.NONE, Query.TARGET, false, true));
    c.add(of("counting", ++seed, true, Plant.COUNTED_CYCLE, Query.SOURCE, false, false));
    c.add(of("counting", ++seed, true, Plant.OVERFLOW, Query.PAIR, false, false));
    c.add(of("counting", ++seed, true, Plant.CYCLE_OFF_PATH, Query.PAIR, true, false));
    // viterbi: products of probabilities that underflow
    c.add(of("viterbi", ++seed, false, Plant.NONE, Query.SOURCE, false, false));
    c.add(of("viterbi", ++seed, true, Plant.UNDERFLOW, Query.TARGET, true, false));
    c.add(of("viterbi", ++seed, true, Plant.NONE, Query.PAIR, false, false));
    // boolean and bottleneck: nothing to refuse but the input
    c.add(of("boolean", ++seed, false, Plant.NONE, Query.TARGET, true, true));
    c.add(of("boolean", ++seed, true, Plant.NONE, Query.PAIR, false, false));
    c.add(of("bottleneck", ++seed, false, Plant.NONE, Query.SOURCE, true, false));
    c.add(of("bottleneck", ++seed, true, Plant.NONE, Query.PAIR, false, false));
    // bad input, reported the same way
    c.add(of("tropical", ++seed, true, Plant.BAD_WEIGHT, Query.SOURCE, false, false));
    c.add(of("counting", ++seed, true, Plant.BAD_WEIGHT, Query.TARGET, false, false));
    c.add(of("viterbi", ++seed, false, Plant.BAD_WEIGHT, Query.PAIR, false, false));
    c.add(of("boolean", ++seed, false, Plant.UNKNOWN_VERTEX, Query.SOURCE, false, false));
    c.add(of("real", ++seed, true, Plant.UNKNOWN_VERTEX, Query.PAIR, true, false));
    return c;
  }

  /** What one command printed and returned. */
  record Run(int status, String out, String err) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sparkPrintsWhatPathsumPrints(Case c) throws IOException {
    Path file = dir.resolve("g" + Integer.toHexString(c.title().hashCode()) + ".txt");
    Files.writeString(file, c.text());
    List<String> args = new ArrayList<>(List.of("paths", "--graph", file.toString()));
    args.addAll(c.args());
    Run memory = memory(args);
    Run spark = spark(args);
    String where = c.title() + "\n" + c.text() + "pathsum: " + memory + "\npathsum-spark: " + spark;
    if (c.semiring().equals("counting") && c.expected() == Outcome.OVERFLOW) {
      // the one difference, documented: pathsum counts exactly, Spark in 64 bits
      assertEquals(0, memory.status, "pathsum counts past 2^63: " + where);
      String count = memory.out.strip().substring(memory.out.strip().lastIndexOf(' ') + 1);
      assertTrue(new BigInteger(count).bitLength() > 63, where);
      assertEquals(2, spark.status, where);
      String s = OutputComparison.message(spark.err, "pathsum-spark: ", where);
      assertEquals(Outcome.OVERFLOW, OutputComparison.kind(s), where);
      return;
    }
    assertEquals(memory.status, spark.status, "exit status: " + where);
    if (memory.status == 0) {
      assertEquals(Outcome.ANSWER, c.expected(), "pathsum answered: " + where);
      assertEquals("", memory.err, where);
      assertEquals("", spark.err, where);
      OutputComparison.assertSameOutput(c.semiring(), memory.out, spark.out, where);
    } else {
      assertEquals(2, memory.status, where);
      assertEquals("", memory.out, where);
      assertEquals("", spark.out, where);
      String m = OutputComparison.message(memory.err, "pathsum: ", where);
      String s = OutputComparison.message(spark.err, "pathsum-spark: ", where);
      Outcome kind = OutputComparison.kind(m);
      assertEquals(c.expected(), kind, "what pathsum refused: " + where);
      assertEquals(kind, OutputComparison.kind(s), "what pathsum-spark refused: " + where);
      OutputComparison.assertSameRefusal(kind, m, s, file.toString(), c, where);
    }
  }

  private static Run memory(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        PathsumMain.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    return new Run(status, out.toString(), err.toString());
  }

  private static Run spark(List<String> args) {
    LocalSpark.session(); // the main reuses the shared session (no --master: it does not stop it)
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        SparkPathSumsMain.run(
            args.toArray(String[]::new),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
