package org.pathsum.benchmarks.ad;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import org.hipparchus.analysis.differentiation.Gradient;
import org.pathsum.ad.ArrayGraph;
import org.pathsum.ad.ComputationGraph;
import org.pathsum.ad.LabeledGraph;
import org.pathsum.examples.nn.Dataset;
import org.pathsum.examples.nn.Network;

/**
 * The figures of {@link GradientBenchmark} (the array-node gradient included) and {@link
 * PeerBenchmark} as the <em>minimum</em> over many rounds of the calling thread's <em>CPU
 * time</em> instead of JMH's mean wall-clock time: on a machine shared with other work the wall
 * clock counts the time the thread waits for a core, more of it the longer a call runs, while the
 * CPU time of the fastest round approaches the time on a quiet machine (caches and memory
 * bandwidth are still shared). The contenders of one ratio run interleaved, round by round.
 *
 * <p>Not a JMH benchmark: each round times a batch of calls with {@code
 * ThreadMXBean.getCurrentThreadCpuTime()}; the first fifth of the rounds is warm-up. Usage: {@code java -Xmx2g -cp benchmarks.jar
 * org.pathsum.benchmarks.ad.GradientBestOfMain [rounds]} (default 200).
 */
public final class GradientBestOfMain {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static double sink;

  private GradientBestOfMain() {}

  /**
   * Runs the measurement and prints one line per figure.
   *
   * @param args optionally the number of rounds
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    for (String function : List.of("rosenbrock", "mlp")) {
      ComputationGraph graph;
      ArrayGraph arrays;
      double[] point;
      DoubleSupplier hand;
      if (function.equals("rosenbrock")) {
        graph =
            TestFunctions.ROSENBROCK.record(TestFunctions.names("x", 30_000), List.of("f"));
        arrays = TestFunctions.ARRAY_ROSENBROCK.record(List.of("x"), 30_000);
        double[] p = TestFunctions.point(30_000, -2, 2, 11);
        point = p;
        hand = () -> TestFunctions.rosenbrock(p);
      } else {
        Network network = new Network(20, 32);
        Dataset data = MlpLoss.randomDataset(100, 20, 5);
        graph = network.trainingCircuit(data);
        arrays = network.arrayTrainingCircuit(data);
        point = network.initialParameters(3);
        MlpLoss mlp = new MlpLoss(network, data);
        double[] p = point;
        hand = () -> mlp.value(p);
      }
      double[] g = new double[point.length];
      double[] ag = new double[point.length];
      ArrayGraph arrayGraph = arrays;
      LabeledGraph labeled = graph.labelAt(point);
      double[] best =
          bestOf(
              rounds,
              10,
              hand,
              () -> graph.evaluate(point)[0],
              () -> graph.valueAndGradient(point, g),
              () -> labeled.adjoints(0)[0],
              () -> arrayGraph.valueAndGradient(point, ag));
      System.out.printf(
          Locale.ROOT,
          "%s (%d nodes): hand %.1f us, evaluateGraph %.1f us, pathsumGradient %.1f us,"
              + " reverseSweep %.1f us, arrayGradient %.1f us; evaluateGraph/hand %.1f,"
              + " pathsumGradient/evaluateGraph %.2f, arrayGradient/hand %.2f%n",
          function,
          graph.nodeCount(),
          best[0] / 1e3,
          best[1] / 1e3,
          best[2] / 1e3,
          best[3] / 1e3,
          best[4] / 1e3,
          best[1] / best[0],
          best[2] / best[1],
          best[4] / best[0]);
    }
    for (int n : new int[] {100, 1000}) {
      double[] point = TestFunctions.point(n, -2, 2, 17);
      ComputationGraph graph =
          TestFunctions.ROSENBROCK.record(TestFunctions.names("x", n), List.of("f"));
      double[] g = new double[n];
      double[] best =
          bestOf(
              rounds,
              n == 100 ? 200 : 20,
              () -> graph.valueAndGradient(point, g),
              () -> {
                Gradient[] x = new Gradient[n];
                for (int i = 0; i < n; i++) {
                  x[i] = Gradient.variable(n, i, point[i]);
                }
                return TestFunctions.rosenbrock(x).getGradient()[0];
              });
      System.out.printf(
          Locale.ROOT,
          "n = %d: pathsum gradient %.2f us, Hipparchus Gradient %.1f us; Hipparchus/pathsum %.0f%n",
          n,
          best[0] / 1e3,
          best[1] / 1e3,
          best[1] / best[0]);
    }
    if (sink == 42) {
      System.out.println();
    }
  }

  /** The fastest per-call time in ns of each contender, batches of {@code batch} calls. */
  private static double[] bestOf(int rounds, int batch, DoubleSupplier... contenders) {
    double[] best = new double[contenders.length];
    java.util.Arrays.fill(best, Double.MAX_VALUE);
    for (int round = 0; round < rounds; round++) {
      for (int c = 0; c < contenders.length; c++) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        double s = 0;
        for (int r = 0; r < batch; r++) {
          s += contenders[c].getAsDouble();
        }
        long t1 = THREADS.getCurrentThreadCpuTime();
        sink += s;
        if (round >= rounds / 5) {
          best[c] = Math.min(best[c], (double) (t1 - t0) / batch);
        }
      }
    }
    return best;
  }
}
