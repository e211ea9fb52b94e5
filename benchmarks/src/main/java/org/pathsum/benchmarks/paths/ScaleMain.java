package org.pathsum.benchmarks.paths;

import java.io.PrintStream;
import java.util.Locale;
import org.openjdk.jol.info.GraphLayout;
import org.pathsum.semiring.DoubleSemiring;
import org.pathsum.semiring.Semirings;
import org.pathsum.solver.internal.compiled.CompiledDag;
import org.pathsum.solver.internal.compiled.DagSweeps;

/**
 * The scale run: builds a random DAG of 10⁷ edges (by default) directly as a {@link CompiledDag},
 * solves it forward and backward over the real semiring and forward over the tropical one, and
 * prints wall-clock times and memory: JOL's size of the DAG and of its weights, and the JVM's used
 * heap after a full GC with everything live.
 *
 * <p>Not a JMH benchmark: each solve is timed by {@link System#nanoTime()}, best of five after one
 * warm-up solve. Usage: {@code java -Xmx8g -cp benchmarks.jar
 * org.pathsum.benchmarks.paths.ScaleMain [edges]}.
 */
public final class ScaleMain {

  private ScaleMain() {}

  /**
   * Runs the scale measurement.
   *
   * @param args optionally the edge count (default 10000000)
   */
  public static void main(String[] args) {
    int edges = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
    PrintStream out = System.out;
    long t0 = System.nanoTime();
    RandomDag random = RandomDag.generate(edges, 4, 42);
    double[] w = random.realWeights(7);
    double[] lengths = random.lengths(7);
    long t1 = System.nanoTime();
    CompiledDag dag = random.toCompiledDag();
    long t2 = System.nanoTime();
    random = null; // only the compiled form stays live
    int n = dag.vertexCount();
    double[] values = new double[n];

    out.printf(Locale.ROOT, "edges: %,d  vertices: %,d%n", dag.edgeCount(), n);
    out.printf(Locale.ROOT, "generate edge list + weights: %.2f s%n", (t1 - t0) / 1e9);
    out.printf(Locale.ROOT, "build CompiledDag: %.2f s%n", (t2 - t1) / 1e9);
    double real = time(() -> DagSweeps.forward(dag, Semirings.real(), w, 0, values));
    out.printf(
        Locale.ROOT,
        "real forward sweep: %.1f ms (value at last vertex %g)%n",
        real,
        values[n - 1]);
    double back = time(() -> DagSweeps.backward(dag, Semirings.real(), w, n - 1, values));
    out.printf(
        Locale.ROOT, "real backward sweep: %.1f ms (value at vertex 0 %g)%n", back, values[0]);
    DoubleSemiring tropical = Semirings.tropical();
    double trop = time(() -> DagSweeps.forward(dag, tropical, lengths, 0, values));
    out.printf(
        Locale.ROOT,
        "tropical forward sweep: %.1f ms (distance to last vertex %g)%n",
        trop,
        values[n - 1]);

    long dagBytes = GraphLayout.parseInstance(dag).totalSize();
    long weightBytes = GraphLayout.parseInstance((Object) w).totalSize();
    long valueBytes = GraphLayout.parseInstance((Object) values).totalSize();
    out.printf(
        Locale.ROOT,
        "CompiledDag: %,d bytes = %.2f B/edge%n",
        dagBytes,
        (double) dagBytes / dag.edgeCount());
    out.printf(
        Locale.ROOT,
        "real weights double[]: %,d bytes = %.2f B/edge%n",
        weightBytes,
        (double) weightBytes / dag.edgeCount());
    out.printf(Locale.ROOT, "values double[]: %,d bytes%n", valueBytes);
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    long used = rt.totalMemory() - rt.freeMemory();
    out.printf(
        Locale.ROOT,
        "JVM heap used after GC (DAG, two weight arrays, values live): %,d MB of max %,d MB%n",
        used >> 20,
        rt.maxMemory() >> 20);
    // Keep everything reachable until the heap was measured.
    out.printf(Locale.ROOT, "check: %g %g%n", w[0] + lengths[0], values[0]);
  }

  /** Best of five timed runs after one warm-up, in milliseconds. */
  private static double time(Runnable r) {
    r.run();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      long t = System.nanoTime();
      r.run();
      best = Math.min(best, System.nanoTime() - t);
    }
    return best / 1e6;
  }
}
