package org.pathsum.benchmarks.wpds;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pathsum.semiring.Semirings;
import org.pathsum.wpds.Configuration;
import org.pathsum.wpds.WeightedPushdownSystem;

/**
 * post* saturation throughput: generated program-like systems (procedures of 20 nodes with
 * branches, loops and calls to random procedures, recursion included; tropical weights 0–9) of
 * about {@code rules} rules, one control state, post* from the entry of procedure 0. Rules per
 * second = rules ÷ the measured time per post*. The system is built in the setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PostStarBenchmark {

  /** Approximate number of rules. */
  @Param({"1000", "10000", "100000"})
  public int rules;

  private WeightedPushdownSystem<Double> pds;
  private Configuration start;

  /** Builds the system once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    pds = generate(rules, new SplittableRandom(42));
    start = Configuration.of("p", "P0_0");
  }

  /** A program-like system of about {@code rules} rules. */
  static WeightedPushdownSystem<Double> generate(int rules, SplittableRandom rnd) {
    int perProc = 20;
    int procs = Math.max(1, rules / (perProc + 4));
    WeightedPushdownSystem.Builder<Double> b = WeightedPushdownSystem.builder(Semirings.tropical());
    for (int p = 0; p < procs; p++) {
      for (int i = 0; i < perProc; i++) {
        String here = "P" + p + "_" + i;
        String next = i + 1 < perProc ? "P" + p + "_" + (i + 1) : null;
        double w = rnd.nextInt(10);
        if (next == null) {
          b.pop("p", here, "p", w);
        } else if (rnd.nextInt(6) == 0) {
          b.push("p", here, "p", "P" + rnd.nextInt(procs) + "_0", next, w);
        } else {
          b.step("p", here, "p", next, w);
          if (rnd.nextInt(5) == 0) {
            b.step("p", here, "p", "P" + p + "_" + rnd.nextInt(perProc), (double) rnd.nextInt(10));
          }
        }
      }
    }
    return b.build();
  }

  /** One post*; returns the automaton's size so that the work is consumed. */
  @Benchmark
  public int postStar() {
    return pds.postStar(start).transitionCount();
  }
}
