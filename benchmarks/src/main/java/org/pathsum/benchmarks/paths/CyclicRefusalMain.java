package org.pathsum.benchmarks.paths;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jgrapht.alg.shortestpath.BellmanFordShortestPath;
import org.jgrapht.alg.shortestpath.NegativeCycleDetectedException;
import org.pathsum.solver.internal.cyclic.ComponentRefusalException;
import org.pathsum.solver.internal.cyclic.SelectiveComponentSolver;

/**
 * The time to refuse a max-plus problem with positive cycles (the graphs of {@link
 * CyclicSolverBenchmark}, weights in [0, 100)): pathsum's Bellman–Ford with subtree disassembly
 * against JGraphT's {@link BellmanFordShortestPath} on the negated weights (a negative cycle), which
 * needs |V| − 1 passes before it can tell. Too slow for JMH, so wall-clock ({@code
 * System.nanoTime}), best of three for pathsum after a warm-up, one run for JGraphT with a time
 * limit.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.pathsum.benchmarks.paths.CyclicRefusalMain
 * LIMIT_SECONDS EDGES...}
 */
public final class CyclicRefusalMain {

  private CyclicRefusalMain() {}

  /**
   * @param args the JGraphT time limit in seconds, then edge counts
   * @throws Exception if the JGraphT run fails otherwise than by refusing
   */
  public static void main(String[] args) throws Exception {
    long limit = Long.parseLong(args[0]);
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r);
      t.setDaemon(true);
      return t;
    });
    for (int a = 1; a < args.length; a++) {
      int edges = Integer.parseInt(args[a]);
      RandomCyclicGraph g = RandomCyclicGraph.generate(edges, 42);
      double[] w = g.uniformWeights(0, 100, 7);
      RandomCyclicGraph.Csr out = g.csr(true, w);
      int n = g.vertexCount;
      double[] values = new double[n];
      int[] pred = new int[n];
      long best = Long.MAX_VALUE;
      int length = 0;
      for (int rep = 0; rep < 4; rep++) {
        Arrays.fill(values, Double.NEGATIVE_INFINITY);
        values[0] = 0;
        long t0 = System.nanoTime();
        try {
          SelectiveComponentSolver.maxPlus(n, out.offsets, out.targets, out.weights, values, pred);
          throw new IllegalStateException("no positive cycle found");
        } catch (ComponentRefusalException e) {
          length = e.cycle().length;
        }
        if (rep > 0) {
          best = Math.min(best, System.nanoTime() - t0);
        }
      }
      double[] negated = new double[w.length];
      for (int k = 0; k < w.length; k++) {
        negated[k] = -w[k];
      }
      var jg = g.toJGraphT(negated);
      long t0 = System.nanoTime();
      Future<?> f = pool.submit(() -> new BellmanFordShortestPath<>(jg).getPaths(0));
      String peer;
      try {
        f.get(limit, TimeUnit.SECONDS);
        peer = "returned without a cycle?";
      } catch (TimeoutException e) {
        f.cancel(true);
        peer = "no answer within " + limit + " s";
      } catch (java.util.concurrent.ExecutionException e) {
        if (!(e.getCause() instanceof NegativeCycleDetectedException)) {
          throw e;
        }
        peer = String.format("refused after %.1f ms", (System.nanoTime() - t0) / 1e6);
      }
      System.out.printf(
          "max-plus refusal, %d edges, %d vertices: pathsum %.2f ms (cycle of %d), JGraphT %s%n",
          edges, n, best / 1e6, length, peer);
    }
  }
}
