package org.pathsum.benchmarks.paths;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pathsum.solver.internal.cyclic.SeriesComponentSolver;
import org.pathsum.solver.internal.cyclic.SpectralRadiusCertificate;

/**
 * Writes the real-semiring benchmark graph of {@link CyclicSolverBenchmark} (weights uniform in
 * (−0.2, 0.2), ρ(|A|) ≈ 0.5) as an edge list and pathsum's forward solution from vertex 0, for the
 * comparison with Python + scipy in {@code benchmarks/peers/scipy_jacobi.py}. Prints the solve time
 * ({@link SeriesComponentSolver#certifyAndSolve}: certificate fused with Gauss–Seidel, best of five
 * after two warm-up solves, {@code System.nanoTime}) and the certificate (computed once more, not
 * timed).
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.pathsum.benchmarks.paths.CyclicRealExportMain EDGES
 * DIR} writes {@code DIR/edges.txt} ({@code from to weight} per line) and {@code DIR/pathsum.txt}
 * (one value per vertex, in vertex order).
 */
public final class CyclicRealExportMain {

  private CyclicRealExportMain() {}

  /**
   * @param args the number of edges and the output directory
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    int edges = Integer.parseInt(args[0]);
    Path dir = Path.of(args[1]);
    Files.createDirectories(dir);
    RandomCyclicGraph g = RandomCyclicGraph.generate(edges, 42);
    double[] w = g.uniformWeights(-0.2, 0.2, 13);
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("edges.txt"))) {
      for (int k = 0; k < edges; k++) {
        out.write(g.from[k] + " " + g.to[k] + " " + w[k] + "\n");
      }
    }
    RandomCyclicGraph.Csr in = g.csr(false, w);
    int n = g.vertexCount;
    double[] b = new double[n];
    b[0] = 1;
    double[] x = new double[n];
    long best = Long.MAX_VALUE;
    double bound = 0;
    for (int rep = 0; rep < 7; rep++) {
      long t0 = System.nanoTime();
      bound =
          SeriesComponentSolver.certifyAndSolve(
              n,
              in.offsets,
              in.targets,
              in.weights,
              false,
              SeriesComponentSolver.DEFAULT_DENSE_LIMIT,
              SpectralRadiusCertificate.DEFAULT_MAX_ITERATIONS,
              b,
              x);
      long t = System.nanoTime() - t0;
      if (rep >= 2) {
        best = Math.min(best, t);
      }
    }
    SeriesComponentSolver s = SeriesComponentSolver.real(n, in.offsets, in.targets, in.weights);
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("pathsum.txt"))) {
      for (double v : x) {
        out.write(Double.toString(v));
        out.write('\n');
      }
    }
    System.out.printf(
        "pathsum real series: %d vertices, %d edges, %s, proven bound %.2e, best solve %.1f ms%n",
        n, edges, s.certificate(), bound, best / 1e6);
  }
}
